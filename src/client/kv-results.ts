import type { RpbGetResp, RpbPutResp } from '../../generated/riak.js';
import { asBuffer, fromRpbContent, pickContent } from './content.js';
import type { ConflictResolver, GetResult, PutResult } from './kv-types.js';

/** Converts an RpbGetResp (also the object of a CS bucket fold entry) to a {@link GetResult}. */
export function toGetResult(response: RpbGetResp.$Properties, resolve?: ConflictResolver): GetResult {
  const siblings = (response.content ?? []).map(fromRpbContent);
  const content = pickContent(siblings, resolve);
  return {
    found: siblings.length > 0,
    vclock: Object.hasOwn(response, 'vclock') && response.vclock ? asBuffer(response.vclock) : undefined,
    siblings,
    content,
    value: content?.value,
    unchanged: response.unchanged === true,
  };
}

/** Converts an RpbPutResp to a {@link PutResult}. */
export function toPutResult(response: RpbPutResp.$Properties, resolve?: ConflictResolver): PutResult {
  const siblings = (response.content ?? []).map(fromRpbContent);
  const content = pickContent(siblings, resolve);
  return {
    key: Object.hasOwn(response, 'key') && response.key ? asBuffer(response.key) : undefined,
    vclock: Object.hasOwn(response, 'vclock') && response.vclock ? asBuffer(response.vclock) : undefined,
    siblings,
    content,
    value: content?.value,
  };
}
