// riak-pb with the library's defaults plus `captureStackTraces: true`: what
// the caller's stack captured at each call costs.
import { createAdapter } from '../../bench-adapter.mjs';

export default createAdapter({ name: 'riak-pb-stacks', captureStackTraces: true });
