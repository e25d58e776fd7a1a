import { inspect } from 'node:util';
import type { IndexEntry, RiakContent, RiakLink, UserMeta } from './kv-types.js';

/**
 * A sibling as the client returns it: a {@link RiakContent} whose `lastMod`
 * Date is made on first read, from the seconds and microseconds Riak sent
 * (most callers never read it, and a Date is the largest object of a get).
 * Every other field is a plain own property. `lastMod` lives on the
 * prototype: `JSON.stringify` and `util.inspect` show it, an object spread
 * (`{ ...content }`) does not copy it.
 */
export class ReceivedContent implements RiakContent {
  value: Buffer;
  contentType: string | undefined;
  charset: string | undefined;
  contentEncoding: string | undefined;
  vtag: string | undefined;
  links: readonly RiakLink[];
  lastModUsecs: number | undefined;
  usermeta: readonly UserMeta[];
  indexes: readonly IndexEntry[];
  deleted: boolean;
  /** Riak's last-modified seconds until the Date is made (-1: none sent), then the Date. */
  #lastMod: number | Date | undefined;

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
  ) {
    this.value = value;
    this.contentType = contentType;
    this.charset = charset;
    this.contentEncoding = contentEncoding;
    this.vtag = vtag;
    this.links = links;
    this.lastModUsecs = lastModSeconds < 0 ? undefined : lastModUsecs;
    this.usermeta = usermeta;
    this.indexes = indexes;
    this.deleted = deleted;
    this.#lastMod = lastModSeconds < 0 ? undefined : lastModSeconds;
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
    return { ...this, lastMod: this.lastMod };
  }

  [inspect.custom](_depth: number, options: object): string {
    return `RiakContent ${inspect(this.toJSON(), options)}`;
  }
}
