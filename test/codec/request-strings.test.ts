import test from 'ava';
import fc from 'fast-check';
import { DtUpdateReq, RpbIndexReq, RpbPutReq, RpbSearchQueryReq, RpbSetBucketReq, TsQueryReq } from '../../generated/riak.js';
import type { RiakClient } from '../../src/client/riak-client.js';
import type { FrameRange } from '../../src/codec/frame-slab.js';
import { decodeMessage, encodeMessage, encodeRaw, encodeRequest, type MessageInput, type RequestName } from '../../src/codec/message-table.js';
import { emptyFrame, encodeFrame } from '../../src/codec/frame-encoder.js';
import { RiakError, RiakInvalidArgumentError, RiakProtocolError } from '../../src/errors.js';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';

// Issue 12: from plain JavaScript, `request()` sends a string given for a
// `bytes` field as UTF-8 for every message (protobufjs alone would read it as
// base64: 'counters' went out as 72 8b a7 b5 ea ec), and misuse is a
// RiakInvalidArgumentError, never a TypeError.

const shared = useSharedDevServer(test);

/** Loose input, as plain JavaScript passes it: strings where the types say Uint8Array. */
type Loose = Record<string, unknown>;
const request = (client: RiakClient, name: string, message?: Loose) => client.request(name as 'RpbPingReq', message as never);
const stream = (client: RiakClient, name: string, message?: Loose) => client.stream(name as 'RpbListKeysReq', message as never);
const utf8 = (text: string) => Buffer.from(text, 'utf8');

/** The frame encodeRequest would send for `message`, decoded back with the generated class. */
function sentPayload(name: RequestName, message: Loose): Buffer {
  const op = encodeRequest(name, message as MessageInput<typeof name>) as unknown as FrameRange;
  return op.frameBuffer.subarray(op.frameStart + 5, op.frameEnd);
}

test('DtFetchReq / DtUpdateReq over TCP: string type, bucket, key, set members and map field names arrive as UTF-8', async (t) => {
  const { client } = shared;
  await request(client, 'DtUpdateReq', { type: 'counters', bucket: 'strings', key: 'ünï', op: { counterOp: { increment: 3 } } });
  const fetched = (await request(client, 'DtFetchReq', { type: 'counters', bucket: 'strings', key: 'ünï' })) as unknown as { value: { counterValue: unknown } };
  t.is(Number(fetched.value.counterValue), 3);
  t.is((await client.fetchCounter({ type: 'counters', bucket: 'strings', key: 'ünï' })).value, 3);

  // Repeated bytes (DtOp.setOp.adds).
  await request(client, 'DtUpdateReq', { type: 'sets', bucket: 'strings', key: 's', op: { setOp: { adds: ['a', 'é', '𝄞'] } } });
  t.deepEqual((await client.fetchSet({ type: 'sets', bucket: 'strings', key: 's' })).strings().sort(), ['a', 'é', '𝄞'].sort());

  // Nested messages (MapOp → MapUpdate → MapField, registerOp).
  await request(client, 'DtUpdateReq', {
    type: 'maps',
    bucket: 'strings',
    key: 'm',
    op: {
      mapOp: {
        updates: [
          { field: { name: 'visits', type: 1 }, counterOp: { increment: 2 } },
          { field: { name: 'nåme', type: 3 }, registerOp: 'Ada' },
        ],
      },
    },
  });
  const map = await client.fetchMap({ type: 'maps', bucket: 'strings', key: 'm' });
  t.deepEqual(map.value.counters, { visits: 2 });
  t.deepEqual(map.value.registers, { nåme: utf8('Ada') });
});

test('RpbIndexReq over TCP: string bucket, index and key find the object', async (t) => {
  const { client } = shared;
  await client.put({ bucket: 'strings-2i', key: 'k1', value: 'v', indexes: [{ key: 'email_bin', value: 'ådå@example.com' }] });
  const page = (await request(client, 'RpbIndexReq', { bucket: 'strings-2i', index: 'email_bin', qtype: 0, key: 'ådå@example.com' })) as unknown as {
    keys: Buffer[];
  };
  t.deepEqual(page.keys.map(String), ['k1']);
});

test('RpbSetBucketReq over TCP: strings inside props (RpbModFun) arrive as UTF-8', async (t) => {
  const { client } = shared;
  await request(client, 'RpbSetBucketReq', { bucket: 'strings-props', props: { linkfun: { module: 'my_lïnks', function: 'walk' } } });
  t.deepEqual((await client.getBucketProps({ bucket: 'strings-props' })).linkfun, { module: 'my_lïnks', function: 'walk' });
});

test('frames: a string in a bytes field is encoded as its UTF-8 bytes, nested and repeated fields included', (t) => {
  const dt = DtUpdateReq.decode(
    sentPayload('DtUpdateReq', {
      type: 'maps',
      bucket: 'b',
      key: 'k',
      context: 'ctx',
      op: { mapOp: { removes: [{ name: 'gone', type: 2 }], updates: [{ field: { name: 'f', type: 2 }, setOp: { adds: ['x', 'ÿ'], removes: ['z'] } }] } },
    }),
  );
  t.deepEqual([dt.type, dt.bucket, dt.key, dt.context].map(String), ['maps', 'b', 'k', 'ctx']);
  t.deepEqual(Buffer.from(dt.op.mapOp!.removes![0].name), utf8('gone'));
  t.deepEqual(
    dt.op.mapOp!.updates![0].setOp!.adds!.map((b) => Buffer.from(b)),
    [utf8('x'), utf8('ÿ')],
  );
  t.deepEqual(
    dt.op.mapOp!.updates![0].setOp!.removes!.map((b) => Buffer.from(b)),
    [utf8('z')],
  );

  const index = RpbIndexReq.decode(sentPayload('RpbIndexReq', { bucket: 'b', index: 'x_bin', qtype: 1, rangeMin: 'a', rangeMax: 'é', continuation: 'c' }));
  t.deepEqual(
    [index.bucket, index.index, index.rangeMin, index.rangeMax, index.continuation].map((b) => Buffer.from(b)),
    ['b', 'x_bin', 'a', 'é', 'c'].map(utf8),
  );

  const search = RpbSearchQueryReq.decode(sentPayload('RpbSearchQueryReq', { q: 'name:ådå', index: 'idx', fl: ['a', 'ß'] }));
  t.deepEqual(
    search.fl.map((b) => Buffer.from(b)),
    [utf8('a'), utf8('ß')],
  );
  t.deepEqual(Buffer.from(search.q), utf8('name:ådå'));

  // RpbPair (TS interpolations) and RpbCommitHook inside bucket props.
  const ts = TsQueryReq.decode(sentPayload('TsQueryReq', { query: { base: 'SELECT 1', interpolations: [{ key: 'k', value: 'v' }] } }));
  t.deepEqual(
    [ts.query!.interpolations![0].key, ts.query!.interpolations![0].value!].map((b) => Buffer.from(b)),
    [utf8('k'), utf8('v')],
  );
  const props = RpbSetBucketReq.decode(
    sentPayload('RpbSetBucketReq', { bucket: 'b', props: { precommit: [{ name: 'hook' }], hasPrecommit: true, backend: 'bitcask' } }),
  );
  t.deepEqual(Buffer.from(props.props.precommit![0].name!), utf8('hook'));
  t.deepEqual(Buffer.from(props.props.backend!), utf8('bitcask'));
});

test('property: the generic encoder (encodeMessage) frames RpbPutReq text exactly as the flat encoder (request path) does', (t) => {
  const text = fc.oneof(fc.string({ maxLength: 20 }), fc.string({ unit: 'grapheme', maxLength: 10 }), fc.constantFrom('counters', 'Zm9v', '\uD800x'));
  const pair = fc.record({ key: text, value: text });
  const content = fc.record(
    {
      value: text,
      contentType: text,
      links: fc.array(fc.record({ bucket: text, key: text, tag: text }), { maxLength: 2 }),
      usermeta: fc.array(pair, { maxLength: 2 }),
      indexes: fc.array(pair, { maxLength: 2 }),
    },
    { requiredKeys: ['value'] },
  );
  fc.assert(
    fc.property(fc.record({ bucket: text, key: text, type: text, content }), (message) => {
      const generic = encodeMessage('RpbPutReq', message as never);
      const op = encodeRequest('RpbPutReq', message as never) as unknown as FrameRange;
      t.deepEqual(generic, Buffer.from(op.frameBuffer.subarray(op.frameStart, op.frameEnd)));
      const decoded = RpbPutReq.decode(generic.subarray(5));
      t.deepEqual(Buffer.from(decoded.bucket), utf8(message.bucket));
      t.deepEqual(Buffer.from(decoded.content.value), utf8(message.content.value));
    }),
    { numRuns: 200 },
  );
});

test('a value that is neither text nor bytes in a bytes field is a RiakInvalidArgumentError naming the field', async (t) => {
  const { client } = shared;
  await t.throwsAsync(request(client, 'DtFetchReq', { type: 5, bucket: 'b', key: 'k' }), {
    instanceOf: RiakInvalidArgumentError,
    message: /DtFetchReq.*type: buffer expected/,
  });
  await t.throwsAsync(request(client, 'DtUpdateReq', { type: 'sets', bucket: 'b', op: { setOp: { adds: [1] } } }), {
    instanceOf: RiakInvalidArgumentError,
    message: /DtUpdateReq.*adds/,
  });
  // A required nested message left out: protobufjs alone throws a TypeError.
  await t.throwsAsync(request(client, 'RpbYokozunaIndexPutReq', {}), { instanceOf: RiakInvalidArgumentError, message: /RpbYokozunaIndexPutReq.*index/ });
  await t.throwsAsync(request(client, 'RpbGetReq', 'bucket/key' as unknown as Loose), {
    instanceOf: RiakInvalidArgumentError,
    message: /RpbGetReq message: expected an object/,
  });
  t.throws(() => encodeMessage('RpbDelReq', { bucket: 'b', key: {} } as never), {
    instanceOf: RiakInvalidArgumentError,
    message: /RpbDelReq.*key: buffer expected/,
  });
});

test('an unknown message name is a RiakInvalidArgumentError naming it, from request() and stream()', async (t) => {
  const { client } = shared;
  await t.throwsAsync(request(client, 'RpbNopeReq', {}), { instanceOf: RiakInvalidArgumentError, message: /"RpbNopeReq" is not a request message name/ });
  await t.throwsAsync(request(client, 'RpbGetResp', {}), {
    instanceOf: RiakInvalidArgumentError,
    message: /"RpbGetResp" is a message Riak sends, not a request/,
  });
  await t.throwsAsync(request(client, 'toString', {}), { instanceOf: RiakInvalidArgumentError, message: /"toString"/ });
  await t.throwsAsync(client.request(42 as never, {} as never), { instanceOf: RiakInvalidArgumentError });
  await t.throwsAsync(stream(client, 'RpbNopeReq', {}).next(), { instanceOf: RiakInvalidArgumentError, message: /"RpbNopeReq" is not a request message name/ });
  await t.throwsAsync(stream(client, '__proto__', {}).next(), { instanceOf: RiakInvalidArgumentError, message: /"__proto__"/ });
  t.throws(() => encodeMessage('RpbNope' as never, {} as never), { instanceOf: RiakInvalidArgumentError, message: /Unknown message name "RpbNope"/ });
});

test('a streaming request given to request(), or a unary one to stream(), is a RiakInvalidArgumentError', async (t) => {
  const { client } = shared;
  await t.throwsAsync(request(client, 'RpbListKeysReq', { bucket: 'b' }), {
    instanceOf: RiakInvalidArgumentError,
    message: 'request(): RpbListKeysReq streams its response; use stream()',
  });
  await t.throwsAsync(request(client, 'RpbIndexReq', { bucket: 'b', index: '$bucket', qtype: 0, key: 'b', stream: true }), {
    instanceOf: RiakInvalidArgumentError,
    message: 'request(): RpbIndexReq with `stream: true` streams its response; use stream()',
  });
  await t.throwsAsync(stream(client, 'RpbGetReq', { bucket: 'b', key: 'k' }).next(), {
    instanceOf: RiakInvalidArgumentError,
    message: 'stream(): RpbGetReq does not stream; use request()',
  });
  // The client still works.
  await client.ping();
});

test('the public codec helpers throw typed errors on misuse and on payloads that do not decode', (t) => {
  t.throws(() => decodeMessage(10, Buffer.from([0x0a, 0x05, 0x01])), { instanceOf: RiakProtocolError, message: /Undecodable RpbGetResp payload \(code 10\)/ });
  t.throws(() => encodeRaw(300, Buffer.alloc(0)), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => encodeRaw(1, 'text' as never), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => emptyFrame(-1), { instanceOf: RiakInvalidArgumentError });
  t.throws(
    () =>
      encodeFrame(
        9,
        {
          encode: () => {
            throw new TypeError('boom');
          },
        },
        {},
      ),
    { instanceOf: RiakError, message: /Invalid message code 9: boom/ },
  );
});
