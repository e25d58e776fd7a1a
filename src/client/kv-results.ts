import type { Buffer } from 'node:buffer';
import type { RpbGetResp } from '../../generated/riak.js';
import { asBuffer } from '../common/bytes.js';
import { fromRpbContent } from './content.js';
import type { ConflictResolver, GetResult, RiakContent } from './kv-types.js';

/** Converts an RpbGetResp (also the object of a CS bucket fold entry) to a {@link GetResult}. */
export function toGetResult(response: RpbGetResp.$Properties): GetResult {
  const siblings = (response.content ?? []).map(fromRpbContent);
  const content = siblings.length === 1 ? siblings[0] : undefined;
  return {
    found: siblings.length > 0,
    vclock: Object.hasOwn(response, 'vclock') && response.vclock ? asBuffer(response.vclock) : undefined,
    siblings,
    content,
    value: content?.value,
    unchanged: response.unchanged === true,
  };
}

/** Applies a conflict resolver to a decoded result's siblings (it only runs when there are several). */
export function resolveSiblings<R extends { siblings: RiakContent[]; content: RiakContent | undefined; value: Buffer | undefined }>(
  result: R,
  resolve: ConflictResolver,
): R {
  if (result.siblings.length < 2) return result;
  const content = resolve(result.siblings);
  result.content = content;
  result.value = content?.value;
  return result;
}
