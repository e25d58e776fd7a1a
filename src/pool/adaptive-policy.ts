/**
 * The adaptive pool's policy: how many connections a node's requests are
 * spread over, decided from what the traffic shows. A pure function of
 * observations (no clock, no I/O): the same windows give the same decisions.
 *
 * Riak serves each PB connection with one process that handles its requests
 * one after another. When the server is the bottleneck, replies queue behind
 * each other on a connection and another connection lets a second core work:
 * latency drops. When the round trip dominates (or the client's own CPU),
 * another connection buys nothing and pipelining deeper on the ones open is
 * cheaper. So the policy climbs: while requests queue on the connections it
 * tries twice as many, and keeps them only if the mean latency of the next
 * window drops clearly; from time to time it tries half as many, and keeps
 * that if latency does not rise. Without queueing the count changes nothing;
 * after a long quiet spell half the connections are given back. Mean
 * latency is the measure because it
 * answers both ways a pool is loaded: with a fixed number of callers
 * (closed loop) more throughput means less latency (Little's law), and with
 * a fixed request rate (open loop) less queueing means less latency.
 */

/** One observation window of a node's unary traffic. */
export interface SizingWindow {
  /** Replies received in the window. */
  readonly replies: number;
  /** Their mean latency in ms, from the call to the reply (queueing on the connection included). */
  readonly latencyMs: number;
  /** Mean requests outstanding per connection in use, as seen by the requests placed in the window. */
  readonly depth: number;
  /** Connections in use (open, taking new requests) at the end of the window. */
  readonly connections: number;
}

/** The bounds of the connection count: `minConnections`, and `maxConnections` (or fewer when no more may open). */
export interface SizingLimits {
  readonly min: number;
  readonly max: number;
}

/** `steady`: measuring; `growing` / `shrinking`: a trial of another connection count is under way. */
export type SizingPhase = 'steady' | 'growing' | 'shrinking';

export interface SizingState {
  /** Connections to spread requests over; the others take none and close once idle. */
  readonly target: number;
  readonly phase: SizingPhase;
  /** During a trial: the count, mean latency and demand of the window it is compared with. */
  readonly before: { readonly target: number; readonly latencyMs: number; readonly demand: number } | undefined;
  /** Windows still to ignore: the one after a change carries requests queued before it. */
  readonly skip: number;
  /** Windows before the next trial. */
  readonly wait: number;
  /** What `wait` becomes after a trial that failed: doubles, from MIN_WAIT to MAX_WAIT. */
  readonly backoff: number;
  /** Requests outstanding on the node (depth x connections) when it last settled: when that moves by DEMAND_CHANGE, the next trial comes at once. */
  readonly settledDemand: number;
  /** The direction to try first while demand holds: the way a kept trial went, the other way after a failed one. */
  readonly nextTrial: 'grow' | 'shrink';
  /** Windows in a row without queueing (depth below QUEUEING_DEPTH). */
  readonly quiet: number;
  /** Mean latency of the last window at this target while steady: a trial starts only from a stable one. */
  readonly lastLatencyMs: number | undefined;
}

/** Requests outstanding per connection from which replies queue behind each other. */
export const QUEUEING_DEPTH = 2;
/** A doubling must cut mean latency by this much to be kept (a server-bound pool halves it). */
export const GROW_GAIN = 0.2;
/** A halving is kept if mean latency rises by at most this much. */
export const SHRINK_LOSS = 0.1;
/** Windows between trials after a kept change, and the most after failures. */
export const MIN_WAIT = 8;
export const MAX_WAIT = 64;
/**
 * Windows without queueing after which half the connections are given back
 * (no trial: without queueing the count does not change latency). Long
 * enough that a lull between bursts keeps what the bursts need.
 */
export const QUIET_WINDOWS = 64;
/**
 * A trial starts only when the window's mean latency is within this share of
 * the one before at the same count: while latency drifts (the JIT warming
 * up, a load changing) a comparison across windows would credit the count
 * with the drift.
 */
export const STABLE = 0.15;
/** A change of the requests outstanding by this factor since the pool settled is a new situation: try at once. */
export const DEMAND_CHANGE = 2;

/** Where a node starts: `min` connections (at least one), a trial allowed at the first window. */
export function initialSizing(limits: SizingLimits): SizingState {
  return {
    target: Math.max(1, limits.min),
    phase: 'steady',
    before: undefined,
    skip: 0,
    wait: 0,
    backoff: MIN_WAIT,
    settledDemand: 0,
    nextTrial: 'grow',
    quiet: 0,
    lastLatencyMs: undefined,
  };
}

/** The state after one more window. `target` always stays within [max(1, min), max]. */
export function nextSizing(state: SizingState, window: SizingWindow, limits: SizingLimits): SizingState {
  const low = Math.max(1, limits.min);
  const high = Math.max(low, limits.max);
  const target = Math.min(high, Math.max(low, state.target));
  if (target !== state.target) return settle({ ...state, target }, demandOf(window), state.backoff);
  // A window without replies says nothing about latency.
  if (window.replies === 0) return state;
  if (state.skip > 0) return { ...state, skip: state.skip - 1 };
  const before = state.before;
  if (state.phase === 'growing' && before !== undefined) {
    // Kept only if the new connections are all open and latency dropped clearly.
    // Kept ones are measured again from the next window: while latency keeps falling, the next doubling is tried.
    if (window.connections >= target && window.latencyMs <= before.latencyMs * (1 - GROW_GAIN)) {
      return { ...settle(state, demandOf(window), MIN_WAIT), wait: 0, lastLatencyMs: window.latencyMs, nextTrial: 'grow' };
    }
    return settle({ ...state, target: Math.min(high, before.target), skip: 1, nextTrial: 'shrink' }, before.demand, Math.min(MAX_WAIT, state.backoff * 2));
  }
  if (state.phase === 'shrinking' && before !== undefined) {
    if (window.latencyMs <= before.latencyMs * (1 + SHRINK_LOSS)) {
      return { ...settle(state, demandOf(window), MIN_WAIT), lastLatencyMs: window.latencyMs, nextTrial: 'shrink' };
    }
    // Back to the count before, as far as the limits allow now.
    return settle({ ...state, target: Math.min(high, before.target), skip: 1, nextTrial: 'grow' }, before.demand, Math.min(MAX_WAIT, state.backoff * 2));
  }
  if (window.depth < QUEUEING_DEPTH) {
    // Nothing waits behind anything: the count changes nothing now. After a long quiet spell, give half back.
    const quiet = state.quiet + 1;
    if (quiet < QUIET_WINDOWS || target <= low) return { ...state, quiet, wait: Math.max(0, state.wait - 1), lastLatencyMs: undefined };
    return settle({ ...state, target: Math.max(low, Math.ceil(target / 2)), quiet: 0 }, demandOf(window), state.backoff);
  }
  // +1: an idle node (demand 0) has not moved when it stays idle.
  const demand = demandOf(window) + 1;
  const settled = state.settledDemand + 1;
  const rose = demand >= settled * DEMAND_CHANGE;
  const fell = demand * DEMAND_CHANGE <= settled;
  const wait = rose || fell ? 0 : state.wait - 1;
  const last = state.lastLatencyMs;
  const stable = last !== undefined && Math.abs(window.latencyMs - last) <= STABLE * Math.max(window.latencyMs, last);
  if (wait > 0 || !stable) return { ...state, wait: Math.max(0, wait), quiet: 0, lastLatencyMs: window.latencyMs };
  const rested = { ...state, wait: 0, quiet: 0 };
  // More demand: try more connections first; less: fewer; otherwise as the last trial says.
  const first = rose ? 'grow' : fell ? 'shrink' : state.nextTrial;
  const next = trial(rested, window, low, high, first) ?? trial(rested, window, low, high, first === 'grow' ? 'shrink' : 'grow');
  return next ?? { ...rested, wait: state.backoff, settledDemand: rose || fell ? demandOf(window) : state.settledDemand };
}

/** Starts a trial of twice (grow) or half (shrink) the connections, measured against this window; undefined when it cannot. */
function trial(state: SizingState, window: SizingWindow, low: number, high: number, direction: 'grow' | 'shrink'): SizingState | undefined {
  const { target } = state;
  if (direction === 'grow') {
    if (target >= high) return undefined;
    const before = { target, latencyMs: window.latencyMs, demand: demandOf(window) };
    return { ...state, target: Math.min(high, target * 2), phase: 'growing', before, skip: 1 };
  }
  if (target <= low) return undefined;
  const before = { target, latencyMs: window.latencyMs, demand: demandOf(window) };
  return { ...state, target: Math.max(low, Math.ceil(target / 2)), phase: 'shrinking', before, skip: 1 };
}

/** Back to measuring at `state.target`, the next trial `wait` windows away. */
function settle(state: SizingState, demand: number, wait: number): SizingState {
  return { ...state, phase: 'steady', before: undefined, wait, backoff: wait, settledDemand: demand, lastLatencyMs: undefined };
}

/** Requests outstanding on the node in a window. */
function demandOf(window: SizingWindow): number {
  return window.depth * window.connections;
}
