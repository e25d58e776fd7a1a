import { performance } from 'node:perf_hooks';
import { channel } from 'node:diagnostics_channel';
import { debuglog } from 'node:util';
import type { Operation } from '../connection/operation.js';
import { requestLocation } from '../error-context.js';

/*
 * Diagnostics for tracing and metrics, the way undici does it: named
 * `node:diagnostics_channel` channels, published to only when someone
 * subscribes (`hasSubscribers` is checked first, so an unobserved client
 * pays a few property reads per request), and `NODE_DEBUG=riak-pb` lines.
 *
 * | channel                     | message                                   |
 * |-----------------------------|-------------------------------------------|
 * | riak-pb:request:start       | RequestMessage, when a call is made       |
 * | riak-pb:request:end         | the same object, when it succeeded        |
 * | riak-pb:request:error       | the same object with `error` set          |
 * | riak-pb:request:retry       | RetryMessage, before each retry           |
 * | riak-pb:connection:open     | { node }                                  |
 * | riak-pb:connection:close    | { node, error }                           |
 * | riak-pb:node:down           | { node, error }, once per transition      |
 * | riak-pb:node:up             | { node }                                  |
 * | riak-pb:node:added, :removed| { node } (discovery, or a removed node)   |
 */

/**
 * One request, published on `riak-pb:request:start` and then, the same
 * object, on `riak-pb:request:end` or `riak-pb:request:error`: a subscriber
 * can key a span or a timer on it. Fields are filled in as the request
 * goes; treat it as read-only.
 * @category Pool and cluster
 */
export interface RequestMessage {
  /** The request's message name, e.g. `RpbGetReq`. */
  readonly request: string;
  /** True for a streaming request (listings, MapReduce, 2i streams, folds). */
  readonly streaming: boolean;
  /** Bucket type, bucket and key as text (UTF-8, or `0x`-hex bytes) when the request names them; a bucket without a type is in `default`. */
  readonly bucketType: string | undefined;
  readonly bucket: string | undefined;
  readonly key: string | undefined;
  /** Bytes of the request frame as written (header included). */
  readonly requestBytes: number;
  /** `performance.now()` when the call was made. */
  readonly startTime: number;
  /** `host:port` of the node of the latest attempt; undefined until one is chosen. */
  node: string | undefined;
  /** Retries made so far (0 when the first attempt answers). */
  retries: number;
  /** Payload bytes of the response frames decoded (every frame of a stream; an RpbErrorResp is not counted). */
  responseBytes: number;
  /** Response frames decoded (1 for a unary reply). */
  responseFrames: number;
  /** Milliseconds from the call to its end; set on end and error. */
  durationMs: number | undefined;
  /** On `riak-pb:request:end` of a stream: the consumer stopped reading before its last frame. */
  cancelled: boolean;
  /** On `riak-pb:request:error`: what the call failed with. */
  error: unknown;
}

/**
 * Published on `riak-pb:request:retry` before a failed attempt is retried.
 * @category Pool and cluster
 */
export interface RetryMessage {
  request: string;
  /** The node the attempt failed on (empty when it failed to connect anywhere). */
  node: string;
  /** The attempt that failed, 1 for the first. */
  attempt: number;
  error: unknown;
  /** The request's {@link RequestMessage} when `riak-pb:request:*` is subscribed to. */
  message: RequestMessage | undefined;
}

/**
 * `riak-pb:connection:open`, `riak-pb:node:up`, `riak-pb:node:added`, `riak-pb:node:removed`.
 * @category Pool and cluster
 */
export interface NodeMessage {
  node: string;
}

/**
 * `riak-pb:connection:close` (error undefined for a clean close) and `riak-pb:node:down`.
 * @category Pool and cluster
 */
export interface NodeErrorMessage {
  node: string;
  error: unknown;
}

/** @category Pool and cluster */
export const channels = {
  requestStart: channel('riak-pb:request:start'),
  requestEnd: channel('riak-pb:request:end'),
  requestError: channel('riak-pb:request:error'),
  requestRetry: channel('riak-pb:request:retry'),
  connectionOpen: channel('riak-pb:connection:open'),
  connectionClose: channel('riak-pb:connection:close'),
  nodeDown: channel('riak-pb:node:down'),
  nodeUp: channel('riak-pb:node:up'),
  nodeAdded: channel('riak-pb:node:added'),
  nodeRemoved: channel('riak-pb:node:removed'),
};

/**
 * `NODE_DEBUG=riak-pb`: connection lifecycle, node health and retries on stderr. Check `debug.enabled` before formatting.
 * @category Pool and cluster
 */
export const debug = debuglog('riak-pb');

/**
 * Whether anyone listens to the request channels: the only cost an unobserved request pays.
 * @category Pool and cluster
 */
export function tracingRequests(): boolean {
  return channels.requestStart.hasSubscribers || channels.requestEnd.hasSubscribers || channels.requestError.hasSubscribers;
}

/**
 * An operation whose replies are counted into its {@link RequestMessage}.
 * @category Pool and cluster
 */
export interface TracedOperation<T> extends Operation<T> {
  readonly trace: RequestMessage;
}

/**
 * The request message of an operation made by {@link traceOperation}, if it is one.
 * @category Pool and cluster
 */
export function traceOf<T>(op: Operation<T>): RequestMessage | undefined {
  return (op as Partial<TracedOperation<T>>).trace;
}

/**
 * A copy of `op` that counts its response frames and bytes into a new
 * {@link RequestMessage}, published on `riak-pb:request:start`. The pool
 * sends the copy instead of `op`.
 * @category Pool and cluster
 */
export function traceOperation<T>(op: Operation<T>): TracedOperation<T> {
  const location = requestLocation(op.name ?? '', op.message);
  const trace: RequestMessage = {
    request: op.name ?? 'unknown',
    streaming: op.isLast !== undefined,
    ...location,
    requestBytes: op.frameEnd - op.frameStart,
    startTime: performance.now(),
    node: undefined,
    retries: 0,
    responseBytes: 0,
    responseFrames: 0,
    durationMs: undefined,
    cancelled: false,
    error: undefined,
  };
  const { decode, decodeAt } = op;
  // Field by field: a spread of `op` with fields overridden takes V8's slow path (microseconds per request).
  const traced: TracedOperation<T> = {
    frameBuffer: op.frameBuffer,
    frameStart: op.frameStart,
    frameEnd: op.frameEnd,
    responseCode: op.responseCode,
    isLast: op.isLast,
    idempotent: op.idempotent,
    name: op.name,
    message: op.message,
    decode: (payload) => {
      trace.responseBytes += payload.length;
      trace.responseFrames++;
      return decode(payload);
    },
    decodeAt:
      decodeAt === undefined
        ? undefined
        : (buffer, start, end) => {
            trace.responseBytes += end - start;
            trace.responseFrames++;
            return decodeAt(buffer, start, end);
          },
    trace,
  };
  if (channels.requestStart.hasSubscribers) channels.requestStart.publish(trace);
  return traced;
}

/**
 * Publishes the end of a traced request: `riak-pb:request:end`, or `riak-pb:request:error` with `error`.
 * @category Pool and cluster
 */
export function finishTrace(trace: RequestMessage, failed: boolean, error: unknown, cancelled = false): void {
  if (trace.durationMs !== undefined) return;
  trace.durationMs = performance.now() - trace.startTime;
  trace.cancelled = cancelled;
  if (failed) {
    trace.error = error;
    if (channels.requestError.hasSubscribers) channels.requestError.publish(trace);
  } else if (channels.requestEnd.hasSubscribers) {
    channels.requestEnd.publish(trace);
  }
}

/**
 * Publishes `message` on `ch` if anyone listens (the message is built only then).
 * @category Pool and cluster
 */
export function publish<M extends object>(ch: ReturnType<typeof channel>, message: () => M): void {
  if (ch.hasSubscribers) ch.publish(message());
}
