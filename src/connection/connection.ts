import type { Socket } from 'node:net';
import { DEFAULT_MAX_FRAME_BYTES, FrameDecoder } from '../codec/frame-decoder.js';
import {
  RiakAbortError,
  RiakConnectionError,
  RiakError,
  RiakInvalidArgumentError,
  RiakProtocolError,
  RiakTimeoutError,
} from '../errors.js';
import { decodeErrorResponse } from '../codec/error-response.js';
import { withRequestContext } from '../error-context.js';
import { foreignProtocol, printableBytes } from '../codec/foreign-peer.js';
import { serverErrorFor } from './security-replies.js';
import { Fifo } from './fifo.js';
import type { CallOptions, Operation } from './operation.js';
import { ResponseStream } from './response-stream.js';

export interface ConnectionOptions {
  /** `host:port` of the node, used in errors and stats. */
  node: string;
  /** Largest frame accepted from the server (length field). Default 64 MiB. */
  maxFrameBytes?: number;
  /**
   * How long a request that was abandoned on the wire (timed out or aborted
   * after it was written) may stay unanswered at the head of the pipeline
   * before the socket is destroyed. Riak has no request ids, so a stalled
   * reply blocks every reply behind it. Default 5000 ms.
   */
  readTimeout?: number;
}

/** Takes over a failed request: resolves with its retry's response, or rejects (with `error` when not retried). */
export type Recover = <T>(error: unknown, op: Operation<T>, options: CallOptions, startedAt: number) => Promise<T>;

export interface ConnectionHooks {
  /** A request finished (answered, failed or abandoned) and pipeline capacity freed up. */
  onSettled?(connection: Connection): void;
  /** A unary request was answered successfully after `ms` milliseconds (queueing on the connection included). */
  onReply?(ms: number): void;
  /** The socket closed; `error` is why, if it was not a clean `close()`. */
  onClose?(connection: Connection, error: RiakError | undefined): void;
}

/*
 * A request moves through two queues:
 *
 *   request() ──▶ #toWrite ──flush──▶ #inFlight ──frame──▶ settled
 *                  (abort/timeout:      (abort/timeout: caller rejected now,
 *                   removed, rejected)   entry kept as "abandoned" so its
 *                                        late reply is read and dropped)
 *
 * Riak answers strictly in order with no request ids, so the head of
 * #inFlight always owns the next frame.
 */
const enum State {
  Queued,
  Written,
  Done,
}

class Pending<T = unknown> {
  state = State.Queued;
  /** The caller has been answered; a late reply is dropped. */
  abandoned = false;
  /** Whole milliseconds (performance.now()), kept an integer so no Pending carries a boxed number for it. */
  abandonedAt = 0;
  /** When the request was made (performance.now(), the clock of every deadline here), for deadlines and latency. */
  readonly startedAt: number;
  stream: ResponseStream<T> | undefined;
  resolve: ((value: T) => void) | undefined;
  reject: ((error: unknown) => void) | undefined;
  signal: AbortSignal | undefined;
  onAbort: (() => void) | undefined;
  /** Gets a failure first (see Connection#sendRecoverable), with the caller's options. */
  recover: Recover | undefined;
  options: CallOptions | undefined;
  /** Streams: the longest silence allowed between frames (0 = none). */
  idleMs = 0;
  /** Written to the socket: a failure without Riak's answer leaves the outcome unknown. */
  written = false;

  constructor(
    readonly op: Operation<T>,
    readonly timeoutMs: number,
    startedAt: number,
    readonly node: string,
  ) {
    this.startedAt = startedAt;
  }

  /** Computed, not stored: one boxed number less per request. */
  get deadline(): number {
    return this.timeoutMs > 0 ? this.startedAt + this.timeoutMs : Infinity;
  }

  get streaming(): boolean {
    return this.op.isLast !== undefined;
  }

  /** Answers the caller exactly once. */
  succeed(value: T): void {
    if (this.abandoned) return;
    this.abandoned = true;
    this.#cleanup();
    this.resolve?.(value);
  }

  fail(failure: unknown): void {
    if (this.abandoned) return;
    this.abandoned = true;
    this.abandonedAt = Math.floor(performance.now());
    this.#cleanup();
    const error = withRequestContext(failure, { owner: this.op, node: this.node, request: this.op.name, message: this.op.message, written: this.written });
    if (this.stream) this.stream.fail(error);
    else if (this.recover) this.#recover(error, this.recover);
    else this.reject?.(error);
  }

  #recover(error: unknown, recover: Recover): void {
    const { resolve, reject } = this;
    // Later, not from inside the connection's own bookkeeping (a retry emits events to user code).
    queueMicrotask(() => {
      recover(error, this.op, this.options ?? {}, this.startedAt).then(resolve, reject);
    });
  }

  #cleanup(): void {
    if (this.onAbort) this.signal?.removeEventListener('abort', this.onAbort);
    this.onAbort = undefined;
  }
}

/**
 * One Riak PB connection: a socket with pipelined unary requests (many in
 * flight, answered in FIFO order) and exclusive streaming requests. Requests
 * made in one tick leave in one write, flushed from `process.nextTick` (after
 * the promise callbacks that made them). The socket must already be connected
 * (see `openConnection`).
 */
export class Connection {
  readonly node: string;
  readonly #readTimeout: number;
  readonly #decoder: FrameDecoder;
  #hooks: ConnectionHooks;
  #socket: Socket;
  readonly #toWrite = new Fifo<Pending>();
  readonly #inFlight = new Fifo<Pending>();
  /** Requests queued or in flight that the caller still waits for. */
  #active = 0;
  /** Streaming requests queued or active: the connection belongs to them. */
  #streams = 0;
  #served = 0;
  /** Slots the pool has claimed for requests it will send here after an `await`. */
  #claimedSlots = 0;
  #flushScheduled = false;
  #waitingForDrain = false;
  /** `allowExitOnIdle`: the socket keeps the process alive only while a caller waits on it. */
  #unrefWhenIdle = false;
  #closed = false;
  #closing: Promise<void> | undefined;
  /** When the current head became head; kept only when that head is already abandoned (see #finishHead). */
  #headSince = 0;
  #timer: NodeJS.Timeout | undefined;
  #timerAt = Infinity;
  /** When the streaming head last heard from the server (or its consumer caught up): its idle deadline counts from here. */
  #streamHeardAt = 0;
  readonly #maxFrameBytes: number;
  /** Listeners attached to the current socket, kept to detach on upgrade. */
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- socket listener signatures vary by event
  #listeners: { event: string; fn: (...args: any[]) => void }[] = [];

  constructor(socket: Socket, options: ConnectionOptions, hooks: ConnectionHooks = {}) {
    this.node = options.node;
    this.#readTimeout = options.readTimeout ?? 5000;
    this.#hooks = hooks;
    this.#maxFrameBytes = options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES;
    this.#decoder = FrameDecoder.ranges((code, buffer, start, end) => this.#onFrame(code, buffer, start, end), this.#maxFrameBytes);
    this.#socket = socket;
    this.#attach(socket);
  }

  /**
   * From now on the socket keeps the process alive only while a request
   * waits on it (`unref()` when idle, `ref()` when work arrives), so an idle
   * connection does not stop the process from exiting. Set by the pool once
   * the connection is ready: a handshake in progress keeps the process alive.
   */
  allowExitOnIdle(): void {
    this.#unrefWhenIdle = true;
    if (this.#active === 0) this.#setRef(false);
  }

  /** A TLS socket passes this on to the TCP handle it wraps. */
  #setRef(on: boolean): void {
    if (on) this.#socket.ref();
    else this.#socket.unref();
  }

  /** One request fewer that a caller waits for. */
  #release(): void {
    this.#active--;
    if (this.#active === 0 && this.#unrefWhenIdle) this.#setRef(false);
  }

  /** Replaces the lifecycle hooks (the pool attaches them once a handshake is done). */
  setHooks(hooks: ConnectionHooks): void {
    this.#hooks = hooks;
  }

  /** Requests written and not yet answered, including abandoned ones still owed a reply. */
  get inFlight(): number {
    return this.#inFlight.length;
  }

  /** Requests waiting to be written. */
  get queued(): number {
    return this.#toWrite.length;
  }

  /** Requests whose caller is still waiting (queued or in flight, not abandoned). */
  get pending(): number {
    return this.#active;
  }

  /**
   * Everything ahead of a new request: queued, in flight, abandoned replies
   * still owed, and slots a pool has claimed here for requests not sent yet.
   */
  get load(): number {
    return this.#toWrite.length + this.#inFlight.length + this.#claimedSlots;
  }

  /**
   * Claims a pipeline slot for a request the pool has placed here and will
   * send after an `await`, so concurrent placements see the connection as
   * taken. Give it back with {@link releaseSlot} right before sending.
   */
  claimSlot(): void {
    this.#claimedSlots++;
  }

  releaseSlot(): void {
    this.#claimedSlots--;
  }

  /**
   * True while the reply at the head of the pipeline belongs to a request
   * that was abandoned (timed out or aborted): the peer may be stalled, and
   * anything sent now would wait behind it.
   */
  get awaitingAbandonedReply(): boolean {
    const head = this.#inFlight.peek();
    return head !== undefined && head.abandoned && head.state === State.Written;
  }

  /** Requests answered on this connection so far. */
  get served(): number {
    return this.#served;
  }

  /** True while a streaming request is queued or active: the stream owns the connection and nothing else should be sent here. */
  get ownedByStream(): boolean {
    return this.#streams > 0;
  }

  /** True while a streaming response holds the connection. */
  get streaming(): boolean {
    const head = this.#inFlight.peek();
    return head !== undefined && head.streaming && head.state === State.Written;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** The underlying socket (plain or TLS). */
  get socket(): Socket {
    return this.#socket;
  }

  /**
   * Unary request: resolves with the decoded response, rejects with a
   * `RiakError`. `requestTimeout` counts from `startedAt` (a
   * `performance.now()` reading; now by default), so a caller that waited
   * before sending keeps its deadline and its timeout's value in errors.
   */
  send<T>(op: Operation<T>, options: CallOptions = {}, startedAt = performance.now()): Promise<T> {
    return this.#submit(op, options.requestTimeout ?? 0, options, undefined, startedAt);
  }

  /**
   * {@link send} for a pool: a failure is handed to `recover` (one function
   * per node, not per request) with the request, and the promise settles as
   * the promise it returns does, so a retry needs no promise of its own.
   * `timeoutMs` (0 = none) counts from `startedAt`, a `performance.now()`
   * reading; `options.requestTimeout` is left to the caller.
   */
  sendRecoverable<T>(op: Operation<T>, timeoutMs: number, options: CallOptions, recover: Recover, startedAt: number): Promise<T> {
    return this.#submit(op, timeoutMs, options, recover, startedAt);
  }

  #submit<T>(op: Operation<T>, timeoutMs: number, options: CallOptions, recover: Recover | undefined, startedAt: number): Promise<T> {
    const pending = new Pending<T>(op, timeoutMs, startedAt, this.node);
    // A shared executor (no closure per request); it runs synchronously, so the slots are read back at once.
    const promise = new Promise<T>(captureSettlers);
    pending.resolve = capturedResolve as (value: T) => void;
    pending.reject = capturedReject;
    capturedResolve = capturedReject = noop; // not to keep this promise reachable from here
    if (recover !== undefined) {
      pending.recover = recover;
      pending.options = options;
    }
    this.#enqueue(pending as Pending, options.signal);
    return promise;
  }

  /** Streaming request: the response frames as an `AsyncIterable`, ending at `done`; `startedAt` as in {@link send}. */
  stream<T>(op: Operation<T>, options: CallOptions = {}, startedAt = performance.now()): ResponseStream<T> {
    if (op.isLast === undefined) throw new RiakInvalidArgumentError('stream() needs a streaming operation');
    const pending = new Pending<T>(op, options.requestTimeout ?? 0, startedAt, this.node);
    pending.idleMs = options.streamIdleTimeout ?? 0;
    const stream = new ResponseStream<T>();
    pending.stream = stream;
    stream.attach({
      pause: () => this.#socket.pause(),
      // While the consumer lagged the silence was ours, not the server's: the idle deadline starts again.
      resume: () => {
        this.#socket.resume();
        this.#streamHeard();
      },
      cancel: () => {
        // The server keeps streaming until `done` and rejects anything sent
        // meanwhile, so a stream abandoned midway costs the connection.
        if (pending.state === State.Queued) this.#abandonQueued(pending as Pending, undefined);
        else if (pending.state === State.Written) this.destroy(new RiakConnectionError('Streaming response cancelled by the consumer', this.node));
      },
    });
    this.#enqueue(pending as Pending, options.signal);
    return stream;
  }

  /**
   * Stops accepting requests, waits up to `graceMs` for those in flight, then
   * destroys the socket and rejects whatever is left.
   */
  close(graceMs = 0): Promise<void> {
    if (this.#closing) return this.#closing;
    this.#closing = new Promise<void>((resolve) => {
      const finish = () => {
        this.destroy(undefined);
        resolve();
      };
      if (this.#active === 0 || graceMs <= 0) return finish();
      const timer = setTimeout(finish, graceMs);
      const check = () => {
        if (this.#active === 0 || this.#closed) {
          clearTimeout(timer);
          finish();
        }
      };
      this.#drainWaiters.push(check);
    });
    return this.#closing;
  }

  #drainWaiters: (() => void)[] = [];

  /**
   * Closes the socket at once. Every request still waiting is rejected with
   * `error` or, for a clean close, a `RiakConnectionError`.
   */
  destroy(error: RiakError | undefined): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#decoder.stop();
    this.#clearTimer();
    this.#detach();
    this.#socket.destroy();
    const queued = this.#toWrite.drain();
    const written = this.#inFlight.drain();
    for (const pending of written) {
      pending.state = State.Done;
      pending.fail(this.#lostError(error, true));
    }
    for (const pending of queued) {
      pending.state = State.Done;
      pending.fail(this.#lostError(error, false));
    }
    this.#active = 0;
    this.#streams = 0;
    for (const waiter of this.#drainWaiters.splice(0)) waiter();
    this.#hooks.onClose?.(this, error);
  }

  /**
   * Swaps the socket for an upgraded one wrapping it (STARTTLS). Only valid
   * while nothing is queued or in flight and no bytes are buffered: any
   * plaintext byte after the STARTTLS reply would be an injection.
   */
  upgrade(socket: Socket): void {
    if (this.#toWrite.length > 0 || this.#inFlight.length > 0) throw new RiakProtocolError('Cannot upgrade a connection with requests pending');
    if (this.#decoder.bufferedBytes > 0) throw new RiakProtocolError('Unexpected bytes after the STARTTLS reply');
    this.#detach();
    this.#socket = socket;
    this.#attach(socket);
  }

  /**
   * Stops reading the current socket so a TLS layer can take it over. Fails
   * (and closes the connection) if plaintext bytes arrived after the STARTTLS
   * reply: they could be an attacker's injection.
   */
  detachForUpgrade(): void {
    if (this.#decoder.bufferedBytes > 0 || this.#inFlight.length > 0) {
      const error = new RiakProtocolError('Unexpected bytes after the STARTTLS reply');
      this.destroy(error);
      throw error;
    }
    this.#detach();
    // Until upgrade() attaches the TLS socket, a close must still fail the connection.
    this.#socket.once('close', this.#onSocketClose);
  }

  #lostError(error: RiakError | undefined, written: boolean): RiakError {
    // Protocol errors and read deadlines reach every request as they are.
    if (error !== undefined && !(error instanceof RiakConnectionError)) return error;
    if (error instanceof RiakConnectionError && error.outcomeUnknown === written) return error;
    const reason = error ? error.message : 'connection closed';
    const message = written
      ? `Connection to ${this.node} lost with the request on the wire (${reason}); its outcome is unknown`
      : `Connection to ${this.node} lost before the request was sent (${reason})`;
    return new RiakConnectionError(message, this.node, { cause: error, outcomeUnknown: written });
  }

  #enqueue(pending: Pending, signal: AbortSignal | undefined): void {
    if (this.#closed || this.#closing) {
      pending.fail(new RiakConnectionError(`Connection to ${this.node} is closed`, this.node));
      return;
    }
    const frameLength = pending.op.frameEnd - pending.op.frameStart - 4;
    if (frameLength > this.#maxFrameBytes) {
      // A peer drops a connection that sends an oversized frame, which would
      // leave the outcome unknown: refused here, the answer is definite.
      pending.fail(
        new RiakInvalidArgumentError(
          `Request of ${frameLength} bytes is larger than maxFrameBytes (${this.#maxFrameBytes}); it was not sent to ${this.node}`,
        ),
      );
      return;
    }
    if (signal) {
      if (signal.aborted) {
        pending.fail(new RiakAbortError('Request aborted', { cause: signal.reason }));
        return;
      }
      pending.signal = signal;
      pending.onAbort = () => this.#cancel(pending, new RiakAbortError('Request aborted', { cause: signal.reason }));
      signal.addEventListener('abort', pending.onAbort, { once: true });
    }
    if (this.#active === 0 && this.#unrefWhenIdle) this.#setRef(true);
    this.#active++;
    if (pending.streaming) this.#streams++;
    this.#toWrite.push(pending);
    if (pending.deadline < this.#timerAt) this.#armTimer(pending.deadline);
    this.#scheduleFlush();
  }

  /** Timeout or abort: a queued request is removed, a written one abandoned. */
  #cancel(pending: Pending, error: RiakError): void {
    if (pending.abandoned) return;
    if (pending.state === State.Queued) {
      this.#abandonQueued(pending, error);
      return;
    }
    if (pending.streaming && pending.state === State.Written) {
      pending.fail(error);
      this.#release();
      this.destroy(new RiakConnectionError(`Streaming request on ${this.node} cancelled: ${error.message}`, this.node, { cause: error }));
      return;
    }
    pending.fail(error);
    this.#release();
    this.#hooks.onSettled?.(this);
    // A reply that never comes would now block the pipeline: watch the head.
    this.#armTimer(performance.now() + this.#readTimeout);
  }

  #abandonQueued(pending: Pending, error: RiakError | undefined): void {
    pending.state = State.Done;
    if (pending.streaming) this.#streams--;
    if (error) pending.fail(error);
    else pending.abandoned = true;
    this.#release();
    this.#hooks.onSettled?.(this);
    this.#notifyDrain();
  }

  #scheduleFlush(): void {
    if (this.#flushScheduled || this.#waitingForDrain) return;
    this.#flushScheduled = true;
    process.nextTick(this.#flush);
  }

  /**
   * Writes everything writable, with as few writes and copies as it can:
   * frames that lie back to back in one buffer (a burst of requests in the
   * frame slab) go out as one view of it; separate small pieces are copied
   * into one chunk (one `write`, cheaper than a `writev` of many tiny
   * buffers); a large piece (a big value) goes out as is, never copied, and
   * several writes are corked into one `writev`.
   */
  #flush = (): void => {
    this.#flushScheduled = false;
    if (this.#closed) return;
    const socket = this.#socket;
    let batch: Buffer[] = [];
    let batchBytes = 0;
    let ok = true;
    let writes = 0;
    // The first write goes out at once; from the second on (a big value
    // between small frames) the socket is corked, so the rest leave in one writev.
    const write = (chunk: Buffer): void => {
      if (writes++ === 1) socket.cork();
      ok = socket.write(chunk) && ok;
    };
    // The run of back-to-back frames being gathered: runBuffer[runStart, runEnd).
    let runBuffer: Buffer | undefined;
    let runStart = 0;
    let runEnd = 0;
    const emit = (): void => {
      if (batch.length === 0) return;
      const chunk = batch.length === 1 ? batch[0] : Buffer.concat(batch, batchBytes);
      batch = [];
      batchBytes = 0;
      write(chunk);
    };
    const closeRun = (): void => {
      if (runBuffer === undefined) return;
      const piece = runStart === 0 && runEnd === runBuffer.length ? runBuffer : runBuffer.subarray(runStart, runEnd);
      runBuffer = undefined;
      if (piece.length > COALESCE_MAX_FRAME) {
        emit();
        write(piece);
      } else {
        batch.push(piece);
        batchBytes += piece.length;
        if (batchBytes >= COALESCE_MAX_CHUNK) emit();
      }
    };
    while (this.#toWrite.length > 0 && ok) {
      const next = this.#toWrite.peek() as Pending;
      if (next.state === State.Done) {
        this.#toWrite.shift();
        continue;
      }
      // Nothing may be written behind an active stream, and a stream waits
      // for the pipeline to empty: Riak kills a connection that receives a
      // frame while it streams.
      if (this.streaming || (next.streaming && this.#inFlight.length > 0)) break;
      this.#toWrite.shift();
      next.state = State.Written;
      next.written = true;
      this.#inFlight.push(next);
      const { frameBuffer, frameStart, frameEnd } = next.op;
      if (frameBuffer === runBuffer && frameStart === runEnd && runEnd - runStart < COALESCE_MAX_CHUNK) {
        runEnd = frameEnd;
      } else {
        closeRun();
        runBuffer = frameBuffer;
        runStart = frameStart;
        runEnd = frameEnd;
      }
      if (next.streaming) {
        this.#streamHeard();
        break;
      }
    }
    closeRun();
    emit();
    if (writes > 1) socket.uncork();
    if (!ok) {
      this.#waitingForDrain = true;
      socket.once('drain', () => {
        this.#waitingForDrain = false;
        this.#scheduleFlush();
      });
    }
  };

  /**
   * Handles one frame. Everything that can throw (a foreign code, a payload
   * that does not decode, an `RpbErrorResp` without its required fields)
   * happens while the request still heads #inFlight, so the throw reaches
   * #onData, which destroys the connection and with it fails that request
   * too: no frame can orphan a request.
   */
  #onFrame(code: number, buffer: Buffer, start: number, end: number): void {
    const head = this.#inFlight.peek();
    if (head === undefined) {
      throw new RiakProtocolError(`Unexpected frame (code ${code}) from ${this.node} with no request in flight`);
    }
    if (code === 0) {
      const error = this.#serverError(buffer.subarray(start, end));
      this.#finishHead(head);
      head.fail(error);
      return;
    }
    if (code !== head.op.responseCode) {
      throw new RiakProtocolError(`Unexpected response code ${code} from ${this.node}; expected ${head.op.responseCode}`);
    }
    let message: unknown;
    let last = false;
    const isLast = head.op.isLast;
    try {
      const { op } = head;
      message = op.decodeAt !== undefined ? op.decodeAt(buffer, start, end) : op.decode(buffer.subarray(start, end));
      if (isLast !== undefined) last = isLast(message);
    } catch (cause) {
      throw new RiakProtocolError(`Undecodable response (code ${code}) from ${this.node}`, { cause });
    }
    if (isLast === undefined) {
      this.#finishHead(head);
      if (!head.abandoned) this.#hooks.onReply?.(this.#receivedAt - head.startedAt);
      head.succeed(message);
      return;
    }
    if (head.idleMs > 0) this.#streamHeardAt = this.#receivedAt;
    if (!head.abandoned) head.stream?.push(message);
    if (last) {
      this.#finishHead(head);
      if (!head.abandoned) {
        head.abandoned = true;
        head.stream?.end();
      }
    }
  }

  #serverError(payload: Buffer): RiakError {
    let decoded: { errmsg: string; errcode: number };
    try {
      decoded = decodeErrorResponse(payload);
    } catch (cause) {
      throw new RiakProtocolError(`Undecodable RpbErrorResp from ${this.node}`, { cause });
    }
    return serverErrorFor(this.node, decoded.errmsg, decoded.errcode);
  }

  #finishHead(head: Pending): void {
    this.#inFlight.shift();
    this.#served++;
    head.state = State.Done;
    if (head.streaming) this.#streams--;
    // A request abandoned before it reached the head gets its full read
    // deadline from now on (a fresh head needs no timestamp: abandonedAt covers it).
    if (this.#inFlight.peek()?.abandoned) {
      this.#headSince = performance.now();
      this.#armTimer(this.#headSince + this.#readTimeout);
    }
    if (!head.abandoned) this.#release();
    // Also after an abandoned reply: the pipeline behind it is usable again.
    this.#hooks.onSettled?.(this);
    if (this.#inFlight.length === 0 && this.#toWrite.length > 0) this.#scheduleFlush();
    this.#notifyDrain();
  }

  #notifyDrain(): void {
    if (this.#drainWaiters.length > 0 && this.#active === 0) for (const waiter of this.#drainWaiters.splice(0)) waiter();
  }

  /** When the chunk being decoded arrived: one clock read covers every reply in it. */
  #receivedAt = 0;

  /** A copy of the first bytes the peer sent, kept to name what it speaks if it is not Riak. */
  #firstBytes: Buffer | undefined;

  /** The first bytes received on this connection (at most 64), if any arrived. */
  get firstBytes(): Buffer | undefined {
    return this.#firstBytes;
  }

  #onData = (chunk: Buffer): void => {
    this.#receivedAt = performance.now();
    if (this.#firstBytes === undefined) this.#firstBytes = Buffer.from(chunk.subarray(0, 64));
    try {
      this.#decoder.push(chunk);
    } catch (error) {
      // Whatever went wrong handling a frame (a bad length, a foreign code, an
      // undecodable payload, a throwing decoder) ends the connection, and
      // destroy() fails every request still in #inFlight with it.
      const protocolError = error instanceof RiakError ? error : new RiakProtocolError(`Frame handling failed on ${this.node}`, { cause: error });
      this.destroy(this.#served === 0 ? this.#foreignPeerError(protocolError) : protocolError);
    }
  };

  /** A protocol error before the first reply: the peer may not be Riak at all; say what it seems to speak. */
  #foreignPeerError(error: RiakError): RiakError {
    const bytes = this.#firstBytes;
    if (bytes === undefined || !(error instanceof RiakProtocolError)) return error;
    const protocol = foreignProtocol(bytes);
    const speaks = protocol === undefined ? 'something that is not Riak Protocol Buffers' : protocol;
    return new RiakProtocolError(
      `${this.node} does not speak Riak Protocol Buffers: it answered with ${speaks} ("${printableBytes(bytes)}"). ` +
        `Is it Riak's PB port (8087 by default) rather than its HTTP port (8098)?`,
      { cause: error },
    );
  }

  #onSocketError = (error: Error): void => {
    this.destroy(new RiakConnectionError(`Connection to ${this.node} failed: ${error.message}`, this.node, { cause: error }));
  };

  #onSocketClose = (): void => {
    this.destroy(new RiakConnectionError(`Connection to ${this.node} closed by the server`, this.node));
  };

  #attach(socket: Socket): void {
    // eslint-disable-next-line @typescript-eslint/no-explicit-any -- socket listener signatures vary by event
    const on = (event: string, fn: (...args: any[]) => void) => {
      socket.on(event, fn);
      this.#listeners.push({ event, fn });
    };
    on('data', this.#onData);
    on('error', this.#onSocketError);
    on('close', this.#onSocketClose);
    on('end', this.#onSocketClose);
  }

  #detach(): void {
    this.#socket.off('close', this.#onSocketClose);
    for (const { event, fn } of this.#listeners) this.#socket.off(event, fn);
    this.#listeners = [];
    // A late socket error after detaching must not crash the process.
    this.#socket.on('error', noop);
  }

  // One timer per connection covers every deadline: it wakes at the earliest
  // one it knows of, expires what is overdue, and re-arms.
  #armTimer(at: number): void {
    if (at === Infinity || this.#closed) return;
    if (this.#timer !== undefined && this.#timerAt <= at) return;
    this.#clearTimer();
    this.#timerAt = at;
    this.#timer = setTimeout(this.#onTimer, Math.max(0, Math.ceil(at - performance.now())));
    this.#timer.unref();
  }

  #clearTimer(): void {
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
    this.#timerAt = Infinity;
  }

  /** The streaming head heard from the server (or its consumer caught up): its idle deadline starts again. */
  #streamHeard(): void {
    const head = this.#inFlight.peek();
    if (head === undefined || !head.streaming || head.idleMs === 0) return;
    this.#streamHeardAt = performance.now();
    this.#armTimer(this.#streamHeardAt + head.idleMs);
  }

  #onTimer = (): void => {
    this.#timer = undefined;
    this.#timerAt = Infinity;
    const now = performance.now();
    const head = this.#inFlight.peek();
    if (head?.abandoned && now - Math.max(head.abandonedAt, this.#headSince) >= this.#readTimeout) {
      const stalled = new RiakTimeoutError(`No reply from ${this.node} for ${this.#readTimeout} ms to an abandoned request`, this.#readTimeout);
      this.destroy(new RiakConnectionError(`Connection to ${this.node} dropped: ${stalled.message}`, this.node, { cause: stalled, outcomeUnknown: true }));
      return;
    }
    let next = Infinity;
    if (head !== undefined && head.streaming && head.state === State.Written && !head.abandoned && head.idleMs > 0 && head.stream?.paused !== true) {
      const idleUntil = this.#streamHeardAt + head.idleMs;
      if (idleUntil <= now) {
        const silent = `No frame from ${this.node} for ${head.idleMs} ms while streaming the reply to ${head.op.name ?? 'a streaming request'} (streamIdleTimeout)`;
        this.#cancel(head, new RiakTimeoutError(silent, head.idleMs));
        return;
      }
      next = idleUntil;
    }
    for (const queue of [this.#toWrite, this.#inFlight]) {
      for (const pending of queue) {
        if (pending.abandoned) continue;
        if (pending.deadline <= now) {
          this.#cancel(pending, new RiakTimeoutError(`Request to ${this.node} timed out after ${pending.timeoutMs} ms`, pending.timeoutMs));
          if (this.#closed) return;
        } else if (pending.deadline < next) {
          next = pending.deadline;
        }
      }
    }
    const stuck = this.#inFlight.peek();
    if (stuck?.abandoned) next = Math.min(next, Math.max(stuck.abandonedAt, this.#headSince) + this.#readTimeout);
    this.#armTimer(next);
  };
}

function noop(): void {}

let capturedResolve: (value: never) => void = noop;
let capturedReject: (error: unknown) => void = noop;
function captureSettlers(resolve: (value: never) => void, reject: (error: unknown) => void): void {
  capturedResolve = resolve;
  capturedReject = reject;
}

/** Pieces up to this size are copied into one write chunk; larger ones are written as they are. */
const COALESCE_MAX_FRAME = 16 * 1024;
/** A write chunk is sent once it holds this many bytes. */
const COALESCE_MAX_CHUNK = 64 * 1024;
