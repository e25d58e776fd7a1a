import { Buffer } from 'node:buffer';

/**
 * Riak's default bucket type, by name: the type of a bucket named without
 * one (`riak_core_bucket_type:get(<<"default">>)` holds the app defaults).
 */
export const DEFAULT_BUCKET_TYPE = 'default';

/**
 * The default bucket type's name as bytes, as a request's `type` field
 * carries it. Shared: compare with it, never write to it.
 */
export const DEFAULT_BUCKET_TYPE_BYTES: Buffer = Buffer.from(DEFAULT_BUCKET_TYPE, 'latin1');
