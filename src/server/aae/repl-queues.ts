import type { ServerContext } from '../context.js';
import type { VClock } from '../vclock.js';

/**
 * NextGenRepl source queues (riak_kv_replrtq_src), one set per server.
 * An entry is a reference `{Bucket, Key, Clock, to_fetch}`: the object is
 * read when the entry is fetched. Each queue has three priorities, popped
 * highest first: real-time puts (3), AAE full-sync pushes (2, RpbPushReq)
 * and AAE folds (1, RpbAaeFoldReplKeysReq); RpbPushResp reports their
 * lengths as `foldq_length`, `fsync_length`, `realt_length`.
 *
 * Riak serves only queues configured by `replrtq_srcqueue`; the dev server
 * has no such setting, so a queue exists from the first push or repl-keys
 * fold that names it (until then a fetch answers `queue_not_defined`, as
 * Riak does for a name that is no atom yet). Puts do not feed a real-time
 * queue here.
 */
export interface ReplEntry {
  type: string;
  bucket: string;
  key: string;
  clock: VClock;
}

export const FOLD_PRIORITY = 0;
export const AAE_PRIORITY = 1;
export const RTQ_PRIORITY = 2;

/** One queue: a FIFO per priority, with a moving head so pops are O(1). */
class ReplQueue {
  readonly #lanes: { items: ReplEntry[]; head: number }[] = [0, 1, 2].map(() => ({ items: [], head: 0 }));

  add(priority: number, entries: Iterable<ReplEntry>): void {
    const lane = this.#lanes[priority];
    for (const entry of entries) lane.items.push(entry);
  }

  /** The next entry, highest priority first. */
  pop(): ReplEntry | undefined {
    for (let p = RTQ_PRIORITY; p >= FOLD_PRIORITY; p--) {
      const lane = this.#lanes[p];
      if (lane.head < lane.items.length) {
        const entry = lane.items[lane.head++];
        if (lane.head === lane.items.length) {
          lane.items.length = 0;
          lane.head = 0;
        }
        return entry;
      }
    }
    return undefined;
  }

  /** `{fold, aae, real-time}` lengths (riak_kv_replrtq_src:length_rtq/1). */
  lengths(): [number, number, number] {
    const [f, a, r] = this.#lanes.map((lane) => lane.items.length - lane.head);
    return [f, a, r];
  }
}

const queuesByServer = new WeakMap<ServerContext, Map<string, ReplQueue>>();

function queues(server: ServerContext): Map<string, ReplQueue> {
  let map = queuesByServer.get(server);
  if (map === undefined) {
    map = new Map();
    queuesByServer.set(server, map);
  }
  return map;
}

/** The queue named `name` (a byte string), created on first use. */
export function replQueue(server: ServerContext, name: string): ReplQueue {
  const map = queues(server);
  let queue = map.get(name);
  if (queue === undefined) {
    queue = new ReplQueue();
    map.set(name, queue);
  }
  return queue;
}

/** The queue named `name` if it exists. */
export function existingReplQueue(server: ServerContext, name: string): ReplQueue | undefined {
  return queues(server).get(name);
}

export type { ReplQueue };
