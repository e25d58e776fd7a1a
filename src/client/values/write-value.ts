import type { Bytes, PutParams, PutResult } from '../kv-types.js';
import { OPTION_NAMES, pick } from './value-options.js';
import { locationOf, requestLocation, type ValueScope } from './value-scope.js';

/**
 * A put in a scope: the value encoded by the scope's codec (which sets the
 * content type and charset), the handle's defaults under the call's options,
 * then `controls` (what an update decides itself: vclock, conditions, returnBody).
 * @category Values and conflicts
 */
export function writeValue<T, Input>(
  scope: ValueScope<T, Input>,
  key: Bytes,
  value: Input,
  options: Readonly<Record<string, unknown>>,
  method: string,
  names: ReadonlySet<string> = OPTION_NAMES.write,
  controls: Readonly<Record<string, unknown>> = {},
): Promise<PutResult> {
  try {
    const encoded = scope.coder.encode(value, locationOf(scope, key), method);
    const params = { ...pick(scope.defaults, names), ...pick(options, names), ...controls, ...encoded, ...requestLocation(scope, key) };
    return scope.client.put(params as PutParams);
  } catch (error) {
    return Promise.reject(error);
  }
}
