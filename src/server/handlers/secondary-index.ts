import { Buffer } from 'node:buffer';
import { RpbIndexReq } from '../../../generated/riak.js';
import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import type { RequestContext, ServerContext } from '../context.js';
import { binaryToTerm, termToBinary } from '../../codec/erlang/etf.js';
import { formatTerm } from '../erlang/format.js';
import { atom, ErlTuple, tuple, type ErlTerm } from '../../codec/erlang/term.js';
import { coverageKeyspace, type CoverageFailure } from '../cluster/coverage-keyspace.js';
import { byteString, decodeRequest, has, optional, optionalBytes } from '../protocol/decode.js';
import { FatalRequestError, reply, riakError, StreamReply, type HandlerResult } from '../protocol/replies.js';
import { compareIndexValues, indexFieldType, latin1Lower, parseErlangInteger, type IndexFieldType } from '../store/content-codec.js';
import { requestDeadline, type Deadline } from '../request-deadline.js';
import type { Database } from '../store/database.js';
import { UNORDERED_CHUNK, unorderedResults } from '../store/unordered.js';
import { resultsInOrder, type IndexQuery, type Result, type Term } from './index-scan.js';
import { batches, batchesBetweenChunks, firstOfChunks, UntilDeadline } from './scan-stream.js';
import { compileTermRegex } from './term-regex.js';

export type { IndexQuery, Result, Term } from './index-scan.js';

/** riak_kv_pb_index's text for the index FSM's `{error, timeout}`. */
const TIMEOUT = '{error,timeout}';

/**
 * RpbIndexReq (riak_kv_pb_index + riak_index): exact and range queries on
 * `_bin`/`_int` indexes and on the `$bucket` / `$key` special indexes,
 * return_terms, term_regex, max_results with Riak's continuation
 * (`base64(term_to_binary(LastResult))`), pagination_sort and streaming.
 * Results come from the backend's ordered index scan (index-scan.ts), read
 * as the reply needs them: a page of max_results reads that many entries
 * and its continuation resumes the scan after the page's last result.
 * They are sorted (by term, then key) when Riak sorts them: with
 * max_results, a continuation, or pagination_sort; otherwise each chunk of
 * the scan comes in the server's seeded order (store/unordered.ts), as
 * Riak's vnode folds give them in no order, and a streamed query sends each
 * chunk as it is read.
 *
 * `timeout` (default 60 s) bounds the query as the index FSM's timer does:
 * when it runs out, the request ends with "{error,timeout}" (the FSM's
 * `{error, timeout}` message formatted with ~p by riak_kv_pb_index), after
 * the results found so far when streaming.
 */

/**
 * riak_kv_pb_index hands some errors to riak_api_pb_server:send_error/2 as
 * bare tuples, which it has no clause for: the connection crashes with
 * function_clause, the client gets the crash text and the connection closes.
 */
function sendErrorCrash(reason: ErlTerm): FatalRequestError {
  return new FatalRequestError(`Error processing incoming message: error:function_clause:[{riak_api_pb_server,send_error,[${formatTerm(reason)},state],[]}]`);
}

function optionalTerm(bytes: Buffer | undefined): string {
  return bytes === undefined ? 'undefined' : formatTerm(bytes);
}

/** riak_index:parse_field_if_defined/2 for a query bound. */
function parseBound(kind: IndexFieldType, field: string, value: Buffer | undefined): Term | undefined {
  if (value === undefined) return undefined;
  if (kind !== 'int') return value;
  const parsed = parseErlangInteger(value.toString('latin1'));
  if (parsed === undefined) throw sendErrorCrash(tuple(atom('field_parsing_failed'), tuple(Buffer.from(field, 'latin1'), value)));
  return parsed;
}

/** riak_index:decode_continuation/1: base64 of an Erlang term; garbage crashes the request as binary_to_term does. */
export function decodeContinuation(bytes: Buffer): ErlTerm {
  try {
    return binaryToTerm(Buffer.from(bytes.toString('latin1'), 'base64'));
  } catch {
    throw new FatalRequestError('Error processing incoming message: error:badarg:[{erlang,binary_to_term,[continuation],[]}]');
  }
}

export function handleIndex(payload: Buffer, ctx: RequestContext): HandlerResult {
  const req = decodeRequest(RpbIndexReq, payload, 'rpbindexreq');
  const eq = req.qtype === RpbIndexReq.IndexQueryType.eq;
  const key = optionalBytes(req, 'key');
  const min = optionalBytes(req, 'rangeMin');
  const max = optionalBytes(req, 'rangeMax');
  // validate_request/1
  if (eq && key === undefined) throw riakError('Invalid equality query undefined');
  if (!eq && (min === undefined || max === undefined)) throw riakError(`Invalid range query: ${optionalTerm(min)} -> ${optionalTerm(max)}`);
  const regexBytes = optionalBytes(req, 'termRegex');
  let regex: RegExp | undefined;
  if (regexBytes !== undefined) {
    const compiled = compileTermRegex(regexBytes);
    if (!compiled.ok) throw riakError(`Invalid term regular expression ${formatTerm(regexBytes)} : ${compiled.error}`);
    regex = compiled.regex;
  }

  // validate_query/1 → riak_index:to_index_query/1 (query_params/1 first).
  const isBucketQuery = byteString(req.index) === '$bucket';
  const field = latin1Lower(byteString(req.index));
  const kind = indexFieldType(field);
  if (kind === undefined) throw sendErrorCrash(tuple(atom('unknown_field_type'), Buffer.from(field, 'latin1')));
  const start = isBucketQuery || kind === '$bucket' ? undefined : parseBound(kind, field, eq ? key : min);
  const end = isBucketQuery || kind === '$bucket' ? undefined : parseBound(kind, field, eq ? key : max);
  if (regex !== undefined && (typeof start === 'number' || typeof start === 'bigint')) {
    throw riakError('Can not use term regular expression in integer query');
  }
  // Pairs internally for range queries on a real index; keys otherwise.
  const pairs = !eq && kind !== '$key' && kind !== '$bucket' && !isBucketQuery;
  const continuationBytes = optionalBytes(req, 'continuation');
  const after = continuationBytes === undefined ? undefined : decodeContinuation(continuationBytes);

  const type = has(req, 'type') ? byteString(req.type) : DEFAULT_BUCKET_TYPE;
  const bucket = byteString(req.bucket);
  if (!ctx.server.buckets.hasType(type)) throw riakError('no_type');

  const deadline = requestDeadline(ctx.server, optional<number>(req, 'timeout'));
  const query: IndexQuery = { bucketQuery: isBucketQuery || kind === '$bucket', kind, field, start, end };
  const maxResults = optional<number>(req, 'maxResults');
  // riak_kv_index_fsm: paginating (max_results > 0) sorts; so does a continuation (maybe_pgsort/2) or pagination_sort.
  const sorted = (maxResults !== undefined && maxResults > 0) || after !== undefined || req.paginationSort === true;
  const resume = after === undefined ? undefined : resumeFrom(after, pairs, query);
  // A page reads no more than it returns, unless some of what is read may be dropped (a regex, an odd continuation).
  const budget = regex === undefined && resume?.keep === undefined ? maxResults : undefined;
  // On a simulated cluster, riak_kv_index_fsm's coverage plan: its vnodes merged in order (index-scan.ts reads them as one keyspace).
  const db = coverageKeyspace(ctx.server, { type, bucket }, indexFsmError);
  const scan = resultsInOrder(db, type, bucket, query, resume?.after, budget);
  const found = new UntilDeadline(resume?.keep === undefined ? scan : filter(scan, resume.keep), deadline);
  const answer = new IndexAnswer({ maxResults, pairs, withTerms: req.returnTerms === true && pairs, stream: req.stream === true }, ctx.server.streamBatchSize);
  if (regex !== undefined) return answerMatching(ctx.server, regex, found, sorted, answer);
  // A chunk of the scan at a time: in scan order when sorted (a page's chunk is the page), else each in the seeded order.
  const chunks = sorted ? batches(found, Math.min(UNORDERED_CHUNK, maxResults ?? UNORDERED_CHUNK)) : unorderedResults(ctx.server).chunks(found, resultIdentity);
  return answer.reply(chunks, found);
}

/** riak_kv_pb_index's text for the index FSM's `{error, Reason}` (a simulated cluster's coverage plan failing). */
export function indexFsmError(reason: CoverageFailure): Error {
  return riakError(`{error,${reason}}`);
}

/** What a result's place in the seeded order depends on: its term and key. */
function resultIdentity(result: Result): Buffer {
  return result.term === undefined ? result.key : Buffer.concat([termBytes(result.term), Buffer.from([0]), result.key]);
}

/**
 * Where a continuation resumes the scan (riak_index:apply_continuation/2:
 * results strictly after the last one returned). The shapes Riak itself
 * sends resume the ordered scan right after that result; any other shape
 * keeps Riak's comparison as a filter over the whole range ({@link isAfter},
 * which crashes the request on an invalid one, as Riak does).
 */
function resumeFrom(after: ErlTerm, pairs: boolean, query: IndexQuery): { after?: Result; keep?: (result: Result) => boolean } {
  if (after instanceof ErlTuple && after.items.length === 2 && Buffer.isBuffer(after.items[1])) {
    const [term, key] = after.items as [ErlTerm, Buffer];
    // Without pairs only the key is compared: the results all have the query's one term (or none).
    if (!pairs) return { after: { term: query.start, key } };
    if (Buffer.isBuffer(term) || typeof term === 'bigint' || (typeof term === 'number' && Number.isInteger(term))) return { after: { term, key } };
  } else if (Buffer.isBuffer(after) && !pairs) {
    return { after: { term: query.start, key: after } };
  }
  return { keep: (result) => isAfter(result, after, pairs) };
}

function* filter<T>(items: Iterable<T>, keep: (item: T) => boolean): Generator<T> {
  for (const item of items) if (keep(item)) yield item;
}

/**
 * The term_regex filter, run off the server thread with PCRE's match-limit
 * semantics (regex/bounded-matcher.ts). Riak matches the term of `_bin`
 * queries and the key of `$key` / `$bucket` queries; an integer term never
 * matches (integer queries with a regex are refused earlier).
 */
async function keepMatching(server: ServerContext, regex: RegExp, results: Result[]): Promise<Result[]> {
  const subjects = results.map((r) => (r.term === undefined ? r.key : Buffer.isBuffer(r.term) ? r.term : Buffer.alloc(0)).toString('latin1'));
  const matched = await server.regex.matchAll(regex, subjects);
  return results.filter((r, i) => matched[i] && (r.term === undefined || Buffer.isBuffer(r.term)));
}

/**
 * A query with term_regex: the scan is matched a chunk at a time (the
 * matching is asynchronous), the matching results kept in order when
 * sorted, each chunk's in the seeded order otherwise, until a page is full
 * or the scan ends; then the reply is sent. Only matching results are held.
 */
async function answerMatching(
  server: ServerContext,
  regex: RegExp,
  found: UntilDeadline<Result>,
  sorted: boolean,
  answer: IndexAnswer,
): Promise<Buffer | StreamReply> {
  const kept: Result[] = [];
  const wanted = answer.paging.maxResults ?? Number.POSITIVE_INFINITY;
  if (wanted > 0) {
    for (const chunk of batches(found, UNORDERED_CHUNK)) {
      const matching = await keepMatching(server, regex, chunk);
      kept.push(...(sorted ? matching : unorderedResults(server).arrange(matching, resultIdentity)));
      if (kept.length >= wanted) break;
    }
  }
  return answer.reply([kept], found);
}

interface Paging {
  maxResults: number | undefined;
  /** Results are {term, key} pairs internally (range queries on a real index). */
  pairs: boolean;
  withTerms: boolean;
  stream: boolean;
}

/** Encodes a query's reply: one frame, or a stream of frames generated as the client reads them. */
class IndexAnswer {
  constructor(
    readonly paging: Paging,
    readonly batchSize: number,
  ) {}

  /**
   * Applies max_results to `chunks` (the results past the continuation, in
   * the order to send them, a chunk of the scan at a time) and answers;
   * `found.expired` tells, once they are read, whether the deadline passed:
   * then the request ends with the timeout error (after the results read so
   * far, when streaming). A streamed answer lets the event loop run between
   * chunks.
   */
  reply(chunks: Iterable<Result[]>, found: { readonly expired: boolean }): Buffer | StreamReply {
    const { maxResults } = this.paging;
    const page = firstOfChunks(chunks, maxResults);
    if (!this.paging.stream) {
      const all = [...page].flat();
      if (found.expired) throw riakError(TIMEOUT);
      const more = maxResults !== undefined && all.length === maxResults && all.length > 0;
      return reply('RpbIndexResp', { ...this.#body(all), ...(more ? { continuation: this.#continuationOf(all[all.length - 1]) } : {}) });
    }
    const answer = this;
    async function* frames(): AsyncGenerator<Buffer> {
      let count = 0;
      let last: Result | undefined;
      for await (const batch of batchesBetweenChunks(page, answer.batchSize)) {
        count += batch.length;
        last = batch[batch.length - 1];
        yield reply('RpbIndexResp', answer.#body(batch));
      }
      if (found.expired) throw riakError(TIMEOUT);
      const more = maxResults !== undefined && count >= maxResults && last !== undefined;
      yield reply('RpbIndexResp', { done: true, ...(more ? { continuation: answer.#continuationOf(last as Result) } : {}) });
    }
    return new StreamReply(frames());
  }

  #continuationOf(last: Result): Buffer {
    const term: ErlTerm = this.paging.pairs ? tuple(last.term as Term, last.key) : last.key;
    return Buffer.from(termToBinary(term).toString('base64'), 'latin1');
  }

  #body(batch: Result[]) {
    return this.paging.withTerms ? { results: batch.map((r) => ({ key: termBytes(r.term as Term), value: r.key })) } : { keys: batch.map((r) => r.key) };
  }
}

/** An `_int` term goes on the wire as its decimal text (riak_kv_pb_index:encode_result/1). */
function termBytes(term: Term): Buffer {
  return Buffer.isBuffer(term) ? term : Buffer.from(String(term), 'latin1');
}

/** riak_index:apply_continuation/2: results strictly after the last one returned. */
function isAfter(result: Result, after: ErlTerm, pairs: boolean): boolean {
  if (after instanceof ErlTuple && after.items.length === 2 && Buffer.isBuffer(after.items[1])) {
    const [term, key] = after.items as [ErlTerm, Buffer];
    if (pairs && result.term !== undefined && (Buffer.isBuffer(term) || typeof term === 'number' || typeof term === 'bigint')) {
      const byTerm = compareIndexValues(result.term, term);
      return byTerm > 0 || (byTerm === 0 && Buffer.compare(result.key, key) > 0);
    }
    return Buffer.compare(result.key, key) > 0;
  }
  if (Buffer.isBuffer(after)) return Buffer.compare(result.key, after) > 0;
  throw sendErrorCrash(tuple(atom('invalid_continuation'), after));
}

/**
 * Runs an index query for a MapReduce 2i input: `{term, key}` results
 * (term undefined for `$bucket`/`$key`, which give a tombstone's key until
 * it is reaped, as on Riak), sorted by term then key, stopping
 * when `deadline` passes (`complete` false: the results found so far). A
 * term_regex is not applied here ({@link keepMatching} is, by the handler).
 * `db`: the keyspace read (a simulated cluster's coverage view, cluster/coverage-keyspace.ts).
 */
export function scanIndex(
  server: ServerContext,
  type: string,
  bucket: string,
  query: IndexQuery,
  deadline?: Deadline,
  db: Database = server.db,
): { results: Result[]; complete: boolean } {
  const scan = resultsInOrder(db, type, bucket, query);
  if (deadline === undefined) return { results: [...scan], complete: true };
  const found = new UntilDeadline(scan, deadline);
  const results = [...found];
  return { results, complete: !found.expired };
}

/** {@link scanIndex} without a deadline. */
export function runIndexQuery(server: ServerContext, type: string, bucket: string, query: IndexQuery): Result[] {
  return scanIndex(server, type, bucket, query).results;
}
