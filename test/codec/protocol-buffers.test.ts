import test from 'ava';
import { emptyFrame, encodeMessage, MessageCode } from '../../src/protocol.js';
import { encodeRequest } from '../../src/codec/message-table.js';

// riak-pb/protocol never hands out a buffer the library (or a later call) shares.

test("emptyFrame() returns the caller's own buffer: writing into it changes no later frame", (t) => {
  const mine = emptyFrame(MessageCode.RpbPingReq);
  mine[4] = 99;
  t.deepEqual(emptyFrame(MessageCode.RpbPingReq), Buffer.from([0, 0, 0, 1, MessageCode.RpbPingReq]));
  t.not(emptyFrame(MessageCode.RpbPingReq), emptyFrame(MessageCode.RpbPingReq));
  // The library's own ping frame is untouched too.
  const ping = encodeRequest('RpbPingReq', undefined);
  t.deepEqual(ping.frameBuffer.subarray(ping.frameStart, ping.frameEnd), Buffer.from([0, 0, 0, 1, MessageCode.RpbPingReq]));
});

test("encodeMessage() of a body-less message returns the caller's own buffer", (t) => {
  const mine = encodeMessage('RpbStartTls', undefined);
  mine.fill(0);
  t.deepEqual(encodeMessage('RpbStartTls', undefined), Buffer.from([0, 0, 0, 1, MessageCode.RpbStartTls]));
  t.not(encodeMessage('RpbPingResp', undefined), encodeMessage('RpbPingResp', undefined));
  const starttls = encodeRequest('RpbStartTls', undefined);
  t.deepEqual(starttls.frameBuffer.subarray(starttls.frameStart, starttls.frameEnd), Buffer.from([0, 0, 0, 1, MessageCode.RpbStartTls]));
});
