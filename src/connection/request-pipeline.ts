import type { Buffer } from 'node:buffer';
import { performance } from 'node:perf_hooks';
import type { Socket } from 'node:net';
import { FrameDecoder } from '../codec/frame-decoder.js';
import { RiakAbortError, RiakConnectionError, RiakInvalidArgumentError, RiakProtocolError, type RiakError } from '../errors.js';
import { ConnectionDeadlines } from './connection-deadlines.js';
import { lostError, serverError } from './connection-errors.js';
import { Fifo } from './fifo.js';
import { AT_FLUSH, type PendingRequest } from './pending-request.js';
import type { IdleRoundTrip } from './idle-round-trip.js';
import { ServerPace } from './server-pace.js';
import { WriteBatcher } from './write-batcher.js';

/** What a pipeline tells its connection. */
export interface PipelineEvents {
  /** Requests finished (answered, failed or abandoned) and pipeline capacity freed up; replies count once per chunk read. */
  settled(): void;
  /**
   * A unary request was answered successfully after `ms` milliseconds
   * (queueing included); `firstOfRead`: the first reply of its socket read
   * (the adaptive pool counts the reads that carried replies).
   */
  replied(ms: number, firstOfRead: boolean): void;
  /** A caller now waits where none did (`true`), or the last one stopped waiting (`false`). */
  callersWaiting(waiting: boolean): void;
  /** A request left the queues and no caller waits any more: a graceful close may finish. */
  drained(): void;
  /** The connection must end with `error`: a stream stopped while it streams, a stalled reply. */
  end(error: RiakError): void;
}

/*
 * A request moves through two queues:
 *
 *   enqueue() ──▶ #toWrite ──flush──▶ #inFlight ──frame──▶ settled
 *                  (abort/timeout:      (abort/timeout: caller rejected now,
 *                   removed, rejected)   entry kept as "abandoned" so its
 *                                        late reply is read and dropped)
 *
 * Riak answers strictly in order with no request ids, so the head of
 * #inFlight always owns the next frame.
 */

/**
 * A burst of requests as deep as the connection's pipeline (its depth at
 * the last end-of-tick flush, when that is at least twice this) leaves in
 * two writes, not one: the first half as soon as it is made, the rest at
 * the end of the tick. The server answers the first half while the client
 * makes the second, instead of client and server taking turns.
 * Against the instant benchmark server at 64 outstanding that was 1.4x the
 * gets and 1.7x the puts per second, at no more CPU per request, for one
 * write more per burst (docs/performance.md, "A burst in two writes"); the
 * halves stay large enough that a write's cost per request stays small.
 */
const EARLY_FLUSH_MIN = 16;

/**
 * The requests of one connection and the frames that answer them: requests
 * leave in batched writes (write-batcher.ts), replies are matched to them in
 * order, and one timer keeps their deadlines (connection-deadlines.ts).
 * Knows nothing of the socket's life: that is the `Connection`'s.
 */
export class RequestPipeline {
  readonly #node: string;
  readonly #maxFrameBytes: number;
  readonly #events: PipelineEvents;
  readonly #decoder: FrameDecoder;
  readonly #toWrite = new Fifo<PendingRequest>();
  readonly #inFlight = new Fifo<PendingRequest>();
  readonly #writer: WriteBatcher;
  readonly #deadlines: ConnectionDeadlines;
  /** The request count at which a burst's first half is flushed (half the pipeline's depth at the last flush; 0: never, see EARLY_FLUSH_MIN). */
  #earlyFlushAt = 0;
  /** The flush running was started by the early flush, not by the end of the tick. */
  #flushingEarly = false;
  /** Requests queued since the last flush that start when it runs (AT_FLUSH): one clock read stamps them all. */
  readonly #unstamped: PendingRequest[] = [];
  /** Requests queued or in flight that the caller still waits for. */
  #active = 0;
  /** Streaming requests queued or active: the connection belongs to them. */
  #streams = 0;
  #served = 0;
  /** Slots a pool has claimed for requests it will send here after an `await`. */
  #claimedSlots = 0;
  #stopped = false;
  /** When the chunk being decoded arrived: one clock read covers every reply in it. */
  #receivedAt = 0;
  /** No reply of the chunk being decoded has been handed over yet. */
  #firstOfRead = false;
  /** A chunk is being decoded: requests it finishes are signalled `settled` once, when it is done. */
  #reading = false;
  #settledWhileReading = false;
  /** The node's idle round trip (shared by its connections) and whether new requests wait behind a busy server. */
  readonly #roundTrip: IdleRoundTrip;
  readonly #pace: ServerPace;
  /** The last unary request written onto an empty pipeline: its latency is a sample of the idle round trip. */
  #probe: PendingRequest | undefined;
  /** Whether another connection of the node had requests in flight when #probe was written. */
  #probeShared = false;

  constructor(socket: Socket, node: string, options: { readTimeout: number; maxFrameBytes: number; idleRoundTrip: IdleRoundTrip }, events: PipelineEvents) {
    this.#node = node;
    this.#roundTrip = options.idleRoundTrip;
    this.#pace = new ServerPace(options.idleRoundTrip);
    this.#maxFrameBytes = options.maxFrameBytes;
    this.#events = events;
    this.#decoder = FrameDecoder.ranges((code, buffer, start, end) => this.#onFrame(code, buffer, start, end), this.#maxFrameBytes);
    this.#writer = new WriteBatcher(socket, this.#fillBatch);
    this.#deadlines = new ConnectionDeadlines(node, options.readTimeout, this.#toWrite, this.#inFlight, {
      expire: (pending, error) => this.#cancel(pending, error),
      drop: (error) => events.end(error),
    });
  }

  /** The socket written to; replaced when the connection is upgraded to TLS. */
  set socket(socket: Socket) {
    this.#writer.socket = socket;
  }

  get inFlight(): number {
    return this.#inFlight.length;
  }

  get queued(): number {
    return this.#toWrite.length;
  }

  get pending(): number {
    return this.#active;
  }

  get load(): number {
    return this.#toWrite.length + this.#inFlight.length + this.#claimedSlots;
  }

  claimSlot(): void {
    this.#claimedSlots++;
  }

  releaseSlot(): void {
    this.#claimedSlots--;
  }

  get awaitingAbandonedReply(): boolean {
    const head = this.#inFlight.peek();
    return head !== undefined && head.abandoned && head.isInFlight;
  }

  get served(): number {
    return this.#served;
  }

  get ownedByStream(): boolean {
    return this.#streams > 0;
  }

  get streaming(): boolean {
    const head = this.#inFlight.peek();
    return head !== undefined && head.streaming && head.isInFlight;
  }

  /** Bytes of a frame received only in part. */
  get bufferedBytes(): number {
    return this.#decoder.bufferedBytes;
  }

  /** Decodes a chunk from the socket, settling the requests its frames answer. Throws when the peer broke the protocol. */
  read(chunk: Buffer): void {
    const now = performance.now();
    this.#receivedAt = now;
    this.#firstOfRead = true;
    this.#reading = true;
    const served = this.#served;
    try {
      this.#decoder.push(chunk);
    } finally {
      this.#reading = false;
      const ahead = this.#inFlight.length;
      this.#pace.read(now, this.#served - served, ahead > 0);
      // Requests still to write get a flush once they may leave: held ones once
      // fewer are ahead of them, a stream once the pipeline is empty (see #fillBatch).
      if (this.#toWrite.length > 0 && !this.#writer.flushDue && !this.#pace.holds(this.#toWrite.length, ahead)) this.#writer.schedule();
      // Once per chunk, not per reply: whoever waits for room is woken asynchronously anyway.
      if (this.#settledWhileReading) {
        this.#settledWhileReading = false;
        this.#events.settled();
      }
    }
  }

  /** Queues a request for the next flush; one too large to send, or already aborted, fails at once. */
  enqueue(pending: PendingRequest, signal: AbortSignal | undefined): void {
    const frameLength = pending.op.frameEnd - pending.op.frameStart - 4;
    if (frameLength > this.#maxFrameBytes) {
      // A peer drops a connection that sends an oversized frame, which would
      // leave the outcome unknown: refused here, the answer is definite.
      pending.fail(
        new RiakInvalidArgumentError(`Request of ${frameLength} bytes is larger than maxFrameBytes (${this.#maxFrameBytes}); it was not sent to ${this.#node}`),
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
    if (this.#active === 0) this.#events.callersWaiting(true);
    this.#active++;
    if (pending.streaming) this.#streams++;
    this.#toWrite.push(pending);
    this.#writer.schedule();
    if (pending.startedAt !== AT_FLUSH) this.#deadlines.arm(pending.deadline);
    else if (this.#writer.flushDue) this.#unstamped.push(pending);
    // No flush due (the socket asked to wait for drain): its time starts now.
    else this.#stamp(performance.now(), [pending]);
    // #toWrite holds what was queued since the last flush (a flush takes all it can).
    if (this.#toWrite.length === this.#earlyFlushAt) this.#flushEarly();
  }

  /** The first half of a burst leaves now, while the rest is being made (see EARLY_FLUSH_MIN). */
  #flushEarly(): void {
    this.#flushingEarly = true;
    try {
      this.#writer.flushNow();
    } finally {
      this.#flushingEarly = false;
    }
  }

  /** Starts the time of `requests` at `now` (see AT_FLUSH) and arms the earliest of their deadlines. */
  #stamp(now: number, requests: PendingRequest[]): void {
    let earliest = Infinity;
    for (const pending of requests) {
      if (pending.startedAt !== AT_FLUSH) continue;
      pending.startedAt = now;
      const deadline = pending.deadline;
      if (!pending.abandoned && deadline < earliest) earliest = deadline;
    }
    this.#deadlines.arm(earliest);
  }

  /** The consumer of a stream stopped early: a queued stream is dropped, one on the wire costs the connection. */
  stopStream(pending: PendingRequest): void {
    // The server keeps streaming until `done` and rejects anything sent
    // meanwhile, so a stream abandoned midway costs the connection.
    if (pending.isQueued) this.#abandonQueued(pending, undefined);
    else if (pending.isInFlight) this.#events.end(new RiakConnectionError('Streaming response cancelled by the consumer', this.#node));
  }

  /** The consumer of the streaming head caught up: the silence was ours, not the server's, so its idle deadline starts again. */
  streamResumed(): void {
    this.#deadlines.streamHeard();
  }

  /** Stops reading, writing and timing: the connection is closing. */
  stop(): void {
    this.#stopped = true;
    this.#decoder.stop();
    this.#deadlines.stop();
  }

  /** Fails every request still queued or in flight with what `error` means for it (see `lostError`). */
  failAll(error: RiakError | undefined): void {
    this.#unstamped.length = 0;
    const queued = this.#toWrite.drain();
    const written = this.#inFlight.drain();
    if (written.length > 0) this.#roundTrip.idle();
    for (const pending of written) {
      pending.markDone();
      pending.fail(lostError(this.#node, error, true));
    }
    for (const pending of queued) {
      pending.markDone();
      pending.fail(lostError(this.#node, error, false));
    }
    this.#active = 0;
    this.#streams = 0;
  }

  /** One request fewer that a caller waits for. */
  #release(): void {
    this.#active--;
    if (this.#active === 0) this.#events.callersWaiting(false);
  }

  /** Timeout or abort: a queued request is removed, a written one abandoned. */
  #cancel(pending: PendingRequest, error: RiakError): void {
    if (pending.abandoned) return;
    if (pending.isQueued) {
      this.#abandonQueued(pending, error);
      return;
    }
    if (pending.streaming && pending.isInFlight) {
      pending.fail(error);
      this.#release();
      this.#events.end(new RiakConnectionError(`Streaming request on ${this.#node} cancelled: ${error.message}`, this.#node, { cause: error }));
      return;
    }
    pending.fail(error);
    this.#release();
    this.#events.settled();
    this.#deadlines.abandonedOnWire();
  }

  #abandonQueued(pending: PendingRequest, error: RiakError | undefined): void {
    pending.markDone();
    if (pending.streaming) this.#streams--;
    if (error) pending.fail(error);
    else pending.abandoned = true;
    this.#release();
    this.#events.settled();
    if (this.#active === 0) this.#events.drained();
  }

  /**
   * Hands the write batcher every request that may be written now, moving
   * each from #toWrite to #inFlight, until the socket asks to wait for `drain`.
   */
  #fillBatch = (): void => {
    if (this.#unstamped.length > 0) {
      // One clock read for every request queued since the last flush: their time starts now.
      this.#stamp(performance.now(), this.#unstamped);
      this.#unstamped.length = 0;
    }
    // Nothing may be written behind an active stream, and a stream waits
    // for the pipeline to empty: Riak kills a connection that receives a
    // frame while it streams. (Only this loop adds to #inFlight, and it stops
    // after a stream: a streaming head can only be there from the start.)
    if (this.#stopped || this.streaming) return;
    // Behind a busy server new requests wait, and leave together once as
    // many as are ahead of them (server-pace.ts); read() flushes them then.
    if (this.#pace.holds(this.#toWrite.length, this.#inFlight.length)) return;
    const writer = this.#writer;
    while (this.#toWrite.length > 0 && writer.writable) {
      const next = this.#toWrite.peek() as PendingRequest;
      if (next.isDone) {
        this.#toWrite.shift();
        continue;
      }
      const streaming = next.streaming;
      if (streaming && this.#inFlight.length > 0) break;
      this.#toWrite.shift();
      next.markWritten();
      if (this.#inFlight.length === 0) {
        const shared = this.#roundTrip.busy();
        if (!streaming) {
          this.#probe = next;
          this.#probeShared = shared;
        }
      }
      this.#inFlight.push(next);
      const { op } = next;
      writer.add(op.frameBuffer, op.frameStart, op.frameEnd);
      if (streaming) {
        this.#deadlines.streamHeard();
        break;
      }
    }
    // A burst the size of this pipeline splits at half of it (the end of the tick's flush sees the whole burst).
    if (!this.#flushingEarly) {
      const depth = this.#inFlight.length;
      this.#earlyFlushAt = depth >= 2 * EARLY_FLUSH_MIN ? depth >> 1 : 0;
    }
  };

  /**
   * Handles one frame. Everything that can throw (a foreign code, a payload
   * that does not decode, an `RpbErrorResp` without its required fields)
   * happens while the request still heads #inFlight, so the throw reaches
   * the connection's `read()`, which destroys the connection and with it
   * fails that request too: no frame can orphan a request.
   */
  #onFrame(code: number, buffer: Buffer, start: number, end: number): void {
    const head = this.#inFlight.peek();
    if (head === undefined) {
      throw new RiakProtocolError(`Unexpected frame (code ${code}) from ${this.#node} with no request in flight`);
    }
    if (code === 0) {
      const error = serverError(this.#node, buffer.subarray(start, end));
      this.#finishHead(head);
      head.fail(error);
      return;
    }
    if (code !== head.op.responseCode) {
      // Every request in flight fails with this error: it names the request the reply came to, not theirs.
      const to = head.op.name ?? 'the request at the head of the pipeline';
      throw new RiakProtocolError(`Unexpected response code ${code} from ${this.#node} in reply to ${to} (expected ${head.op.responseCode})`);
    }
    let message: unknown;
    let last = false;
    const isLast = head.op.isLast;
    try {
      const { op } = head;
      message = op.decodeAt !== undefined ? op.decodeAt(buffer, start, end) : op.decode(buffer.subarray(start, end));
      if (isLast !== undefined) last = isLast(message);
    } catch (cause) {
      throw new RiakProtocolError(`Undecodable response (code ${code}) from ${this.#node}`, { cause });
    }
    if (isLast === undefined) {
      this.#finishHead(head);
      if (!head.abandoned) {
        this.#events.replied(this.#receivedAt - head.startedAt, this.#firstOfRead);
        this.#firstOfRead = false;
      }
      head.succeed(message);
      return;
    }
    if (head.idleMs > 0) this.#deadlines.streamFrameAt(this.#receivedAt);
    if (!head.abandoned) head.stream?.push(message);
    if (last) {
      this.#finishHead(head);
      if (!head.abandoned) {
        head.abandoned = true;
        head.stream?.end();
      }
    }
  }

  #finishHead(head: PendingRequest): void {
    if (head === this.#probe) {
      this.#roundTrip.sample(this.#receivedAt - head.startedAt, this.#probeShared);
      this.#probe = undefined;
    }
    this.#inFlight.shift();
    if (this.#inFlight.length === 0) this.#roundTrip.idle();
    this.#served++;
    head.markDone();
    if (head.streaming) this.#streams--;
    this.#deadlines.headReplaced();
    if (!head.abandoned) this.#release();
    // Also after an abandoned reply: the pipeline behind it is usable again.
    if (this.#reading) this.#settledWhileReading = true;
    else this.#events.settled();
    if (this.#active === 0) this.#events.drained();
  }
}
