// The raw-pool reference: the raw client (raw-client.mjs) used the way the
// pooled libraries work: N sockets, ONE request in flight on each, excess
// requests wait in a client-side FIFO. Against a server that serves each
// connection serially (Riak), this is what "use the node's cores" costs
// at the least in a Node.js client.

import { RawClient } from './raw-client.mjs';

export class RawPool {
  #clients = [];
  /** Indexes of sockets with nothing in flight. */
  #idle = [];
  /** Requests waiting for a socket: [run, resolve, reject] triples. */
  #waiting = [];
  #waitHead = 0;

  constructor(size) {
    this.size = size;
  }

  async connect(host, port) {
    for (let i = 0; i < this.size; i++) {
      const c = new RawClient();
      await c.connect(host, port);
      this.#clients.push(c);
      this.#idle.push(i);
    }
  }

  get(bucket, key) {
    return this.#send((c) => c.get(bucket, key));
  }

  put(bucket, key, value, contentType) {
    return this.#send((c) => c.put(bucket, key, value, contentType));
  }

  #send(run) {
    if (this.#idle.length > 0) return this.#on(this.#idle.pop(), run);
    return new Promise((resolve, reject) => this.#waiting.push(run, resolve, reject));
  }

  #on(index, run) {
    return run(this.#clients[index]).then(
      (value) => {
        this.#release(index);
        return value;
      },
      (error) => {
        this.#release(index);
        throw error;
      },
    );
  }

  #release(index) {
    if (this.#waitHead < this.#waiting.length) {
      const w = this.#waiting;
      const h = this.#waitHead;
      const [run, resolve, reject] = [w[h], w[h + 1], w[h + 2]];
      w[h] = w[h + 1] = w[h + 2] = undefined;
      this.#waitHead += 3;
      if (this.#waitHead === w.length) {
        w.length = 0;
        this.#waitHead = 0;
      }
      this.#on(index, run).then(resolve, reject);
    } else {
      this.#idle.push(index);
    }
  }

  async close() {
    await Promise.all(this.#clients.map((c) => c.close()));
    this.#clients = [];
  }
}
