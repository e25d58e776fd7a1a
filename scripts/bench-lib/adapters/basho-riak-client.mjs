// basho-riak-client 2.x, the official Basho client. One command in flight
// per connection, no pipelining. A command fails when every connection is
// busy at maxConnections, so `concurrency` connections are opened up front.
import { createRequire } from 'node:module';
import { CONTENT_TYPE } from '../common.mjs';

const require = createRequire(import.meta.url);
const Riak = require('basho-riak-client');
const { RiakObject } = Riak.Commands.KV;

let client = null;

const call = (fn) => new Promise((resolve, reject) => fn((err, res) => (err ? reject(err instanceof Error ? err : new Error(String(err))) : resolve(res))));

export default {
  name: 'basho-riak-client',
  version: require('basho-riak-client/package.json').version,
  description: '',
  async connect({ host, port, concurrency }) {
    const nodes = Riak.Node.buildNodes([`${host}:${port}`], {
      minConnections: concurrency,
      maxConnections: Math.max(concurrency, 128),
      requestTimeout: 30000,
    });
    await new Promise((resolve, reject) => {
      client = new Riak.Client(new Riak.Cluster({ nodes }), (err) => (err ? reject(err) : resolve()));
    });
    this.description = `Riak.Client, minConnections ${concurrency}, 1 request per connection`;
  },
  async get(bucket, key) {
    const r = await call((cb) => client.fetchValue({ bucket, key, convertToJs: false }, cb));
    return r.isNotFound ? null : r.values[0].value;
  },
  async put(bucket, key, value) {
    const object = new RiakObject();
    object.setContentType(CONTENT_TYPE);
    object.setValue(value);
    await call((cb) => client.storeValue({ bucket, key, value: object }, cb));
  },
  async close() {
    if (client) await call((cb) => client.stop(cb));
    client = null;
  },
};
