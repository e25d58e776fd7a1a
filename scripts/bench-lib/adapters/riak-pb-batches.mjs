// riak-pb with the library's default options, reading listings and streamed
// 2i a frame at a time (`for await (const keys of stream.batches())`) rather
// than key by key (the `riak-pb` adapter). Streams only differ: its gets and
// puts are riak-pb's. scripts/bench.mjs knows it by name: `--streams` runs it
// next to raw and riak-pb, and its listKeys and 2i goals judge it.
//   node scripts/bench.mjs --streams
//   node scripts/bench.mjs --streams --clients raw,riak-pb-batches
import { createAdapter } from '../../bench-adapter.mjs';

export default createAdapter({ name: 'riak-pb-batches', batches: true });
