import { Buffer } from 'node:buffer';
import { DEFAULT_BUCKET_TYPE } from '../common/bucket-type.js';
import { formatTerm } from './erlang/format.js';
import { tuple, type ErlTerm } from '../codec/erlang/term.js';
import { riakError } from './protocol/replies.js';

/**
 * riak_kv's object size limits, as riak_kv_vnode applies them to the stored
 * form of an object (store/object-size.ts):
 * - a write above `max_object_size` fails with `{error, {too_large, Size}}`,
 *   which riak_kv_pb_object / riak_kv_pb_crdt send as `{format, Reason}`:
 *   the text `{too_large,Size}`; nothing is stored, and the vnode logs an
 *   error;
 * - a write or a read above `warn_object_size` logs a warning.
 * Bucket and key are printed with `~p`, as Riak's log lines do: a typed
 * bucket is `{Type,Bucket}`.
 */

/** riak_kv's object size limits (`max_object_size`, `warn_object_size`), in bytes of the stored object. */
export interface ObjectSizeLimits {
  readonly max: number;
  readonly warn: number;
}

/** What the checks need of the server: its limits, and where Riak's log lines go. */
export interface SizeChecks {
  readonly objectSize: ObjectSizeLimits;
  readonly log: (line: string) => void;
}

function location(type: string, bucket: string, key: string): string {
  const b = Buffer.from(bucket, 'latin1');
  const where: ErlTerm = type === DEFAULT_BUCKET_TYPE ? b : tuple(Buffer.from(type, 'latin1'), b);
  return `${formatTerm(where)}/${formatTerm(Buffer.from(key, 'latin1'))}`;
}

/** riak_kv_vnode:encode_and_put_no_sib_check/8: refuses (RiakServerError) or warns before a write of `size` bytes. */
export function checkWriteSize(server: SizeChecks, type: string, bucket: string, key: string, size: number): void {
  if (size > server.objectSize.max) {
    server.log(`[error] Put failure: object too large to write ${location(type, bucket, key)} ${size} bytes`);
    throw riakError(`{too_large,${size}}`);
  }
  if (size > server.objectSize.warn) server.log(`[warning] Writing very large object (${size} bytes) to ${location(type, bucket, key)}`);
}

/** riak_kv_vnode:do_get_object/5: warns when a read object is above the warning size. */
export function noteReadSize(server: SizeChecks, type: string, bucket: string, key: string, size: number): void {
  if (size > server.objectSize.warn) server.log(`[warning] Read large object ${location(type, bucket, key)} (${size} bytes)`);
}
