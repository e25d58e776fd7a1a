import type { ExecutionContext } from 'ava';
import fc from 'fast-check';
import { QUORUM_SENTINELS } from '../../src/codec/quorum.js';

// Random RpbGetReq / RpbPutReq fields, and the checks, for comparing the
// hand-written request encoders with protobufjs.

/** A bytes field as callers give it: bytes, ASCII text, or any Unicode text. */
export const textOrBytes = fc.oneof(
  fc.uint8Array({ maxLength: 300 }).map((b) => Buffer.from(b)),
  fc.string({ maxLength: 100 }),
  fc.string({ unit: 'grapheme', maxLength: 80 }),
);
/** A uint32 field: small, any, or one of Riak's quorum sentinels. */
export const uint32 = fc.oneof(fc.integer({ min: 0, max: 300 }), fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom(...Object.values(QUORUM_SENTINELS)));

/** A field as protobufjs takes it: text becomes its UTF-8 bytes. */
export const toWire = (v: unknown) => (typeof v === 'string' ? Buffer.from(v, 'utf8') : v);

/** A message's fields as protobufjs takes them ({@link toWire} each). */
export function withBytes(message: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(message).map(([k, v]) => [k, toWire(v)]));
}

/** `frame` is the frame of message `code` whose payload is `expected` (protobufjs's encoding). */
export function assertFrame(t: ExecutionContext, frame: Buffer, code: number, expected: Uint8Array): void {
  t.is(frame.readUInt32BE(0), expected.length + 1);
  t.is(frame[4], code);
  t.true(frame.subarray(5).equals(expected));
}

/** Every RpbGetReq field, its bytes fields drawn from `bytes`. */
export function getRequestFields<B>(bytes: fc.Arbitrary<B>) {
  return {
    bucket: bytes,
    key: bytes,
    r: uint32,
    pr: uint32,
    basicQuorum: fc.boolean(),
    notfoundOk: fc.boolean(),
    ifModified: bytes,
    head: fc.boolean(),
    deletedvclock: fc.boolean(),
    timeout: uint32,
    sloppyQuorum: fc.boolean(),
    nVal: uint32,
    type: bytes,
    nodeConfirms: uint32,
  };
}

/** Every RpbPutReq field but `content`, its bytes fields drawn from `bytes`. */
export function putRequestFields<B>(bytes: fc.Arbitrary<B>) {
  return {
    bucket: bytes,
    key: bytes,
    vclock: bytes,
    w: uint32,
    dw: uint32,
    returnBody: fc.boolean(),
    pw: uint32,
    ifNotModified: fc.boolean(),
    ifNoneMatch: fc.boolean(),
    returnHead: fc.boolean(),
    timeout: uint32,
    asis: fc.boolean(),
    sloppyQuorum: fc.boolean(),
    nVal: uint32,
    type: bytes,
    nodeConfirms: uint32,
  };
}
