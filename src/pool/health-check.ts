import process from 'node:process';
import { Buffer } from 'node:buffer';
import { encodeRequestNow, loadMessageTable } from '../codec/load-message-table.js';
import type { MessageInput, ResponseOf, UnaryRequestName } from '../codec/request-table.js';
import { describe } from '../common/describe.js';
import type { Connection } from '../connection/connection.js';
import { RiakConnectionError, RiakInvalidArgumentError, RiakTimeoutError } from '../errors.js';

/**
 * What a health check gets: the node, and a way to send unary requests on
 * the connection being checked.
 * @category Pool and cluster
 */
export interface HealthProbe {
  /** `host:port` of the node checked. */
  readonly node: string;
  /** Sends one unary request (by message name, as `client.request()`) on the connection being checked. */
  request<R extends UnaryRequestName>(name: R, message: MessageInput<R>): Promise<ResponseOf<R>>;
  /** Aborted when the check runs out of time (`health.timeoutMs`). */
  readonly signal: AbortSignal;
}

/**
 * A node's health check: resolves when the node is fit for traffic,
 * throws (or rejects) when it is not.
 * @category Pool and cluster
 */
export type HealthCheck = (probe: HealthProbe) => Promise<unknown> | unknown;

/**
 * A put/get round trip on a canary key: a fresh value is written, read
 * back, and must be among what the get returns.
 * @category Pool and cluster
 */
export interface CanaryCheckOptions {
  bucket: string;
  key: string;
  /** Bucket type; default `default`. */
  type?: string;
}

/**
 * `health.check`: `'ping'` (the default), `{ canary: { bucket, key } }`, or a function.
 * @category Pool and cluster
 */
export type HealthCheckOption = 'ping' | { canary: CanaryCheckOptions } | HealthCheck;

/** The health options, checked and complete. */
export interface ResolvedHealth {
  probeInitialMs: number;
  probeMaxMs: number;
  /** The check; {@link PING_CHECK} is the connection's own opening ping. */
  check: HealthCheck;
  /** 0: checks run only when probing a down node. */
  intervalMs: number;
  timeoutMs: number;
}

/** The default check: one ping (which every new connection already answered when it opened). */
export const PING_CHECK: HealthCheck = async (probe) => {
  await probe.request('RpbPingReq', undefined);
};

/** The longest delay `setTimeout` keeps (a longer one fires at once). */
export const MAX_TIMER_MS = 2_147_483_647;

/** Checks `health` (the `health` option); `connectTimeout` is the default `timeoutMs`. */
export function resolveHealth(health: unknown, connectTimeout: number): ResolvedHealth {
  if (health === null || typeof health !== 'object' || Array.isArray(health))
    throw new RiakInvalidArgumentError(`Invalid health: expected an object, got ${describe(health)}`);
  const h = health as Record<string, unknown>;
  for (const name of Object.keys(h)) {
    if (!HEALTH_OPTIONS.has(name))
      throw new RiakInvalidArgumentError(`Invalid health: unknown option ${JSON.stringify(name)} (known: ${[...HEALTH_OPTIONS].join(', ')})`);
  }
  return {
    probeInitialMs: milliseconds('health.probeInitialMs', h.probeInitialMs, 100, 1),
    probeMaxMs: milliseconds('health.probeMaxMs', h.probeMaxMs, 5000, 1),
    check: resolveCheck(h.check),
    intervalMs: milliseconds('health.intervalMs', h.intervalMs, 0, 0),
    timeoutMs: milliseconds('health.timeoutMs', h.timeoutMs, connectTimeout, 1),
  };
}

const HEALTH_OPTIONS = new Set(['probeInitialMs', 'probeMaxMs', 'check', 'intervalMs', 'timeoutMs']);

/** An integer number of milliseconds from `min` up to what a timer can wait; errors name the option. */
export function milliseconds(name: string, value: unknown, fallback: number, min: number): number {
  if (value === undefined) return fallback;
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > MAX_TIMER_MS) {
    throw new RiakInvalidArgumentError(`Invalid ${name}: ${describe(value)} (expected an integer from ${min} to ${MAX_TIMER_MS} ms)`);
  }
  return value;
}

function resolveCheck(check: unknown): HealthCheck {
  if (check === undefined || check === 'ping') return PING_CHECK;
  if (typeof check === 'function') return check as HealthCheck;
  if (check !== null && typeof check === 'object' && !Array.isArray(check) && Object.keys(check).length === 1 && 'canary' in check) {
    return canaryCheck((check as { canary: unknown }).canary);
  }
  throw new RiakInvalidArgumentError(`Invalid health.check: expected 'ping', { canary: { bucket, key } } or a function, got ${describe(check)}`);
}

/** The canary check: put a fresh value, get it back. */
function canaryCheck(options: unknown): HealthCheck {
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new RiakInvalidArgumentError(`Invalid health.check.canary: expected { bucket, key, type? }, got ${describe(options)}`);
  }
  const { bucket, key, type, ...rest } = options as Record<string, unknown>;
  const unknown = Object.keys(rest)[0];
  if (unknown !== undefined)
    throw new RiakInvalidArgumentError(`Invalid health.check.canary: unknown option ${JSON.stringify(unknown)} (known: bucket, key, type)`);
  for (const [name, value] of [
    ['bucket', bucket],
    ['key', key],
    ['type', type ?? 'default'],
  ] as const) {
    if (typeof value !== 'string' || value === '')
      throw new RiakInvalidArgumentError(`Invalid health.check.canary.${name}: expected a non-empty string, got ${describe(value)}`);
  }
  const location = {
    ...(type === undefined ? {} : { type: Buffer.from(type as string) }),
    bucket: Buffer.from(bucket as string),
    key: Buffer.from(key as string),
  };
  const name = `${(type as string | undefined) ?? 'default'}/${bucket as string}/${key as string}`;
  let counter = 0;
  return async (probe) => {
    const value = Buffer.from(`riak-pb health check ${process.pid} ${Date.now()} ${++counter}`);
    await probe.request('RpbPutReq', { ...location, content: { value, contentType: Buffer.from('text/plain') } });
    const read = await probe.request('RpbGetReq', location);
    if (!read.content.some((content) => content.value !== undefined && value.equals(content.value))) {
      throw new Error(`the canary ${name} did not read back the value just written`);
    }
  };
}

/**
 * Runs `check` against `connection`, within `timeoutMs`. A failure of any
 * kind (a thrown error, a Riak error, a lost connection, the time running
 * out) comes back as a `RiakConnectionError` naming the node, its cause the
 * original: nothing of a caller's was sent, so a request waiting on this
 * check may go elsewhere.
 */
export async function runHealthCheck(check: HealthCheck, connection: Connection, timeoutMs: number): Promise<void> {
  const { node } = connection;
  const controller = new AbortController();
  let timer: NodeJS.Timeout | undefined;
  const expired = new Promise<never>((_, reject) => {
    timer = setTimeout(() => {
      controller.abort();
      reject(new RiakTimeoutError(`the check took longer than ${timeoutMs} ms (health.timeoutMs)`, timeoutMs));
    }, timeoutMs);
  });
  const probe: HealthProbe = {
    node,
    signal: controller.signal,
    request: (name, message) => {
      try {
        // A ping needs no generated class; any other request loads them first.
        const op = encodeRequestNow(name, message);
        if (op === undefined) return loadMessageTable().then(() => probe.request(name, message));
        if (op.isLast !== undefined) throw new RiakInvalidArgumentError(`a health check sends unary requests; ${name} streams`);
        return connection.send(op, { signal: controller.signal, requestTimeout: timeoutMs });
      } catch (error) {
        return Promise.reject(error);
      }
    },
  };
  try {
    await Promise.race([Promise.resolve().then(() => check(probe)), expired]);
  } catch (cause) {
    const why = cause instanceof Error ? cause.message : String(cause);
    throw new RiakConnectionError(`${node} failed its health check: ${why}`, node, { cause });
  } finally {
    clearTimeout(timer);
  }
}
