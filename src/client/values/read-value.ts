import type { Bytes, GetParams } from '../kv-types.js';
import { decodeResult, type ValueResult } from './value-result.js';
import { OPTION_NAMES, pick } from './value-options.js';
import { locationOf, requestLocation, resolverOf, type ValueScope } from './value-scope.js';

/**
 * A get in a scope: the handle's defaults under the call's options, every
 * sibling decoded, then resolved. `resolved` is false when several siblings
 * are left without a single value.
 * @category Values and conflicts
 */
export async function readDecoded<T, Input>(
  scope: ValueScope<T, Input>,
  key: Bytes,
  options: Readonly<Record<string, unknown>>,
  method: string,
): Promise<{ result: ValueResult<T>; resolved: boolean }> {
  const pickResolver = resolverOf(scope, options.resolve, method);
  const params = { ...pick(scope.defaults, OPTION_NAMES.read), ...pick(options, OPTION_NAMES.read), ...requestLocation(scope, key) };
  const raw = await scope.client.get(params as GetParams);
  return decodeResult(raw, scope.coder, locationOf(scope, key), 'RpbGetReq', pickResolver);
}

/**
 * {@link readDecoded}'s result alone.
 * @category Values and conflicts
 */
export async function readValue<T, Input>(
  scope: ValueScope<T, Input>,
  key: Bytes,
  options: Readonly<Record<string, unknown>>,
  method: string,
): Promise<ValueResult<T>> {
  return (await readDecoded(scope, key, options, method)).result;
}
