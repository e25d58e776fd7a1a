import test from 'ava';
import { BatchItems } from '../../src/client/batch-items.js';
import { RiakAbortError } from '../../src/errors.js';
import { until } from '../helpers/wait.js';

/*
 * The per-item iterator over a stream's batches keeps an async generator's
 * contract (the one it replaced): items in order across batches, calls
 * served in order even when made at once, `return()` closing the batches,
 * an abort checked before every item, nothing after the end or an error.
 * Driven here by a scripted source of batches whose pulls the test releases.
 */

/** Batches released one at a time by the test; records how the consumer left. */
function scriptedBatches<T>() {
  const waiting: ((batch: IteratorResult<T[], void> | Error) => void)[] = [];
  const log = { pulls: 0, closed: false };
  async function* batches(): AsyncGenerator<T[], void, undefined> {
    try {
      for (;;) {
        log.pulls++;
        const next = await new Promise<IteratorResult<T[], void> | Error>((resolve) => waiting.push(resolve));
        if (next instanceof Error) throw next;
        if (next.done === true) return;
        yield next.value;
      }
    } finally {
      log.closed = true;
    }
  }
  /** Answers the oldest pull (waiting for it to be made). */
  const release = async (batch: T[] | 'end' | Error) => {
    await until(() => waiting.length > 0, 'the iterator to ask for the next batch');
    const resolve = waiting.shift() as (batch: IteratorResult<T[], void> | Error) => void;
    resolve(batch === 'end' ? { value: undefined, done: true } : batch instanceof Error ? batch : { value: batch, done: false });
  };
  return { batches: batches(), release, log };
}

test('items come in order across batches, empty ones skipped, then done for good', async (t) => {
  const source = scriptedBatches<string>();
  const items = new BatchItems(source.batches, undefined);
  const reading = (async () => {
    const seen: string[] = [];
    for await (const item of items) seen.push(item);
    return seen;
  })();
  await source.release(['a', 'b']);
  await source.release([]);
  await source.release(['c']);
  await source.release('end');
  t.deepEqual(await reading, ['a', 'b', 'c']);
  t.deepEqual(await items.next(), { value: undefined, done: true });
  t.true(source.log.closed);
});

test('calls made at once are answered in order, one pull per batch', async (t) => {
  const source = scriptedBatches<number>();
  const items = new BatchItems(source.batches, undefined);
  const calls = [items.next(), items.next(), items.next(), items.next()];
  await source.release([1, 2]);
  await source.release([3]);
  await source.release('end');
  t.deepEqual(await Promise.all(calls), [
    { value: 1, done: false },
    { value: 2, done: false },
    { value: 3, done: false },
    { value: undefined, done: true },
  ]);
  t.is(source.log.pulls, 3);
});

test('return() mid-batch closes the batches; later calls are done', async (t) => {
  const source = scriptedBatches<number>();
  const items = new BatchItems(source.batches, undefined);
  const first = items.next();
  await source.release([1, 2, 3]);
  t.deepEqual(await first, { value: 1, done: false });
  t.deepEqual(await items.return(), { value: undefined, done: true });
  t.true(source.log.closed);
  t.deepEqual(await items.next(), { value: undefined, done: true });
});

test('an error from the batches reaches the caller after the items before it, then only done', async (t) => {
  const source = scriptedBatches<number>();
  const items = new BatchItems(source.batches, undefined);
  const seen: number[] = [];
  const reading = t.throwsAsync(
    async () => {
      for await (const item of items) seen.push(item);
    },
    { message: 'mid-stream' },
  );
  await source.release([1, 2]);
  await source.release(new Error('mid-stream'));
  await reading;
  t.deepEqual(seen, [1, 2]);
  t.deepEqual(await items.next(), { value: undefined, done: true });
});

test('an abort stops delivery at the next item, even within a batch, and closes the batches', async (t) => {
  const source = scriptedBatches<number>();
  const controller = new AbortController();
  const items = new BatchItems(source.batches, controller.signal);
  const first = items.next();
  await source.release([1, 2, 3]);
  t.deepEqual(await first, { value: 1, done: false });
  controller.abort();
  await t.throwsAsync(items.next(), { instanceOf: RiakAbortError });
  t.true(source.log.closed);
  t.deepEqual(await items.next(), { value: undefined, done: true });
});

test('throw() closes the batches and rethrows', async (t) => {
  const source = scriptedBatches<number>();
  const items = new BatchItems(source.batches, undefined);
  const first = items.next();
  await source.release([1, 2]);
  await first;
  await t.throwsAsync(items.throw(new Error('stop')), { message: 'stop' });
  t.true(source.log.closed);
});
