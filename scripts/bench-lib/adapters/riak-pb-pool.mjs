// riak-pb with the library's default pool options (1 connection at start,
// up to 8, 16 requests pipelined on each before another is used or opened).
import { createAdapter } from '../../bench-adapter.mjs';

export default createAdapter({ name: 'riak-pb-pool', poolDefaults: true });
