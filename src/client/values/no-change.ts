/**
 * Returned by an `update()` or `updateDatatype()` function to write nothing:
 * the call resolves with what it read and `written: false`.
 * @category Values and conflicts
 */
export const NO_CHANGE: unique symbol = Symbol('riak-pb.noChange');
/** @category Values and conflicts */
export type NoChange = typeof NO_CHANGE;
