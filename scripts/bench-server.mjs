#!/usr/bin/env node
// A canned-response Riak PB server for benchmarking clients (the JS twin of
// ../shared/bench/server/fakeriak.c; same replies, byte for byte).
//
//   node scripts/bench-server.mjs [-p port] [-b addr] [-s value_size]
//        [--big-size N] [--stream-keys N] [--frame-keys N]
//
// Prints `LISTENING <addr> <port>` on stdout once listening (-p 0, the
// default, picks a free port). Answers:
//   1  RpbPingReq           -> 2  RpbPingResp (empty)
//   7  RpbGetServerInfoReq  -> 8  {node "riak@127.0.0.1", server_version "3.2.0"}
//   9  RpbGetReq            -> 10 RpbGetResp {content[0] {value (N bytes 'a'+i%26),
//                                 content_type, vtag, last_mod, last_mod_usecs}, vclock (30 B)}
//                              in bucket `bench_big`: the same with a --big-size value (1 MiB)
//   11 RpbPutReq            -> 12 RpbPutResp (empty; return_body is ignored)
//   17 RpbListKeysReq       -> --stream-keys keys (default 1,000,000: k0000000...) in
//                              RpbListKeysResp frames of --frame-keys keys (100), then {done}
//   25 RpbIndexReq          -> the same keys as a streamed 2i reply (RpbIndexResp frames, then
//                              {done}), whatever the query
//   anything else           -> 0  RpbErrorResp {errmsg, errcode 1}
// Stream and large replies are built once, on first use, and written as they are.
//
// Built to stay out of the way of the client under test:
// - frames are parsed incrementally (only the 5-byte headers are read; the
//   payloads are skipped), many per read, split frames across reads;
// - every reply to one read leaves in ONE socket.write, assembled with at
//   most one copy per run of identical requests (a run of n gets is one copy
//   out of a block holding the canned reply repeated 256 times);
// - output slabs are never reused while the kernel may still hold them;
// - reading pauses while a connection's output is not drained.
// SIGTERM / SIGINT print `frames=N conns=N reads=N code9=N ...` on stderr and exit.

import net from 'node:net';

const args = process.argv.slice(2);
const opt = (flag, fallback) => {
  const i = args.indexOf(flag);
  return i === -1 ? fallback : args[i + 1];
};
const PORT = Number(opt('-p', 0));
const HOST = opt('-b', '127.0.0.1');
const VALUE_SIZE = Number(opt('-s', 100));
const BIG_SIZE = Number(opt('--big-size', 1 << 20));
const STREAM_KEYS = Number(opt('--stream-keys', 1_000_000));
const FRAME_KEYS = Number(opt('--frame-keys', 100));
const BIG_BUCKET = Buffer.from('bench_big');
const MAX_FRAME = 64 * 1024 * 1024;

// ---------------------------------------------------------------- canned replies
function varint(v) {
  const out = [];
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v = Math.floor(v / 128);
  }
  out.push(v);
  return Buffer.from(out);
}
const field = (n, bytes) => Buffer.concat([varint((n << 3) | 2), varint(bytes.length), bytes]);
const uint = (n, v) => Buffer.concat([varint(n << 3), varint(v)]);
function frame(code, payload = Buffer.alloc(0)) {
  const f = Buffer.allocUnsafe(5 + payload.length);
  f.writeUInt32BE(payload.length + 1, 0);
  f[4] = code;
  payload.copy(f, 5);
  return f;
}

function getReply(size) {
  const value = Buffer.allocUnsafe(size);
  for (let i = 0; i < size; i++) value[i] = 97 + (i % 26);
  const vclock = Buffer.from(Array.from({ length: 30 }, (_, i) => (0x6b + i * 7) & 0xff));
  const content = Buffer.concat([
    field(1, value),
    field(2, Buffer.from('application/octet-stream')),
    field(5, Buffer.from('7V2EHl2Wh06SCAIl4y7M2Y')),
    uint(7, 1700000000),
    uint(8, 123456),
  ]);
  return frame(10, Buffer.concat([field(1, content), field(2, vclock)]));
}

/** A whole streamed reply: STREAM_KEYS keys in frames of FRAME_KEYS (field `keysField`), then a frame with `done`. */
function streamReply(code, doneField) {
  const frames = [];
  for (let first = 0; first < STREAM_KEYS; first += FRAME_KEYS) {
    const keys = [];
    for (let i = first; i < Math.min(STREAM_KEYS, first + FRAME_KEYS); i++) keys.push(field(1, Buffer.from(`k${String(i).padStart(7, '0')}`)));
    frames.push(frame(code, Buffer.concat(keys)));
  }
  frames.push(frame(code, uint(doneField, 1)));
  return Buffer.concat(frames);
}
// Built on first use: a run without streams does not pay for them.
const SPECIAL = { big: null, keys: null, index: null };
const special = (kind) => (SPECIAL[kind] ??= kind === 'big' ? getReply(BIG_SIZE) : kind === 'keys' ? streamReply(18, 2) : streamReply(26, 4));

/** Requests answered by a special reply: a get in bucket bench_big, list keys, 2i. */
function specialKind(buf, off) {
  const code = buf[off + 4];
  if (code === 17) return 'keys';
  if (code === 25) return 'index';
  if (code !== 9 || buf[off + 5] !== 0x0a || buf[off + 6] !== BIG_BUCKET.length) return null;
  return BIG_BUCKET.equals(buf.subarray(off + 7, off + 7 + BIG_BUCKET.length)) ? 'big' : null;
}
const ERROR = frame(0, Buffer.concat([field(1, Buffer.from('bench-server: unsupported message code')), uint(2, 1)]));
const REPLIES = new Array(256).fill(ERROR);
REPLIES[1] = frame(2);
REPLIES[7] = frame(8, Buffer.concat([field(1, Buffer.from('riak@127.0.0.1')), field(2, Buffer.from('3.2.0'))]));
REPLIES[9] = getReply(VALUE_SIZE);
REPLIES[11] = frame(12);

// A run of identical requests is answered by copying a prefix of this block.
const RUN = 256;
const BLOCKS = REPLIES.map((r) => (r.length * RUN <= 1 << 20 ? Buffer.concat(Array(RUN).fill(r)) : null));

// ---------------------------------------------------------------- output slabs
const SLAB = 1 << 20;
let slab = Buffer.allocUnsafe(SLAB);
let slabPos = 0;
/** A fresh region of n bytes (a written region is never handed out again). */
function reserve(n) {
  if (slabPos + n > slab.length) {
    slab = Buffer.allocUnsafe(Math.max(SLAB, n));
    slabPos = 0;
  }
  const at = slabPos;
  slabPos += n;
  return at;
}

// ---------------------------------------------------------------- stats
const counts = new Float64Array(256);
let frames = 0;
let conns = 0;
let reads = 0;

// ---------------------------------------------------------------- connections
class Conn {
  constructor(socket) {
    this.socket = socket;
    /** Bytes of an incomplete frame carried over to the next read. */
    this.acc = null;
    this.accLen = 0;
    socket.setNoDelay(true);
    socket.on('data', (chunk) => this.onData(chunk));
    socket.on('drain', () => socket.resume());
    socket.on('error', () => socket.destroy());
  }

  onData(chunk) {
    reads++;
    let buf = chunk;
    const carried = this.accLen > 0;
    if (carried) {
      this.append(chunk);
      buf = this.acc.subarray(0, this.accLen);
    }
    // pass 1: how many complete frames, and how many canned reply bytes
    const end = buf.length;
    let off = 0;
    let out = 0;
    let specials = 0;
    while (end - off >= 5) {
      const len = buf.readUInt32BE(off);
      if (len === 0 || len > MAX_FRAME) {
        this.socket.destroy();
        return;
      }
      if (off + 4 + len > end) break;
      if (specialKind(buf, off) === null) out += REPLIES[buf[off + 4]].length;
      else specials++;
      off += 4 + len;
    }
    const consumed = off;
    if (out > 0 || specials > 0) {
      // pass 2: copy the canned replies, one copy per run of the same code;
      // a special reply is written as it is, after what precedes it
      let at = reserve(out);
      let pos = at;
      let writable = true;
      off = 0;
      while (off < consumed) {
        const kind = specials > 0 ? specialKind(buf, off) : null;
        if (kind !== null) {
          if (pos > at) writable = this.socket.write(slab.subarray(at, pos));
          at = pos;
          writable = this.socket.write(special(kind));
          frames++;
          counts[buf[off + 4]]++;
          off += 4 + buf.readUInt32BE(off);
          continue;
        }
        const code = buf[off + 4];
        let n = 0;
        while (off < consumed && buf[off + 4] === code && (specials === 0 || specialKind(buf, off) === null)) {
          off += 4 + buf.readUInt32BE(off);
          n++;
        }
        frames += n;
        counts[code] += n;
        const reply = REPLIES[code];
        const block = BLOCKS[code];
        while (n > 0) {
          const m = block === null ? 1 : Math.min(n, RUN);
          pos += (block ?? reply).copy(slab, pos, 0, m * reply.length);
          n -= m;
        }
      }
      if (pos > at) writable = this.socket.write(slab.subarray(at, pos));
      if (!writable) this.socket.pause();
    }
    this.keep(buf, consumed, carried);
  }

  /** Appends a read to the carried-over bytes, growing to the whole frame once its length is known. */
  append(chunk) {
    const need = this.accLen + chunk.length;
    if (need > this.acc.length) {
      let size = Math.max(need, this.acc.length * 2);
      if (this.accLen >= 4) size = Math.max(size, 4 + this.acc.readUInt32BE(0));
      const grown = Buffer.allocUnsafe(size);
      this.acc.copy(grown, 0, 0, this.accLen);
      this.acc = grown;
    }
    chunk.copy(this.acc, this.accLen);
    this.accLen = need;
  }

  /** Keeps buf[consumed..] (an incomplete frame) for the next read. */
  keep(buf, consumed, carried) {
    const rest = buf.length - consumed;
    if (rest === 0) {
      this.accLen = 0;
      if (this.acc !== null && this.acc.length > 1 << 16) this.acc = null;
      return;
    }
    if (carried) {
      this.acc.copyWithin(0, consumed, buf.length);
    } else {
      let size = Math.max(rest, 4096);
      if (rest >= 4) size = Math.max(size, 4 + buf.readUInt32BE(consumed));
      if (this.acc === null || this.acc.length < size) this.acc = Buffer.allocUnsafe(size);
      buf.copy(this.acc, 0, consumed);
    }
    this.accLen = rest;
  }
}

const server = net.createServer({ noDelay: true }, (socket) => {
  conns++;
  new Conn(socket);
});
server.listen(PORT, HOST, () => {
  const { address, port } = server.address();
  process.stdout.write(`LISTENING ${address} ${port} value_size=${VALUE_SIZE}\n`);
});

function report() {
  const perCode = [];
  counts.forEach((n, code) => {
    if (n > 0) perCode.push(`code${code}=${n}`);
  });
  process.stderr.write(`frames=${frames} conns=${conns} reads=${reads} ${perCode.join(' ')}\n`);
}
for (const sig of ['SIGTERM', 'SIGINT']) {
  process.on(sig, () => {
    report();
    process.exit(0);
  });
}
