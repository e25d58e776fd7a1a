import { Buffer } from 'node:buffer';
import { inspect } from 'node:util';
import type { IndexEntry, RiakContent, RiakLink, UserMeta } from './kv-types.js';
import { textAt } from './wire-text.js';

/**
 * A sibling as the client returns it: a {@link RiakContent} whose `lastMod`
 * and `vtag` are made on first read, from the bytes Riak sent (most callers
 * never read them; the Date is the largest object of a get and the vtag text
 * its costliest decode). Every other field is a plain own property. `lastMod`
 * and `vtag` live on the prototype: `JSON.stringify` and `util.inspect` show
 * them, an object spread (`{ ...content }`) does not copy them.
 */
export class ReceivedContent implements RiakContent {
  value: Buffer;
  contentType: string | undefined;
  charset: string | undefined;
  contentEncoding: string | undefined;
  links: readonly RiakLink[];
  lastModUsecs: number | undefined;
  usermeta: readonly UserMeta[];
  indexes: readonly IndexEntry[];
  deleted: boolean;
  /** Riak's last-modified seconds until the Date is made, then the Date. */
  #lastMod: number | Date | undefined;
  /** The vtag once decoded; until then its bytes are `#vtagSource[#vtagAt, #vtagAt + #vtagLength)`. */
  #vtag: string | undefined;
  #vtagSource: ArrayBufferLike | undefined;
  #vtagAt = 0;
  #vtagLength = 0;

  constructor(
    value: Buffer,
    contentType: string | undefined,
    charset: string | undefined,
    contentEncoding: string | undefined,
    vtag: string | undefined,
    links: readonly RiakLink[],
    lastModSeconds: number,
    lastModUsecs: number,
    usermeta: readonly UserMeta[],
    indexes: readonly IndexEntry[],
    deleted: boolean,
    /** Instead of `vtag`: its bytes, `vtagLength` bytes at `vtagAt` of `vtagMemory`, decoded on first read. */
    vtagMemory?: ArrayBufferLike,
    vtagAt = 0,
    vtagLength = 0,
  ) {
    this.value = value;
    this.contentType = contentType;
    this.charset = charset;
    this.contentEncoding = contentEncoding;
    this.links = links;
    this.lastModUsecs = lastModSeconds < 0 ? undefined : lastModUsecs;
    this.usermeta = usermeta;
    this.indexes = indexes;
    this.deleted = deleted;
    this.#lastMod = lastModSeconds < 0 ? undefined : lastModSeconds;
    this.#vtag = vtag;
    if (vtagMemory !== undefined && vtagLength > 0) {
      // The bytes stay where they arrived (in the memory `value` is a view of).
      this.#vtagSource = vtagMemory;
      this.#vtagAt = vtagAt;
      this.#vtagLength = vtagLength;
    }
  }

  /** The object's version tag (an ETag over HTTP). */
  get vtag(): string | undefined {
    const source = this.#vtagSource;
    if (source !== undefined) {
      this.#vtag = textAt(new Uint8Array(source, this.#vtagAt, this.#vtagLength), 0, this.#vtagLength);
      this.#vtagSource = undefined;
    }
    return this.#vtag;
  }

  set vtag(vtag: string | undefined) {
    this.#vtag = vtag;
    this.#vtagSource = undefined;
  }

  /** Last modification time as Riak reported it (millisecond precision; `lastModUsecs` has the rest). */
  get lastMod(): Date | undefined {
    const stored = this.#lastMod;
    if (typeof stored !== 'number') return stored;
    const date = new Date(stored * 1000 + Math.floor((this.lastModUsecs ?? 0) / 1000));
    this.#lastMod = date;
    return date;
  }

  set lastMod(date: Date | undefined) {
    this.#lastMod = date;
  }

  /** A plain object with every field, `lastMod` included. */
  toJSON(): RiakContent {
    return { ...this, vtag: this.vtag, lastMod: this.lastMod };
  }

  [inspect.custom](_depth: number, options: object): string {
    return `RiakContent ${inspect(this.toJSON(), options)}`;
  }
}

/**
 * A sibling kept for the life of the process, so that V8 keeps the shape of
 * siblings (see REQUEST_SHAPE in connection/pending-request.ts); its fields
 * hold values of the kinds a reply's do.
 */
export const CONTENT_SHAPE = new ReceivedContent(
  Buffer.alloc(1),
  'text/plain',
  undefined,
  undefined,
  undefined,
  [],
  1,
  1,
  [],
  [],
  false,
  new ArrayBuffer(1),
  0,
  1,
);
