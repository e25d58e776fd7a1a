import type { EventEmitter } from 'node:events';
import type { RiakError } from '../errors.js';
import { channels, debug } from './diagnostics.js';

/**
 * Events emitted by the pool (and `RiakClient.on`).
 * @category Pool and cluster
 */
export interface PoolEvents {
  nodeUp: [event: { node: string }];
  nodeDown: [event: { node: string; error: unknown }];
  nodeAdded: [event: { node: string }];
  nodeRemoved: [event: { node: string }];
  connectionOpen: [event: { node: string }];
  connectionClose: [event: { node: string; error: RiakError | undefined }];
  retry: [event: { node: string; attempt: number; error: unknown }];
}

/** The events other than `retry`, which has its own diagnostics message (see the pool's retries). */
export type NodeEventName = Exclude<keyof PoolEvents, 'retry'>;

/** The diagnostics channel of each node event. */
const EVENT_CHANNELS = {
  nodeUp: channels.nodeUp,
  nodeDown: channels.nodeDown,
  nodeAdded: channels.nodeAdded,
  nodeRemoved: channels.nodeRemoved,
  connectionOpen: channels.connectionOpen,
  connectionClose: channels.connectionClose,
} as const;

/** What each event says in a `NODE_DEBUG=riak-pb` line. */
const EVENT_LOG = {
  nodeUp: 'node up',
  nodeDown: 'node down, probing it',
  nodeAdded: 'node added',
  nodeRemoved: 'node removed',
  connectionOpen: 'connection open',
  connectionClose: 'connection closed',
} as const;

/**
 * Emits a pool event on `emitter`, publishes it on its diagnostics channel
 * (`riak-pb:node:down`...) and logs it under `NODE_DEBUG=riak-pb`.
 */
export function emitNodeEvent<E extends NodeEventName>(emitter: EventEmitter<PoolEvents>, event: E, payload: PoolEvents[E][0]): void {
  const ch = EVENT_CHANNELS[event];
  if (ch.hasSubscribers) ch.publish(payload);
  if (debug.enabled) {
    const error = (payload as { error?: unknown }).error;
    debug('%s: %s%s', payload.node, EVENT_LOG[event], error === undefined ? '' : ` (${messageOf(error)})`);
  }
  (emitter.emit as (name: E, event: PoolEvents[E][0]) => boolean).call(emitter, event, payload);
}

export function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}
