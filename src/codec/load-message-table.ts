import { RiakError } from '../errors.js';

/*
 * The message table with the generated classes (message-table.ts, about 3 to
 * 4 MiB of heap once loaded) is loaded by the client on its first call that
 * needs it: gets, puts, deletes, pings and STARTTLS never do
 * (request-table.ts frames them). A dynamic import, so bundlers split it off
 * and `require('riak-pb')` still loads a graph without top-level await.
 */

/** The message table, and the raw requests' checks (which decode payloads with the same classes). */
export type MessageTable = typeof import('./message-table.js') & Pick<typeof import('./raw-request.js'), 'encodeRawRequest' | 'ttbErrorOf'>;

let table: MessageTable | undefined;
let loading: Promise<MessageTable> | undefined;

/** The message table, once loaded (undefined before). */
export function loadedMessageTable(): MessageTable | undefined {
  return table;
}

/**
 * Loads the message table (once; calls made meanwhile share the load) and
 * resolves with it. A load that fails (a package missing its generated/
 * folder) rejects with a `RiakError` and is tried again by the next call.
 */
export function loadMessageTable(): Promise<MessageTable> {
  loading ??= Promise.all([import('./message-table.js'), import('./raw-request.js')]).then(
    ([messages, raw]) => {
      table = { ...messages, encodeRawRequest: raw.encodeRawRequest, ttbErrorOf: raw.ttbErrorOf };
      return table;
    },
    (cause: unknown) => {
      loading = undefined;
      throw new RiakError(
        `riak-pb could not load its generated protobuf classes (generated/riak.js): ${cause instanceof Error ? cause.message : String(cause)}`,
        {
          cause,
        },
      );
    },
  );
  return loading;
}
