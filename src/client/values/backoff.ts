import { RiakAbortError } from '../../errors.js';

/**
 * Waits a full-jitter exponential delay before attempt `attempt + 1` of an
 * optimistic update (up to 2 ms, 4 ms, ... capped at 100 ms), so writers
 * that collided do not collide again in lockstep. An abort ends the wait.
 * @category Values and conflicts
 */
export function backoff(attempt: number, signal: AbortSignal | undefined): Promise<void> {
  const ms = Math.random() * Math.min(100, 2 ** attempt);
  return new Promise((resolve, reject) => {
    if (signal?.aborted) return reject(new RiakAbortError('Request aborted', { cause: signal.reason }));
    const onAbort = () => {
      clearTimeout(timer);
      reject(new RiakAbortError('Request aborted', { cause: signal?.reason }));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener('abort', onAbort);
      resolve();
    }, ms);
    signal?.addEventListener('abort', onAbort, { once: true });
  });
}
