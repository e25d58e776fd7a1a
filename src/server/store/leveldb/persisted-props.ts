import { Buffer } from 'node:buffer';
import type { PropList, Props, PropValue } from '../../buckets/bucket-props.js';
import type { BucketRegistry } from '../../buckets/bucket-registry.js';
import { DEFAULT_BUCKET_TYPE } from '../../../common/bucket-type.js';
import { bucketPropsKey, KeyReader, propsPrefix, typePropsKey } from './key-layout.js';
import type { LevelBackend } from './level-backend.js';

/**
 * Bucket-type and bucket props kept in the LevelDB database, as Riak keeps
 * them in its cluster metadata: restored into the registry when the server
 * starts on a data dir, written through on every change. A type the data
 * dir already has keeps its stored props (options naming it again are
 * ignored, as `riak-admin bucket-type create` refuses an existing type);
 * types it lacks are created from the options and stored.
 */

const TYPE = 0x74; // 't'
const BUCKET = 0x62; // 'b'

/** Buffers (names, modfuns, hooks) survive JSON as Node writes them: {type: 'Buffer', data: [...]}. */
function encodeProps(props: Props): Buffer {
  return Buffer.from(JSON.stringify([...props]), 'utf8');
}

function decodeProps(bytes: Buffer): PropList {
  return JSON.parse(bytes.toString('utf8'), (_key, value: unknown) => {
    const v = value as { type?: unknown; data?: unknown };
    return v !== null && typeof v === 'object' && v.type === 'Buffer' && Array.isArray(v.data) ? Buffer.from(v.data as number[]) : value;
  }) as [string, PropValue][];
}

/** Restores the stored props into `registry`, then keeps the store up to date with every change made through it. */
export function persistBucketProps(registry: BucketRegistry, store: LevelBackend, log: (line: string) => void): void {
  const stored = store.readPrefix(propsPrefix());
  const buckets: [string, string, PropList][] = [];
  for (const [key, value] of stored) {
    const reader = new KeyReader(key, 1);
    const kind = reader.byte();
    const props = decodeProps(value);
    if (kind === TYPE) {
      restoreType(registry, reader.text(), props, log);
    } else if (kind === BUCKET) {
      buckets.push([reader.text(), reader.text(), props]);
    }
  }
  // Buckets after types: their props are checked against their type's.
  for (const [type, bucket, props] of buckets) {
    const result = registry.setBucket(type, bucket, props);
    if (!result.ok) log(`the data dir's props of bucket ${type}/${bucket} were not restored: ${JSON.stringify(result)}`);
  }
  for (const name of registry.typeNames()) {
    const props = registry.type(name)?.props;
    if (name !== DEFAULT_BUCKET_TYPE && props !== undefined) store.writeKey(typePropsKey(name), encodeProps(props));
  }
  writeThrough(registry, store);
}

function restoreType(registry: BucketRegistry, name: string, props: PropList, log: (line: string) => void): void {
  try {
    if (!registry.hasType(name)) {
      registry.createType(name, props);
      return;
    }
    const result = registry.setType(name, props);
    if (!result.ok) log(`the data dir's props of bucket type ${name} were not restored: ${JSON.stringify(result)}`);
  } catch (err) {
    log(`the data dir's bucket type ${name} was not restored: ${(err as Error).message}`);
  }
}

/**
 * Wraps the registry's three writers on this instance (the registry belongs
 * to the server context; it has no change events to subscribe to).
 */
function writeThrough(registry: BucketRegistry, store: LevelBackend): void {
  const setBucket = registry.setBucket.bind(registry);
  const resetBucket = registry.resetBucket.bind(registry);
  const setType = registry.setType.bind(registry);
  registry.setBucket = (type, bucket, incoming) => {
    const result = setBucket(type, bucket, incoming);
    const props = registry.bucket(type, bucket)?.props;
    if (result.ok && props !== undefined) store.writeKey(bucketPropsKey(type, bucket), encodeProps(props));
    return result;
  };
  registry.resetBucket = (type, bucket) => {
    resetBucket(type, bucket);
    store.writeKey(bucketPropsKey(type, bucket), undefined);
  };
  registry.setType = (type, incoming) => {
    const result = setType(type, incoming);
    const props = registry.type(type)?.props;
    if (result.ok && props !== undefined) store.writeKey(typePropsKey(type), encodeProps(props));
    return result;
  };
}
