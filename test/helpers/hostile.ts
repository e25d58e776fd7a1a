import fc from 'fast-check';

/**
 * Runs a call to its end: awaits a promise, drains a stream or an async
 * iterator. Returns what it threw, if anything (for the "only RiakErrors
 * escape" fuzz tests).
 */
export async function outcome(call: () => unknown): Promise<unknown> {
  try {
    const result = call();
    if (result instanceof Promise) await result;
    else if (result !== null && typeof result === 'object' && Symbol.asyncIterator in result) {
      for await (const _ of result as AsyncIterable<unknown>);
    }
    return undefined;
  } catch (error) {
    return error;
  }
}

/** Values plain JavaScript may pass where the API expects something else. */
export const hostile = fc.oneof(
  fc.constantFrom(
    undefined,
    null,
    0,
    -1,
    1.5,
    NaN,
    Infinity,
    '',
    'x',
    true,
    10n,
    Symbol('s'),
    [],
    {},
    new Uint8Array([0xff]),
    new Date(NaN),
    [1, 'a'],
    { a: 1 },
    Object.create(null),
  ),
  fc.anything({ maxDepth: 2 }),
);
