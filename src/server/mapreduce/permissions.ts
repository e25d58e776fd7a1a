import { Buffer } from 'node:buffer';
import { compareTerms } from '../erlang/compare.js';
import { ErlAtom, isTuple, type AnyTerm } from '../../codec/erlang/term.js';
import { ErlangError } from './erlang-error.js';
import { JobError, type MapRedJob } from './job.js';
import { parseJsonJob } from './parse-json.js';
import { parseTermJob } from './parse-term.js';
import { isBinary, isList, isProperList, items } from './terms.js';

/**
 * What riak_kv_pb_mapred:decode/2 hands riak_api for its security check:
 * riak_kv_mapred_term:get_required_permissions/2 of the parsed inputs, for
 * JSON and Erlang-term jobs alike, and whether the query walks links
 * (refused under security by process/2). Undefined when the job does not
 * parse (no permission is checked; processing fails anyway).
 *
 * A permission's scope is `any`, a `{type, bucket}` pair, or for search
 * inputs the raw bucket term and `{<<"index">>, Bucket}` as Riak names them.
 */
export type MapRedScope = { kind: 'any' } | { kind: 'bucket'; type: Buffer; bucket: Buffer } | { kind: 'term'; term: AnyTerm };

export interface MapRedPermission {
  name: 'riak_kv.list_keys' | 'riak_kv.mapreduce' | 'riak_kv.index' | 'search.query';
  scope: MapRedScope;
}

const DEFAULT = Buffer.from('default');
const bucketScope = (bucket: AnyTerm): MapRedScope => {
  if (isBinary(bucket)) return { kind: 'bucket', type: DEFAULT, bucket };
  if (isTuple(bucket, 2) && isBinary(bucket.items[0]) && isBinary(bucket.items[1])) return { kind: 'bucket', type: bucket.items[0], bucket: bucket.items[1] };
  return { kind: 'term', term: bucket };
};
const isTag = (t: AnyTerm | undefined, name: string): boolean => t instanceof ErlAtom && t.name === name;
const isTypedBucket = (t: AnyTerm): boolean => isTuple(t, 2) && isBinary(t.items[0]) && isBinary(t.items[1]);

function permissionsOf(inputs: AnyTerm): MapRedPermission[] | undefined {
  const both = (first: MapRedPermission['name'], scope: MapRedScope): MapRedPermission[] => [
    { name: first, scope },
    { name: 'riak_kv.mapreduce', scope },
  ];
  if (isBinary(inputs) || isTypedBucket(inputs)) return both('riak_kv.list_keys', bucketScope(inputs));
  if (isTuple(inputs)) {
    const [tag, a, b] = inputs.items;
    const size = inputs.items.length;
    if (size === 4 && isTag(tag, 'modfun')) return [{ name: 'riak_kv.mapreduce', scope: { kind: 'any' } }];
    if ((size === 4 || size === 5) && isTag(tag, 'index')) return both('riak_kv.index', bucketScope(a));
    if ((size === 3 || size === 4) && isTag(tag, 'search') && isBinary(a)) {
      return [
        { name: 'riak_kv.mapreduce', scope: { kind: 'term', term: a } },
        { name: 'search.query', scope: { kind: 'bucket', type: Buffer.from('index'), bucket: a } },
      ];
    }
    if (size === 2 && (isBinary(tag) || isTypedBucket(tag)) && isList(b ?? a)) return both('riak_kv.list_keys', bucketScope(tag));
  }
  if (isProperList(inputs)) {
    // Each target's {Type, Bucket}, lists:usort'ed.
    const sorted = items(inputs)
      .map((t) => {
        const [first] = (t as { items: AnyTerm[] }).items;
        return bucketScope(isTuple(first, 2) ? first.items[0] : first);
      })
      .filter((s): s is Extract<MapRedScope, { kind: 'bucket' }> => s.kind === 'bucket')
      .sort((x, y) => Buffer.compare(x.type, y.type) || Buffer.compare(x.bucket, y.bucket));
    const unique = sorted.filter((s, i) => i === 0 || compareTerms(sorted[i - 1].type, s.type) !== 0 || compareTerms(sorted[i - 1].bucket, s.bucket) !== 0);
    return unique.map((scope) => ({ name: 'riak_kv.mapreduce', scope }));
  }
  return undefined;
}

export function mapReducePermissions(contentType: Buffer, request: Buffer): { permissions: MapRedPermission[]; hasLinkPhase: boolean } | undefined {
  let job: MapRedJob;
  try {
    const type = contentType.toString('latin1');
    if (type === 'application/json') job = parseJsonJob(request);
    else if (type === 'application/x-erlang-binary') job = parseTermJob(request);
    else return undefined;
  } catch (err) {
    if (err instanceof JobError || err instanceof ErlangError) return undefined;
    throw err;
  }
  const permissions = permissionsOf(job.inputs);
  if (permissions === undefined) return undefined;
  const hasLinkPhase = isProperList(job.query) && items(job.query).some((phase) => isTuple(phase) && isTag(phase.items[0], 'link'));
  return { permissions, hasLinkPhase };
}
