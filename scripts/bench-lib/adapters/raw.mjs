// The raw baseline (bench-lib/raw-client.mjs): one socket, unlimited
// pipelining, frame headers only. The practical limit of a Node.js client.
// Streams (listKeys, streamIndex) use a second socket and the raw frame
// walker of bench-lib/raw-stream.mjs.
import { RawClient } from '../raw-client.mjs';
import { RawStreamReader } from '../raw-stream.mjs';
import { CONTENT_TYPE } from '../common.mjs';

let client = null;
let streams = null;
let address = null;

async function streamReader() {
  if (streams === null) {
    streams = new RawStreamReader();
    await streams.connect(address.host, address.port);
  }
  return streams;
}

export default {
  name: 'raw',
  version: 'n/a',
  description: 'hand-written net.Socket client: 1 connection, unlimited pipelining, frame headers only (reference)',
  async connect({ host, port }) {
    address = { host, port };
    client = new RawClient();
    await client.connect(host, port);
  },
  get(bucket, key) {
    return client.get(bucket, key);
  },
  put(bucket, key, value) {
    return client.put(bucket, key, value, CONTENT_TYPE);
  },
  async listKeys(bucket, onKey) {
    return (await streamReader()).listKeys(bucket, onKey);
  },
  async streamIndex(bucket, index, key, onKey) {
    return (await streamReader()).streamIndex(bucket, index, key, onKey);
  },
  async close() {
    await Promise.all([client?.close(), streams?.close()]);
    client = null;
    streams = null;
  },
};
