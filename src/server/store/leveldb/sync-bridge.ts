import { MessageChannel, receiveMessageOnPort, Worker, type MessagePort } from 'node:worker_threads';
import { LEVEL_WORKER_SOURCE } from './worker-source.js';

/** What the LevelDB thread answers: a result, or an error's message and code. */
interface Reply {
  result?: unknown;
  error?: string;
  code?: string;
  cause?: string;
}

/** A LevelDB request failed (its message and classic-level's code, e.g. LEVEL_DATABASE_NOT_OPEN). */
export class LevelError extends Error {
  constructor(
    message: string,
    readonly code: string | undefined,
  ) {
    super(message);
    this.name = 'LevelError';
  }
}

/** Longest a request may take before the server thread gives up on the LevelDB thread. */
const REPLY_DEADLINE_MS = 60_000;

/**
 * Synchronous calls into a worker thread that owns the LevelDB database.
 * The dev server's handlers read and write the store inline, and LevelDB's
 * writes and iterators are asynchronous, so the server thread posts a
 * request and blocks on a shared flag (Atomics.wait) until the worker has
 * answered; a write returns only once LevelDB has it (synced, when asked).
 * Blocking the server thread for the duration of one LevelDB call is the
 * price: requests are served one at a time, as they already are.
 */
export class SyncBridge {
  readonly #worker: Worker;
  readonly #port: MessagePort;
  readonly #flag: Int32Array;
  #closed = false;

  constructor(moduleUrl: string, location: string) {
    const { port1, port2 } = new MessageChannel();
    const signal = new SharedArrayBuffer(4);
    this.#flag = new Int32Array(signal);
    this.#port = port1;
    this.#worker = new Worker(LEVEL_WORKER_SOURCE, {
      eval: true,
      workerData: { port: port2, signal, moduleUrl, location },
      transferList: [port2],
      // The eval'd worker is CommonJS; a loader like tsx's has nothing to do there.
      execArgv: [],
    });
    this.#worker.unref();
    // A crash of the worker is reported to the waiting call as a missing answer.
    this.#worker.on('error', () => {});
  }

  call(request: Record<string, unknown>): unknown {
    if (this.#closed) throw new LevelError('the LevelDB store is closed', 'LEVEL_DATABASE_NOT_OPEN');
    Atomics.store(this.#flag, 0, 0);
    this.#port.postMessage(request);
    const deadline = Date.now() + REPLY_DEADLINE_MS;
    while (Atomics.load(this.#flag, 0) === 0) {
      Atomics.wait(this.#flag, 0, 0, 1000);
      if (Atomics.load(this.#flag, 0) === 0 && Date.now() > deadline) {
        throw new LevelError(`LevelDB did not answer ${String(request.op)} within ${REPLY_DEADLINE_MS / 1000} s`, undefined);
      }
    }
    const received = receiveMessageOnPort(this.#port);
    if (received === undefined) throw new LevelError(`LevelDB gave no answer to ${String(request.op)}`, undefined);
    const reply = received.message as Reply;
    if (reply.error !== undefined) throw new LevelError(reply.cause ? `${reply.error}: ${reply.cause}` : reply.error, reply.code);
    return reply.result;
  }

  /** Closes the database (waiting for it), then ends the thread. */
  close(): void {
    if (this.#closed) return;
    try {
      this.call({ op: 'close' });
    } finally {
      this.#closed = true;
      this.#port.close();
      void this.#worker.terminate();
    }
  }
}
