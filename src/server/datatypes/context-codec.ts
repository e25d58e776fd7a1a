import { Buffer } from 'node:buffer';
import { EtfDecodeError, binaryToTerm, termToBinary } from '../../codec/erlang/etf.js';
import { ErlTuple, tuple } from '../../codec/erlang/term.js';
import { sortedEntries, type VClock } from './crdt/vclock.js';

/**
 * The opaque causal context Riak hands out for sets and maps is
 * `riak_dt_vclock:to_binary(Clock)`: `term_to_binary` of the clock sorted
 * by actor, a list of `{ActorBinary, Counter}`. We write the same bytes and
 * read back only that shape; anything else throws
 * {@link InvalidContextError}.
 */

/** A context that is not a term_to_binary'd version vector. */
export class InvalidContextError extends Error {
  constructor(detail: string, options?: { cause?: unknown }) {
    super(`invalid causal context: ${detail}`, options);
    this.name = 'InvalidContextError';
  }
}

export function encodeContext(clock: VClock): Buffer {
  return termToBinary(sortedEntries(clock).map(([actor, counter]) => tuple(Buffer.from(actor, 'latin1'), counter)));
}

export function decodeContext(bytes: Uint8Array): VClock {
  let term: ReturnType<typeof binaryToTerm>;
  try {
    term = binaryToTerm(bytes);
  } catch (error) {
    if (error instanceof EtfDecodeError) throw new InvalidContextError('not an external term', { cause: error });
    throw error;
  }
  if (!Array.isArray(term)) throw new InvalidContextError('not a list');
  const clock = new Map<string, number>();
  for (const entry of term) {
    if (!(entry instanceof ErlTuple) || entry.items.length !== 2) throw new InvalidContextError('expected {Actor, Counter}');
    const [actor, counter] = entry.items;
    if (!Buffer.isBuffer(actor)) throw new InvalidContextError('actor is not a binary');
    if (typeof counter !== 'number' || !Number.isInteger(counter) || counter < 0) throw new InvalidContextError('counter is not a count');
    clock.set(actor.toString('latin1'), counter);
  }
  return clock;
}
