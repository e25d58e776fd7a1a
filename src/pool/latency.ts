/** Samples recorded by every reservoir of the process: the unary replies of every node of every pool. */
let recordedInProcess = 0;

/** How many latencies every reservoir of this process has recorded (the adaptive pool shares the event loop's busy time out over them). */
export function latenciesRecorded(): number {
  return recordedInProcess;
}

/** Keeps the last `size` latency samples (ms) to report percentiles without unbounded memory. */
export class LatencyReservoir {
  readonly #samples: Float64Array;
  #count = 0;
  #total = 0;

  constructor(size = 1024) {
    this.#samples = new Float64Array(size);
  }

  record(ms: number): void {
    this.#samples[this.#count % this.#samples.length] = ms;
    this.#count++;
    this.#total += ms;
    recordedInProcess++;
  }

  /** Requests measured since start. */
  get count(): number {
    return this.#count;
  }

  /** The sum of every latency measured since start, in ms (no sort: the adaptive pool reads it at each window). */
  get total(): number {
    return this.#total;
  }

  summary(): { mean: number; p50: number; p99: number } {
    const n = Math.min(this.#count, this.#samples.length);
    if (n === 0) return { mean: 0, p50: 0, p99: 0 };
    const sorted = this.#samples.slice(0, n).sort();
    const at = (q: number) => sorted[Math.min(n - 1, Math.floor(q * n))];
    return { mean: this.#total / this.#count, p50: at(0.5), p99: at(0.99) };
  }
}
