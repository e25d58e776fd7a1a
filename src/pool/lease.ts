import { performance } from 'node:perf_hooks';
import { setTimeout as sleep } from 'node:timers/promises';
import type { Connection } from '../connection/connection.js';
import { RiakAbortError, RiakAuthError, RiakClosedError, RiakConnectionError, RiakQueueFullError, RiakTimeoutError } from '../errors.js';
import { isConnectFailure } from './connect-failure.js';
import type { NodePool } from './node-pool.js';
import { place, type Placement } from './placement.js';
import type { PoolState } from './pool-state.js';
import type { ResolvedPoolOptions } from './pool-options.js';
import { backoffDelay } from './retry.js';
import type { WaitQueue } from './wait-queue.js';

// Leasing a connection for a request: placement, the wait for room, and the
// backoff between attempts.

/** A connection with a slot claimed for one request, and its node. */
export interface Lease {
  node: NodePool;
  connection: Connection;
}

/**
 * Finds a connection: at once when one has room, else after waiting in the
 * queue. The lease holds a claimed slot of its connection until the caller sends.
 */
export async function leaseConnection(
  state: PoolState,
  streaming: boolean,
  tried: Set<NodePool>,
  signal: AbortSignal | undefined,
  deadline: number,
  timeout: number,
  pinned?: NodePool,
  placed?: Placement,
): Promise<Lease> {
  if (state.closed) throw new RiakClosedError('The client is closed');
  if (signal?.aborted) throw new RiakAbortError('Request aborted', { cause: signal.reason });
  // A call for one node waits in that node's own queue: it holds up no other traffic.
  const queue = pinned?.pinnedQueue ?? state.waiting;
  if (queue.length === 0) {
    const found = await tryLease(state, streaming, tried, pinned, placed);
    if (found) return found;
  }
  const { maxQueue } = state.options;
  if (queue.length >= maxQueue) {
    const where = pinned === undefined ? 'every connection is busy' : `every connection to ${pinned.node} is busy`;
    throw new RiakQueueFullError(`Request queue is full (${maxQueue} waiting); ${where}`);
  }
  let waitSignal = signal;
  let timer: NodeJS.Timeout | undefined;
  if (deadline !== Infinity) {
    // A referenced timer (AbortSignal.timeout's is not): a queued request
    // keeps the process alive until it settles.
    const expired = new AbortController();
    timer = setTimeout(() => expired.abort(), Math.max(0, Math.ceil(deadline - performance.now())));
    waitSignal = anySignal(signal, expired.signal);
  }
  try {
    return await queue.add(() => waitForLease(state, streaming, tried, waitSignal, pinned, queue), waitSignal);
  } catch (error) {
    if (signal?.aborted) throw new RiakAbortError('Request aborted while queued', { cause: signal.reason });
    if (waitSignal?.aborted) throw new RiakTimeoutError(`Request timed out after ${timeout} ms waiting for a free connection`, timeout, { cause: error });
    throw error;
  } finally {
    clearTimeout(timer);
  }
}

async function waitForLease(
  state: PoolState,
  streaming: boolean,
  tried: Set<NodePool>,
  signal: AbortSignal | undefined,
  pinned: NodePool | undefined,
  queue: WaitQueue,
): Promise<Lease> {
  for (;;) {
    if (state.closed) throw new RiakClosedError('The client is closed');
    signal?.throwIfAborted();
    const found = await tryLease(state, streaming, tried, pinned);
    if (found) return found;
    await queue.capacity(signal);
  }
}

/**
 * One placement attempt; opens a connection when the chosen node needs one.
 * Claims a slot for the lease. `placed`: the fast path's choice of a node
 * to open a connection on, still valid (nothing ran since it was made).
 */
async function tryLease(state: PoolState, streaming: boolean, tried: Set<NodePool>, pinned?: NodePool, placed?: Placement): Promise<Lease | undefined> {
  const placement = placed ?? (pinned === undefined ? place(state.nodes, state.balancer, streaming, tried, state.options) : placeOn(pinned, streaming));
  if (placement === undefined) return undefined;
  const { node, connection } = placement;
  if (connection !== undefined) {
    connection.claimSlot();
    return placement as Lease;
  }
  const refused = node.credentialError;
  if (refused !== undefined) throw new RiakAuthError(refused.message, { cause: refused });
  return { node, connection: await node.open(true) };
}

/**
 * Placement on the one node a call names: a connection of it with room, or
 * the node to open one on, whatever its health (the caller chose it); or
 * undefined to wait for room. A node removed meanwhile fails the call.
 */
function placeOn(node: NodePool, streaming: boolean): Placement | undefined {
  if (node.state === 'removed') throw new RiakConnectionError(`${node.node} was removed from the pool before the request was sent`, node.node);
  const connection = node.pick(streaming);
  if (connection !== undefined) return { node, connection };
  return node.opening === 0 && node.canGrow ? { node, connection: undefined } : undefined;
}

/** The wait before retry number `attempt`, cut short by the deadline; an abort rejects it. */
export async function backoff(options: ResolvedPoolOptions, attempt: number, signal: AbortSignal | undefined, deadline: number): Promise<void> {
  const delay = Math.min(backoffDelay(attempt, options.retry), Math.max(0, msLeft(deadline) - 1));
  if (delay <= 0) return;
  try {
    // Referenced: a request waiting to retry must keep the process alive.
    await sleep(delay, undefined, { signal });
  } catch {
    throw new RiakAbortError('Request aborted', { cause: signal?.reason });
  }
}

/**
 * A lease failed to connect (TCP, or the check that the peer speaks Riak PB):
 * nothing was written, so the request is always safe to send elsewhere.
 */
export function failedToConnect(error: unknown): boolean {
  return error instanceof RiakConnectionError || isConnectFailure(error);
}

/** Whole milliseconds until `deadline` (performance.now() clock), at least 1; Infinity when there is none (`requestTimeout: 0`). */
export function msLeft(deadline: number): number {
  return deadline === Infinity ? Infinity : Math.max(1, Math.ceil(deadline - performance.now()));
}

function anySignal(a: AbortSignal | undefined, b: AbortSignal): AbortSignal {
  return a ? AbortSignal.any([a, b]) : b;
}
