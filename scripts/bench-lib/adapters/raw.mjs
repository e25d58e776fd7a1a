// The raw baseline (bench-lib/raw-client.mjs): one socket, unlimited
// pipelining, frame headers only. The practical limit of a Node.js client.
import { RawClient } from '../raw-client.mjs';
import { CONTENT_TYPE } from '../common.mjs';

let client = null;

export default {
  name: 'raw',
  version: 'n/a',
  description: 'hand-written net.Socket client: 1 connection, unlimited pipelining, frame headers only (reference)',
  async connect({ host, port }) {
    client = new RawClient();
    await client.connect(host, port);
  },
  get(bucket, key) {
    return client.get(bucket, key);
  },
  put(bucket, key, value) {
    return client.put(bucket, key, value, CONTENT_TYPE);
  },
  async close() {
    await client?.close();
    client = null;
  },
};
