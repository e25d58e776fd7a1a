// no-riak: promise-based client with its own pool, one request in flight per
// connection (pool default min 5 / max 20; excess requests wait), so the pool
// is sized to `concurrency`.
import { createRequire } from 'node:module';
import { CONTENT_TYPE } from '../common.mjs';

const require = createRequire(import.meta.url);
const Riak = require('no-riak');
const EMPTY = Buffer.alloc(0);

let client = null;

export default {
  name: 'no-riak',
  version: require('no-riak/package.json').version,
  description: '',
  async connect({ host, port, concurrency }) {
    client = new Riak.Client({ connectionString: `${host}:${port}`, pool: { min: concurrency, max: concurrency } });
    // connections open lazily: open them all before measuring
    await Promise.all(Array.from({ length: concurrency }, () => client.ping()));
    this.description = `Riak.Client, pool min = max = ${concurrency}, 1 request per connection`;
  },
  async get(bucket, key) {
    const r = await client.get({ bucket, key });
    if (!r?.content || r.content.length === 0) return null;
    // no-riak decodes a present but empty value as null
    return r.content[0].value ?? EMPTY;
  },
  async put(bucket, key, value) {
    await client.put({ bucket, key, content: { value, content_type: CONTENT_TYPE } });
  },
  async close() {
    await client?.end();
    client = null;
  },
};
