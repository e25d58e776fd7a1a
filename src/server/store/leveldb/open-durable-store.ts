import { Buffer } from 'node:buffer';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RiakInvalidArgumentError } from '../../../errors.js';
import type { ServerContext } from '../../context.js';
import { MemoryBackend } from '../memory-backend.js';
import { LevelBackend } from './level-backend.js';
import { persistBucketProps } from './persisted-props.js';
import { LevelError } from './sync-bridge.js';

/** The backends a server with a data dir has, by the names bucket props use (`backend`). */
export type BackendName = 'leveldb' | 'memory';

export interface DurableStoreOptions {
  dataDir: string;
  /** The backend of buckets without a `backend` prop. Default `leveldb`. */
  defaultBackend?: BackendName;
  /** Sync each write before acknowledging it. Default true. */
  sync?: boolean;
  log: (line: string) => void;
}

/** The `backend` bucket prop as a name (Riak stores it as a binary). */
function backendProp(value: unknown): string | undefined {
  if (Buffer.isBuffer(value)) return value.toString('latin1');
  return typeof value === 'string' ? value : undefined;
}

/**
 * Serves `context`'s keyspace from a LevelDB database in `dataDir/leveldb`
 * plus the in-memory backend, as a Riak node with the multi backend: each
 * bucket's `backend` prop picks `leveldb` or `memory`, the default when
 * unset. Bucket and type props are kept there too.
 */
export function openDurableStore(context: ServerContext, options: DurableStoreOptions): void {
  const location = join(options.dataDir, 'leveldb');
  let level: LevelBackend;
  try {
    mkdirSync(location, { recursive: true });
    level = LevelBackend.open(location, { sync: options.sync });
  } catch (err) {
    if (err instanceof RiakInvalidArgumentError) throw err;
    const inUse = err instanceof LevelError && /lock/i.test(err.message);
    const why = inUse ? 'it is in use by another server' : (err as Error).message;
    throw new RiakInvalidArgumentError(`Invalid dataDir ${JSON.stringify(options.dataDir)}: cannot open its LevelDB store (${why})`, { cause: err });
  }
  const defaultName = options.defaultBackend ?? 'leveldb';
  context.db.useBackends(
    [level, new MemoryBackend()],
    defaultName,
    (type, bucket) => backendProp(context.buckets.bucket(type, bucket)?.props.get('backend')),
    options.log,
  );
  persistBucketProps(context.buckets, level, options.log);
}
