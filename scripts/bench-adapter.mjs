// riak-pb as a benchmark adapter, for scripts/bench.mjs and for the shared
// harness (../shared/bench, interface in its README):
//
//   npm run build
//   node ../shared/bench/run.mjs --client /work/main/scripts/bench-adapter.mjs
//   node ../shared/bench/run.mjs --client scripts/bench-lib/adapters/riak-pb-1conn-pipelined.mjs
//
// Uses the compiled library (dist/, or the index.js named by RIAK_PB_DIST),
// so build first. Importing this module connects nowhere. The default export is riak-pb with the library's DEFAULT
// options (`new RiakClient({ nodes })`: the adaptive pool), named `riak-pb`.
// RIAK_PB_CONNECTIONS / RIAK_PB_IN_FLIGHT pin the connection count and the
// per-connection pipeline depth instead (the name then says so); RIAK_PB_NAME
// names the adapter (bench.mjs --compare runs another build as riak-pb@...);
// `createAdapter` builds the other variants (scripts/bench-lib/adapters/).

import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';

const { RiakClient } = await import(process.env.RIAK_PB_DIST ? pathToFileURL(process.env.RIAK_PB_DIST).href : '../dist/index.js');

const CONTENT_TYPE = 'application/octet-stream';
const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** A get's value, or null when not found (the harness's contract). */
const foundValue = (result) => (result.found ? result.value : null);

const envInt = (name) => {
  const v = process.env[name];
  if (v === undefined || v === '') return undefined;
  const n = Number(v);
  if (!Number.isInteger(n) || n < 1) throw new Error(`${name} must be a positive integer, got ${JSON.stringify(v)}`);
  return n;
};

/**
 * @param {object} [o]
 * @param {string} [o.name]          adapter name (unique in a run)
 * @param {number} [o.connections]   pin the connections per node (min = max); undefined = the library's defaults
 * @param {number} [o.inFlight]      with `connections`: pipeline depth per connection; default ceil(concurrency / connections)
 * @param {object} [o.options]       more RiakClient options, as given
 * @param {boolean} [o.captureStackTraces] the client option of that name (a stack captured per call)
 * @param {boolean} [o.batches]     read listings and 2i streams a frame at a time (`.batches()`) instead of key by key
 */
export function createAdapter(o = {}) {
  let client = null;
  return {
    name: o.name ?? 'riak-pb',
    version,
    description: '',
    async connect({ host, port, concurrency }) {
      const options = { nodes: [`${host}:${port}`], ...o.options };
      if (o.connections === undefined) {
        this.description = `riak-pb RiakClient, default options${o.options ? ` + ${JSON.stringify(o.options)}` : ''}`;
      } else {
        const connections = o.connections;
        const inFlight = o.inFlight ?? Math.max(1, Math.ceil(concurrency / connections));
        Object.assign(options, { minConnections: connections, maxConnections: connections, maxInFlightPerConnection: inFlight });
        this.description = `riak-pb RiakClient, ${connections} connection(s), up to ${inFlight} pipelined each`;
      }
      if (o.captureStackTraces) {
        options.captureStackTraces = true;
        this.description += ', captureStackTraces';
      }
      if (o.batches) this.description += ', streams read with .batches()';
      client = new RiakClient(options);
      // minConnections open in the background; wait until they answer
      await Promise.all(Array.from({ length: Math.max(1, options.minConnections ?? 1) }, () => client.ping()));
    },
    get(bucket, key) {
      return client.get({ bucket, key }).then(foundValue);
    },
    put(bucket, key, value) {
      return client.put({ bucket, key, value, contentType: CONTENT_TYPE });
    },
    /** Lists a bucket's keys as an application does (for await), handing each to onKey; resolves with the count. */
    async listKeys(bucket, onKey) {
      if (o.batches) return eachOfBatches(client.listKeys({ bucket }).batches(), onKey);
      let n = 0;
      for await (const key of client.listKeys({ bucket })) {
        onKey(key);
        n++;
      }
      return n;
    },
    /** A streamed 2i exact-match query, the same way. */
    async streamIndex(bucket, index, key, onKey) {
      if (o.batches) return eachOfBatches(client.streamIndex({ bucket, index, key }).batches(), onKey, (match) => match.key);
      let n = 0;
      for await (const match of client.streamIndex({ bucket, index, key })) {
        onKey(match.key);
        n++;
      }
      return n;
    },
    async close() {
      await client?.close();
      client = null;
    },
  };
}

/** A stream read a frame at a time (`for await (const batch of stream.batches())`), each item's key to onKey; resolves with the count. */
async function eachOfBatches(batches, onKey, keyOf) {
  let n = 0;
  for await (const batch of batches) {
    if (keyOf === undefined) for (const key of batch) onKey(key);
    else for (const item of batch) onKey(keyOf(item));
    n += batch.length;
  }
  return n;
}

const pinnedConnections = envInt('RIAK_PB_CONNECTIONS');
const pinnedInFlight = envInt('RIAK_PB_IN_FLIGHT');

const givenName = process.env.RIAK_PB_NAME || undefined;

export default pinnedConnections === undefined
  ? createAdapter({ name: givenName })
  : createAdapter({
      name: givenName ?? `riak-pb-${pinnedConnections}conn${pinnedInFlight === undefined ? '' : `-${pinnedInFlight}deep`}`,
      connections: pinnedConnections,
      inFlight: pinnedInFlight,
    });
