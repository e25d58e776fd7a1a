import { inspect } from 'node:util';
import test from 'ava';
import fc from 'fast-check';
import { RpbGetResp, RpbPutResp } from '../../generated/riak.js';
import { fromRpbContent } from '../../src/client/content.js';
import { decodeGetResult, decodePutResult } from '../../src/client/kv-result-decoder.js';
import { toGetResult } from '../../src/client/kv-results.js';
import { getResponse, putResponse } from '../helpers/kv-arbitraries.js';

const encodeGet = (message: RpbGetResp.$Properties) => Buffer.from(RpbGetResp.encode(message).finish());

test('a get reply decodes to what the generated decoder and toGetResult make of it', (t) => {
  fc.assert(
    fc.property(getResponse, (message) => {
      const payload = encodeGet(message as RpbGetResp.$Properties);
      const ours = decodeGetResult(payload);
      const generated = RpbGetResp.decode(payload);
      t.deepEqual(ours, toGetResult(generated));
      // lastMod is made on first read (a prototype getter, not compared above)
      ours.siblings.forEach((content, i) => {
        const sent = generated.content[i];
        const expected = Object.hasOwn(sent, 'lastMod')
          ? Number(sent.lastMod) * 1000 + Math.floor((Object.hasOwn(sent, 'lastModUsecs') ? Number(sent.lastModUsecs) : 0) / 1000)
          : undefined;
        t.is(content.lastMod?.getTime(), expected);
        // so is the vtag
        t.is(content.vtag, toGetResult(generated).siblings[i].vtag);
      });
    }),
    { numRuns: 400 },
  );
});

test("a put reply decodes to the generated decoder's fields as results", (t) => {
  fc.assert(
    fc.property(putResponse, (message) => {
      const payload = Buffer.from(RpbPutResp.encode(message as RpbPutResp.$Properties).finish());
      const generated = RpbPutResp.decode(payload);
      const siblings = generated.content.map(fromRpbContent);
      const content = siblings.length === 1 ? siblings[0] : undefined;
      t.deepEqual(decodePutResult(payload), {
        key: Object.hasOwn(generated, 'key') ? Buffer.from(generated.key) : undefined,
        vclock: Object.hasOwn(generated, 'vclock') ? Buffer.from(generated.vclock) : undefined,
        siblings,
        content,
        value: content?.value,
      });
    }),
    { numRuns: 300 },
  );
});

test('values, usermeta values and vclocks are views of the payload, not copies', (t) => {
  const payload = encodeGet({
    content: [{ value: Buffer.from('hello'), usermeta: [{ key: Buffer.from('m'), value: Buffer.from('meta') }] }],
    vclock: Buffer.from('vc'),
  });
  const result = decodeGetResult(payload);
  t.is(result.value?.toString(), 'hello');
  t.is(result.value?.buffer, payload.buffer);
  t.is(result.content?.usermeta[0].value.buffer, payload.buffer);
  t.is(result.vclock?.buffer, payload.buffer);
});

test('repeated content types come from a cache that holds its own copy of the bytes', (t) => {
  const first = encodeGet({ content: [{ value: Buffer.from('a'), contentType: Buffer.from('text/plain') }] });
  t.is(decodeGetResult(first).content?.contentType, 'text/plain');
  t.is(decodeGetResult(first).content?.contentType, 'text/plain');
  // The receive buffer is reused: had the cache kept a view of it, the new bytes would match and yield the old text.
  first.write('text/plaix', first.indexOf('text/plain'));
  const second = encodeGet({ content: [{ value: Buffer.from('b'), contentType: Buffer.from('text/plaix') }] });
  t.is(decodeGetResult(second).content?.contentType, 'text/plaix');
  const utf8 = encodeGet({ content: [{ value: Buffer.from('c'), contentType: Buffer.from('text/plain; ünï', 'utf8'), vtag: Buffer.from('tåg') }] });
  t.is(decodeGetResult(utf8).content?.contentType, 'text/plain; ünï');
  t.is(decodeGetResult(utf8).content?.vtag, 'tåg');
});

test('siblings are left unresolved and not-found has no content', (t) => {
  const two = decodeGetResult(encodeGet({ content: [{ value: Buffer.from('x') }, { value: Buffer.from('y') }] }));
  t.true(two.found);
  t.is(two.siblings.length, 2);
  t.is(two.content, undefined);
  const none = decodeGetResult(Buffer.alloc(0));
  t.false(none.found);
  t.deepEqual(none.siblings, []);
  t.is(none.vclock, undefined);
});

test('malformed replies throw an Error, never return half a result silently', (t) => {
  t.throws(() => decodeGetResult(Buffer.from([0x0a, 0x05, 0x0a])), { instanceOf: RangeError });
  t.throws(() => decodeGetResult(Buffer.from([0x0a, 0x02, 0x12, 0x00])), { message: /missing required 'value'/ });
  t.throws(() => decodePutResult(Buffer.from([0x0a, 0x04, 0x0a, 0x00, 0x4a, 0x00])), { message: /missing required 'key'/ });
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 200 }), (garbage) => {
      for (const decode of [decodeGetResult, decodePutResult]) {
        try {
          decode(Buffer.from(garbage));
        } catch (error) {
          t.true(error instanceof Error);
        }
      }
    }),
    { numRuns: 500 },
  );
});

test('lastMod and vtag are made on first read, kept, settable, and shown by JSON and inspect', (t) => {
  const payload = encodeGet({
    content: [{ value: Buffer.from('v'), vtag: Buffer.from('3kTqOuZpVg7fYvG4FJ7xDA'), lastMod: 1_700_000_000, lastModUsecs: 123_456 }],
  });
  const content = decodeGetResult(payload).content;
  if (content === undefined) return t.fail();
  const date = content.lastMod;
  t.true(date instanceof Date);
  t.is(date?.getTime(), 1_700_000_000_123);
  t.is(content.lastModUsecs, 123_456);
  t.is(content.lastMod, date, 'the same Date on every read');
  t.is(JSON.parse(JSON.stringify(content)).lastMod, date?.toISOString());
  t.regex(inspect(content), /lastMod: 2023-11-14T22:13:20\.123Z/);
  t.is(content.vtag, '3kTqOuZpVg7fYvG4FJ7xDA');
  t.is(JSON.parse(JSON.stringify(content)).vtag, '3kTqOuZpVg7fYvG4FJ7xDA');
  t.regex(inspect(content), /vtag: '3kTqOuZpVg7fYvG4FJ7xDA'/);
  content.vtag = 'other';
  t.is(content.vtag, 'other');
  const later = new Date(0);
  content.lastMod = later;
  t.is(content.lastMod, later);
  const none = decodeGetResult(encodeGet({ content: [{ value: Buffer.from('v') }] })).content;
  t.is(none?.lastMod, undefined);
  t.is(none?.lastModUsecs, undefined);
  t.is(none?.vtag, undefined);
});

test('an empty put reply (no body asked for) decodes as the generated decoder reads it, a result of the same shape', (t) => {
  const empty = Buffer.alloc(0);
  const generated = RpbPutResp.decode(empty);
  const result = decodePutResult(Buffer.from([9, 9, 9]), 1, 1);
  t.deepEqual(result, { key: undefined, vclock: undefined, siblings: generated.content.map(fromRpbContent), content: undefined, value: undefined });
  t.deepEqual(Object.keys(result), Object.keys(decodePutResult(Buffer.from(RpbPutResp.encode({ vclock: Buffer.from('v') }).finish()))));
});
