// A TCP proxy in front of one dev server that injects faults on the reply
// path. Requests always go straight through: a request the client wrote
// reaches the server at once, so a write's outcome is settled when the client
// hears about it (the verifier relies on that). Replies can be cut, held,
// black-holed, or have an invalid frame slipped in between two frames.
//
// Faults never forge a frame the client could take for a real reply: Riak PB
// has no request ids, so a well-formed extra or missing frame would hand one
// request another's reply, and no client can detect that. Injected frames are
// invalid by construction, and bytes are only ever removed as "everything
// from here on".
import { createServer, connect } from 'node:net';

/** Tracks Riak PB frame boundaries (`<length u32 BE><code><payload>`, length counts code + payload) in a byte stream. */
class FrameTracker {
  #header = Buffer.alloc(4);
  #headerFill = 0;
  #remaining = 0;

  get atBoundary() {
    return this.#headerFill === 0;
  }

  /**
   * Consumes `chunk[from..]`. With `stopAtBoundary`, stops at the first frame
   * boundary at or after `from` and returns its index; else (or when the chunk
   * ends first) consumes everything and returns -1.
   */
  consume(chunk, from, stopAtBoundary) {
    let i = from;
    if (stopAtBoundary && this.atBoundary) return i;
    while (i < chunk.length) {
      if (this.#headerFill < 4) {
        this.#header[this.#headerFill++] = chunk[i++];
        if (this.#headerFill === 4) {
          this.#remaining = this.#header.readUInt32BE(0);
          if (this.#remaining === 0) this.#headerFill = 0;
        }
      } else {
        const n = Math.min(this.#remaining, chunk.length - i);
        i += n;
        this.#remaining -= n;
        if (this.#remaining === 0) this.#headerFill = 0;
      }
      if (stopAtBoundary && this.atBoundary) return i;
    }
    return -1;
  }
}

/** One proxied connection: the client's socket and ours to the server. */
class Pair {
  #tracker = new FrameTracker();
  /** Reply chunks held back, in order. */
  #held = [];
  #holding = false;
  #blackHole = false;
  /** Bytes to forward before holding (hold) or dropping everything (drop) starts. */
  #holdAfter = -1;
  #dropAfter = -1;
  /** An invalid frame waiting for the next frame boundary. */
  #inject = undefined;

  constructor(client, upstream, holding) {
    this.client = client;
    this.upstream = upstream;
    this.#holding = holding;
  }

  get closed() {
    return this.client.destroyed;
  }

  destroy(reset) {
    if (reset && typeof this.client.resetAndDestroy === 'function' && !this.client.destroyed) this.client.resetAndDestroy();
    else this.client.destroy();
    this.upstream.destroy();
    this.#held = [];
  }

  /** A reply chunk from the server. */
  reply(chunk) {
    if (this.#blackHole) return;
    if (this.#dropAfter >= 0) {
      const keep = Math.min(this.#dropAfter, chunk.length);
      this.#dropAfter -= keep;
      if (keep > 0) this.#emit(chunk.subarray(0, keep));
      if (this.#dropAfter === 0) {
        this.#blackHole = true;
        this.#held = [];
      }
      return;
    }
    if (this.#holding) {
      this.#held.push(chunk);
      return;
    }
    if (this.#holdAfter >= 0) {
      const keep = Math.min(this.#holdAfter, chunk.length);
      this.#holdAfter -= keep;
      if (keep > 0) this.#emit(chunk.subarray(0, keep));
      if (this.#holdAfter === 0) {
        this.#holdAfter = -1;
        this.#holding = true;
        if (keep < chunk.length) this.#held.push(chunk.subarray(keep));
      }
      return;
    }
    this.#emit(chunk);
  }

  /** Holds every reply from now on (a frozen node). */
  hold() {
    this.#holding = true;
  }

  /** Forwards `bytes` more reply bytes (likely ending mid-frame), then holds. */
  holdAfter(bytes) {
    this.#holdAfter = bytes;
  }

  /** Forwards `bytes` more reply bytes, then drops every reply byte after them. */
  dropAfter(bytes) {
    this.#dropAfter = bytes;
  }

  /** Forwards what was held, in order, and forwards as usual from now on. */
  release() {
    this.#holding = false;
    this.#holdAfter = -1;
    const held = this.#held;
    this.#held = [];
    for (const chunk of held) this.reply(chunk);
  }

  /** Sends `frame` to the client at the next frame boundary of the reply stream. */
  inject(frame) {
    if (this.#blackHole) return;
    this.#inject = frame;
    if (!this.#holding && this.#held.length === 0 && this.#tracker.atBoundary) this.#write(this.#takeInject());
  }

  #takeInject() {
    const frame = this.#inject;
    this.#inject = undefined;
    return frame;
  }

  #emit(chunk) {
    let from = 0;
    while (this.#inject !== undefined) {
      const boundary = this.#tracker.consume(chunk, from, true);
      if (boundary === -1) return this.#write(from === 0 ? chunk : chunk.subarray(from));
      if (boundary > from) this.#write(chunk.subarray(from, boundary));
      this.#write(this.#takeInject());
      from = boundary;
    }
    this.#tracker.consume(chunk, from, false);
    if (from < chunk.length) this.#write(from === 0 ? chunk : chunk.subarray(from));
  }

  #write(bytes) {
    if (!this.client.destroyed) this.client.write(bytes);
  }
}

export class FaultProxy {
  #server;
  #pairs = new Set();
  #stalled = false;
  #refusing = false;
  #alive = false;
  #closed = false;
  port = 0;

  constructor(name, targetPort) {
    this.name = name;
    this.targetPort = targetPort;
  }

  get node() {
    return `127.0.0.1:${this.port}`;
  }

  async start() {
    await this.#listen(0);
  }

  /** Closes every connection (both sides; `reset` sends an RST to the client). */
  cut(reset = false) {
    for (const pair of this.#pairs) pair.destroy(reset);
    this.#pairs.clear();
  }

  /** New connections are accepted and closed at once. */
  refuse(on) {
    this.#refusing = on;
  }

  /** The node freezes: every reply, on every connection old or new, is held until `stall(false)`. */
  stall(on) {
    this.#stalled = on;
    for (const pair of this.#pairs) {
      if (on) pair.hold();
      else pair.release();
    }
  }

  /** A random open connection, or undefined. */
  pickConnection(rng) {
    const open = [...this.#pairs].filter((pair) => !pair.closed);
    return open.length === 0 ? undefined : rng.pick(open);
  }

  /** The node dies: its port stops listening and every connection is closed. */
  async kill() {
    if (!this.#alive) return;
    this.#alive = false;
    const server = this.#server;
    const closed = new Promise((resolve) => server.close(() => resolve()));
    this.cut(true);
    await closed;
  }

  /** The node comes back on the same port; false when the port was taken meanwhile. */
  async revive() {
    if (this.#alive || this.#closed) return this.#alive;
    for (let attempt = 0; attempt < 20 && !this.#closed; attempt++) {
      try {
        await this.#listen(this.port);
        return true;
      } catch (error) {
        if (this.#closed) return false;
        if (error.code !== 'EADDRINUSE') throw error;
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
    }
    return false;
  }

  /** Closes for good: a revive still under way does not listen again. */
  async close() {
    this.#closed = true;
    await this.kill();
  }

  #listen(port) {
    const server = createServer((client) => this.#accept(client));
    return new Promise((resolve, reject) => {
      server.once('error', reject);
      server.listen(port, '127.0.0.1', () => {
        server.off('error', reject);
        if (this.#closed) {
          server.close();
          reject(new Error(`${this.name}: closed`));
          return;
        }
        server.on('error', () => {});
        this.#server = server;
        this.port = server.address().port;
        this.#alive = true;
        resolve();
      });
    });
  }

  #accept(client) {
    client.on('error', () => {});
    if (this.#refusing || !this.#alive) {
      client.destroy();
      return;
    }
    const upstream = connect({ host: '127.0.0.1', port: this.targetPort });
    upstream.on('error', () => {});
    const pair = new Pair(client, upstream, this.#stalled);
    this.#pairs.add(pair);
    const end = () => {
      this.#pairs.delete(pair);
      pair.destroy(false);
    };
    client.on('close', end);
    upstream.on('close', end);
    client.on('data', (chunk) => upstream.write(chunk));
    upstream.on('data', (chunk) => pair.reply(chunk));
  }
}
