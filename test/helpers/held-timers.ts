import type { ExecutionContext } from 'ava';

interface HeldTimer {
  run(): void;
}

/** The stand-in returned for a held timer: enough of `NodeJS.Timeout` for `unref()` / `clearTimeout()`. */
function handleFor(timer: HeldTimer): NodeJS.Timeout {
  const handle = {
    unref: () => handle,
    ref: () => handle,
    hasRef: () => false,
    refresh: () => handle,
    close: () => handle,
    [Symbol.toPrimitive]: () => 0,
    [Symbol.dispose]: () => undefined,
    timer,
  };
  return handle as unknown as NodeJS.Timeout;
}

/**
 * Holds every `setTimeout` scheduled with exactly `delayMs` until the test
 * releases it; other delays run as usual. Choose a delay nothing else uses
 * (e.g. 987_654): a test then shows that a reply or a probe waits for that
 * timer (held: nothing happened; released: it happens) without a clock.
 * Restored when the test ends.
 */
export function holdTimers(t: ExecutionContext, delayMs: number) {
  const realSet = globalThis.setTimeout;
  const realClear = globalThis.clearTimeout;
  const held: HeldTimer[] = [];
  const handles = new WeakMap<object, HeldTimer>();
  const patchedSet = (callback: (...args: unknown[]) => void, ms?: number, ...args: unknown[]) => {
    if (ms !== delayMs) return realSet(callback, ms, ...args);
    const timer: HeldTimer = { run: () => callback(...args) };
    held.push(timer);
    const handle = handleFor(timer);
    handles.set(handle, timer);
    return handle;
  };
  const patchedClear = (handle: unknown) => {
    const timer = typeof handle === 'object' && handle !== null ? handles.get(handle) : undefined;
    if (timer === undefined) return realClear(handle as NodeJS.Timeout);
    const index = held.indexOf(timer);
    if (index >= 0) held.splice(index, 1);
  };
  globalThis.setTimeout = patchedSet as unknown as typeof setTimeout;
  globalThis.clearTimeout = patchedClear as typeof clearTimeout;
  t.teardown(() => {
    globalThis.setTimeout = realSet;
    globalThis.clearTimeout = realClear;
  });
  return {
    /** How many held timers are waiting (scheduled, not cleared, not released). */
    get pending(): number {
      return held.length;
    },
    /** Fires the oldest held timer now. */
    release(): void {
      const timer = held.shift();
      if (timer === undefined) throw new Error(`no timer of ${delayMs} ms is held`);
      timer.run();
    },
  };
}
