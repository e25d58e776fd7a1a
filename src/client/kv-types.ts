import type { Buffer } from 'node:buffer';
import type { MessageInput } from '../codec/message-table.js';
import type { Bytes } from '../common/bytes.js';
import type { CallOptions } from '../pool/call-options.js';

export type { Bytes };

/**
 * Where an object lives. `type` defaults to Riak's `default` bucket type.
 * @category Key/value
 */
export interface Location {
  bucket: Bytes;
  key: Bytes;
  type?: Bytes;
}

/*
 * Received links, user metadata and index entries carry exactly the bytes
 * Riak sent, as Buffers (like keys and values): decoding them as text would
 * turn bytes that are not UTF-8 into U+FFFD and corrupt the object when it
 * is written back. `.toString()` gives the UTF-8 text.
 */

/**
 * A link to another object (Riak's link walking metadata).
 * @category Key/value
 */
export interface RiakLink {
  bucket: Buffer;
  key: Buffer;
  tag: Buffer;
}

/**
 * A user metadata entry (`X-Riak-Meta-*` over HTTP).
 * @category Key/value
 */
export interface UserMeta {
  key: Buffer;
  value: Buffer;
}

/**
 * A secondary index entry: `key` (the index name) ends in `_bin` or `_int`; an `_int` value is decimal text.
 * @category Key/value
 */
export interface IndexEntry {
  key: Buffer;
  value: Buffer;
}

/**
 * One value stored under a key (one sibling). `value` (like the link, user
 * metadata and index bytes) is a view into the received frame: it keeps that
 * buffer alive; copy it if you keep many small values for long.
 * `contentType`, `charset`, `contentEncoding` and `vtag` are text (HTTP header
 * values to Riak), decoded as UTF-8.
 * @category Key/value
 */
export interface RiakContent {
  value: Buffer;
  contentType?: string;
  charset?: string;
  contentEncoding?: string;
  /** The version tag. In results it is decoded on first read, like `lastMod`. */
  vtag?: string;
  links: readonly RiakLink[];
  /**
   * Last modification time as Riak reported it (seconds + microseconds). In
   * results it is made on first read and lives on the prototype: JSON and
   * `util.inspect` show it, an object spread does not copy it.
   */
  lastMod?: Date;
  lastModUsecs?: number;
  usermeta: readonly UserMeta[];
  indexes: readonly IndexEntry[];
  /** True for a tombstone (only visible with `deletedvclock`). */
  deleted: boolean;
}

/**
 * Content to store: `value` plus optional metadata. Strings are sent as UTF-8,
 * byte arrays as they are; a received {@link RiakContent}'s links, usermeta
 * and indexes can be passed back unchanged.
 * @category Key/value
 */
export interface ContentInput {
  value: Bytes;
  contentType?: string;
  charset?: string;
  contentEncoding?: string;
  links?: readonly { bucket: Bytes; key: Bytes; tag?: Bytes }[];
  usermeta?: readonly { key: Bytes; value: Bytes }[];
  indexes?: readonly { key: Bytes; value: Bytes | number | bigint }[];
}

/**
 * Picks or merges one content out of siblings.
 * @category Key/value
 */
export type ConflictResolver = (siblings: RiakContent[]) => RiakContent;

type Replace<T, R> = Omit<T, keyof R> & R;

/**
 * Every RpbGetReq field (camelCase), with text-or-bytes location fields.
 * @category Key/value
 */
export type GetOptions = Replace<Omit<MessageInput<'RpbGetReq'>, 'bucket' | 'key' | 'type'>, { ifModified?: Uint8Array | null }> &
  CallOptions & {
    /** Called when there are siblings; its pick becomes `content`. */
    resolve?: ConflictResolver;
  };

/**
 * Every RpbPutReq field except `content`, which is given as {@link ContentInput} fields.
 * @category Key/value
 */
export type PutOptions = Omit<MessageInput<'RpbPutReq'>, 'bucket' | 'key' | 'type' | 'content'> & CallOptions;

/**
 * Every RpbDelReq field (camelCase).
 * @category Key/value
 */
export type DeleteOptions = Omit<MessageInput<'RpbDelReq'>, 'bucket' | 'key' | 'type'> & CallOptions;

/**
 * @interface
 * @expand
 * @category Key/value
 */
export type GetParams = Location & GetOptions;
/**
 * @interface
 * @expand
 * @category Key/value
 */
export type PutParams = Omit<Location, 'key'> & { key?: Bytes } & ContentInput &
  PutOptions & {
    /** Called on siblings returned with `returnBody`. */
    resolve?: ConflictResolver;
  };
/**
 * @interface
 * @expand
 * @category Key/value
 */
export type DeleteParams = Location & DeleteOptions;

/**
 * The answer to a get. Not found is `found: false`, never an exception.
 * @category Key/value
 */
export interface GetResult {
  found: boolean;
  /** The object's causal context: pass it back on the next put of this key. */
  vclock: Buffer | undefined;
  /** Every sibling; more than one means concurrent writes (allow_mult). */
  siblings: RiakContent[];
  /** The only sibling, or the resolver's pick; undefined when not found or unresolved siblings. */
  content: RiakContent | undefined;
  /** `content.value`, for convenience. */
  value: Buffer | undefined;
  /** True when `ifModified` was given and the object has not changed. */
  unchanged: boolean;
}

/**
 * The answer to a put. Contents are present with `returnBody` / `returnHead`;
 * with `returnHead` (even beside `returnBody`) their values are empty, as Riak sends them.
 * @category Key/value
 */
export interface PutResult {
  /** The key Riak generated, when the put had none. */
  key: Buffer | undefined;
  vclock: Buffer | undefined;
  siblings: RiakContent[];
  content: RiakContent | undefined;
  value: Buffer | undefined;
}
