// riak-pb with the library's default options, reading listings and streamed
// 2i a frame at a time (`for await (const keys of stream.batches())`) rather
// than key by key (the `riak-pb` adapter). Streams only differ: its gets and
// puts are riak-pb's.
//   node scripts/bench.mjs --streams --client scripts/bench-lib/adapters/riak-pb-batches.mjs
import { createAdapter } from '../../bench-adapter.mjs';

export default createAdapter({ name: 'riak-pb-batches', batches: true });
