import type { Buffer } from 'node:buffer';
import type { Socket } from 'node:net';
import { FrameDecoder } from '../codec/frame-decoder.js';
import { RiakServerError } from '../errors.js';
import { ConnectionState, type RequestContext, type ServerContext } from './context.js';
import { errorFrame, FatalRequestError, type HandlerResult, StreamReply } from './protocol/replies.js';
import { dispatch } from './router.js';
import type { ConnectionSecurity, SessionHost } from './security/session.js';

/** riak_api_pb_server's text when data arrives while a streamed reply is still being sent. */
const IN_PROGRESS = 'Cannot send another request while one is in progress';

interface QueuedFrame {
  code: number;
  payload: Buffer;
}

/**
 * One client connection, served like riak_api_pb_server:
 *
 *   socket 'data' ──▶ FrameDecoder ──▶ #queue ──▶ handler ──▶ socket.write
 *                                       (in order; one at a time)
 *
 * - Requests are answered strictly in order. Frames that arrive together are
 *   queued and handled one after another, including after a streamed reply.
 * - Backpressure: when the socket's write buffer is full, handling stops and
 *   the socket stops reading until 'drain'; a streamed reply (list keys, 2i,
 *   MapReduce) is generated lazily and paused the same way. A stream whose
 *   frames come from an async iterable is awaited frame by frame (like a
 *   handler's promise): while its generator waits, other connections are
 *   served; its frames are corked until the event loop turns, so they still
 *   leave in few writes.
 * - Like Riak, data that arrives while a streamed reply is still being sent
 *   gets "Cannot send another request while one is in progress" and the
 *   connection is closed. (Riak would also interleave replies to requests
 *   pipelined in the same packet as the streaming request; here those wait
 *   their turn.)
 * - A handler may answer with a promise (work done off this thread, such
 *   as client regexes): the connection stops reading and handling until it
 *   settles, while every other connection goes on being served.
 * - A bad frame length closes the connection without a reply (Riak stops on
 *   a malformed packet); a request Riak would crash on gets the error text
 *   and then the close. Nothing a client sends can throw out of here.
 * - With security on, every frame first goes through the connection's
 *   `security` gate (security/session.ts), which answers it until the
 *   client has done STARTTLS and authenticated. The gate may hold the queue
 *   (TLS handshake, auth failure delay) and swap the socket for a TLS one.
 */
export class ServerConnection {
  #socket: Socket;
  readonly #decoder: FrameDecoder;
  readonly #security: ConnectionSecurity | undefined;
  /** The security gate stopped frame handling (TLS handshake, auth failure delay). */
  #held = false;
  /** The socket was handed to TLS and the TLS socket is not attached yet. */
  #detached = false;
  readonly #ctx: RequestContext;
  readonly #onError: ((error: unknown) => void) | undefined;
  readonly #queue: QueuedFrame[] = [];
  #queueHead = 0;
  #stream: Iterator<Buffer> | undefined;
  /** A stream of frames from an async iterable: pulled one `next()` at a time, each awaited. */
  #asyncStream: AsyncIterator<Buffer> | undefined;
  /** The async stream's last frame, written once the frame after it (or its end) is known. */
  #pendingFrame: Buffer | undefined;
  /** The socket is corked until the next turn of the event loop (async stream frames). */
  #corkedUntilImmediate = false;
  /** A handler's reply is being computed off this thread (a promise): the next frame waits for it. */
  #awaiting = false;
  #lookahead: IteratorResult<Buffer> | undefined;
  #blocked = false;
  #closing = false;

  constructor(socket: Socket, server: ServerContext, options: { maxFrameBytes: number; onError?: (error: unknown) => void; security?: ConnectionSecurity }) {
    this.#socket = socket;
    this.#ctx = { server, connection: new ConnectionState() };
    this.#onError = options.onError;
    this.#security = options.security;
    this.#decoder = new FrameDecoder((code, payload) => this.#queue.push({ code, payload }), options.maxFrameBytes);
    socket.setNoDelay(true);
    // 'close' stays on the plain socket after a TLS upgrade: destroying
    // either socket closes both.
    socket.on('close', this.#onClose);
    this.#attach(socket);
  }

  readonly #onSocketData = (chunk: Buffer): void => this.#onData(chunk);
  readonly #onDrain = (): void => {
    this.#blocked = false;
    this.#pump();
  };
  readonly #onSocketError = (): void => {
    // ECONNRESET and friends: 'close' follows and cleans up.
  };
  readonly #onClose = (): void => this.#teardown();

  #attach(socket: Socket): void {
    socket.on('data', this.#onSocketData);
    socket.on('drain', this.#onDrain);
    socket.on('error', this.#onSocketError);
  }

  #detach(): void {
    const socket = this.#socket;
    socket.pause();
    socket.off('data', this.#onSocketData);
    socket.off('drain', this.#onDrain);
    // Keep an error listener: a late error must not crash the server.
  }

  /** What the security gate may do to this connection. */
  readonly #host: SessionHost = this.#makeHost();

  #makeHost(): SessionHost {
    // The getters below need the connection: inside them, `this` is the literal.
    const connection = this;
    return {
      get socket() {
        return connection.#socket;
      },
      get hasPendingInput() {
        return connection.#queueHead < connection.#queue.length || connection.#decoder.bufferedBytes > 0;
      },
      get peer() {
        return `${connection.#socket.remoteAddress}:${connection.#socket.remotePort}`;
      },
      write: (frame) => this.#write(frame),
      fail: (errmsg) => this.#fail(errmsg),
      destroy: () => this.#destroy(),
      hold: () => {
        this.#held = true;
      },
      release: () => {
        this.#held = false;
        this.#pump();
      },
      detach: () => {
        this.#detach();
        this.#detached = true;
      },
      attach: (socket) => {
        this.#socket = socket;
        this.#detached = false;
        socket.on('close', this.#onClose);
        this.#attach(socket);
      },
    };
  }

  /** A streamed reply is still being sent. */
  get #streaming(): boolean {
    return this.#stream !== undefined || this.#asyncStream !== undefined;
  }

  #onData(chunk: Buffer): void {
    if (this.#closing) return;
    if (this.#streaming) {
      this.#fail(IN_PROGRESS);
      return;
    }
    try {
      this.#decoder.push(chunk);
    } catch {
      // Zero or oversized length: Riak stops the connection without a reply.
      this.#destroy();
      return;
    }
    this.#pump();
  }

  /** Handles queued frames until the queue is empty, the socket needs draining, or the connection closes. */
  #pump(): void {
    if (this.#closing || this.#detached) return;
    const socket = this.#socket;
    socket.cork();
    try {
      while (!this.#closing && !this.#blocked && !this.#held && !this.#awaiting) {
        if (this.#stream !== undefined) {
          this.#continueStream();
          continue;
        }
        if (this.#asyncStream !== undefined) {
          this.#pullAsyncStream(this.#asyncStream);
          continue;
        }
        const frame = this.#nextFrame();
        if (frame === undefined) break;
        this.#handle(frame);
      }
    } finally {
      // The socket corked above, even if a STARTTLS swapped it meanwhile:
      // its ack is flushed here.
      socket.uncork();
    }
    if (this.#closing || this.#detached) return;
    // Read again once replies are flowing and nothing is waiting; keep
    // reading during a stream so a request sent mid-stream is noticed.
    if ((this.#blocked || this.#held || this.#awaiting) && !this.#streaming) this.#socket.pause();
    else this.#socket.resume();
  }

  #nextFrame(): QueuedFrame | undefined {
    if (this.#queueHead >= this.#queue.length) {
      this.#queue.length = 0;
      this.#queueHead = 0;
      return undefined;
    }
    const frame = this.#queue[this.#queueHead];
    this.#queue[this.#queueHead++] = undefined as unknown as QueuedFrame;
    return frame;
  }

  #handle({ code, payload }: QueuedFrame): void {
    let result: HandlerResult;
    try {
      if (this.#security?.handle(code, payload, this.#host) === true) return;
      result = dispatch(code, payload, this.#ctx);
    } catch (err) {
      this.#reportFailure(err);
      return;
    }
    if (result instanceof Promise) {
      this.#awaiting = true;
      result.then(
        (settled) => this.#settle(() => this.#deliver(settled)),
        (err: unknown) => this.#settle(() => this.#reportFailure(err)),
      );
      return;
    }
    this.#deliver(result);
  }

  #deliver(result: Buffer | StreamReply): void {
    if (result instanceof StreamReply) {
      const { frames } = result;
      if (Symbol.asyncIterator in frames) this.#asyncStream = frames[Symbol.asyncIterator]();
      else this.#stream = frames[Symbol.iterator]();
    } else {
      this.#write(result);
    }
  }

  /** A handler's promise settled: answer it (unless the connection is gone), then go on with the queue. */
  #settle(answer: () => void): void {
    this.#awaiting = false;
    if (this.#closing || this.#socket.destroyed) return;
    answer();
    this.#pump();
  }

  /**
   * Writes the next frames of the current stream until it ends or the socket
   * needs draining. One frame is generated ahead, so the stream counts as
   * finished as soon as its last frame is written.
   */
  #continueStream(): void {
    const stream = this.#stream as Iterator<Buffer>;
    try {
      while (!this.#blocked && !this.#closing) {
        const current = this.#lookahead ?? stream.next();
        this.#lookahead = undefined;
        if (current.done) {
          this.#stream = undefined;
          return;
        }
        this.#write(current.value);
        const following = stream.next();
        if (following.done) {
          this.#stream = undefined;
          return;
        }
        this.#lookahead = following;
      }
    } catch (err) {
      this.#stream = undefined;
      this.#lookahead = undefined;
      this.#reportFailure(err);
    }
  }

  /**
   * Asks an async stream for its next frame and waits for it, as for a
   * handler's promise. One frame is held back until the next one is known,
   * so the stream counts as finished as soon as its last frame is written
   * (a request the client sends right after it is not "in progress").
   */
  #pullAsyncStream(stream: AsyncIterator<Buffer>): void {
    this.#awaiting = true;
    let next: Promise<IteratorResult<Buffer>>;
    try {
      next = stream.next();
    } catch (err) {
      next = Promise.reject(err);
    }
    next.then(
      (result) => this.#settle(() => this.#asyncStreamStep(result)),
      (err: unknown) =>
        this.#settle(() => {
          this.#writePendingFrame();
          this.#asyncStream = undefined;
          this.#reportFailure(err);
        }),
    );
  }

  #asyncStreamStep(result: IteratorResult<Buffer>): void {
    this.#writePendingFrame();
    if (result.done === true) {
      this.#asyncStream = undefined;
      return;
    }
    this.#pendingFrame = result.value;
  }

  #writePendingFrame(): void {
    const frame = this.#pendingFrame;
    if (frame === undefined) return;
    this.#pendingFrame = undefined;
    // Frames resolved in one turn of the event loop leave together.
    if (!this.#corkedUntilImmediate) {
      const socket = this.#socket;
      this.#corkedUntilImmediate = true;
      socket.cork();
      setImmediate(() => {
        this.#corkedUntilImmediate = false;
        socket.uncork();
      });
    }
    this.#write(frame);
  }

  /** A handler's error: Riak's RpbErrorResp, plus a close for requests Riak would crash on. */
  #reportFailure(err: unknown): void {
    if (err instanceof RiakServerError) {
      this.#write(errorFrame(err.errmsg, err.errcode));
    } else if (err instanceof FatalRequestError) {
      this.#fail(err.errmsg);
    } else {
      this.#onError?.(err);
      const reason = err instanceof Error ? err.message : String(err);
      this.#fail(`Error processing incoming message: error:${JSON.stringify(reason)}:[]`);
    }
  }

  #write(frame: Buffer): void {
    if (!this.#socket.write(frame)) this.#blocked = true;
  }

  /** Sends an error, then closes (riak_api_pb_server's send_error_and_flush + stop). */
  #fail(errmsg: string): void {
    if (this.#closing) return;
    this.#closing = true;
    this.#closeStream();
    this.#decoder.stop();
    this.#socket.end(errorFrame(errmsg));
    // A client that never reads must not keep the socket open forever.
    setTimeout(() => this.#socket.destroy(), 5000).unref();
  }

  #destroy(): void {
    this.#closing = true;
    this.#closeStream();
    this.#decoder.stop();
    this.#socket.destroy();
  }

  #closeStream(): void {
    const stream = this.#stream;
    const asyncStream = this.#asyncStream;
    this.#stream = undefined;
    this.#asyncStream = undefined;
    this.#lookahead = undefined;
    this.#pendingFrame = undefined;
    try {
      stream?.return?.();
      // An async generator waiting inside finishes once its current step is done.
      asyncStream?.return?.()?.catch(() => {});
    } catch {
      // a generator's cleanup error changes nothing here
    }
  }

  #teardown(): void {
    this.#closing = true;
    this.#security?.close();
    this.#closeStream();
    this.#decoder.stop();
    this.#queue.length = 0;
    this.#queueHead = 0;
  }
}
