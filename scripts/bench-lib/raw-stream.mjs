// The raw baseline for streamed replies: one socket, one request, and a
// reader that only walks the frames' protobuf fields. Every key of a list
// keys or streamed 2i reply is handed to `onKey` as a view of the received
// chunk (a frame split across reads is copied once, as raw-client.mjs does).
// A yardstick for riak-pb's listKeys / streamIndex, not a client.

import { openSocket } from './raw-client.mjs';

const LIST_KEYS_REQ = 17;
const LIST_KEYS_RESP = 18;
const INDEX_REQ = 25;
const INDEX_RESP = 26;

function varint(v) {
  const out = [];
  while (v >= 0x80) {
    out.push((v & 0x7f) | 0x80);
    v >>>= 7;
  }
  out.push(v);
  return out;
}
const bytesField = (n, b) => [...varint((n << 3) | 2), ...varint(b.length), ...b];

function requestFrame(code, fields) {
  const body = Buffer.from(fields.flat());
  const f = Buffer.allocUnsafe(5 + body.length);
  f.writeUInt32BE(body.length + 1, 0);
  f[4] = code;
  body.copy(f, 5);
  return f;
}

export class RawStreamReader {
  #socket = null;
  #onFrame = null;
  #pending = null;
  #frame = null;
  #filled = 0;
  #head = null;

  async connect(host, port) {
    const socket = await openSocket(host, port);
    socket.on('data', (chunk) => this.#onData(chunk));
    socket.on('error', (e) => this.#pending?.reject(e));
    socket.on('close', () => this.#pending?.reject(new Error('connection closed')));
    this.#socket = socket;
  }

  /** Lists the keys of `bucket`; resolves with how many keys were seen. */
  listKeys(bucket, onKey) {
    return this.#run(requestFrame(LIST_KEYS_REQ, [bytesField(1, Buffer.from(bucket))]), LIST_KEYS_RESP, 2, onKey);
  }

  /** A streamed 2i exact-match query; resolves with how many keys were seen. */
  streamIndex(bucket, index, key, onKey) {
    const fields = [bytesField(1, Buffer.from(bucket)), bytesField(2, Buffer.from(index)), [0x18, 0], bytesField(4, Buffer.from(key)), [0x50, 1]];
    return this.#run(requestFrame(INDEX_REQ, fields), INDEX_RESP, 4, onKey);
  }

  #run(request, code, doneField, onKey) {
    if (this.#pending !== null) return Promise.reject(new Error('one stream at a time'));
    return new Promise((resolve, reject) => {
      let count = 0;
      this.#pending = {
        resolve,
        reject: (e) => {
          this.#pending = null;
          reject(e);
        },
      };
      // payload buf[start, end): count each key (field 1), stop at `done`
      this.#onFrame = (frameCode, buf, start, end) => {
        if (frameCode !== code) return this.#pending.reject(new Error(`unexpected reply code ${frameCode}`));
        let pos = start;
        let done = false;
        while (pos < end) {
          const tag = buf[pos++];
          if (tag === 0x0a) {
            let len = buf[pos++];
            if (len >= 0x80) {
              len &= 0x7f;
              let shift = 7;
              let b;
              do {
                b = buf[pos++];
                len |= (b & 0x7f) << shift;
                shift += 7;
              } while (b >= 0x80);
            }
            onKey(buf.subarray(pos, pos + len));
            count++;
            pos += len;
          } else if (tag === doneField << 3) {
            done = buf[pos++] !== 0;
          } else {
            return this.#pending.reject(new Error(`unexpected field tag ${tag}`));
          }
        }
        if (done) {
          const p = this.#pending;
          this.#pending = null;
          p.resolve(count);
        }
      };
      this.#socket.write(request);
    });
  }

  #onData(chunk) {
    let off = 0;
    if (this.#head !== null) {
      chunk = Buffer.concat([this.#head, chunk]);
      this.#head = null;
    }
    if (this.#frame !== null) {
      const need = this.#frame.length - this.#filled;
      const take = Math.min(need, chunk.length);
      chunk.copy(this.#frame, this.#filled, 0, take);
      this.#filled += take;
      if (take < need) return;
      const f = this.#frame;
      this.#frame = null;
      this.#onFrame(f[4], f, 5, f.length);
      off = take;
    }
    const end = chunk.length;
    while (end - off >= 5) {
      const frameEnd = off + 4 + chunk.readUInt32BE(off);
      if (frameEnd > end) break;
      this.#onFrame(chunk[off + 4], chunk, off + 5, frameEnd);
      off = frameEnd;
    }
    if (off === end) return;
    if (end - off < 5) {
      this.#head = Buffer.from(chunk.subarray(off));
      return;
    }
    this.#frame = Buffer.allocUnsafe(4 + chunk.readUInt32BE(off));
    this.#filled = chunk.copy(this.#frame, 0, off);
  }

  close() {
    const socket = this.#socket;
    this.#socket = null;
    if (socket === null) return Promise.resolve();
    return new Promise((resolve) => {
      socket.once('close', resolve);
      socket.end();
      setTimeout(() => socket.destroy(), 500).unref();
    });
  }
}
