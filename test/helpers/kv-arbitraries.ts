import fc from 'fast-check';

// Random RpbContent / RpbGetResp / RpbPutResp messages (as protobufjs
// property objects) for comparing the hand-written decoders with the generated ones.

/** Bytes with a bias to short ASCII text, what metadata fields usually carry. */
export const bytes = fc.oneof(
  fc.uint8Array({ maxLength: 64 }).map((b) => Buffer.from(b)),
  fc.string({ maxLength: 40 }).map((s) => Buffer.from(s, 'utf8')),
);
export const pair = fc.record({ key: bytes, value: bytes }, { requiredKeys: ['key'] });
export const content = fc.record(
  {
    value: bytes,
    contentType: bytes,
    charset: bytes,
    contentEncoding: bytes,
    vtag: bytes,
    links: fc.array(fc.record({ bucket: bytes, key: bytes, tag: bytes }, { requiredKeys: [] }), { maxLength: 3 }),
    lastMod: fc.integer({ min: 0, max: 0xffffffff }),
    lastModUsecs: fc.integer({ min: 0, max: 999_999 }),
    usermeta: fc.array(pair, { maxLength: 3 }),
    indexes: fc.array(pair, { maxLength: 3 }),
    deleted: fc.boolean(),
  },
  { requiredKeys: ['value'] },
);
export const getResponse = fc.record({ content: fc.array(content, { maxLength: 4 }), vclock: bytes, unchanged: fc.boolean() }, { requiredKeys: [] });
export const putResponse = fc.record({ content: fc.array(content, { maxLength: 4 }), vclock: bytes, key: bytes }, { requiredKeys: [] });
