import { RiakInvalidArgumentError } from '../errors.js';
import type { CallOptions } from '../pool/call-options.js';
import { describe } from '../common/describe.js';
import { kvCallOptions } from './kv-request.js';

/**
 * Checks the `CallOptions` argument of `request()` / `stream()` (and the
 * calls built on them) as plain JavaScript may pass it: an object whose
 * call options have the right types, or nothing. Fields are checked, not
 * copied: the options go on to the pool as given.
 */
export function checkCallOptions(method: string, options: unknown): void {
  if (options === undefined) return;
  if (options === null || typeof options !== 'object' || Array.isArray(options)) {
    throw new RiakInvalidArgumentError(`${method}(): the call options must be an object, got ${describe(options)}`);
  }
  kvCallOptions(method, options as CallOptions);
}
