// riak-pb on ONE connection with every outstanding request pipelined on it
// (minConnections = maxConnections = 1, pipeline depth = concurrency): the
// shape of the `raw` reference. Right for a server that answers pipelined
// requests at once; against Riak, which serves a connection's requests one
// after another, it is capped at 1 / service time (see docs/performance.md).
import { createAdapter } from '../../bench-adapter.mjs';

export default createAdapter({ name: 'riak-pb-1conn-pipelined', connections: 1 });
