import test from 'ava';
import { deflateRawSync } from 'node:zlib';
import { MessageCode } from '../../src/codec/message-codes.js';
import { termToBinary } from '../../src/codec/erlang/etf.js';
import { atom, tuple } from '../../src/codec/erlang/term.js';
import { MAX_VCLOCK_INFLATED_BYTES } from '../../src/server/vclock.js';
import { errorText, frameOf, pb, RawConnection, withServer } from '../helpers/server-harness.js';

/**
 * Client vclocks are inflated with an output cap, and what Riak cannot
 * decode is refused with the crash riak_object:decode_vclock/1 gives.
 */

const b = (s: string) => Buffer.from(s, 'latin1');
const GREGORIAN_NOW = 63_900_000_000;

const putFrame = (vclock: Buffer, key = 'k') =>
  frameOf(MessageCode.RpbPutReq, pb.RpbPutReq.encode(pb.RpbPutReq.create({ bucket: b('b'), key: b(key), vclock, content: { value: b('v') } })).finish());
const delFrame = (vclock: Buffer) => frameOf(MessageCode.RpbDelReq, pb.RpbDelReq.encode(pb.RpbDelReq.create({ bucket: b('b'), key: b('k'), vclock })).finish());
const getFrame = (ifModified: Buffer) =>
  frameOf(MessageCode.RpbGetReq, pb.RpbGetReq.encode(pb.RpbGetReq.create({ bucket: b('b'), key: b('k'), ifModified })).finish());
const pingFrame = () => frameOf(MessageCode.RpbPingReq);

/** A vclock term, zlib:zip'ed as Riak encodes it. */
const zipped = (term: Parameters<typeof termToBinary>[0]) => deflateRawSync(termToBinary(term));

/** 64 KiB that inflate to 64 MiB: a well-formed vclock whose one actor id is 64 MiB of zeros. */
function vclockBomb(): Buffer {
  return zipped([tuple(Buffer.alloc(64 << 20), tuple(1, GREGORIAN_NOW))]);
}

/** Sends `frame` on a fresh connection; resolves with the error text once the server has answered and closed. */
async function crashText(server: Awaited<ReturnType<typeof withServer>>['server'], frame: Buffer): Promise<string> {
  const conn = await RawConnection.open(server);
  conn.send(frame);
  const [reply] = await conn.waitFrames(1, 60_000);
  await conn.waitClose(60_000);
  return errorText(reply);
}

test('a zlib-bomb vclock is refused after inflating at most the cap, as Riak refuses a vclock it cannot decode; other connections stay served', async (t) => {
  const { server, client } = await withServer(t);
  await client.put({ bucket: 'b', key: 'k', value: 'before' });
  const bomb = vclockBomb();
  t.true(bomb.length < 128 * 1024);
  t.true(64 << 20 > 32 * MAX_VCLOCK_INFLATED_BYTES);
  const other = await RawConnection.open(server);

  // Put, delete and a get's if_modified all decode the clock the same way.
  t.is(await crashText(server, putFrame(bomb)), 'Error processing incoming message: error:badarg:[]');
  t.is(await crashText(server, delFrame(bomb)), 'Error processing incoming message: error:badarg:[]');
  t.is(await crashText(server, getFrame(bomb)), 'Error processing incoming message: error:badarg:[]');

  other.send(pingFrame());
  t.is((await other.waitFrames(1))[0].code, MessageCode.RpbPingResp);
  // Nothing was written by the refused requests.
  t.is((await client.get({ bucket: 'b', key: 'k' })).value?.toString(), 'before');
  other.close();
});

test("a bomb of zeros (no term at all) gets binary_to_term's badarg, as on Riak where zlib:unzip succeeds", async (t) => {
  const { server } = await withServer(t);
  t.is(await crashText(server, putFrame(deflateRawSync(Buffer.alloc(16 << 20)))), 'Error processing incoming message: error:badarg:[]');
});

test('a clock just under the cap still decodes', async (t) => {
  const { client } = await withServer(t);
  // Largest actor that keeps the term within the cap (list, tuple, binary header, stamp, nil: 26 bytes).
  const actor = Buffer.alloc(MAX_VCLOCK_INFLATED_BYTES - 26, 7);
  const clock = zipped([tuple(actor, tuple(1, GREGORIAN_NOW))]);
  t.true(termToBinary([tuple(actor, tuple(1, GREGORIAN_NOW))]).length <= MAX_VCLOCK_INFLATED_BYTES);
  const put = await client.put({ bucket: 'b', key: 'k', value: 'v', vclock: clock, returnBody: true });
  t.truthy(put.vclock);
});

test("other undecodable clocks get riak_object:decode_vclock/1's crash", async (t) => {
  const { server, client } = await withServer(t);
  // Not a term and not a zlib stream: zlib:unzip/1 fails.
  t.is(await crashText(server, putFrame(b('garbage!'))), 'Error processing incoming message: error:data_error:[]');
  // A term that is not {Method, Clock}: the match in decode_vclock/1 fails.
  t.is(await crashText(server, putFrame(termToBinary(42))), 'Error processing incoming message: error:{badmatch,42}:[]');
  // An unknown method: decode_vclock/2 throws.
  t.is(
    await crashText(server, putFrame(termToBinary(tuple(atom('encode_lz4'), b('x'))))),
    'Error processing incoming message: throw:bad_vclock_encoding_method:[]',
  );
  // The embedded forms Riak writes decode.
  const entries = [tuple(b('actor-1'), tuple(2, GREGORIAN_NOW))];
  for (const vclock of [termToBinary(tuple(atom('encode_raw'), entries)), termToBinary(tuple(atom('encode_zlib'), zipped(entries)))]) {
    const put = await client.put({ bucket: 'b', key: 'embedded', value: 'v', vclock, returnBody: true });
    t.is(put.siblings.length, 1);
  }
});
