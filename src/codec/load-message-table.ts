import { RiakError } from '../errors.js';
import {
  bodylessRequest,
  checkRequest,
  isBodylessRequest,
  type EncodedRequest,
  type MessageInput,
  type RequestName,
  type ResponseOf,
} from './request-table.js';

/*
 * The message table with the generated classes (message-table.ts, about 3 to
 * 4 MiB of heap once loaded) is loaded by the client on its first call that
 * needs it: gets, puts, deletes, pings and STARTTLS never do
 * (request-table.ts frames them). A dynamic import, so bundlers split it off
 * and `require('riak-pb')` still loads a graph without top-level await.
 */

export type MessageTable = typeof import('./message-table.js');
/** `requestRaw()`'s checks, which decode payloads with the same classes. */
export type RawRequests = typeof import('./raw-request.js');

let table: MessageTable | undefined;
let loading: Promise<MessageTable> | undefined;
let rawLoading: Promise<RawRequests> | undefined;

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
  loading ??= import('./message-table.js').then(
    (loaded) => {
      table = loaded;
      return loaded;
    },
    (cause: unknown) => {
      loading = undefined;
      throw loadError(cause);
    },
  );
  return loading;
}

/**
 * `encodeRequest(name, message)` if it can be done now: by the message table
 * once loaded, or, for ping and STARTTLS (no body), without it. Undefined
 * when the table must be loaded first ({@link loadMessageTable}). A bad name
 * or message throws, as `encodeRequest` does.
 */
export function encodeRequestNow<R extends RequestName>(name: R, message: MessageInput<R>): EncodedRequest<ResponseOf<R>> | undefined {
  if (table !== undefined) return table.encodeRequest(name, message);
  if (!isBodylessRequest(name)) return undefined;
  checkRequest(name, message);
  return bodylessRequest(name) as unknown as EncodedRequest<ResponseOf<R>>;
}

/** Loads `requestRaw()`'s checks (and the message table with them), as {@link loadMessageTable} does. */
export function loadRawRequests(): Promise<RawRequests> {
  rawLoading ??= Promise.all([loadMessageTable(), import('./raw-request.js')]).then(
    ([, raw]) => raw,
    (cause: unknown) => {
      rawLoading = undefined;
      throw cause instanceof RiakError ? cause : loadError(cause);
    },
  );
  return rawLoading;
}

function loadError(cause: unknown): RiakError {
  const why = cause instanceof Error ? cause.message : String(cause);
  return new RiakError(`riak-pb could not load its generated protobuf classes (generated/riak.js): ${why}`, { cause });
}
