/**
 * The per-call options as the pool takes them. The connection defines them
 * (it enforces the signal and the deadlines; the pool adds retries), and the
 * client reaches them here: the client depends on the pool, never on the
 * connection.
 */
export type { CallOptions } from '../connection/operation.js';
