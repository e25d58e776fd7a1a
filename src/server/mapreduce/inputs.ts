import { Buffer } from 'node:buffer';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import { coverageKeyspace, type CoverageFailure } from '../cluster/coverage-keyspace.js';
import type { ServerContext } from '../context.js';
import { atom, ErlAtom, isTuple, tuple, UNDEFINED, type AnyTerm } from '../../codec/erlang/term.js';
import { scanIndex, type Term } from '../handlers/secondary-index.js';
import { indexFieldType } from '../store/content-codec.js';
import type { Database } from '../store/database.js';
import { keysInOrder } from '../store/ordered-scan.js';
import { nameBytes, unorderedResults } from '../store/unordered.js';
import { coverageFilters } from './coverage-plan.js';
import { ErlangError } from './erlang-error.js';
import { BadFilterError, buildKeyFilter, FilterBuildCrash, MatchPending, RegexAnswers, resolveFilters } from './key-filters.js';
import { PipeTimeout, type PipeTimer } from './pipe-timer.js';
import { listkeysFailure } from './run.js';
import { isBinary, isProperList, items } from './terms.js';

/**
 * riak_kv_mrc_pipe:send_inputs/3: the job's inputs as the terms the first
 * fitting receives. Key lists go as given; a bucket (listkeys), a key
 * filter and a 2i query produce `{Bucket, Key}`, or
 * `{{{Type, Bucket}, Key}, undefined}` in a typed bucket, in no particular
 * order (the server's seeded order, store/unordered.ts), as vnode folds
 * deliver them. A failure is what the input sender exits with:
 * "Error sending inputs: ~p" ({@link SendInputsError}). Listing keys for
 * bucket, key-filter and 2i inputs asks the job's timer at every key, so a
 * job over a large bucket stops with {@link PipeTimeout} when its time is up.
 */
export class SendInputsError extends Error {
  constructor(readonly reason: AnyTerm) {
    super('Error sending inputs');
  }
}

/** riak_pipe_qcover_fsm's `{error, Reason}` (a simulated cluster's coverage plan failing), what the input sender exits with. */
const coverageFailed = (reason: CoverageFailure): SendInputsError => new SendInputsError(tuple(atom('error'), atom(reason)));

/** A bucket as inputs name it: a binary (default type) or {Type, Bucket}. */
function location(bucket: AnyTerm): { type: string; name: string } | undefined {
  if (isBinary(bucket)) return { type: DEFAULT_BUCKET_TYPE, name: bucket.toString('latin1') };
  if (isTuple(bucket, 2) && isBinary(bucket.items[0]) && isBinary(bucket.items[1])) {
    return { type: bucket.items[0].toString('latin1'), name: bucket.items[1].toString('latin1') };
  }
  return undefined;
}

/** keysend/4 of riak_kv_pipe_listkeys and riak_kv_pipe_index: the input a key becomes. */
function keyInput(bucket: AnyTerm, key: Buffer): AnyTerm {
  return isBinary(bucket) ? tuple(bucket, key) : tuple(tuple(bucket, key), UNDEFINED);
}

/**
 * A bucket's keys from an ordered scan of its keyspace `db`
 * ({@link bucketKeyspace}), each chunk in the seeded order. The
 * job's timer is asked at every key, and the event loop runs between
 * chunks, so other connections are served and a long listing stops on time.
 */
async function listKeys(server: ServerContext, bucket: AnyTerm, timer: PipeTimer, db: Database | undefined): Promise<Buffer[]> {
  const where = location(bucket);
  if (where === undefined || db === undefined) return [];
  const keys: Buffer[] = [];
  const timed = (function* () {
    for (const key of keysInOrder(db, where.type, where.name)) {
      timer.check();
      yield key;
    }
  })();
  for (const chunk of unorderedResults(server).chunks(timed, nameBytes)) {
    for (const key of chunk) keys.push(Buffer.from(key, 'latin1'));
    await new Promise<void>((resolve) => setImmediate(resolve));
  }
  return keys;
}

/** The keyspace a bucket input lists: riak_kv_pipe_listkeys over riak_pipe_qcover_fsm's plan on a simulated cluster. */
function bucketKeyspace(server: ServerContext, bucket: AnyTerm): Database | undefined {
  const where = location(bucket);
  return where === undefined ? undefined : coverageKeyspace(server, { type: where.type, bucket: where.name }, coverageFailed);
}

/**
 * The keys a key filter keeps, as riak_kv_pipe_listkeys gets them from the
 * vnodes' key folds with riak_kv_mapred_filters (key-filters.ts). A
 * top-level name Riak does not know fails the input sender (bad_filter); a
 * filter that crashes while the vnodes build it crashes them, so nothing
 * ever answers and the job ends with its timeout; a filter that crashes on
 * a key fails the listkeys fitting, which fails the job
 * ({@link listkeysFailure}): Riak never skips such a key. `matches` answers
 * come from the regex workers, in rounds (see RegexAnswers): keys waiting
 * for an answer are evaluated again once it is in.
 */
async function filterKeys(server: ServerContext, bucket: AnyTerm, defs: AnyTerm[], timer: PipeTimer): Promise<Buffer[]> {
  let resolved: AnyTerm[];
  try {
    resolved = resolveFilters(defs);
  } catch (err) {
    if (err instanceof BadFilterError) throw new SendInputsError(tuple(atom('error'), tuple(atom('bad_filter'), err.filter)));
    throw err;
  }
  const answers = new RegexAnswers();
  let keep: (key: Buffer) => boolean;
  try {
    keep = buildKeyFilter(defs, answers);
  } catch (err) {
    if (err instanceof FilterBuildCrash) return timer.expiry();
    throw err;
  }
  const db = bucketKeyspace(server, bucket);
  const keys = await listKeys(server, bucket, timer, db);
  const where = location(bucket);
  const nVal = (where === undefined ? undefined : server.buckets.bucket(where.type, where.name)?.nVal) ?? 3;
  // What the listkeys fitting was given: {cover, FilterVNodes, {Bucket, Filters}}, the filters of the plan the keys came through.
  const failed = (): Error => listkeysFailure(tuple(atom('cover'), coverageFilters(nVal, db), tuple(bucket, resolved)));
  const kept = new Set<Buffer>();
  let undecided = keys;
  while (undecided.length > 0) {
    const waiting: Buffer[] = [];
    for (const key of undecided) {
      timer.check();
      try {
        if (keep(key)) kept.add(key);
      } catch (err) {
        if (err instanceof MatchPending) waiting.push(key);
        else if (err instanceof ErlangError) throw failed();
        else throw err;
      }
    }
    if (waiting.length > 0) await answers.resolve((regex, subjects) => server.regex.matchAll(regex, subjects));
    undecided = waiting;
  }
  return keys.filter((key) => kept.has(key));
}

/** riak_kv_pipe_index: the keys of an `{index, Bucket, Index, Key}` or `{index, Bucket, Index, Start, End}` input. */
function indexKeys(server: ServerContext, input: AnyTerm[], timer: PipeTimer): Buffer[] {
  const [, bucket, index, start, end] = input;
  const where = location(bucket);
  if (where === undefined || !isBinary(index)) return [];
  const field = index.toString('latin1');
  const kind = indexFieldType(field);
  if (kind === undefined) return [];
  const bound = (t: AnyTerm | undefined): Term | undefined => (isBinary(t) || typeof t === 'number' || typeof t === 'bigint' ? t : undefined);
  const bucketQuery = kind === '$bucket';
  const query = { bucketQuery, kind, field, start: bound(start), end: bound(end ?? start) };
  const db = coverageKeyspace(server, { type: where.type, bucket: where.name }, coverageFailed);
  const { results, complete } = scanIndex(server, where.type, where.name, query, timer.deadline, db);
  if (!complete) throw new PipeTimeout();
  const seen = new Set<string>();
  const keys = results.map((r) => r.key.toString('latin1')).filter((k) => !seen.has(k) && seen.add(k) !== undefined);
  return unorderedResults(server)
    .arrangeNames(keys)
    .map((key) => Buffer.from(key, 'latin1'));
}

const isAtomNamed = (t: AnyTerm | undefined, name: string): boolean => t instanceof ErlAtom && t.name === name;

export async function sendInputs(server: ServerContext, inputs: AnyTerm, timer: PipeTimer): Promise<AnyTerm[]> {
  if (isProperList(inputs)) return items(inputs);
  if (isBinary(inputs) || (isTuple(inputs, 2) && isBinary(inputs.items[0]) && isBinary(inputs.items[1]))) {
    return (await listKeys(server, inputs, timer, bucketKeyspace(server, inputs))).map((key) => keyInput(inputs, key));
  }
  if (isTuple(inputs)) {
    const [tag, a] = inputs.items;
    if (isAtomNamed(tag, 'index')) return indexKeys(server, inputs.items, timer).map((key) => keyInput(a, key));
    if (isAtomNamed(tag, 'search')) throw new SendInputsError(tuple(atom('error'), 'search not enabled'));
    if (isAtomNamed(tag, 'modfun')) {
      // Mod:Fun(Pipe, Arg, Timeout) of a module this node does not have: undef, caught by send_inputs/3.
      const [, module, fun] = inputs.items;
      throw new SendInputsError(tuple(inputs, atom('error'), atom('undef'), [tuple(module, fun, 3, [])]));
    }
    if (inputs.items.length === 2 && isProperList(a)) {
      const keys = await filterKeys(server, tag, items(a), timer);
      return keys.map((key) => keyInput(tag, key));
    }
  }
  return [];
}
