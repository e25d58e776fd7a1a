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
 * tries twice as many, and keeps them only if their mean latency is clearly
 * below that of the count before, measured before AND after the trial (A/B/A:
 * a latency drifting meanwhile, as while the JIT warms up, is not credited to
 * the count); from time to time it tries half as many, kept the same way if
 * latency does not rise (a count kept because it beat half as many, only
 * after PROVEN_RETEST windows of load, or when demand falls). A count that
 * twice as many failed to beat GROW_TRIES times in a row, at the same
 * demand, is tried doubled again only after PROVEN_RETEST windows too, or
 * when demand moves: a growth trial against a busy server slows the
 * requests already queued on the old connections (the new ones take a
 * share of its cores), and at every MAX_WAIT those made the tail. Without
 * queueing the count changes nothing: after a long quiet spell half the
 * connections are given back. Mean latency is the measure because it
 * answers both ways a pool is loaded: with a fixed number of callers (closed
 * loop) more throughput means less latency (Little's law), and with a fixed
 * request rate (open loop) less queueing means less latency.
 *
 * Requests outstanding are not yet requests queued at the server, though.
 * No growth is tried while the client's own work explains the wait: the
 * replies come in batches (many per socket read) and each request ahead of
 * one adds less than CLIENT_BOUND times the client's own busy time per
 * reply (the event loop's, shared out over every reply the process got). Then the round trip or the client's CPU is the limit (a server
 * that answers a pipelined batch at once), and each connection more only
 * costs the client more writes and wake-ups per request. Batches alone do
 * not say it: Riak buffers replies (riak_api_pb_frame, up to 1 KiB) until
 * it has served every request it read, so small replies (puts, not-founds,
 * deletes) leave in one batch after a wait that is all the server's.
 */

/** One observation window of a node's unary traffic. */
export interface SizingWindow {
  /** Replies received in the window. */
  readonly replies: number;
  /** Their mean latency in ms, from the request's start (its connection's flush, or the call when it waited for a connection) to the reply, queueing on the connection included. */
  readonly latencyMs: number;
  /** Mean requests outstanding per connection in use, as seen by the requests placed in the window. */
  readonly depth: number;
  /** Connections in use (open, taking new requests) at the end of the window. */
  readonly connections: number;
  /** Mean replies per socket read that carried any. */
  readonly repliesPerRead: number;
  /** The event loop's busy time in the window per reply it received (from any node of any pool), in ms: the client's own work per request, the application's included. */
  readonly clientMsPerReply: number;
}

/** The bounds of the connection count: `minConnections`, and `maxConnections` (or fewer when no more may open). */
export interface SizingLimits {
  readonly min: number;
  readonly max: number;
}

/**
 * `steady`: measuring at `target`; `trying`: measuring the trial's count
 * (`target` = `trial.to`); `confirming`: back at `trial.from`, measuring it
 * again before keeping the trial's count.
 */
export type SizingPhase = 'steady' | 'trying' | 'confirming';

/** A trial of another connection count. */
export interface SizingTrial {
  readonly direction: 'grow' | 'shrink';
  readonly from: number;
  readonly to: number;
  /** Mean latency at `from` before the trial. */
  readonly fromLatencyMs: number;
  /** Mean latency at `to`, once measured. */
  readonly toLatencyMs: number | undefined;
  /** Requests outstanding on the node before the trial. */
  readonly demand: number;
}

export interface SizingState {
  /** Connections to spread requests over; the others take none and close once idle. */
  readonly target: number;
  readonly phase: SizingPhase;
  readonly trial: SizingTrial | undefined;
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
  /**
   * The count was kept because it beat half as many (A/B/A): while demand
   * holds, halving it is tried again only after PROVEN_RETEST windows (a kept
   * growth may have been luck), not after every failed trial: each such
   * trial runs windows at the latency just shown to be worse.
   */
  readonly proven: boolean;
  /** Windows with requests queueing since the count was proven or last tried at half. */
  readonly sinceRetest: number;
  /** Growth trials from this count that failed in a row while demand held: from GROW_TRIES on, growth waits PROVEN_RETEST windows. */
  readonly failedGrowths: number;
  /** Windows with requests queueing since the last growth trial. */
  readonly sinceGrowth: number;
  /** Windows in a row without queueing (depth below QUEUEING_DEPTH). */
  readonly quiet: number;
  /** Mean latency of the last window at this target while steady: a trial starts only from a stable one. */
  readonly lastLatencyMs: number | undefined;
}

/** Requests outstanding per connection from which replies queue behind each other. */
export const QUEUEING_DEPTH = 2;
/** A doubling is kept if it cuts mean latency by this much (a server-bound pool halves it). */
export const GROW_GAIN = 0.1;
/** A halving is kept if mean latency rises by at most this much. */
export const SHRINK_LOSS = 0.05;
/** Windows between trials after a kept change, and the most after failures. */
export const MIN_WAIT = 8;
export const MAX_WAIT = 64;
/**
 * Windows with requests queueing before a proven count is tried at half
 * again while demand holds (a minute or more: windows last at least
 * WINDOW_MS). Such a trial runs two or three windows at about twice the
 * latency against a server-bound node; once in this many, that is under
 * 1% of the requests, so it does not make the p99. At every MAX_WAIT it
 * did: 3 to 5% of the windows, and the p99 was the trial's latency.
 */
export const PROVEN_RETEST = 512;
/**
 * Growth trials that may fail in a row while demand holds before the next
 * waits PROVEN_RETEST windows: two, because a busy machine (a GC, other
 * processes) can make a growth that pays measure no better once. One
 * failed growth counted as final left a pool on one connection, at 0.6x
 * the throughput, for a whole 14-second run on a machine loaded by two
 * other processes.
 */
export const GROW_TRIES = 2;
/**
 * Windows without queueing after which half the connections are given back
 * (no trial: without queueing the count does not change latency). Long
 * enough that a lull between bursts keeps what the bursts need.
 */
export const QUIET_WINDOWS = 64;
/** A trial starts only when the window's mean latency is within this share of the one before at the same count. */
export const STABLE = 0.15;
/** A change of the requests outstanding by this factor since the pool settled is a new situation: try at once. */
export const DEMAND_CHANGE = 2;
/** Replies come in batches when a read carries more than this share of the requests outstanding per connection. */
export const BATCHED_REPLIES = 0.5;
/**
 * The client's own work explains the wait when the mean latency per request
 * outstanding (latency / depth) is under this many times the client's busy
 * time per reply. Measured on 2 cores: 1.5 to 2.2 against a server that
 * answers at once (where two connections did 0.9x the gets of one at 1.3x
 * the CPU per get, and a trial's window ran at a fifth of them), 2.9 to 9.5
 * against the Riak-like one, 10 to 41 against a real Riak 3.2.3 node.
 */
export const CLIENT_BOUND = 2.5;

/** Where a node starts: `min` connections (at least one), a trial allowed once latency is stable. */
export function initialSizing(limits: SizingLimits): SizingState {
  return {
    target: Math.max(1, limits.min),
    phase: 'steady',
    trial: undefined,
    skip: 0,
    wait: 0,
    backoff: MIN_WAIT,
    settledDemand: 0,
    nextTrial: 'grow',
    proven: false,
    sinceRetest: 0,
    failedGrowths: 0,
    sinceGrowth: 0,
    quiet: 0,
    lastLatencyMs: undefined,
  };
}

/** Whether latency `at` the trial's count beats latency `from` the count before, as the trial's direction requires. */
function better(trial: SizingTrial, at: number, from: number): boolean {
  return trial.direction === 'grow' ? at <= from * (1 - GROW_GAIN) : at <= from * (1 + SHRINK_LOSS);
}

/** The state after one more window. `target` always stays within [max(1, min), max]. */
export function nextSizing(state: SizingState, window: SizingWindow, limits: SizingLimits): SizingState {
  const low = Math.max(1, limits.min);
  const high = Math.max(low, limits.max);
  const clamp = (n: number) => Math.min(high, Math.max(low, n));
  const target = clamp(state.target);
  if (target !== state.target) return settle({ ...state, target, proven: false, failedGrowths: 0 }, demandOf(window), state.backoff);
  // A window without replies says nothing about latency.
  if (window.replies === 0) return state;
  if (state.skip > 0) return { ...state, skip: state.skip - 1 };
  const { trial } = state;
  const failed = (stay: number, skip: number) =>
    settle(
      {
        ...state,
        target: clamp(stay),
        skip,
        nextTrial: trial?.direction === 'grow' ? 'shrink' : 'grow',
        sinceRetest: trial?.direction === 'shrink' ? 0 : state.sinceRetest,
        failedGrowths: trial?.direction === 'grow' ? state.failedGrowths + 1 : state.failedGrowths,
      },
      trial?.demand ?? 0,
      Math.min(MAX_WAIT, state.backoff * 2),
    );
  if (state.phase === 'trying' && trial !== undefined) {
    // A growth counts only once its connections are all open.
    const open = trial.direction === 'shrink' || window.connections >= target;
    if (!open || !better(trial, window.latencyMs, trial.fromLatencyMs)) return failed(trial.from, 1);
    // Looks better: measure the count before once more.
    return { ...state, target: clamp(trial.from), phase: 'confirming', trial: { ...trial, toLatencyMs: window.latencyMs }, skip: 1 };
  }
  if (state.phase === 'confirming' && trial !== undefined) {
    if (trial.toLatencyMs === undefined || !better(trial, trial.toLatencyMs, window.latencyMs)) return failed(trial.from, 0);
    // Kept: measured again at the new count before any further trial in the same direction.
    const kept = settle(
      { ...state, target: clamp(trial.to), skip: 1, nextTrial: trial.direction, proven: trial.direction === 'grow', sinceRetest: 0, failedGrowths: 0 },
      demandOf(window),
      MIN_WAIT,
    );
    return trial.direction === 'grow' ? { ...kept, wait: 0 } : kept;
  }
  if (window.depth < QUEUEING_DEPTH) {
    // Nothing waits behind anything: the count changes nothing now. After a long quiet spell, give half back.
    const quiet = state.quiet + 1;
    if (quiet < QUIET_WINDOWS || target <= low) return { ...state, quiet, wait: Math.max(0, state.wait - 1), lastLatencyMs: undefined };
    return settle({ ...state, target: clamp(Math.ceil(target / 2)), quiet: 0, proven: false, failedGrowths: 0 }, demandOf(window), state.backoff);
  }
  // +1: an idle node (demand 0) has not moved when it stays idle.
  const demand = demandOf(window) + 1;
  const settled = state.settledDemand + 1;
  const rose = demand >= settled * DEMAND_CHANGE;
  const fell = demand * DEMAND_CHANGE <= settled;
  const wait = rose || fell ? 0 : state.wait - 1;
  const last = state.lastLatencyMs;
  const stable = last !== undefined && Math.abs(window.latencyMs - last) <= STABLE * Math.max(window.latencyMs, last);
  const sinceRetest = state.sinceRetest + 1;
  const sinceGrowth = state.sinceGrowth + 1;
  // A new demand is a new situation: the growths that failed at the old one say nothing about it.
  const failedGrowths = rose || fell ? 0 : state.failedGrowths;
  if (wait > 0 || !stable) return { ...state, wait: Math.max(0, wait), quiet: 0, sinceRetest, sinceGrowth, failedGrowths, lastLatencyMs: window.latencyMs };
  const rested = { ...state, wait: 0, quiet: 0, sinceRetest, sinceGrowth, failedGrowths };
  // More demand: try more connections first; less: fewer; otherwise as the last trial says.
  const first = rose ? 'grow' : fell ? 'shrink' : state.nextTrial;
  const mayShrink = !state.proven || fell || sinceRetest >= PROVEN_RETEST;
  const mayGrow = failedGrowths < GROW_TRIES || sinceGrowth >= PROVEN_RETEST;
  const allowed = (direction: 'grow' | 'shrink') => (direction === 'shrink' ? mayShrink : mayGrow);
  const attempt = (direction: 'grow' | 'shrink') => (allowed(direction) ? begin(rested, window, low, high, direction) : undefined);
  const next = attempt(first) ?? attempt(first === 'grow' ? 'shrink' : 'grow');
  return next ?? { ...rested, wait: state.backoff, settledDemand: rose || fell ? demandOf(window) : state.settledDemand, lastLatencyMs: window.latencyMs };
}

/** Whether the client's own work explains the window's wait (see the module comment): then growth is not tried. */
export function clientBound(window: SizingWindow): boolean {
  return window.repliesPerRead > BATCHED_REPLIES * window.depth && window.latencyMs < CLIENT_BOUND * window.depth * window.clientMsPerReply;
}

/**
 * Starts a trial of twice (grow) or half (shrink) the connections, measured
 * against this window; undefined when it cannot, or when it would grow while
 * the client's own work explains the wait.
 */
function begin(state: SizingState, window: SizingWindow, low: number, high: number, direction: 'grow' | 'shrink'): SizingState | undefined {
  if (direction === 'grow' && clientBound(window)) return undefined;
  const from = state.target;
  const to = direction === 'grow' ? Math.min(high, from * 2) : Math.max(low, Math.ceil(from / 2));
  if (to === from) return undefined;
  const trial: SizingTrial = { direction, from, to, fromLatencyMs: window.latencyMs, toLatencyMs: undefined, demand: demandOf(window) };
  return { ...state, target: to, phase: 'trying', trial, skip: 1, sinceGrowth: direction === 'grow' ? 0 : state.sinceGrowth };
}

/** Back to measuring at `state.target`, the next trial `wait` windows away. */
function settle(state: SizingState, demand: number, wait: number): SizingState {
  return { ...state, phase: 'steady', trial: undefined, wait, backoff: wait, settledDemand: demand, lastLatencyMs: undefined };
}

/** Requests outstanding on the node in a window. */
function demandOf(window: SizingWindow): number {
  return window.depth * window.connections;
}
