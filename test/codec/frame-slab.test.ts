import test from 'ava';
import { RpbGetReq, RpbPutReq } from '../../generated/riak.js';
import { encodeRequest } from '../../src/codec/message-table.js';
import { frameSlab, SLAB_MAX_FRAME } from '../../src/codec/frame-slab.js';
import type { Operation } from '../../src/connection/operation.js';

const frameOf = (op: Pick<Operation<unknown>, 'frameBuffer' | 'frameStart' | 'frameEnd'>) => op.frameBuffer.subarray(op.frameStart, op.frameEnd);

test('small request frames are written back to back into the shared slab, byte-identical to protobufjs', (t) => {
  const ops = Array.from({ length: 50 }, (_, i) => encodeRequest('RpbGetReq', { bucket: Buffer.from('b'), key: Buffer.from(`k${i}`) }));
  for (let i = 1; i < ops.length; i++) {
    if (ops[i].frameBuffer !== ops[i - 1].frameBuffer) continue; // the slab filled up and was replaced
    t.is(ops[i].frameStart, ops[i - 1].frameEnd, 'consecutive frames are adjacent');
  }
  ops.forEach((op, i) => {
    const frame = frameOf(op);
    t.is(frame.readUInt32BE(0), frame.length - 4);
    t.is(frame[4], 9);
    t.true(frame.subarray(5).equals(Buffer.from(RpbGetReq.encode({ bucket: Buffer.from('b'), key: Buffer.from(`k${i}`) }).finish())));
  });
});

test('a frame in the slab is never overwritten: it can be resent after any number of later requests', (t) => {
  const op = encodeRequest('RpbGetReq', { bucket: Buffer.from('keep'), key: Buffer.from('me') });
  const copy = Buffer.from(frameOf(op));
  const firstSlab = op.frameBuffer;
  // Enough later frames to fill several slabs.
  for (let i = 0; i < 20_000; i++) encodeRequest('RpbPutReq', { bucket: Buffer.from('b'), key: Buffer.from(`k${i}`), content: { value: Buffer.alloc(50, i) } });
  t.not(frameSlab.buffer, firstSlab, 'the slab was replaced meanwhile');
  t.true(frameOf(op).equals(copy));
});

test('a frame above the slab limit gets a buffer of its own, its value copied once', (t) => {
  const value = Buffer.alloc(SLAB_MAX_FRAME + 1, 7);
  const op = encodeRequest('RpbPutReq', { bucket: Buffer.from('b'), key: Buffer.from('big'), content: { value } });
  t.is(op.frameStart, 0);
  t.is(op.frameEnd, op.frameBuffer.length);
  t.true(op.frameBuffer.subarray(5).equals(Buffer.from(RpbPutReq.encode({ bucket: Buffer.from('b'), key: Buffer.from('big'), content: { value } }).finish())));
});
