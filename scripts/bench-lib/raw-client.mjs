// The raw baseline: the least a Node.js Riak PB client can do per request.
//
// - ONE socket, unlimited pipelining (Riak answers in order, so replies are
//   matched to requests by a FIFO; there are no request ids).
// - Requests are hand-encoded straight into an output slab (no protobuf
//   library, no per-request Buffer); every request made in one tick leaves in
//   one socket.write, flushed from process.nextTick.
// - Replies: only the 5-byte frame headers are parsed. A get's value is
//   located by a walk over two protobuf tags (content -> value) and returned
//   as a view of the received chunk; a put's reply is not decoded at all.
// - No timeouts, no abort, no pool, no retries, no error classes: this is a
//   yardstick, not a client.

import net from 'node:net';

const SLAB = 64 * 1024;
const GET_REQ = 9;
const GET_RESP = 10;
const PUT_REQ = 11;
const PUT_RESP = 12;

function varintSize(v) {
  return v < 0x80 ? 1 : v < 0x4000 ? 2 : v < 0x200000 ? 3 : v < 0x10000000 ? 4 : 5;
}

function putVarint(buf, pos, v) {
  while (v >= 0x80) {
    buf[pos++] = (v & 0x7f) | 0x80;
    v >>>= 7;
  }
  buf[pos++] = v;
  return pos;
}

/** Scratch for readVarint's second result (the position after it). */
let after = 0;
function readVarint(buf, pos, end) {
  let v = 0;
  let mul = 1;
  while (pos < end) {
    const b = buf[pos++];
    v += (b & 0x7f) * mul;
    if (b < 0x80) {
      after = pos;
      return v;
    }
    mul *= 128;
  }
  throw new Error('truncated varint');
}

/** The [start, end) of length-delimited field `want` in buf[pos, end), or -1 (start in `after`). */
function findField(buf, pos, end, want) {
  while (pos < end) {
    const tag = readVarint(buf, pos, end);
    pos = after;
    const wire = tag & 7;
    if (wire === 2) {
      const len = readVarint(buf, pos, end);
      if (tag >>> 3 === want) return len; // value starts at `after`
      pos = after + len;
    } else if (wire === 0) {
      readVarint(buf, pos, end);
      pos = after;
    } else if (wire === 1) pos += 8;
    else if (wire === 5) pos += 4;
    else throw new Error(`bad wire type ${wire}`);
  }
  return -1;
}

/** RpbGetResp payload -> content[0].value as a view, or null when not found. */
function getValue(buf, start, end) {
  const contentLen = findField(buf, start, end, 1);
  if (contentLen < 0) return null;
  const c = after;
  const valueLen = findField(buf, c, c + contentLen, 1);
  if (valueLen < 0) return buf.subarray(c, c);
  return buf.subarray(after, after + valueLen);
}

function errorOf(buf, start, end) {
  let message = 'RpbErrorResp';
  try {
    const len = findField(buf, start, end, 1);
    if (len >= 0) message = buf.toString('utf8', after, after + len);
  } catch {
    // keep the generic message
  }
  return new Error(`Riak error: ${message}`);
}

/** A connected TCP socket with Nagle off, as every raw reference uses. */
export async function openSocket(host, port) {
  const socket = net.connect({ host, port, noDelay: true });
  await new Promise((resolve, reject) => {
    socket.once('connect', resolve);
    socket.once('error', reject);
  });
  return socket;
}

export class RawClient {
  #socket = null;
  // in-flight FIFO as parallel ring arrays: no object per request
  #resolve = new Array(1024);
  #reject = new Array(1024);
  #kind = new Uint8Array(1024);
  #head = 0;
  #count = 0;
  // output slab: [#outStart, #outPos) is encoded but not yet written
  #out = Buffer.allocUnsafe(SLAB);
  #outStart = 0;
  #outPos = 0;
  #flushQueued = false;
  // a frame split across reads: its first < 4 bytes, or the whole frame being filled
  #head4 = null;
  #frame = null;
  #filled = 0;
  #error = null;

  async connect(host, port) {
    const socket = await openSocket(host, port);
    socket.on('data', (chunk) => this.#onData(chunk));
    socket.on('error', (e) => this.#fail(e));
    socket.on('close', () => this.#fail(new Error('connection closed')));
    this.#socket = socket;
  }

  get(bucket, key) {
    const bl = Buffer.byteLength(bucket);
    const kl = Buffer.byteLength(key);
    const body = 2 + varintSize(bl) + bl + varintSize(kl) + kl;
    const buf = this.#room(5 + body);
    let p = this.#outPos;
    buf.writeUInt32BE(body + 1, p);
    buf[p + 4] = GET_REQ;
    buf[p + 5] = 0x0a; // bucket = 1
    p = putVarint(buf, p + 6, bl);
    p += buf.utf8Write(bucket, p);
    buf[p++] = 0x12; // key = 2
    p = putVarint(buf, p, kl);
    p += buf.utf8Write(key, p);
    this.#outPos = p;
    return this.#enqueue(GET_RESP);
  }

  put(bucket, key, value, contentType) {
    const bl = Buffer.byteLength(bucket);
    const kl = Buffer.byteLength(key);
    const vl = value.length;
    const tl = contentType.length; // ASCII
    const content = 2 + varintSize(vl) + vl + varintSize(tl) + tl;
    const body = 3 + varintSize(bl) + bl + varintSize(kl) + kl + varintSize(content) + content;
    const buf = this.#room(5 + body);
    let p = this.#outPos;
    buf.writeUInt32BE(body + 1, p);
    buf[p + 4] = PUT_REQ;
    buf[p + 5] = 0x0a; // bucket = 1
    p = putVarint(buf, p + 6, bl);
    p += buf.utf8Write(bucket, p);
    buf[p++] = 0x12; // key = 2
    p = putVarint(buf, p, kl);
    p += buf.utf8Write(key, p);
    buf[p++] = 0x22; // content = 4
    p = putVarint(buf, p, content);
    buf[p++] = 0x0a; // content.value = 1
    p = putVarint(buf, p, vl);
    buf.set(value, p);
    p += vl;
    buf[p++] = 0x12; // content.content_type = 2
    p = putVarint(buf, p, tl);
    p += buf.latin1Write(contentType, p);
    this.#outPos = p;
    return this.#enqueue(PUT_RESP);
  }

  close() {
    const socket = this.#socket;
    if (socket === null) return Promise.resolve();
    this.#socket = null;
    return new Promise((resolve) => {
      socket.once('close', resolve);
      socket.end();
      setTimeout(() => socket.destroy(), 500).unref();
    });
  }

  /** The output slab with room for n more bytes at #outPos. */
  #room(n) {
    if (this.#outPos + n > this.#out.length) {
      this.#flush();
      // the socket may still hold the old slab: never write over it
      this.#out = Buffer.allocUnsafe(Math.max(SLAB, n));
      this.#outStart = 0;
      this.#outPos = 0;
    }
    return this.#out;
  }

  #enqueue(kind) {
    if (this.#error !== null) return Promise.reject(this.#error);
    if (!this.#flushQueued) {
      this.#flushQueued = true;
      process.nextTick(this.#flushTick);
    }
    if (this.#count === this.#kind.length) this.#grow();
    const i = (this.#head + this.#count) & (this.#kind.length - 1);
    this.#count++;
    this.#kind[i] = kind;
    return new Promise((resolve, reject) => {
      this.#resolve[i] = resolve;
      this.#reject[i] = reject;
    });
  }

  #grow() {
    const n = this.#kind.length;
    const order = (a) => a.slice(this.#head).concat(a.slice(0, this.#head));
    this.#resolve = order(this.#resolve).concat(new Array(n));
    this.#reject = order(this.#reject).concat(new Array(n));
    const kind = new Uint8Array(n * 2);
    kind.set(this.#kind.subarray(this.#head));
    kind.set(this.#kind.subarray(0, this.#head), n - this.#head);
    this.#kind = kind;
    this.#head = 0;
  }

  #flushTick = () => {
    this.#flushQueued = false;
    this.#flush();
  };

  #flush() {
    if (this.#outPos > this.#outStart && this.#socket !== null) {
      this.#socket.write(this.#out.subarray(this.#outStart, this.#outPos));
      this.#outStart = this.#outPos;
    }
  }

  #onData(chunk) {
    let off = 0;
    if (this.#frame !== null || this.#head4 !== null) {
      off = this.#continueSplit(chunk);
      if (off < 0) return;
    }
    off = this.#frames(chunk, off, chunk.length);
    if (off < chunk.length) this.#startSplit(chunk, off);
  }

  /** Answers every complete frame in buf[off, end); returns where an incomplete one starts. */
  #frames(buf, off, end) {
    const mask = this.#kind.length - 1;
    while (end - off >= 5) {
      const frameEnd = off + 4 + buf.readUInt32BE(off);
      if (frameEnd > end) break;
      const code = buf[off + 4];
      const start = off + 5;
      off = frameEnd;
      if (this.#count === 0) {
        this.#fail(new Error(`unexpected frame (code ${code})`));
        return end;
      }
      const i = this.#head;
      this.#head = (i + 1) & mask;
      this.#count--;
      const resolve = this.#resolve[i];
      const reject = this.#reject[i];
      this.#resolve[i] = undefined;
      this.#reject[i] = undefined;
      const kind = this.#kind[i];
      if (code === kind) {
        if (code === GET_RESP) {
          let v;
          try {
            v = getValue(buf, start, frameEnd);
          } catch (e) {
            reject(e);
            continue;
          }
          resolve(v);
        } else resolve(undefined);
      } else if (code === 0) reject(errorOf(buf, start, frameEnd));
      else reject(new Error(`unexpected reply code ${code}, expected ${kind}`));
    }
    return off;
  }

  // A frame split across reads is copied once, into a buffer of its own size
  // (only that frame: the rest of the read is still used in place).
  #startSplit(chunk, off) {
    if (chunk.length - off < 4) {
      this.#head4 = Buffer.from(chunk.subarray(off));
      return;
    }
    this.#frame = Buffer.allocUnsafe(4 + chunk.readUInt32BE(off));
    this.#filled = chunk.copy(this.#frame, 0, off);
  }

  /** Continues a split frame; returns how much of chunk it used, or -1 if it used all and is still incomplete. */
  #continueSplit(chunk) {
    let off = 0;
    if (this.#head4 !== null) {
      const h = this.#head4;
      if (h.length + chunk.length < 4) {
        this.#head4 = Buffer.concat([h, chunk]);
        return -1;
      }
      off = 4 - h.length;
      const four = Buffer.concat([h, chunk.subarray(0, off)]);
      this.#head4 = null;
      this.#frame = Buffer.allocUnsafe(4 + four.readUInt32BE(0));
      this.#filled = four.copy(this.#frame, 0);
    }
    const frame = this.#frame;
    const need = frame.length - this.#filled;
    const take = Math.min(need, chunk.length - off);
    chunk.copy(frame, this.#filled, off, off + take);
    this.#filled += take;
    if (take < need) return -1;
    this.#frame = null;
    this.#frames(frame, 0, frame.length);
    return off + take;
  }

  #fail(error) {
    if (this.#error !== null) return;
    this.#error = error;
    const mask = this.#kind.length - 1;
    while (this.#count > 0) {
      const i = this.#head;
      this.#head = (i + 1) & mask;
      this.#count--;
      this.#reject[i](error);
    }
    this.#socket?.destroy();
  }
}

export { getValue as rawGetValue };
