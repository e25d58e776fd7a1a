// riak-pb as a benchmark adapter, for scripts/bench.mjs and for the shared
// harness (../shared/bench, interface in its README):
//
//   npm run build
//   node ../shared/bench/run.mjs --client /work/main/scripts/bench-adapter.mjs
//
// Uses the compiled library (dist/), so build first. Importing this module
// connects nowhere. The default export is riak-pb the way it is meant to be
// used at high concurrency: ONE connection per node with every outstanding
// request pipelined on it (the shape of the `raw` reference client).
// RIAK_PB_CONNECTIONS / RIAK_PB_IN_FLIGHT override the connection count and
// the per-connection pipeline depth; `createAdapter` builds other variants.

import { readFileSync } from 'node:fs';
import { RiakClient } from '../dist/index.js';

const CONTENT_TYPE = 'application/octet-stream';
const version = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')).version;

/** A get's value, or null when not found (the harness's contract). */
const valueOf = (result) => (result.found ? result.value : null);

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
 * @param {number} [o.connections]   connections per node (min = max); undefined = the library's pool defaults
 * @param {number} [o.inFlight]      pipeline depth per connection; default ceil(concurrency / connections)
 * @param {boolean} [o.poolDefaults] use the library's default pool options (ignores connections / inFlight)
 * @param {boolean} [o.captureStackTraces] the client option of that name (a stack captured per call)
 */
export function createAdapter(o = {}) {
  let client = null;
  return {
    name: o.name ?? 'riak-pb',
    version,
    description: '',
    async connect({ host, port, concurrency }) {
      const options = { nodes: [`${host}:${port}`] };
      if (o.poolDefaults) {
        this.description = 'riak-pb, default pool options (1..8 connections, 16 in flight each)';
      } else {
        const connections = o.connections ?? 1;
        const inFlight = o.inFlight ?? Math.max(1, Math.ceil(concurrency / connections));
        Object.assign(options, { minConnections: connections, maxConnections: connections, maxInFlightPerConnection: inFlight });
        this.description = `riak-pb RiakClient, ${connections} connection(s), up to ${inFlight} pipelined each`;
      }
      if (o.captureStackTraces) {
        options.captureStackTraces = true;
        this.description += ', captureStackTraces';
      }
      client = new RiakClient(options);
      // minConnections open in the background; wait until they answer
      await Promise.all(Array.from({ length: Math.max(1, options.minConnections ?? 1) }, () => client.ping()));
    },
    get(bucket, key) {
      return client.get({ bucket, key }).then(valueOf);
    },
    put(bucket, key, value) {
      return client.put({ bucket, key, value, contentType: CONTENT_TYPE });
    },
    async close() {
      await client?.close();
      client = null;
    },
  };
}

export default createAdapter({
  connections: envInt('RIAK_PB_CONNECTIONS'),
  inFlight: envInt('RIAK_PB_IN_FLIGHT'),
});
