import { type EventLoopUtilization, performance } from 'node:perf_hooks';
import type { Connection } from '../connection/connection.js';
import { initialSizing, nextSizing, type SizingLimits, type SizingState, type SizingWindow } from './adaptive-policy.js';
import { debug } from './diagnostics.js';
import { latenciesRecorded } from './latency.js';
import type { NodePool } from './node-pool.js';

/** What placement needs to know of the pool's options (a `ResolvedPoolOptions` is one). */
export interface PoolSizing {
  /** The adaptive policy on (true) or the classic one: a connection opens whenever every open one has work. */
  readonly adaptive: boolean;
  /** The most requests pipelined on one connection. */
  readonly maxInFlightPerConnection: number;
}

/** A window closes after at least this many replies and this many ms. */
export const WINDOW_REPLIES = 32;
export const WINDOW_MS = 100;

/**
 * One node's adaptive sizing: gathers each window's observations as
 * requests are placed (no timer: a node without traffic decides nothing),
 * hands them to the policy (adaptive-policy.ts), and picks connections
 * among the first `target` usable ones.
 */
export class AdaptiveNode {
  #state: SizingState;
  /**
   * `state.target`, kept apart: placement reads it on every request, and the
   * policy's states (object spreads) come in several shapes, which made that
   * read deoptimize `pick` again and again as windows closed.
   */
  #target: number;
  /** Usable connections among the first `target`, as the last pick saw them. */
  active = 0;
  /** The last window the policy decided on, and how many it has. */
  lastWindow: SizingWindow | undefined;
  windows = 0;
  /** Whether every one of those had work at the last pick: only then is another worth opening. */
  #allBusy = false;
  #placed = 0;
  // Fields that hold fractions start as such (-0 and -0.5 are not small
  // integers to V8): a field whose first fraction arrives later changes the
  // object's shape, and V8 then discards the optimized code of placement,
  // which happened mid-traffic when the first window closed.
  #depthSum = -0;
  /** When the window started; negative before the first one. */
  #windowStart = -0.5;
  #repliesAtStart = 0;
  #latencyTotalAtStart = -0;
  #readsAtStart = 0;
  /** The event loop's busy and idle time at the window's start, and the replies the whole process had received then. */
  #loopAtStart: EventLoopUtilization = performance.eventLoopUtilization();
  #processRepliesAtStart = 0;
  /** The reply count at which the clock is next read. */
  #checkAt = 0;

  constructor(limits: SizingLimits) {
    this.#state = initialSizing(limits);
    this.#target = this.#state.target;
  }

  /** The policy's state, replaced by each decision. */
  get state(): SizingState {
    return this.#state;
  }

  set state(state: SizingState) {
    this.#state = state;
    this.#target = state.target;
  }

  /**
   * The least-loaded usable connection among the first `target` with fewer
   * than `cap` requests; when all of those are full, the least-loaded one
   * beyond them (connections kept from a larger target, or opened because
   * every active one was full). Undefined when every connection is full.
   */
  pick(node: NodePool, cap: number): Connection | undefined {
    const target = this.#target;
    let active = 0;
    let load = 0;
    let best: Connection | undefined;
    let bestLoad = cap;
    let spare: Connection | undefined;
    let spareLoad = cap;
    for (const connection of node.connections) {
      // A connection waiting on an abandoned reply may be stalled: new work goes elsewhere.
      if (connection.closed || connection.ownedByStream || connection.awaitingAbandonedReply) continue;
      const l = connection.load;
      if (active < target) {
        active++;
        load += l;
        if (l < bestLoad) {
          best = connection;
          bestLoad = l;
        }
      } else if (l < spareLoad) {
        spare = connection;
        spareLoad = l;
      }
    }
    this.active = active;
    this.#allBusy = bestLoad > 0;
    if (active > 0) {
      this.#placed++;
      this.#depthSum += load / active;
    }
    return best ?? spare;
  }

  /**
   * Whether another connection should open now: fewer usable than the
   * target, and every usable one has work (a connection of the target the
   * idle reaper closed is not reopened before there is work for it).
   */
  wantsConnection(node: NodePool): boolean {
    const target = this.#target;
    if (!this.#allBusy || this.active + node.opening >= target) return false;
    // The last pick counted against the target before the window it closed moved it: count again.
    let usable = 0;
    for (const connection of node.connections) {
      if (usable === target) break;
      if (!connection.closed && !connection.ownedByStream && !connection.awaitingAbandonedReply) usable++;
    }
    this.active = usable;
    return usable + node.opening < target;
  }

  /** Closes the window when it is long enough, and applies the policy's decision. */
  observe(node: NodePool): void {
    const replies = node.latency.count;
    if (replies < this.#checkAt) return;
    const now = performance.now();
    if (this.#windowStart < 0) {
      this.#start(node, now);
      return;
    }
    if (now - this.#windowStart < WINDOW_MS || replies - this.#repliesAtStart < WINDOW_REPLIES) {
      this.#checkAt = replies + WINDOW_REPLIES;
      return;
    }
    const total = latencyTotal(node);
    const window: SizingWindow = {
      replies: replies - this.#repliesAtStart,
      latencyMs: (total - this.#latencyTotalAtStart) / (replies - this.#repliesAtStart),
      depth: this.#placed === 0 ? 0 : this.#depthSum / this.#placed,
      connections: this.active,
      repliesPerRead: (replies - this.#repliesAtStart) / Math.max(1, node.replyReads - this.#readsAtStart),
      // The loop serves every node and pool of the process: its busy time is shared out over all of their replies.
      clientMsPerReply: performance.eventLoopUtilization(this.#loopAtStart).active / Math.max(1, latenciesRecorded() - this.#processRepliesAtStart),
    };
    const before = this.state;
    this.state = nextSizing(before, window, limitsOf(node, this.active));
    this.lastWindow = window;
    this.windows++;
    if (debug.enabled && (this.state.target !== before.target || this.state.phase !== before.phase)) {
      const { replies, latencyMs, depth, connections, repliesPerRead, clientMsPerReply } = window;
      debug(
        '%s: adaptive pool %s, %d -> %d connections (window: %d replies, mean latency %s ms, %s outstanding on each of %d, %s replies per read, client busy %s ms per reply)',
        node.node,
        this.state.phase,
        before.target,
        this.state.target,
        replies,
        latencyMs.toFixed(3),
        depth.toFixed(1),
        connections,
        repliesPerRead.toFixed(1),
        clientMsPerReply.toFixed(3),
      );
    }
    this.#start(node, now, replies, total);
  }

  #start(node: NodePool, now: number, replies = node.latency.count, total = latencyTotal(node)): void {
    this.#windowStart = now;
    this.#repliesAtStart = replies;
    this.#latencyTotalAtStart = total;
    this.#placed = 0;
    this.#depthSum = 0;
    this.#checkAt = replies + WINDOW_REPLIES;
    this.#readsAtStart = node.replyReads;
    this.#loopAtStart = performance.eventLoopUtilization();
    this.#processRepliesAtStart = latenciesRecorded();
  }
}

/** The sum of every reply's latency so far. */
function latencyTotal(node: NodePool): number {
  return node.latency.total;
}

/** The policy's bounds for a node: its min and max connections, or what is open when no more may open. */
export function limitsOf(node: NodePool, active: number): SizingLimits {
  const { minConnections, maxConnections } = node.settings;
  const max = node.canGrow ? maxConnections : Math.min(maxConnections, Math.max(active, node.connections.length + node.opening));
  return { min: Math.min(minConnections, max), max };
}

/** The adaptive state of a node, created at its first placement (kept on the node: read on every placement). */
export function adaptiveNode(node: NodePool): AdaptiveNode {
  let adaptive = node.adaptive;
  if (adaptive === undefined) {
    adaptive = new AdaptiveNode(limitsOf(node, 0));
    node.adaptive = adaptive;
  }
  return adaptive;
}
