import test from 'ava';
import fc from 'fast-check';
import { RiakInvalidArgumentError } from '../../src/errors.js';
import { json, text, bytes } from '../../src/client/values/codecs.js';
import { decodeText, encodeText, unencodable, writableCharset } from '../../src/client/values/charsets.js';
import { codecReads, type ValueCodec } from '../../src/client/values/codec.js';
import { RiakValueDecodeError, RiakValueEncodeError } from '../../src/client/values/value-errors.js';
import type { RiakContent } from '../../src/client/kv-types.js';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';

// Issue 13, value codecs: JSON, text with a charset, bytes and custom codecs
// round-trip through the dev server; a value that does not decode rejects
// with a RiakValueDecodeError naming it, never half-decoded data.

const shared = useSharedDevServer(test);

const content = (value: Buffer, contentType?: string, charset?: string) =>
  ({ value, contentType, charset, links: [], usermeta: [], indexes: [], deleted: false }) as RiakContent;
const charOf = (max: number) => fc.integer({ min: 0, max }).map((code) => String.fromCharCode(code));
// Any Unicode scalar value, as fc.string's 'binary' unit draws them, without the CPU-second and a half it spends indexing them all.
const scalarValue = fc.oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff })).map((code) => String.fromCodePoint(code));

test('text charsets: every string a charset holds round-trips exactly (property)', (t) => {
  const cases: [string, fc.Arbitrary<string>][] = [
    ['UTF-8', fc.string({ unit: scalarValue, maxLength: 60 })],
    ['UTF-8', fc.string({ unit: scalarValue, maxLength: 10 }).map((s) => `\uFEFF${s}`)], // a leading BOM is text too
    ['ISO-8859-1', fc.string({ unit: charOf(0xff), maxLength: 60 })],
    ['US-ASCII', fc.string({ unit: charOf(0x7f), maxLength: 60 })],
    // UTF-16LE holds any UTF-16 code unit sequence, lone surrogates included.
    ['UTF-16LE', fc.string({ unit: charOf(0xffff), maxLength: 60 })],
  ];
  for (const [name, strings] of cases) {
    const charset = writableCharset(name);
    if (charset === undefined) return t.fail(name);
    fc.assert(
      fc.property(strings, (value) => {
        t.is(unencodable(value, charset), undefined);
        return decodeText(encodeText(value, charset), charset) === value;
      }),
    );
  }
  t.pass();
});

test('text charsets: a string a charset cannot hold is refused, never substituted (property)', (t) => {
  fc.assert(
    fc.property(
      fc.string({ maxLength: 20 }),
      fc.integer({ min: 0x100, max: 0xd7ff }),
      (prefix, code) => unencodable(prefix + String.fromCharCode(code), 'ISO-8859-1') !== undefined,
    ),
  );
  fc.assert(
    fc.property(
      fc.string({ unit: charOf(0xff), maxLength: 20 }),
      fc.integer({ min: 0x80, max: 0xff }),
      (prefix, code) => unencodable(prefix + String.fromCharCode(code), 'US-ASCII') !== undefined,
    ),
  );
  t.truthy(unencodable('a\uD800b', 'UTF-8'));
  t.is(unencodable('a\uD83D\uDE00b', 'UTF-8'), undefined); // a pair is a character
  t.throws(() => decodeText(Buffer.from('ff', 'hex'), 'utf-8'));
  t.throws(() => decodeText(Buffer.from('80', 'hex'), 'us-ascii'));
  t.throws(() => decodeText(Buffer.from('616263', 'hex'), 'UTF-16LE'));
  t.throws(() => decodeText(Buffer.from('61', 'hex'), 'no-such-charset'), { message: /unknown charset/ });
  t.is(decodeText(Buffer.from('80819f41', 'hex'), 'windows-1252'), '€\u0081ŸA'); // Node's own decoder drops 0x80-0x9F
  t.is(decodeText(Buffer.from('a141', 'hex'), 'ISO-8859-2'), 'ĄA'); // other charsets read through TextDecoder
  t.is(decodeText(Buffer.from('80', 'hex'), 'ISO-8859-1'), '\u0080'); // IANA Latin-1, not WHATWG's windows-1252
});

test('json: any JSON value round-trips through encode and decode (property)', (t) => {
  const codec = json();
  fc.assert(
    fc.property(fc.jsonValue(), (value) => {
      const stored = Buffer.from(codec.encode(value));
      return JSON.stringify(codec.decode(stored, content(stored, 'application/json'))) === JSON.stringify(value);
    }),
  );
  t.deepEqual(codec.decode(Buffer.from('\uFEFF[1]'), content(Buffer.alloc(0))), [1]); // a byte order mark is ignored
  t.pass();
});

test('json, text, bytes and a custom codec round-trip through the dev server with their content type and charset', async (t) => {
  const { client } = shared;
  interface User {
    name: string;
    tags: string[];
  }
  const users = client.bucket({ bucket: 'codec-json', codec: json<User>() });
  await users.put('ada', { name: 'Ada ✓', tags: ['a', '\u{1F600}'] });
  t.deepEqual(await users.get('ada'), { name: 'Ada ✓', tags: ['a', '\u{1F600}'] });
  const rawJson = await client.get({ bucket: 'codec-json', key: 'ada' });
  t.is(rawJson.content?.contentType, 'application/json');
  t.is(rawJson.content?.charset, undefined);
  t.is(await users.get('nobody'), undefined);

  // Latin-1 text is stored as Latin-1 bytes (not UTF-8) and says so.
  const latin = client.bucket({ bucket: 'codec-text', codec: text({ charset: 'latin1' }) });
  await latin.put('cafe', 'café ÿ\u0080');
  const rawText = await client.get({ bucket: 'codec-text', key: 'cafe' });
  t.is(rawText.value?.toString('hex'), Buffer.from('café ÿ\u0080', 'latin1').toString('hex'));
  t.is(rawText.content?.contentType, 'text/plain');
  t.is(rawText.content?.charset, 'ISO-8859-1');
  t.is(await latin.get('cafe'), 'café ÿ\u0080');
  // A UTF-8 text handle reads it too: each value decodes in its own stored charset.
  t.is(await client.bucket({ bucket: 'codec-text', codec: text() }).get('cafe'), 'café ÿ\u0080');

  const utf16 = client.bucket({ bucket: 'codec-text', codec: text({ charset: 'UTF-16LE', contentType: 'text/x-note' }) });
  await utf16.put('lone', 'a\uD800b');
  t.is(await utf16.get('lone'), 'a\uD800b');
  t.is((await client.get({ bucket: 'codec-text', key: 'lone' })).content?.contentType, 'text/x-note');

  const blobs = client.bucket({ bucket: 'codec-bytes', codec: bytes() });
  const binary = Buffer.from('ff00c3eda080', 'hex');
  await blobs.put('b', binary);
  await blobs.put('s', 'as UTF-8');
  t.is((await blobs.get('b'))?.toString('hex'), binary.toString('hex'));
  t.is((await blobs.get('s'))?.toString(), 'as UTF-8');
  t.is((await client.get({ bucket: 'codec-bytes', key: 'b' })).content?.contentType, 'application/octet-stream');

  const point: ValueCodec<{ x: number; y: number }> = {
    contentType: 'application/x-point',
    encode: ({ x, y }) => {
      const out = Buffer.alloc(16);
      out.writeDoubleBE(x, 0);
      out.writeDoubleBE(y, 8);
      return out;
    },
    decode: (stored) => {
      if (stored.length !== 16) throw new Error(`a point is 16 bytes, not ${stored.length}`);
      return { x: stored.readDoubleBE(0), y: stored.readDoubleBE(8) };
    },
  };
  const points = client.bucket({ bucket: 'codec-points', codec: point });
  await points.put('p', { x: 1.5, y: -0.25 });
  t.deepEqual(await points.get('p'), { x: 1.5, y: -0.25 });
  t.is((await client.get({ bucket: 'codec-points', key: 'p' })).content?.contentType, 'application/x-point');
});

test('text stored by another client in a charset riak-pb does not write (windows-1252) still reads', async (t) => {
  const { client } = shared;
  await client.put({ bucket: 'codec-text', key: 'cp1252', value: Buffer.from('809f', 'hex'), contentType: 'text/plain', charset: 'windows-1252' });
  t.is(await client.bucket({ bucket: 'codec-text', codec: text() }).get('cp1252'), '€Ÿ');
  // A charset parameter inside the content type counts when there is no charset field.
  await client.put({ bucket: 'codec-text', key: 'param', value: Buffer.from('e9', 'hex'), contentType: 'text/plain; charset=ISO-8859-1' });
  t.is(await client.bucket({ bucket: 'codec-text', codec: text() }).get('param'), 'é');
});

test('a value that does not decode rejects with a RiakValueDecodeError naming the object, content type and cause', async (t) => {
  const { client } = shared;
  await client.put({ bucket: 'codec-bad', key: 'json', value: '{"name": ', contentType: 'application/json' });
  const users = client.bucket({ type: 'default', bucket: 'codec-bad', codec: json() });
  const error = await t.throwsAsync(users.get('json'), { instanceOf: RiakValueDecodeError });
  t.is(error.code, 'RIAK_VALUE_DECODE_ERROR');
  t.is(error.bucketType, 'default');
  t.is(error.bucket, 'codec-bad');
  t.is(error.key, 'json');
  t.is(error.contentType, 'application/json');
  t.true(error.cause instanceof SyntaxError);
  t.regex(error.message, /stored as application\/json: .*JSON.*default\/codec-bad\/json/);

  // Bytes that are not UTF-8, read as UTF-8 text.
  await client.put({ bucket: 'codec-bad', key: 'text', value: Buffer.from('ff', 'hex'), contentType: 'text/plain' });
  const textError = await t.throwsAsync(client.bucket({ bucket: 'codec-bad', codec: text() }).get('text'), { instanceOf: RiakValueDecodeError });
  t.is(textError.contentType, 'text/plain');
  t.true(textError.cause instanceof TypeError); // TextDecoder's fatal error

  // A content type the codec does not read: a JSON handle never returns text as if it were JSON.
  await client.put({ bucket: 'codec-bad', key: 'plain', value: '"quoted"', contentType: 'text/plain' });
  const mismatch = await t.throwsAsync(users.get('plain'), { instanceOf: RiakValueDecodeError });
  t.regex(mismatch.message, /reads application\/json.*not text\/plain/);

  // validate and parse make the type a checked fact.
  await client.put({ bucket: 'codec-bad', key: 'shape', value: '{"name": 3}', contentType: 'application/json' });
  const isUser = (value: unknown): value is { name: string } =>
    typeof value === 'object' && value !== null && typeof (value as { name?: unknown }).name === 'string';
  await t.throwsAsync(client.bucket({ bucket: 'codec-bad', codec: json({ validate: isUser }) }).get('shape'), {
    instanceOf: RiakValueDecodeError,
    message: /failed `validate`/,
  });
  const parseError = new Error('name must be a string');
  const parsing = client.bucket({
    bucket: 'codec-bad',
    codec: json({
      parse: () => {
        throw parseError;
      },
    }),
  });
  const parsed = await t.throwsAsync(parsing.get('shape'), { instanceOf: RiakValueDecodeError });
  t.is(parsed.cause, parseError);
});

test('a read with one sibling that fails to decode rejects whole: nothing half-decoded', async (t) => {
  const { client } = shared;
  const at = { type: 'siblings', bucket: 'codec-half', key: 'k' };
  await client.put({ ...at, value: '{"ok": true}', contentType: 'application/json' });
  await client.put({ ...at, value: '{broken', contentType: 'application/json' }); // no vclock: a sibling
  t.is((await client.get(at)).siblings.length, 2);
  const handle = client.bucket({ type: 'siblings', bucket: 'codec-half', codec: json(), resolve: (siblings) => siblings[0] });
  await t.throwsAsync(handle.fetch('k'), { instanceOf: RiakValueDecodeError });
  const many = await client.getMany([at], { codec: json() });
  t.false(many[0]?.ok);
});

test('without a codec each sibling decodes by its own content type, registered codecs included', async (t) => {
  const { client } = shared;
  const at = { type: 'siblings', bucket: 'codec-auto', key: 'k' };
  await client.put({ ...at, value: '{"n": 1}', contentType: 'application/json' });
  await client.put({ ...at, value: 'hello', contentType: 'text/plain' });
  await client.put({ ...at, value: Buffer.from('ff00', 'hex') });
  await client.put({ ...at, value: '1;2', contentType: 'application/x-pair' });
  const pair: ValueCodec<[number, number]> = {
    contentType: 'application/x-pair',
    encode: ([a, b]) => `${a};${b}`,
    decode: (stored) => {
      const [a = NaN, b = NaN] = stored.toString().split(';').map(Number);
      return [a, b];
    },
  };
  client.codecs.register(pair);
  t.teardown(() => client.codecs.unregister(pair));
  const read = await client.bucket({ type: 'siblings', bucket: 'codec-auto' }).fetch('k');
  const byType = new Map(read.siblings.map((sibling) => [sibling.content.contentType, sibling.data]));
  t.deepEqual(byType.get('application/json'), { n: 1 });
  t.is(byType.get('text/plain'), 'hello');
  t.deepEqual(byType.get(undefined), Buffer.from('ff00', 'hex'));
  t.deepEqual(byType.get('application/x-pair'), [1, 2]);

  // Writes without a codec pick one by the value: bytes, text, JSON.
  const auto = client.bucket({ bucket: 'codec-auto' });
  await auto.put('bytes', new Uint8Array([1, 2]));
  await auto.put('text', 'plain');
  await auto.put('json', { a: [1] });
  const types = await Promise.all(['bytes', 'text', 'json'].map(async (key) => (await client.get({ bucket: 'codec-auto', key })).content?.contentType));
  t.deepEqual(types, ['application/octet-stream', 'text/plain', 'application/json']);
  t.deepEqual(await auto.get('json'), { a: [1] });
  t.is(await auto.get('text'), 'plain');
});

test('a value its codec cannot encode is a RiakValueEncodeError, and nothing is written', async (t) => {
  const { client } = shared;
  const numbers = client.bucket({ bucket: 'codec-encode', codec: json<{ n: bigint }>() });
  const error = await t.throwsAsync(numbers.put('big', { n: 1n }), { instanceOf: RiakValueEncodeError });
  t.true(error instanceof RiakInvalidArgumentError);
  t.is(error.contentType, 'application/json');
  t.is(error.key, 'big');
  const ascii = client.bucket({ bucket: 'codec-encode', codec: text({ charset: 'US-ASCII' }) });
  await t.throwsAsync(ascii.put('accent', 'é'), { instanceOf: RiakValueEncodeError, message: /U\+00E9 at index 0 is not in US-ASCII/ });
  await t.throwsAsync(client.bucket({ bucket: 'codec-encode', codec: text() }).put('lone', '\uD800'), {
    instanceOf: RiakValueEncodeError,
    message: /lone surrogate/,
  });
  await t.throwsAsync(client.bucket({ bucket: 'codec-encode', codec: json() }).put('undef', undefined), {
    instanceOf: RiakValueEncodeError,
    message: /JSON cannot represent undefined/,
  });
  const liar = { contentType: 'x/y', encode: () => 42 as unknown as string, decode: () => 0 };
  await t.throwsAsync(client.bucket({ bucket: 'codec-encode', codec: liar }).put('liar', 1), {
    instanceOf: RiakValueEncodeError,
    message: /neither a string nor a Uint8Array/,
  });
  const stored = await client.getMany(['big', 'accent', 'lone', 'undef', 'liar'].map((key) => ({ bucket: 'codec-encode', key })));
  t.deepEqual(
    stored.map((item) => item.ok && item.result.found),
    [false, false, false, false, false],
  );
});

test('codec options and codec objects from plain JavaScript fail with RiakInvalidArgumentError', (t) => {
  const { client } = shared;
  t.throws(() => text({ charset: 'windows-1252' }), { instanceOf: RiakInvalidArgumentError, message: /cannot write charset/ });
  t.throws(() => text({ charset: 5 as never }), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => json({ validate: 'yes' as never }), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => bytes(null as never), { instanceOf: RiakInvalidArgumentError });
  for (const codec of [
    null,
    'json',
    {},
    { contentType: '', encode() {}, decode() {} },
    { contentType: 'a/b', encode: 1, decode() {} },
    { contentType: 'a/b', encode() {}, decode() {}, reads: 'x' },
  ]) {
    t.throws(() => client.bucket({ bucket: 'b', codec: codec as never }), { instanceOf: RiakInvalidArgumentError, message: /codec/ });
    t.throws(() => client.codecs.register(codec as never), { instanceOf: RiakInvalidArgumentError });
  }
});

test('what a codec reads: its own media type, its reads patterns, and values with no content type', (t) => {
  const codec = json();
  t.true(codecReads(codec, 'application/json'));
  t.true(codecReads(codec, 'Application/JSON; charset=utf-8'));
  t.true(codecReads(codec, 'application/ld+json'));
  t.true(codecReads(codec, undefined));
  t.false(codecReads(codec, 'text/plain'));
  t.true(codecReads(text(), 'text/csv'));
  t.false(codecReads(text(), 'application/json'));
  t.true(codecReads(bytes(), 'image/png'));
});
