import { performance } from 'node:perf_hooks';
import { Buffer } from 'node:buffer';
import type { Socket } from 'node:net';
import { DEFAULT_MAX_FRAME_BYTES } from '../codec/frame-decoder.js';
import { RiakConnectionError, RiakError, RiakInvalidArgumentError, RiakProtocolError } from '../errors.js';
import { foreignPeerError } from './connection-errors.js';
import { IdleRoundTrip } from './idle-round-trip.js';
import type { CallOptions, Operation } from './operation.js';
import { noop, PendingRequest, type Recover } from './pending-request.js';
import { RequestPipeline } from './request-pipeline.js';
import { ResponseStream } from './response-stream.js';
import type { SlabReads } from './slab-reads.js';

export type { Recover } from './pending-request.js';

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
  /** The node's idle round trip, shared by its connections (a pool passes one per node); default: this connection's own. */
  idleRoundTrip?: IdleRoundTrip;
}

export interface ConnectionHooks {
  /** A request finished (answered, failed or abandoned) and pipeline capacity freed up. */
  onSettled?(connection: Connection): void;
  /** A unary request was answered successfully after `ms` milliseconds (queueing on the connection included); `firstOfRead`: the first reply of its socket read. */
  onReply?(ms: number, firstOfRead: boolean): void;
  /** The socket closed; `error` is why, if it was not a clean `close()`. */
  onClose?(connection: Connection, error: RiakError | undefined): void;
}

/**
 * One Riak PB connection: a socket with pipelined unary requests (many in
 * flight, answered in FIFO order) and exclusive streaming requests. Requests
 * made in one tick leave in one write, flushed from `process.nextTick` (after
 * the promise callbacks that made them); a burst as deep as the pipeline, in
 * two (its first half as soon as it is made). The socket must already be
 * connected (see `openConnection`).
 *
 * The connection owns the socket and its life (errors, close, STARTTLS
 * upgrade, keeping the process alive); its requests, from write to reply,
 * are its RequestPipeline's (request-pipeline.ts).
 */
export class Connection {
  readonly node: string;
  #hooks: ConnectionHooks;
  #socket: Socket;
  readonly #pipeline: RequestPipeline;
  /** `allowExitOnIdle`: the socket keeps the process alive only while a caller waits on it. */
  #unrefWhenIdle = false;
  #closed = false;
  #closing: Promise<void> | undefined;
  /** Called by close(graceMs) once no caller waits any more. */
  #drainWaiters: (() => void)[] = [];
  /** A copy of the first bytes the peer sent, kept to name what it speaks if it is not Riak. */
  #firstBytes: Buffer | undefined;
  /** The socket's reads when it was opened with them (plain TCP, never upgraded: see slab-reads.ts); else its 'data' events. */
  readonly #reads: SlabReads | undefined;

  constructor(socket: Socket, options: ConnectionOptions, hooks: ConnectionHooks = {}, reads?: SlabReads) {
    this.node = options.node;
    this.#hooks = hooks;
    this.#socket = socket;
    this.#reads = reads;
    const limits = {
      readTimeout: options.readTimeout ?? 5000,
      maxFrameBytes: options.maxFrameBytes ?? DEFAULT_MAX_FRAME_BYTES,
      idleRoundTrip: options.idleRoundTrip ?? new IdleRoundTrip(),
    };
    this.#pipeline = new RequestPipeline(socket, this.node, limits, {
      settled: () => this.#hooks.onSettled?.(this),
      replied: (ms, firstOfRead) => this.#hooks.onReply?.(ms, firstOfRead),
      callersWaiting: (waiting) => {
        if (this.#unrefWhenIdle) this.#setRef(waiting);
      },
      drained: () => {
        if (this.#drainWaiters.length > 0) for (const waiter of this.#drainWaiters.splice(0)) waiter();
      },
      end: (error) => this.destroy(error),
    });
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
    if (this.#pipeline.pending === 0) this.#setRef(false);
  }

  /** A TLS socket passes this on to the TCP handle it wraps. */
  #setRef(on: boolean): void {
    if (on) this.#socket.ref();
    else this.#socket.unref();
  }

  /** Replaces the lifecycle hooks (the pool attaches them once a handshake is done). */
  setHooks(hooks: ConnectionHooks): void {
    this.#hooks = hooks;
  }

  /** Requests written and not yet answered, including abandoned ones still owed a reply. */
  get inFlight(): number {
    return this.#pipeline.inFlight;
  }

  /** Requests waiting to be written. */
  get queued(): number {
    return this.#pipeline.queued;
  }

  /** Requests whose caller is still waiting (queued or in flight, not abandoned). */
  get pending(): number {
    return this.#pipeline.pending;
  }

  /**
   * Everything ahead of a new request: queued, in flight, abandoned replies
   * still owed, and slots a pool has claimed here for requests not sent yet.
   */
  get load(): number {
    return this.#pipeline.load;
  }

  /**
   * Claims a pipeline slot for a request the pool has placed here and will
   * send after an `await`, so concurrent placements see the connection as
   * taken. Give it back with {@link releaseSlot} right before sending.
   */
  claimSlot(): void {
    this.#pipeline.claimSlot();
  }

  releaseSlot(): void {
    this.#pipeline.releaseSlot();
  }

  /**
   * True while the reply at the head of the pipeline belongs to a request
   * that was abandoned (timed out or aborted): the peer may be stalled, and
   * anything sent now would wait behind it.
   */
  get awaitingAbandonedReply(): boolean {
    return this.#pipeline.awaitingAbandonedReply;
  }

  /** Requests answered on this connection so far. */
  get served(): number {
    return this.#pipeline.served;
  }

  /** True while a streaming request is queued or active: the stream owns the connection and nothing else should be sent here. */
  get ownedByStream(): boolean {
    return this.#pipeline.ownedByStream;
  }

  /** True while a streaming response holds the connection. */
  get streaming(): boolean {
    return this.#pipeline.streaming;
  }

  get closed(): boolean {
    return this.#closed;
  }

  /** The underlying socket (plain or TLS). */
  get socket(): Socket {
    return this.#socket;
  }

  /** The first bytes received on this connection (at most 64), if any arrived. */
  get firstBytes(): Buffer | undefined {
    return this.#firstBytes;
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
   * reading, or from the connection's next flush with AT_FLUSH;
   * `options.requestTimeout` is left to the caller.
   */
  sendRecoverable<T>(op: Operation<T>, timeoutMs: number, options: CallOptions, recover: Recover, startedAt: number): Promise<T> {
    return this.#submit(op, timeoutMs, options, recover, startedAt);
  }

  #submit<T>(op: Operation<T>, timeoutMs: number, options: CallOptions, recover: Recover | undefined, startedAt: number): Promise<T> {
    const pending = new PendingRequest<T>(op, timeoutMs, startedAt, this.node);
    const promise = pending.callerPromise();
    if (recover !== undefined) {
      pending.recover = recover;
      pending.options = options;
    }
    this.#enqueue(pending as PendingRequest, options.signal);
    return promise;
  }

  /** Streaming request: the response frames as an `AsyncIterable`, ending at `done`; `startedAt` as in {@link send}. */
  stream<T>(op: Operation<T>, options: CallOptions = {}, startedAt = performance.now()): ResponseStream<T> {
    if (op.isLast === undefined) throw new RiakInvalidArgumentError('stream() needs a streaming operation');
    const pending = new PendingRequest<T>(op, options.requestTimeout ?? 0, startedAt, this.node);
    pending.idleMs = options.streamIdleTimeout ?? 0;
    const stream = new ResponseStream<T>();
    pending.stream = stream;
    stream.attach({
      pause: () => this.#socket.pause(),
      resume: () => {
        this.#socket.resume();
        this.#pipeline.streamResumed();
      },
      cancel: () => this.#pipeline.stopStream(pending as PendingRequest),
    });
    this.#enqueue(pending as PendingRequest, options.signal);
    return stream;
  }

  #enqueue(pending: PendingRequest, signal: AbortSignal | undefined): void {
    if (this.#closed || this.#closing) pending.fail(new RiakConnectionError(`Connection to ${this.node} is closed`, this.node));
    else this.#pipeline.enqueue(pending, signal);
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
      if (this.#pipeline.pending === 0 || graceMs <= 0) return finish();
      const timer = setTimeout(finish, graceMs);
      const check = () => {
        if (this.#pipeline.pending === 0 || this.#closed) {
          clearTimeout(timer);
          finish();
        }
      };
      this.#drainWaiters.push(check);
    });
    return this.#closing;
  }

  /**
   * Closes the socket at once. Every request still waiting is rejected with
   * `error` or, for a clean close, a `RiakConnectionError`.
   */
  destroy(error: RiakError | undefined): void {
    if (this.#closed) return;
    this.#closed = true;
    this.#pipeline.stop();
    this.#detach();
    this.#socket.destroy();
    this.#pipeline.failAll(error);
    for (const waiter of this.#drainWaiters.splice(0)) waiter();
    this.#hooks.onClose?.(this, error);
  }

  /**
   * Swaps the socket for an upgraded one wrapping it (STARTTLS). Only valid
   * while nothing is queued or in flight and no bytes are buffered: any
   * plaintext byte after the STARTTLS reply would be an injection.
   */
  upgrade(socket: Socket): void {
    if (this.#pipeline.queued > 0 || this.#pipeline.inFlight > 0) throw new RiakProtocolError('Cannot upgrade a connection with requests pending');
    if (this.#pipeline.bufferedBytes > 0) throw new RiakProtocolError('Unexpected bytes after the STARTTLS reply');
    this.#detach();
    this.#socket = socket;
    this.#pipeline.socket = socket;
    this.#attach(socket);
  }

  /**
   * Stops reading the current socket so a TLS layer can take it over. Fails
   * (and closes the connection) if plaintext bytes arrived after the STARTTLS
   * reply: they could be an attacker's injection.
   */
  detachForUpgrade(): void {
    if (this.#reads !== undefined) throw new RiakProtocolError(`The connection to ${this.node} was opened without security: it cannot be upgraded`);
    if (this.#pipeline.bufferedBytes > 0 || this.#pipeline.inFlight > 0) {
      const error = new RiakProtocolError('Unexpected bytes after the STARTTLS reply');
      this.destroy(error);
      throw error;
    }
    this.#detach();
    // Until upgrade() attaches the TLS socket, a close must still fail the connection.
    this.#socket.once('close', this.#onSocketClose);
  }

  #onData = (chunk: Buffer): void => {
    if (this.#firstBytes === undefined) this.#firstBytes = Buffer.from(chunk.subarray(0, 64));
    try {
      this.#pipeline.read(chunk);
    } catch (error) {
      // Whatever went wrong handling a frame (a bad length, a foreign code, an
      // undecodable payload, a throwing decoder) ends the connection, and
      // destroy() fails every request still in flight with it.
      const protocolError = error instanceof RiakError ? error : new RiakProtocolError(`Frame handling failed on ${this.node}`, { cause: error });
      this.destroy(this.#pipeline.served === 0 ? foreignPeerError(this.node, this.#firstBytes, protocolError) : protocolError);
    }
  };

  #onSocketError = (error: Error): void => {
    this.destroy(new RiakConnectionError(`Connection to ${this.node} failed: ${error.message}`, this.node, { cause: error }));
  };

  #onSocketClose = (): void => {
    this.destroy(new RiakConnectionError(`Connection to ${this.node} closed by the server`, this.node));
  };

  #attach(socket: Socket): void {
    // The plain socket's reads come through SlabReads; an upgraded (TLS) one's as 'data'.
    if (this.#reads !== undefined) this.#reads.onChunk = this.#onData;
    else socket.on('data', this.#onData);
    socket.on('error', this.#onSocketError);
    socket.on('close', this.#onSocketClose);
    socket.on('end', this.#onSocketClose);
  }

  #detach(): void {
    const socket = this.#socket;
    this.#reads?.stop();
    socket.off('data', this.#onData);
    socket.off('error', this.#onSocketError);
    // Twice: detachForUpgrade() may have added a second, one-time close listener.
    socket.off('close', this.#onSocketClose);
    socket.off('close', this.#onSocketClose);
    socket.off('end', this.#onSocketClose);
    // A late socket error after detaching must not crash the process.
    socket.on('error', noop);
  }
}
