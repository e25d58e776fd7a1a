import type { ExecutionContext, TestFn } from 'ava';

/*
 * `npm test` runs several test files in one worker thread
 * (scripts/build-tests.mjs bundles them into one module). There, each
 * file's `import test from 'ava'` is `inGroup(test, 'server/kv')`: the same
 * `test`, except that
 * - every title starts with the file's name, so titles stay unique across
 *   the files of a worker and a report says where a test is;
 * - the files' concurrent tests run one file after another: a file's tests
 *   start once the tests of the files before it have finished, their
 *   teardowns too, so a test shares its event loop with its own file's
 *   tests only, as when each file had a worker of its own (a busy neighbour
 *   cannot delay its replies, a global a test replaces is back before the
 *   next file starts).
 * Hooks and serial tests run as ava runs them (serial tests come before all
 * concurrent ones anyway).
 */

interface FileRun {
  started: number;
  finished: number;
}

const files: FileRun[] = [];
const onFinish = new Set<() => void>();
/** Resolved one macrotask after the first test starts: by then ava has started every concurrent test it runs. */
let allStarted: Promise<void> | undefined;

function done(file: FileRun): boolean {
  return file.finished === file.started;
}

/** Resolves once every file before `file` has no test left running. */
function turnOf(file: FileRun): Promise<void> {
  const before = files.slice(0, files.indexOf(file));
  const ready = () => before.every(done);
  if (ready()) return Promise.resolve();
  return new Promise((resolve) => {
    const check = () => {
      if (!ready()) return;
      onFinish.delete(check);
      resolve();
    };
    onFinish.add(check);
  });
}

/**
 * Runs `implementation` in its file's turn. If a test started after the
 * count was taken (it should not happen), it only runs alongside the next
 * file's tests: the order can weaken, never wait forever.
 */
function inTurn(file: FileRun, implementation: (...args: unknown[]) => unknown): (...args: unknown[]) => Promise<unknown> {
  return async (...args) => {
    file.started++;
    allStarted ??= new Promise((resolve) => setImmediate(resolve));
    await allStarted;
    await turnOf(file);
    // Registered first, so run last (ava runs teardowns last in, first out): the test is done once its teardowns are.
    (args[0] as ExecutionContext).teardown(() => {
      file.finished++;
      for (const check of [...onFinish]) check();
    });
    return await implementation(...args);
  };
}

const HOOKS = new Set(['before', 'after', 'beforeEach', 'afterEach']);

/** `test` for the grouped file `name` (e.g. `server/kv`); files register in the order they run. */
export function inGroup<Context>(test: TestFn<Context>, name: string): TestFn<Context> {
  const file: FileRun = { started: 0, finished: 0 };
  files.push(file);
  const prefix = `${name} › `;
  const wrap = <F extends object>(fn: F, inTurns: boolean): F =>
    new Proxy(fn, {
      apply(target, self, args: unknown[]) {
        const titled = typeof args[0] === 'string' ? [prefix + args[0], ...args.slice(1)] : [...args];
        const at = titled.findIndex((arg) => typeof arg === 'function');
        if (inTurns && at >= 0) titled[at] = inTurn(file, titled[at] as (...a: unknown[]) => unknown);
        return Reflect.apply(target as (...a: unknown[]) => unknown, self, titled);
      },
      get(target, key, receiver) {
        const value: unknown = Reflect.get(target, key, receiver);
        // test.only, test.before.always, ...: wrapped alike; test.macro and test.meta as they are.
        if (typeof value !== 'function' || key === 'macro') return value;
        return wrap(value, inTurns && key !== 'serial' && !HOOKS.has(String(key)));
      },
    });
  return wrap(test, true);
}
