import { createHash } from 'node:crypto';

/** riak_kv_types.hrl `HYPER_DEFAULT_PRECISION` (bucket prop `hll_precision`). */
export const DEFAULT_HLL_PRECISION = 14;

/**
 * Below these estimates hyper switches to linear counting
 * (the HLL++ paper's thresholds, which basho/hyper `hyper_const` uses).
 */
const LINEAR_COUNTING_THRESHOLD: Readonly<Record<number, number>> = {
  4: 10,
  5: 20,
  6: 40,
  7: 80,
  8: 220,
  9: 400,
  10: 900,
  11: 1800,
  12: 3100,
  13: 6500,
  14: 11500,
  15: 20000,
  16: 50000,
};

/** An HLL's whole state: its precision and its 2^precision registers (each the highest rank seen). */
export interface HllState {
  readonly precision: number;
  readonly registers: Uint8Array;
}

/**
 * HyperLogLog set (riak_kv_hll over basho/hyper). Hashing follows hyper:
 * SHA-1 of the member, the first `p` bits pick the register and the run of
 * zeros in the next `p` bits (+1) is the rank. The estimate uses linear
 * counting while registers are empty enough and the raw HLL estimate above
 * 5·m, both exactly as hyper does, so small sets count exactly (a collision
 * of two members in one register is the only error). In between hyper
 * subtracts an empirical bias table; we use Ertl's improved raw estimator
 * ("New cardinality estimation algorithms for HyperLogLog sketches", 2017)
 * instead, which is unbiased too, so those counts differ from Riak's by
 * about the sketch's own error (~1% at p=14). Immutable.
 */
export class Hll {
  readonly precision: number;
  readonly #registers: Uint8Array;

  private constructor(precision: number, registers: Uint8Array) {
    this.precision = precision;
    this.#registers = registers;
  }

  /** A new set; a precision outside 4..16 throws RangeError, as riak_kv_hll:new/1 errors. */
  static empty(precision = DEFAULT_HLL_PRECISION): Hll {
    if (!Number.isInteger(precision) || precision < 4 || precision > 16) {
      throw new RangeError('Precision for HLL datatype must be between 4 and 16, inclusive');
    }
    return new Hll(precision, new Uint8Array(1 << precision));
  }

  /** The whole state, to store it (store/crdt-state-codec.ts): the registers are a copy. */
  exportState(): HllState {
    return { precision: this.precision, registers: this.#registers.slice() };
  }

  /** The sketch `state` holds; its registers must number 2^precision, each a rank the precision allows. */
  static importState(state: HllState): Hll {
    const { precision, registers } = state;
    const empty = Hll.empty(precision);
    if (registers.length !== 1 << precision) throw new RangeError(`an HLL of precision ${precision} has ${1 << precision} registers, not ${registers.length}`);
    if (registers.some((rank) => rank > precision + 1)) throw new RangeError(`an HLL register of precision ${precision} holds at most ${precision + 1}`);
    return new Hll(empty.precision, Uint8Array.from(registers));
  }

  add(members: readonly Uint8Array[]): Hll {
    const registers = this.#registers.slice();
    const p = this.precision;
    for (const member of members) {
      const word = createHash('sha1').update(member).digest().readUInt32BE(0);
      const index = word >>> (32 - p);
      const window = (word >>> (32 - 2 * p)) & ((1 << p) - 1);
      const rank = (window === 0 ? p : p - bitLength(window)) + 1;
      if (rank > registers[index]) registers[index] = rank;
    }
    return new Hll(p, registers);
  }

  /** Register-wise maximum. Both sides must share a precision (one bucket type has one). */
  merge(other: Hll): Hll {
    if (other.precision !== this.precision) throw new RangeError('cannot merge HLLs of different precision');
    const registers = this.#registers.slice();
    other.#registers.forEach((rank, i) => {
      if (rank > registers[i]) registers[i] = rank;
    });
    return new Hll(this.precision, registers);
  }

  /** Estimated cardinality, rounded (riak_kv_hll:value/1). */
  value(): number {
    const m = this.#registers.length;
    const histogram = new Array<number>(this.precision + 2).fill(0);
    let sum = 0;
    for (const rank of this.#registers) {
      sum += 2 ** -rank;
      histogram[rank] += 1;
    }
    const zeros = histogram[0];
    if (zeros > 0) {
      const linear = m * Math.log(m / zeros);
      if (linear <= LINEAR_COUNTING_THRESHOLD[this.precision]) return Math.round(linear);
    }
    const raw = (alpha(m) * m * m) / sum;
    return Math.round(raw > 5 * m ? raw : improvedEstimate(histogram, m, this.precision));
  }
}

/**
 * Ertl's improved raw estimator (2017, algorithm 6) over the rank
 * histogram; ranks run 0..q+1 where q is the width of the rank window.
 */
function improvedEstimate(histogram: readonly number[], m: number, q: number): number {
  let z = m * tau(1 - histogram[q + 1] / m);
  for (let k = q; k >= 1; k -= 1) z = 0.5 * (z + histogram[k]);
  z += m * sigma(histogram[0] / m);
  return (m * m) / (2 * Math.LN2) / z;
}

function sigma(x: number): number {
  if (x === 1) return Number.POSITIVE_INFINITY;
  let power = x;
  let weight = 1;
  let total = x;
  for (;;) {
    power *= power;
    const before = total;
    total += power * weight;
    weight += weight;
    if (total === before) return total;
  }
}

function tau(x: number): number {
  if (x === 0 || x === 1) return 0;
  let root = x;
  let weight = 1;
  let total = 1 - x;
  for (;;) {
    root = Math.sqrt(root);
    const before = total;
    weight *= 0.5;
    total -= (1 - root) ** 2 * weight;
    if (total === before) return total / 3;
  }
}

function alpha(m: number): number {
  if (m === 16) return 0.673;
  if (m === 32) return 0.697;
  if (m === 64) return 0.709;
  return 0.7213 / (1 + 1.079 / m);
}

function bitLength(n: number): number {
  return 32 - Math.clz32(n);
}
