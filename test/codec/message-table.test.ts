import test from 'ava';
import { readFileSync } from 'node:fs';
import { RpbGetReq, RpbGetResp, RpbErrorResp, RpbSetBucketReq } from '../../generated/riak.js';
import { FrameDecoder } from '../../src/codec/frame-decoder.js';
import { emptyFrame, encodeFrame } from '../../src/codec/frame-encoder.js';
import { MessageCode, type MessageName } from '../../src/codec/message-codes.js';
import { EMPTY_MESSAGE, REQUESTS, decodeMessage, encodeMessage, hasBody, messageName, encodeRequest, responseCodeFor } from '../../src/codec/message-table.js';
import { QUORUM_SENTINELS, encodeQuorumFields, quorumName, quorumValue } from '../../src/codec/quorum.js';
import { RiakInvalidArgumentError } from '../../src/errors.js';
import { repoPath } from '../helpers/paths.js';

function decodeOne(bytes: Buffer): { code: number; payload: Buffer } {
  const out: { code: number; payload: Buffer }[] = [];
  new FrameDecoder((code, payload) => out.push({ code, payload })).push(bytes);
  return out[0];
}

test('codes match riak_pb_messages.csv of the bundled (older) riak_pb for every code it has', (t) => {
  const csv = readFileSync(repoPath('node_modules/basho-riak-client/lib/protobuf/riak_pb/src/riak_pb_messages.csv'), 'utf8');
  const rows = csv
    .trim()
    .split(/\r?\n/)
    .map((line) => line.split(','));
  t.true(rows.length > 50);
  for (const [code, name] of rows) t.is(MessageCode[name as MessageName] as number, Number(code), name);
});

test('the table covers the 3.x code ranges', (t) => {
  const codes = new Set<number>(Object.values(MessageCode) as number[]);
  for (const code of [0, 33, 34, 40, 41, 42, 70, 71, 90, 104, 128, 129, 130, 200, 207, 210, 224, 230, 231, 253, 254, 255])
    t.true(codes.has(code), String(code));
  t.is(codes.size, Object.keys(MessageCode).length, 'codes are unique');
});

test('shared response codes', (t) => {
  t.is(responseCodeFor(31), 20);
  t.is(responseCodeFor(32), 22);
  t.is(responseCodeFor(56), 12);
  t.is(responseCodeFor(60), 12);
  t.is(responseCodeFor(57), 14);
  t.is(responseCodeFor(128), 10);
  t.is(responseCodeFor(255), 255);
  for (const code of [210, 211, 213]) t.is(responseCodeFor(code), 220);
  for (const code of [212, 214]) t.is(responseCodeFor(code), 221);
  for (const code of [215, 216, 217, 218, 219, 230, 231]) t.is(responseCodeFor(code), 222);
  t.is(responseCodeFor(223), 224);
  t.is(responseCodeFor(2), undefined, 'a response is not a request');
  t.is(responseCodeFor(77), undefined, 'a gap in the table');
});

test('every request in the table has a known response message', (t) => {
  for (const [name, spec] of Object.entries(REQUESTS)) {
    t.not(MessageCode[name as MessageName], undefined, name);
    t.not(MessageCode[spec.response], undefined, `${name} -> ${spec.response}`);
  }
});

test('body-less messages are known as such and encode as a bare code', (t) => {
  for (const name of ['RpbPingReq', 'RpbPingResp', 'RpbGetServerInfoReq', 'RpbStartTls', 'RpbAuthResp', 'RpbDelResp', 'RpbSetBucketResp'] as const) {
    t.false(hasBody(name), name);
  }
  t.true(hasBody('RpbGetReq'));
  t.deepEqual(encodeMessage('RpbPingReq', undefined), Buffer.from([0, 0, 0, 1, 1]));
  t.deepEqual(encodeMessage('RpbStartTls', undefined), Buffer.from([0, 0, 0, 1, 255]));
  t.is(emptyFrame(7), emptyFrame(7), 'precomputed once');
});

test('empty payloads decode to the empty message, never an error', (t) => {
  t.is(decodeMessage(MessageCode.RpbPingResp, Buffer.alloc(0)), EMPTY_MESSAGE);
  t.is(decodeMessage(MessageCode.RpbDelResp, Buffer.alloc(0)), EMPTY_MESSAGE);
  const put = decodeMessage(MessageCode.RpbPutResp, Buffer.alloc(0)) as { content: unknown[] };
  t.deepEqual(put.content, []);
});

test('codes with no class, and codes outside the table, decode to { code, payload }', (t) => {
  const payload = Buffer.from([1, 2, 3]);
  t.deepEqual(decodeMessage(104, payload), { code: 104, payload });
  t.deepEqual(decodeMessage(130, payload), { code: 130, payload });
  t.deepEqual(decodeMessage(77, payload), { code: 77, payload });
  t.is(messageName(77), undefined);
  t.is(messageName(9), 'RpbGetReq');
});

test('encodeFrame writes length, code and payload into one buffer that round-trips', (t) => {
  const message = { bucket: Buffer.from('b'), key: Buffer.from('k'), r: 2, nodeConfirms: 1 };
  const bytes = encodeFrame(MessageCode.RpbGetReq, RpbGetReq, message);
  const body = RpbGetReq.encode(message).finish();
  t.is(bytes.readUInt32BE(0), body.length + 1);
  t.is(bytes[4], 9);
  t.deepEqual(bytes.subarray(5), Buffer.from(body));
  const { code, payload } = decodeOne(bytes);
  const decoded = RpbGetReq.decode(payload);
  t.is(code, 9);
  t.is(String(decoded.key), 'k');
  t.is(decoded.r, 2);
  t.is(decoded.nodeConfirms, 1);
});

test('codes above 127 are written as one byte', (t) => {
  const bytes = encodeMessage('RpbAuthReq', { user: Buffer.from('u'), password: Buffer.from('p') });
  t.is(bytes[4], 253);
  t.is(bytes.readUInt32BE(0), bytes.length - 4);
});

test('encodeRequest decodes the matching response and knows streaming', (t) => {
  const get = encodeRequest('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from('k') });
  t.is(get.responseCode, 10);
  t.is(get.isLast, undefined);
  const response = get.decode(Buffer.from(RpbGetResp.encode({ vclock: Buffer.from('vc') }).finish()));
  t.is(String(response.vclock), 'vc');
  const keys = encodeRequest('RpbListKeysReq', { bucket: Buffer.from('b') });
  t.is(typeof keys.isLast, 'function');
  t.true(keys.isLast?.(keys.decode(Buffer.from([0x10, 0x01]))));
  t.false(keys.isLast?.(keys.decode(Buffer.alloc(0))));
  t.is(encodeRequest('RpbIndexReq', { bucket: Buffer.from('b'), index: Buffer.from('i'), qtype: 0 }).isLast, undefined);
  t.not(encodeRequest('RpbIndexReq', { bucket: Buffer.from('b'), index: Buffer.from('i'), qtype: 0, stream: true }).isLast, undefined);
  t.not(encodeRequest('RpbListBucketsReq', { stream: true }).isLast, undefined);
  t.is(encodeRequest('RpbListBucketsReq', {}).isLast, undefined);
});

test('RpbErrorResp round trip', (t) => {
  const bytes = encodeMessage('RpbErrorResp', { errmsg: Buffer.from('modified'), errcode: 0 });
  const { code, payload } = decodeOne(bytes);
  t.is(code, 0);
  t.is(String(RpbErrorResp.decode(payload).errmsg), 'modified');
});

test('quorum names encode as Riak sentinels', (t) => {
  t.is(QUORUM_SENTINELS.one, 4294967294);
  t.is(QUORUM_SENTINELS.quorum, 4294967293);
  t.is(QUORUM_SENTINELS.all, 4294967292);
  t.is(QUORUM_SENTINELS.default, 4294967291);
  t.is(quorumValue('all'), 4294967292);
  t.is(quorumValue(3), 3);
  t.is(quorumName(4294967293), 'quorum');
  t.is(quorumName(2), 2);
  t.throws(() => quorumValue('most' as 'one'), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => quorumValue(-1), { instanceOf: RiakInvalidArgumentError });
  // Inherited names and objects are refused, not looked up (Object.prototype's toString is no quorum).
  t.throws(() => quorumValue('toString' as 'one'), {
    instanceOf: RiakInvalidArgumentError,
    message: 'Invalid quorum: "toString" (expected a number or one of one, quorum, all, default)',
  });
  t.throws(() => quorumValue(Object.create(null) as 'one', 'r'), { instanceOf: RiakInvalidArgumentError, message: /^Invalid r: an object/ });
  const frameBytes = encodeMessage('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from('k'), r: 'one', pr: 'all', nodeConfirms: 'quorum' });
  const decoded = RpbGetReq.decode(decodeOne(frameBytes).payload);
  t.is(decoded.r, 4294967294);
  t.is(decoded.pr, 4294967292);
  t.is(decoded.nodeConfirms, 4294967293);
});

test('quorum names inside bucket props are encoded too, without mutating the input', (t) => {
  const input = { bucket: Buffer.from('b'), props: { w: 'quorum' as const, nVal: 3 } };
  const encoded = encodeQuorumFields(input);
  t.is((encoded.props as { w: unknown }).w, 4294967293);
  t.is(input.props.w, 'quorum');
  const bytes = encodeMessage('RpbSetBucketReq', input);
  const { props } = RpbSetBucketReq.decode(decodeOne(bytes).payload);
  t.is(props.w, 4294967293);
});

test('64-bit integers decode as plain numbers, and default to 0', (t) => {
  const bytes = encodeMessage('DtUpdateResp', { counterValue: -42, hllValue: 2 ** 40 });
  const decoded = decodeMessage(bytes[4], bytes.subarray(5)) as { counterValue: unknown; hllValue: unknown };
  t.is(decoded.counterValue, -42);
  t.is(decoded.hllValue, 2 ** 40);
  const empty = decodeMessage(MessageCode.DtUpdateResp, Buffer.alloc(0)) as { counterValue: unknown };
  t.is(empty.counterValue, 0);
});
