import test from 'ava';
import { RpbGetResp } from '../../generated/riak.js';
import { decodeGetResult } from '../../src/client/kv-result-decoder.js';

// Fields a newer Riak may add: the get fast path skips them as protobufjs does
// (the generic path is protobufjs itself).
test('a get reply with unknown fields decodes as without them', (t) => {
  const known = Buffer.from(RpbGetResp.encode({ content: [{ value: Buffer.from('v') }], vclock: Buffer.from('vc') }).finish());
  // field 15 varint 1, field 14 length-delimited "xy", field 13 fixed64, field 12 fixed32
  const unknown = Buffer.from([0x78, 0x01, 0x72, 0x02, 0x78, 0x79, 0x69, 1, 2, 3, 4, 5, 6, 7, 8, 0x65, 1, 2, 3, 4]);
  const result = decodeGetResult(Buffer.concat([known, unknown]));
  t.is(String(result.value), 'v');
  t.is(String(result.vclock), 'vc');
  t.deepEqual(result, decodeGetResult(known));
});
