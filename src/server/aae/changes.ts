import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { ServerContext } from '../context.js';
import { nowMicros, tombstone } from '../store/content-codec.js';
import { storedObjectSize } from '../store/object-size.js';
import { coordinatePut, isDeleted, type RiakObject } from '../store/riak-object.js';
import { gregorianSeconds, sameClock } from '../vclock.js';
import type { AaeRecord } from './keystore.js';

/**
 * What reap_tombs and erase_keys do to each key they count, unless their
 * change method is `count`. Riak hands the keys to riak_kv_reaper /
 * riak_kv_eraser, which work through them after the fold has answered;
 * here the change is made before the reply, so a caller sees it at once.
 */

const names = (r: AaeRecord): { type: string; bucket: string; key: string } => ({
  type: r.type?.toString('latin1') ?? DEFAULT_BUCKET_TYPE,
  bucket: r.bucket.toString('latin1'),
  key: r.key.toString('latin1'),
});

/**
 * riak_kv_reaper: removes a tombstone for good, unless the key changed since
 * the fold saw it (the vnode's final delete compares delete hashes, i.e.
 * clocks). Returns whether it reaped.
 */
export function reapTombstone(server: ServerContext, r: AaeRecord): boolean {
  const { type, bucket, key } = names(r);
  const now = server.db.get(type, bucket, key);
  if (now === undefined || now.datatype !== undefined || !isDeleted(now) || !sameClock(now.vclock, r.clock)) return false;
  server.db.remove(type, bucket, key);
  return true;
}

/**
 * riak_kv_eraser: deletes the object at the clock the fold found (a delete
 * with that vclock: a tombstone replaces it, reaped per `delete_mode`).
 * Returns whether it deleted.
 */
export function eraseKey(server: ServerContext, r: AaeRecord): boolean {
  const { type, bucket, key } = names(r);
  const props = server.buckets.bucket(type, bucket);
  const now = server.db.get(type, bucket, key);
  if (props === undefined || now === undefined) return false;
  const existing: RiakObject | undefined = now.datatype === undefined ? now : undefined;
  const micros = nowMicros();
  const updated = coordinatePut(existing, r.clock, tombstone(micros), props, server.actor, gregorianSeconds(micros / 1000));
  server.db.set(type, bucket, key, {
    vclock: updated.vclock,
    contents: updated.contents,
    datatype: undefined,
    size: storedObjectSize(updated.vclock, updated.contents),
  });
  return true;
}
