import { RiakInvalidArgumentError } from '../../errors.js';
import { memberList } from '../../datatypes/common.js';
import { describe } from '../../common/describe.js';
import { int64Input } from '../../common/int64.js';
import type { Bytes } from '../kv-types.js';

/*
 * The update builders `updateDatatype()` hands its function, one per
 * datatype (maps use `MapUpdate`). Methods chain and accumulate; what they
 * hold becomes one DtOp, sent with the context of the fetch.
 */

/**
 * Changes to a counter: increments and decrements add up.
 * @category Values and conflicts
 */
export class CounterUpdate {
  #by: number | bigint = 0;

  /** Adds `by` (default 1; negative decrements). */
  increment(by: number | bigint = 1): this {
    int64Input(by, 'CounterUpdate.increment(): `by`');
    this.#by = typeof this.#by === 'bigint' || typeof by === 'bigint' ? BigInt(this.#by) + BigInt(by) : this.#by + by;
    return this;
  }

  /** Subtracts `by` (default 1). */
  decrement(by: number | bigint = 1): this {
    if (typeof by !== 'number' && typeof by !== 'bigint')
      throw new RiakInvalidArgumentError(`CounterUpdate.decrement(): \`by\` must be an integer, got ${describe(by)}`);
    return this.increment(typeof by === 'bigint' ? -by : -by);
  }

  /** The total change so far. */
  get amount(): number | bigint {
    return this.#by;
  }
}

/**
 * Changes to a set: members to add and to remove (removes of members the set does not hold are dropped).
 * @category Values and conflicts
 */
export class SetUpdate {
  readonly #adds: Uint8Array[] = [];
  readonly #removes: Uint8Array[] = [];

  /** Adds members. */
  add(...members: Bytes[]): this {
    this.#adds.push(...memberList('SetUpdate.add()', 'members', members));
    return this;
  }

  /** Removes members (with the fetch's context, sent for you). */
  remove(...members: Bytes[]): this {
    this.#removes.push(...memberList('SetUpdate.remove()', 'members', members));
    return this;
  }

  /** The members queued for adding, and for removing. */
  get queued(): { adds: readonly Uint8Array[]; removes: readonly Uint8Array[] } {
    return { adds: this.#adds, removes: this.#removes };
  }
}

/** Elements to add to a grow-only set or a HyperLogLog (neither can remove). */
class AddOnlyUpdate {
  readonly #adds: Uint8Array[] = [];
  readonly #name: string;

  constructor(name: string) {
    this.#name = name;
  }

  /** Adds members (elements). */
  add(...members: Bytes[]): this {
    this.#adds.push(...memberList(`${this.#name}.add()`, 'members', members));
    return this;
  }

  /** The members queued for adding. */
  get queued(): readonly Uint8Array[] {
    return this.#adds;
  }
}

/**
 * Members to add to a grow-only set.
 * @category Values and conflicts
 */
export class GSetUpdate extends AddOnlyUpdate {
  constructor() {
    super('GSetUpdate');
  }
}

/**
 * Elements to add to a HyperLogLog.
 * @category Values and conflicts
 */
export class HllUpdate extends AddOnlyUpdate {
  constructor() {
    super('HllUpdate');
  }
}
