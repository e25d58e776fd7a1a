import { ErlAtom, isTuple, type AnyTerm } from '../erlang/term.js';
import { JobError } from './job.js';
import { parseJsonJob as parseJson } from './parse-json.js';
import { isBinary, isProperList, items } from './terms.js';

/**
 * The summary of a JSON job that security/request-permissions.ts reads
 * (inputs by kind, phases by kind), kept for it while it moves to
 * permissions.ts, which covers Erlang-term jobs too.
 * @deprecated use {@link mapReducePermissions} (permissions.ts).
 */
export { JobError };

export type JobInputs =
  | { kind: 'bucket' | 'keyfilter' | 'index'; type: Buffer | undefined; bucket: Buffer }
  | { kind: 'keys'; keys: { type: Buffer | undefined; bucket: Buffer; key: Buffer }[] }
  | { kind: 'modfun' }
  | { kind: 'search' };

export interface Job {
  inputs: JobInputs;
  phases: { kind: 'map' | 'reduce' | 'link' }[];
}

function where(bucket: AnyTerm): { type: Buffer | undefined; bucket: Buffer } {
  if (isTuple(bucket, 2) && isBinary(bucket.items[0]) && isBinary(bucket.items[1])) return { type: bucket.items[0], bucket: bucket.items[1] };
  return { type: undefined, bucket: bucket as Buffer };
}

function summarize(inputs: AnyTerm): JobInputs {
  if (isBinary(inputs) || (isTuple(inputs, 2) && isBinary(inputs.items[0]) && isBinary(inputs.items[1]))) return { kind: 'bucket', ...where(inputs) };
  if (isProperList(inputs)) {
    return {
      kind: 'keys',
      keys: items(inputs).map((t) => {
        const [bk] = (t as { items: AnyTerm[] }).items;
        const [b, k] = isTuple(bk, 2) ? bk.items : (t as { items: AnyTerm[] }).items;
        return { ...where(b), key: k as Buffer };
      }),
    };
  }
  const [tag, a] = (inputs as { items: AnyTerm[] }).items;
  const name = tag instanceof ErlAtom ? tag.name : '';
  if (name === 'index') return { kind: 'index', ...where(a) };
  if (name === 'modfun') return { kind: 'modfun' };
  if (name === 'search') return { kind: 'search' };
  return { kind: 'keyfilter', ...where(tag) };
}

/** @deprecated use permissions.ts. */
export function parseJsonJob(request: Buffer): Job {
  const job = parseJson(request);
  return {
    inputs: summarize(job.inputs),
    phases: items(job.query as AnyTerm[]).map((p) => ({ kind: ((p as { items: AnyTerm[] }).items[0] as ErlAtom).name as 'map' | 'reduce' | 'link' })),
  };
}
