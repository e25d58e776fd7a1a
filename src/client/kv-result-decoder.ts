import { Buffer } from 'node:buffer';
import { Cursor, expect, readTag, skipField } from '../codec/proto-cursor.js';
import { decodeCommonGet } from './common-get-reply.js';
import { NO_ITEMS } from './content.js';
import { charsets, contentEncodings, contentTypes, doneReading, readFrom, repeatedTextIn, replyBase, replyMemory, viewOf } from './kv-reply-state.js';
import { ReceivedContent } from './received-content.js';
import type { GetResult, IndexEntry, PutResult, RiakContent, RiakLink, UserMeta } from './kv-types.js';

/*
 * Decodes RpbGetResp and RpbPutResp payloads straight into the client's
 * results in one pass: no intermediate RpbContent objects, text decoded from
 * the payload in place, values (and link, usermeta and index bytes, vclocks)
 * returned as views of it; `lastMod` and `vtag` are left for their first read (see
 * ReceivedContent).
 * The result equals what fromRpbContent makes of the generated decoder's
 * output, and a payload is refused exactly when protobufjs refuses it: tags,
 * lengths and unknown fields (groups included) are read and skipped as its
 * Reader does (codec/proto-cursor.ts). Tests check both on random messages,
 * with unknown, mistyped and malformed fields, mutated and cut. The common
 * get reply takes a fast path first (common-get-reply.ts).
 */

const EMPTY = Buffer.alloc(0);

/** Reads an embedded message's fields with `each` (given each field's tag), restoring the cursor's bounds after. */
function embedded(cursor: Cursor, each: (tag: number) => void): void {
  const start = cursor.delimited();
  const end = cursor.pos;
  const outer = cursor.end;
  cursor.pos = start;
  cursor.end = end;
  while (cursor.pos < end) each(readTag(cursor));
  cursor.end = outer;
}

/** Nesting depths as protobufjs counts them, for the fields skipped at each level (groups nest deeper). */
const REPLY_DEPTH = 0;
const CONTENT_DEPTH = 1;
const ITEM_DEPTH = 2;

/** The bytes field just read, as a view of the payload (the shared empty Buffer when empty). */
function bytesFrom(cursor: Cursor, start: number): Buffer {
  return cursor.pos === start ? EMPTY : viewOf(start, cursor.pos);
}

function decodeLink(cursor: Cursor): RiakLink {
  const link: RiakLink = { bucket: EMPTY, key: EMPTY, tag: EMPTY };
  embedded(cursor, (tag) => {
    const field = tag >>> 3;
    if (field < 1 || field > 3) skipField(cursor, tag, ITEM_DEPTH);
    else if (expect(tag, 2, cursor, ITEM_DEPTH)) {
      const bytes = bytesFrom(cursor, cursor.delimited());
      if (field === 1) link.bucket = bytes;
      else if (field === 2) link.key = bytes;
      else link.tag = bytes;
    }
  });
  return link;
}

/** An RpbPair (usermeta or index entry): `key` is required (protobufjs throws without it), `value` optional. */
function decodePair(cursor: Cursor): { key: Buffer; value: Buffer } {
  let key: Buffer | undefined;
  let value: Buffer = EMPTY;
  embedded(cursor, (tag) => {
    const field = tag >>> 3;
    if (field !== 1 && field !== 2) skipField(cursor, tag, ITEM_DEPTH);
    else if (expect(tag, 2, cursor, ITEM_DEPTH)) {
      const bytes = bytesFrom(cursor, cursor.delimited());
      if (field === 1) key = bytes;
      else value = bytes;
    }
  });
  // Thrown inside the connection's frame handling, which reports it as a RiakProtocolError.
  if (key === undefined) throw new Error("missing required 'key'");
  return { key, value };
}

function decodeContent(cursor: Cursor): RiakContent {
  const { buf } = cursor;
  const start = cursor.delimited();
  const end = cursor.pos;
  const outer = cursor.end;
  cursor.pos = start;
  cursor.end = end;
  let value: Buffer | undefined;
  let contentType: string | undefined;
  let charset: string | undefined;
  let contentEncoding: string | undefined;
  let vtagStart = 0;
  let vtagEnd = 0;
  let lastMod = -1;
  let lastModUsecs = 0;
  let deleted = false;
  let links: RiakLink[] | undefined;
  let usermeta: UserMeta[] | undefined;
  let indexes: IndexEntry[] | undefined;
  while (cursor.pos < end) {
    const tag = readTag(cursor);
    const field = tag >>> 3;
    if (field > 11 || field < 1) {
      skipField(cursor, tag, CONTENT_DEPTH);
    } else if (field === 7 || field === 8 || field === 11) {
      if (!expect(tag, 0, cursor, CONTENT_DEPTH)) continue;
      if (field === 7) lastMod = cursor.uint32();
      else if (field === 8) lastModUsecs = cursor.uint32();
      else deleted = cursor.varint() !== 0;
    } else if (expect(tag, 2, cursor, CONTENT_DEPTH)) {
      switch (field) {
        case 1: {
          const at = cursor.delimited();
          value = viewOf(at, cursor.pos);
          break;
        }
        case 2: {
          const at = cursor.delimited();
          contentType = cursor.pos === at ? undefined : repeatedTextIn(buf, at, cursor.pos, contentTypes);
          break;
        }
        case 3: {
          const at = cursor.delimited();
          charset = cursor.pos === at ? undefined : repeatedTextIn(buf, at, cursor.pos, charsets);
          break;
        }
        case 4: {
          const at = cursor.delimited();
          contentEncoding = cursor.pos === at ? undefined : repeatedTextIn(buf, at, cursor.pos, contentEncodings);
          break;
        }
        case 5:
          // Decoded to text only if read (see ReceivedContent): its bounds for now.
          vtagStart = cursor.delimited();
          vtagEnd = cursor.pos;
          break;
        case 6:
          (links ??= []).push(decodeLink(cursor));
          break;
        case 9:
          (usermeta ??= []).push(decodePair(cursor));
          break;
        case 10:
          (indexes ??= []).push(decodePair(cursor));
          break;
      }
    }
  }
  cursor.end = outer;
  if (value === undefined) throw new Error("missing required 'value'");
  return new ReceivedContent(
    value,
    contentType,
    charset,
    contentEncoding,
    undefined,
    links ?? NO_ITEMS,
    lastMod,
    lastModUsecs,
    usermeta ?? NO_ITEMS,
    indexes ?? NO_ITEMS,
    deleted,
    replyMemory(),
    replyBase() + vtagStart,
    vtagEnd - vtagStart,
  );
}

/** Decoding is synchronous and never re-enters: one cursor serves every call. */
const replyCursor = new Cursor(EMPTY, 0, 0);

/** Field 3 of the reply read last: RpbGetResp's `unchanged` or RpbPutResp's `key`. Decoding never re-enters, so one record serves every call. */
const last = { vclock: undefined as Buffer | undefined, unchanged: false, key: undefined as Buffer | undefined };

/**
 * The fields RpbGetResp and RpbPutResp share, content (1, repeated) and
 * vclock (2), and field 3, where they differ: `unchanged` (a bool) in a get
 * reply, `key` (bytes) in a put reply. Returns the siblings; the rest is left in `last`.
 */
function decodeKvReply(payload: Buffer, start: number, end: number, isGet: boolean): RiakContent[] {
  const cursor = replyCursor;
  cursor.reset(payload, start, end);
  // Nearly always one content: an exactly-sized array, not one grown by push.
  let only: RiakContent | undefined;
  let several: RiakContent[] | undefined;
  last.vclock = undefined;
  last.unchanged = false;
  last.key = undefined;
  try {
    while (cursor.pos < end) {
      const tag = readTag(cursor);
      const field = tag >>> 3;
      if (field === 1) {
        if (expect(tag, 2, cursor, REPLY_DEPTH)) {
          const content = decodeContent(cursor);
          if (only === undefined) only = content;
          else (several ??= [only]).push(content);
        }
      } else if (field === 2) {
        if (expect(tag, 2, cursor, REPLY_DEPTH)) {
          const at = cursor.delimited();
          last.vclock = viewOf(at, cursor.pos);
        }
      } else if (field === 3 && isGet) {
        if (expect(tag, 0, cursor, REPLY_DEPTH)) last.unchanged = cursor.varint() !== 0;
      } else if (field === 3) {
        if (expect(tag, 2, cursor, REPLY_DEPTH)) {
          const at = cursor.delimited();
          last.key = viewOf(at, cursor.pos);
        }
      } else skipField(cursor, tag, REPLY_DEPTH);
    }
  } catch (error) {
    last.vclock = last.key = undefined;
    throw error;
  } finally {
    // Not to pin the payload, whether it decoded or not.
    cursor.reset(EMPTY, 0, 0);
    doneReading();
  }
  return several ?? (only === undefined ? [] : [only]);
}

/** An RpbGetResp payload (code 10), `payload[start, end)`, as a {@link GetResult}; siblings are left unresolved. */
export function decodeGetResult(payload: Buffer, start = 0, end = payload.length): GetResult {
  readFrom(payload);
  const common = decodeCommonGet(payload, start, end);
  if (common !== undefined) {
    doneReading();
    return common;
  }
  const siblings = decodeKvReply(payload, start, end, true);
  const content = siblings.length === 1 ? siblings[0] : undefined;
  const result = { found: siblings.length > 0, vclock: last.vclock, siblings, content, value: content?.value, unchanged: last.unchanged };
  last.vclock = undefined; // not to pin the receive buffer
  return result;
}

/** An RpbPutResp payload (code 12), `payload[start, end)`, as a {@link PutResult}; siblings are left unresolved. */
export function decodePutResult(payload: Buffer, start = 0, end = payload.length): PutResult {
  // Most puts ask for no body: an empty reply (the full decoder's result for it, field for field).
  if (start === end) return { key: undefined, vclock: undefined, siblings: [], content: undefined, value: undefined };
  readFrom(payload);
  const siblings = decodeKvReply(payload, start, end, false);
  const content = siblings.length === 1 ? siblings[0] : undefined;
  const result = { key: last.key, vclock: last.vclock, siblings, content, value: content?.value };
  last.vclock = last.key = undefined; // not to pin the receive buffer
  return result;
}
