import type { Actor, VClock } from './crdt/vclock.js';
import { DatatypeValue } from './datatype-value.js';
import type { DtOperation } from './op-decode.js';

/**
 * Applies a decoded operation to the stored value as `actor`, the way
 * riak_kv_crdt:update/3 does on the coordinating vnode. `ctx` only reaches
 * sets and maps; the other types have no causal context. Throws
 * PreconditionError (nothing changes) when a remove without context misses.
 * `current` must already be of the operation's kind.
 */
export function applyOperation(current: DatatypeValue, op: DtOperation, actor: Actor, ctx: VClock | undefined): DatatypeValue {
  const state = current.state;
  if (op.type === 'counter' && state.kind === 'counter') {
    return DatatypeValue.of({ ...state, crdt: state.crdt.apply(op.increment, actor) });
  }
  if (op.type === 'set' && state.kind === 'set') {
    return DatatypeValue.of({ kind: 'set', crdt: state.crdt.apply(op.change, actor, ctx) });
  }
  if (op.type === 'map' && state.kind === 'map') {
    return DatatypeValue.of({ kind: 'map', crdt: state.crdt.apply(op.change, actor, ctx) });
  }
  if (op.type === 'hll' && state.kind === 'hll') {
    return DatatypeValue.of({ kind: 'hll', crdt: state.crdt.add(op.adds) });
  }
  if (op.type === 'gset' && state.kind === 'gset') {
    return DatatypeValue.of({ kind: 'gset', crdt: state.crdt.add(op.adds) });
  }
  throw new TypeError(`a ${op.type} operation cannot update a ${state.kind}`);
}
