import { Worker } from 'node:worker_threads';
import { MATCH_WORKER_SOURCE } from './match-worker-source.js';

/**
 * Runs client-supplied regular expressions (2i `term_regex`, the MapReduce
 * `matches` key filter) with bounded cost, off the server's thread.
 *
 * Riak matches with Erlang's `re` (PCRE) and no options: `re:run(Term, Re)`.
 * PCRE stops a match after 10,000,000 internal match() calls (Erlang's
 * default `match_limit`), and without `report_errors` such a match simply
 * returns `nomatch`. Meanwhile the Erlang scheduler keeps every other
 * connection served. A JavaScript RegExp has no step limit and cannot be
 * interrupted from the thread running it: `^(a+)+$` against 34 a's and a
 * `!` runs for minutes. So here:
 *
 * - Matching happens in worker threads (a small pool), never on the thread
 *   that serves the connections. A query's subjects travel in batches of up
 *   to {@link BATCH_SUBJECTS} (one message each), not one message per term.
 * - Each subject has a time budget standing in for PCRE's call limit. A
 *   watchdog on the main thread reads the worker's progress cell every
 *   `budgetMs`; a subject still running at two consecutive reads (so for at
 *   least one budget, at most two) is an overrun: the worker is terminated
 *   (V8 interrupts a running regex), the subject counts as `nomatch`, as
 *   PCRE's limit makes it, and the batch resumes on a fresh worker at the
 *   next subject. A worker that dies (memory limit) is treated the same way.
 * - The budget (default 100 ms) is about what PCRE needs to reach its limit:
 *   ordinary patterns on index terms and keys take microseconds, so only
 *   runaway backtracking ever reaches it.
 * - Workers are unref'd (they never keep a process alive) and are all
 *   terminated by {@link close}, which the dev server calls on close.
 */

/** Subjects per worker message: bounds both the structured-clone cost on the server thread and the work redone after a kill. */
const BATCH_SUBJECTS = 2048;
/** Characters per worker message, for the same reason with long subjects. */
const BATCH_CHARS = 1 << 20;
/** Progress cell value before the worker has started on the batch. */
const NOT_STARTED = -1;

export interface BoundedMatcherOptions {
  /** Time one subject may take before it counts as `nomatch`. Default 100 ms. */
  budgetMs?: number;
  /** Worker threads at most. Default 2. */
  workers?: number;
}

/** A regex could not be matched because the server is closing. */
export class MatcherClosedError extends Error {
  constructor() {
    super('the dev server is closing');
  }
}

interface Batch {
  readonly source: string;
  readonly flags: string;
  readonly subjects: readonly string[];
  /** One byte per subject, written by the workers: 1 match, 0 nomatch. */
  readonly results: SharedArrayBuffer;
  /** Where the next worker starts (after an overrun, the subject after it). */
  from: number;
  /** Subjects that overran: `nomatch`, whatever a worker being terminated still writes. */
  readonly overran: number[];
  readonly resolve: (results: Uint8Array) => void;
  readonly reject: (err: Error) => void;
}

/** A batch on a worker, with its watchdog and the listeners to remove when it ends. */
interface Running {
  readonly worker: Worker;
  readonly batch: Batch;
  readonly timer: NodeJS.Timeout;
  readonly onDone: () => void;
  readonly onExit: () => void;
}

export class BoundedRegexMatcher {
  readonly #budgetMs: number;
  readonly #maxWorkers: number;
  readonly #idle: Worker[] = [];
  readonly #running = new Set<Running>();
  readonly #queue: Batch[] = [];
  #closed = false;

  constructor(options: BoundedMatcherOptions = {}) {
    this.#budgetMs = options.budgetMs ?? 100;
    this.#maxWorkers = options.workers ?? 2;
  }

  /** Whether `regex` matches each subject (`re:run(Subject, Regex) =/= nomatch`), overruns counting as no match. */
  async matchAll(regex: RegExp, subjects: readonly string[]): Promise<boolean[]> {
    if (subjects.length === 0) return [];
    const parts: Promise<Uint8Array>[] = [];
    let start = 0;
    while (start < subjects.length) {
      let end = start + 1;
      let chars = subjects[start].length;
      while (end < subjects.length && end - start < BATCH_SUBJECTS && chars + subjects[end].length <= BATCH_CHARS) chars += subjects[end++].length;
      parts.push(this.#submit(regex.source, regex.flags, subjects.slice(start, end)));
      start = end;
    }
    const results: boolean[] = [];
    for (const part of await Promise.all(parts)) for (const byte of part) results.push(byte === 1);
    return results;
  }

  /** Terminates every worker; pending and later matches reject with {@link MatcherClosedError}. */
  close(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const worker of this.#idle.splice(0)) void worker.terminate();
    for (const running of [...this.#running]) {
      this.#stop(running);
      void running.worker.terminate();
      running.batch.reject(new MatcherClosedError());
    }
    for (const batch of this.#queue.splice(0)) batch.reject(new MatcherClosedError());
  }

  #submit(source: string, flags: string, subjects: string[]): Promise<Uint8Array> {
    if (this.#closed) return Promise.reject(new MatcherClosedError());
    return new Promise((resolve, reject) => {
      this.#queue.push({ source, flags, subjects, results: new SharedArrayBuffer(subjects.length), from: 0, overran: [], resolve, reject });
      this.#dispatch();
    });
  }

  /** Starts queued batches while a worker is idle or another may be spawned. */
  #dispatch(): void {
    while (!this.#closed && this.#queue.length > 0) {
      let worker = this.#idle.pop();
      if (worker === undefined) {
        if (this.#running.size >= this.#maxWorkers) return;
        worker = this.#spawn();
      }
      this.#start(worker, this.#queue.shift() as Batch);
    }
  }

  #spawn(): Worker {
    const worker = new Worker(MATCH_WORKER_SOURCE, {
      eval: true,
      // A pathological pattern may also try to eat memory: the worker dies, not the server.
      resourceLimits: { maxOldGenerationSizeMb: 64, maxYoungGenerationSizeMb: 16 },
    });
    worker.unref();
    // A failure shows as 'exit' (handled per batch); an idle worker that exits is just dropped.
    worker.on('error', () => {});
    worker.on('exit', () => {
      const at = this.#idle.indexOf(worker);
      if (at >= 0) this.#idle.splice(at, 1);
    });
    return worker;
  }

  #start(worker: Worker, batch: Batch): void {
    // A fresh cell per attempt: a worker being terminated cannot move the next one's progress.
    const progressCell = new SharedArrayBuffer(4);
    const progress = new Int32Array(progressCell);
    Atomics.store(progress, 0, NOT_STARTED);
    let seen = NOT_STARTED;
    const running: Running = {
      worker,
      batch,
      timer: setInterval(() => {
        const at = Atomics.load(progress, 0);
        // Still booting, or finished with its message on the way.
        if (at === NOT_STARTED || at >= batch.subjects.length) return;
        if (at === seen) this.#overrun(running, at);
        else seen = at;
      }, this.#budgetMs),
      onDone: () => {
        this.#stop(running);
        this.#idle.push(worker);
        this.#finish(batch);
        this.#dispatch();
      },
      onExit: () => this.#overrun(running, Math.max(batch.from, Atomics.load(progress, 0))),
    };
    running.timer.unref();
    this.#running.add(running);
    worker.once('message', running.onDone);
    worker.once('exit', running.onExit);
    worker.postMessage({
      source: batch.source,
      flags: batch.flags,
      subjects: batch.subjects,
      from: batch.from,
      progress: progressCell,
      results: batch.results,
    });
  }

  /** Subject `at` overran (or its worker died): it stays `nomatch`, and the batch goes on from the next subject on a fresh worker. */
  #overrun(running: Running, at: number): void {
    if (!this.#running.has(running)) return;
    this.#stop(running);
    void running.worker.terminate();
    const { batch } = running;
    batch.overran.push(at);
    batch.from = at + 1;
    if (batch.from >= batch.subjects.length) this.#finish(batch);
    else this.#queue.unshift(batch);
    this.#dispatch();
  }

  #finish(batch: Batch): void {
    const results = new Uint8Array(batch.results).slice();
    for (const at of batch.overran) results[at] = 0;
    batch.resolve(results);
  }

  #stop(running: Running): void {
    this.#running.delete(running);
    clearInterval(running.timer);
    running.worker.off('message', running.onDone);
    running.worker.off('exit', running.onExit);
  }
}
