/**
 * The per-call options as the client takes them: the connection's (it
 * enforces the signal and the deadlines), plus the pool's own (`node`: which
 * node serves the call). The client reaches them here: the client depends on
 * the pool, never on the connection.
 */
export type { PoolCallOptions as CallOptions } from './pool.js';
