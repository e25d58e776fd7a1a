import test from 'ava';
import fc from 'fast-check';
import { main } from '../../src/cli/main.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakInvalidArgumentError } from '../../src/errors.js';
import { termToBinary } from '../../src/codec/erlang/etf.js';
import { termToBinarySize } from '../../src/server/erlang/term-size.js';
import { atom, tuple, type ErlTerm } from '../../src/codec/erlang/term.js';
import { startDevServer } from '../../src/server/index.js';
import { fakeIo, until } from '../helpers/cli-io.js';
import { riakErrorOf, text, withServer } from '../helpers/server-harness.js';

/**
 * riak_kv's max_object_size / warn_object_size, measured as riak_kv_vnode
 * measures them: the byte size of riak_object:to_binary(v1, Obj), the
 * merged object as it would be stored.
 */

const b = (s: string) => Buffer.from(s, 'latin1');

/**
 * The v1 size of a new default-type object with a value of `length` bytes,
 * content type `text/plain` and a 22-character vtag:
 *   header: magic, version, vclock length, term_to_binary([{Actor(8 bytes), {1, GregorianSecs}}]) (34), sibling count = 44
 *   sibling: value length, type tag, value, metadata length = 9 + length
 *   metadata: last-modified 12, vtag length 1 + vtag 22, deleted flag 1,
 *             {<<"content-type">>, "text/plain"} entry 4 + 1 + 12 + 4 + 1 + 14 = 72
 */
const sizeOf = (length: number) => 44 + 9 + length + 72;
/** Base-62 vtags of a 128-bit number have 22 characters, 21 for about one in eight. */
const FULL_VTAG = 22;

type Client = Awaited<ReturnType<typeof withServer>>['client'];

/** A raw put of `length` bytes to a fresh key; resolves with the stored vtag's length or the error text. */
async function putFresh(client: Client, key: string, length: number): Promise<{ vtag: number } | { error: string }> {
  try {
    const resp = await client.request('RpbPutReq', {
      bucket: b('b'),
      key: b(key),
      content: { value: Buffer.alloc(length, 120), contentType: b('text/plain') },
      returnBody: true,
    });
    return { vtag: resp.content[0].vtag?.length ?? 0 };
  } catch (err) {
    return { error: (err as { errmsg: string }).errmsg };
  }
}

test('a put above max_object_size gets {too_large,Size}; at the limit it is stored', async (t) => {
  const max = 400;
  const { client } = await withServer(t, { maxObjectSize: max });
  const atLimit = max - sizeOf(0);
  // At the limit: with a full vtag the object is exactly `max` bytes, and accepted.
  let exact = false;
  for (let i = 0; i < 50 && !exact; i++) {
    const result = await putFresh(client, `at${i}`, atLimit);
    if ('error' in result) return t.fail(`refused at the limit: ${result.error}`);
    exact = result.vtag === FULL_VTAG;
  }
  t.true(exact);
  // One byte more is one byte above the limit (with a full vtag; a short one makes it exactly the limit).
  let refused = false;
  for (let i = 0; i < 50 && !refused; i++) {
    const result = await putFresh(client, `over${i}`, atLimit + 1);
    if ('vtag' in result) {
      if (result.vtag !== FULL_VTAG - 1) return t.fail(`accepted above the limit (vtag of ${result.vtag})`);
      continue;
    }
    t.is(result.error, `{too_large,${max + 1}}`);
    t.false((await client.get({ bucket: 'b', key: `over${i}` })).found);
    refused = true;
  }
  t.true(refused);
  t.regex(await riakErrorOf(t, client.put({ bucket: 'b', key: 'big', value: Buffer.alloc(1000) })), /^\{too_large,10\d\d\}$/);
});

test('the limit applies to the merged object: a new sibling that makes it too large is refused and nothing changes', async (t) => {
  const { client } = await withServer(t, { maxObjectSize: 600 });
  await client.put({ type: 'siblings', bucket: 'b', key: 'k', value: Buffer.alloc(300, 97) });
  const error = await riakErrorOf(t, client.put({ type: 'siblings', bucket: 'b', key: 'k', value: Buffer.alloc(300, 98) }));
  t.regex(error, /^\{too_large,\d+\}$/);
  t.true(Number(/\d+/.exec(error)![0]) > 600);
  const got = await client.get({ type: 'siblings', bucket: 'b', key: 'k' });
  t.is(got.siblings.length, 1);
  t.is(got.value?.[0], 97);
});

test('objects above warn_object_size are logged on write and read, as riak_kv_vnode logs them; refusals are logged too', async (t) => {
  const lines: string[] = [];
  const { client } = await withServer(t, { warnObjectSize: 200, maxObjectSize: 1000, log: (line) => lines.push(line) });
  await client.put({ bucket: 'b', key: 'small', value: 'x' });
  await client.get({ bucket: 'b', key: 'small' });
  t.deepEqual(
    lines.filter((l) => !l.startsWith('connection from')),
    [],
  );

  await client.put({ bucket: 'b', key: 'big', value: Buffer.alloc(300) });
  t.regex(lines.at(-1)!, /^\[warning\] Writing very large object \(\d+ bytes\) to <<"b">>\/<<"big">>$/);
  await client.get({ bucket: 'b', key: 'big' });
  t.regex(lines.at(-1)!, /^\[warning\] Read large object <<"b">>\/<<"big">> \(\d+ bytes\)$/);
  await client.put({ type: 'siblings', bucket: 'b', key: 'typed', value: Buffer.alloc(300) });
  t.regex(lines.at(-1)!, /^\[warning\] Writing very large object \(\d+ bytes\) to \{<<"siblings">>,<<"b">>\}\/<<"typed">>$/);
  await riakErrorOf(t, client.put({ bucket: 'b', key: 'huge', value: Buffer.alloc(2000) }));
  t.regex(lines.at(-1)!, /^\[error\] Put failure: object too large to write <<"b">>\/<<"huge">> \d+ bytes$/);
});

test("the default warning threshold is 5 MB (5242880 bytes), as Riak's", async (t) => {
  const lines: string[] = [];
  const { client } = await withServer(t, { log: (line) => lines.push(line) });
  await client.put({ bucket: 'b', key: 'under', value: Buffer.alloc(5242880 - 200) });
  t.false(lines.some((l) => l.includes('very large')));
  await client.put({ bucket: 'b', key: 'over', value: Buffer.alloc(5242880) });
  t.regex(lines.at(-1)!, /^\[warning\] Writing very large object \(\d+ bytes\) to <<"b">>\/<<"over">>$/);
});

test('datatype updates are size-checked too: an update that makes the value too large is refused and the value stays', async (t) => {
  const { client } = await withServer(t, { maxObjectSize: 500 });
  const add = (members: string[]) => client.request('DtUpdateReq', { bucket: b('b'), key: b('s'), type: b('sets'), op: { setOp: { adds: members.map(b) } } });
  await add(['a', 'b']);
  t.regex(await riakErrorOf(t, add([Array.from({ length: 600 }, () => 'x').join('')])), /^\{too_large,\d+\}$/);
  const fetched = await client.request('DtFetchReq', { bucket: b('b'), key: b('s'), type: b('sets') });
  t.deepEqual(fetched.value?.setValue?.map(text), ['a', 'b']);
});

test('invalid size options are refused with the option named', async (t) => {
  await t.throwsAsync(startDevServer({ port: 0, maxObjectSize: 0 }), { instanceOf: RiakInvalidArgumentError, message: /maxObjectSize/ });
  await t.throwsAsync(startDevServer({ port: 0, warnObjectSize: 1.5 }), { instanceOf: RiakInvalidArgumentError, message: /warnObjectSize/ });
  const bad = fakeIo();
  t.is(await main(['serve', '--max-object-size', '10MB'], bad.io), 2);
  t.regex(bad.err.join('\n'), /--max-object-size expects a positive number of bytes/);
});

test('riak-pb serve --max-object-size / --warn-object-size set the limits and print the warnings', async (t) => {
  const fake = fakeIo();
  const done = main(['serve', '--port', '0', '--max-object-size', '1000', '--warn-object-size', '200'], fake.io);
  await until(() => fake.out.length > 0);
  const port = /^listening on 127\.0\.0\.1:(\d+)$/.exec(fake.out[0])![1];
  const client = new RiakClient({ nodes: [`127.0.0.1:${port}`] });
  await client.put({ bucket: 'b', key: 'warn', value: Buffer.alloc(300) });
  t.true(fake.out.some((line) => /^\[warning\] Writing very large object \(\d+ bytes\) to <<"b">>\/<<"warn">>$/.test(line)));
  t.regex(await riakErrorOf(t, client.put({ bucket: 'b', key: 'big', value: Buffer.alloc(2000) })), /^\{too_large,\d+\}$/);
  await client.close();
  fake.stop();
  t.is(await done, 0);
});

test('termToBinarySize is the length of termToBinary for every term shape (property)', (t) => {
  const { term } = fc.letrec<{ term: ErlTerm }>((tie) => ({
    term: fc.oneof(
      { depthSize: 'small' },
      fc.uint8Array({ maxLength: 40 }).map((bytes) => Buffer.from(bytes)),
      fc.integer(),
      fc.integer({ min: 0, max: 300 }),
      fc.double({ noNaN: true, noDefaultInfinity: true }),
      fc.bigInt({ min: -(1n << 2100n), max: 1n << 2100n }),
      fc.string({ maxLength: 20 }),
      // Any Unicode scalar values, as the 'binary' unit draws them, without the CPU-second and a half it spends indexing them all.
      fc.string({
        unit: fc.oneof(fc.integer({ min: 0, max: 0xd7ff }), fc.integer({ min: 0xe000, max: 0x10ffff })).map((c) => String.fromCodePoint(c)),
        maxLength: 20,
      }),
      fc.string({ maxLength: 12 }).map((name) => atom(name)),
      fc.array(tie('term'), { maxLength: 4 }).map((items) => tuple(...items)),
      fc.array(tie('term'), { maxLength: 4 }),
    ),
  }));
  fc.assert(fc.property(term, (value) => termToBinarySize(value) === termToBinary(value).length));
  // Long strings switch from STRING_EXT to a list of integers.
  for (const value of ['x'.repeat(0xffff), 'x'.repeat(0x10000), '\u0100', '']) t.is(termToBinarySize(value), termToBinary(value).length);
  t.is(termToBinarySize(tuple(...Array.from({ length: 300 }, () => 1))), termToBinary(tuple(...Array.from({ length: 300 }, () => 1))).length);
});
