// raw-pool: the raw client with `concurrency` sockets and ONE request in
// flight on each (bench-lib/raw-pool.mjs): the model the other libraries
// use, without their code. Against a server that serves each connection
// serially (Riak, --riak-like), the reference for using the node's cores.
import { RawPool } from '../raw-pool.mjs';
import { CONTENT_TYPE } from '../common.mjs';

let pool = null;

export default {
  name: 'raw-pool',
  version: 'n/a',
  description: '',
  async connect({ host, port, concurrency }) {
    pool = new RawPool(concurrency);
    await pool.connect(host, port);
    this.description = `hand-written net.Socket client: ${concurrency} connections, 1 request in flight on each (reference)`;
  },
  get(bucket, key) {
    return pool.get(bucket, key);
  },
  put(bucket, key, value) {
    return pool.put(bucket, key, value, CONTENT_TYPE);
  },
  async close() {
    await pool?.close();
    pool = null;
  },
};
