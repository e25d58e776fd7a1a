import test from 'ava';
import fc from 'fast-check';
import { Fifo } from '../../src/connection/fifo.js';

test('behaves like an array queue under any sequence of pushes, shifts and drains (reused, compacted or dropped storage)', (t) => {
  const step = fc.oneof(
    fc.record({ push: fc.integer({ min: 1, max: 3000 }) }),
    fc.record({ shift: fc.integer({ min: 1, max: 3000 }) }),
    fc.constant({ drain: true as const }),
  );
  fc.assert(
    fc.property(fc.array(step, { maxLength: 30 }), (steps) => {
      const fifo = new Fifo<number>();
      const model: number[] = [];
      let next = 0;
      for (const s of steps) {
        if ('push' in s) {
          for (let i = 0; i < s.push; i++) {
            fifo.push(next);
            model.push(next++);
          }
        } else if ('shift' in s) {
          for (let i = 0; i < s.shift; i++) t.is(fifo.shift(), model.shift());
        } else {
          t.deepEqual(fifo.drain(), model.splice(0));
        }
        t.is(fifo.length, model.length);
        t.is(fifo.peek(), model[0]);
      }
      t.deepEqual([...fifo], model);
    }),
    { numRuns: 150 },
  );
});
