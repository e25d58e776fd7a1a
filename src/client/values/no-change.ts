/**
 * Returned by an `update()` or `updateDatatype()` function to write nothing:
 * the call resolves with what it read and `written: false`.
 */
export const NO_CHANGE: unique symbol = Symbol('riak-pb.noChange');
export type NoChange = typeof NO_CHANGE;
