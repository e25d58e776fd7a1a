import { RpbContent, RpbGetResp, RpbLink, RpbPair } from '../../generated/riak.js';
import { Cursor, expect } from './proto-cursor.js';

/*
 * A hand-written decoder for RpbGetResp, the hottest reply: the same classes
 * and field presence as the generated decoder (tests compare them on random
 * messages), without the Reader object and per-field dispatch. Bytes fields
 * are views of the payload. Malformed input throws, like protobufjs.
 */

function decodePair(buf: Buffer, start: number, end: number): RpbPair {
  const pair = new RpbPair();
  const cursor = new Cursor(buf, start, end);
  let hasKey = false;
  while (cursor.pos < end) {
    const tag = cursor.varint();
    const wire = tag & 7;
    if (tag >>> 3 === 1 && expect(wire, 2, cursor)) {
      pair.key = cursor.bytes();
      hasKey = true;
    } else if (tag >>> 3 === 2 && expect(wire, 2, cursor)) pair.value = cursor.bytes();
    else if (tag >>> 3 !== 1 && tag >>> 3 !== 2) cursor.skip(wire);
  }
  if (!hasKey) throw new Error("missing required 'key'");
  return pair;
}

function decodeLink(buf: Buffer, start: number, end: number): RpbLink {
  const link = new RpbLink();
  const cursor = new Cursor(buf, start, end);
  while (cursor.pos < end) {
    const tag = cursor.varint();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 1 && expect(wire, 2, cursor)) link.bucket = cursor.bytes();
    else if (field === 2 && expect(wire, 2, cursor)) link.key = cursor.bytes();
    else if (field === 3 && expect(wire, 2, cursor)) link.tag = cursor.bytes();
    else if (field < 1 || field > 3) cursor.skip(wire);
  }
  return link;
}

function decodeContent(buf: Buffer, start: number, end: number): RpbContent {
  const content = new RpbContent();
  const cursor = new Cursor(buf, start, end);
  let hasValue = false;
  while (cursor.pos < end) {
    const tag = cursor.varint();
    const field = tag >>> 3;
    const wire = tag & 7;
    switch (field) {
      case 1:
        if (expect(wire, 2, cursor)) {
          content.value = cursor.bytes();
          hasValue = true;
        }
        break;
      case 2:
        if (expect(wire, 2, cursor)) content.contentType = cursor.bytes();
        break;
      case 3:
        if (expect(wire, 2, cursor)) content.charset = cursor.bytes();
        break;
      case 4:
        if (expect(wire, 2, cursor)) content.contentEncoding = cursor.bytes();
        break;
      case 5:
        if (expect(wire, 2, cursor)) content.vtag = cursor.bytes();
        break;
      case 6:
        if (expect(wire, 2, cursor)) (content.links ??= []).push(decodeLink(buf, ...cursor.message()));
        break;
      case 7:
        if (expect(wire, 0, cursor)) content.lastMod = cursor.uint32();
        break;
      case 8:
        if (expect(wire, 0, cursor)) content.lastModUsecs = cursor.uint32();
        break;
      case 9:
        if (expect(wire, 2, cursor)) (content.usermeta ??= []).push(decodePair(buf, ...cursor.message()));
        break;
      case 10:
        if (expect(wire, 2, cursor)) (content.indexes ??= []).push(decodePair(buf, ...cursor.message()));
        break;
      case 11:
        if (expect(wire, 0, cursor)) content.deleted = cursor.varint() !== 0;
        break;
      default:
        cursor.skip(wire);
    }
  }
  if (!hasValue) throw new Error("missing required 'value'");
  return content;
}

/** Decodes an RpbGetResp payload (code 10). */
export function decodeGetResp(payload: Buffer): RpbGetResp {
  const response = new RpbGetResp();
  const cursor = new Cursor(payload, 0, payload.length);
  while (cursor.pos < payload.length) {
    const tag = cursor.varint();
    const field = tag >>> 3;
    const wire = tag & 7;
    if (field === 1 && expect(wire, 2, cursor)) response.content.push(decodeContent(payload, ...cursor.message()));
    else if (field === 2 && expect(wire, 2, cursor)) response.vclock = cursor.bytes();
    else if (field === 3 && expect(wire, 0, cursor)) response.unchanged = cursor.varint() !== 0;
    else if (field < 1 || field > 3) cursor.skip(wire);
  }
  return response;
}
