import { RpbIndexReq } from '../../../generated/riak.js';
import { DEFAULT_TYPE, type RequestContext, type ServerContext } from '../context.js';
import { binaryToTerm, termToBinary } from '../../codec/erlang/etf.js';
import { formatTerm } from '../erlang/format.js';
import { atom, ErlTuple, tuple, type ErlTerm } from '../../codec/erlang/term.js';
import { byteString, decodeRequest, has, optional, optionalBytes } from '../protocol/decode.js';
import { FatalRequestError, reply, riakError, StreamReply, type HandlerResult } from '../protocol/replies.js';
import { compareIndexValues, indexFieldType, latin1Lower, parseErlangInteger, type IndexFieldType } from '../store/content-codec.js';
import { requestDeadline, type Deadline } from '../request-deadline.js';
import { unorderedResults } from '../store/unordered.js';
import { compileTermRegex } from './term-regex.js';

/** riak_kv_pb_index's text for the index FSM's `{error, timeout}`. */
const TIMEOUT = '{error,timeout}';

/**
 * RpbIndexReq (riak_kv_pb_index + riak_index): exact and range queries on
 * `_bin`/`_int` indexes and on the `$bucket` / `$key` special indexes,
 * return_terms, term_regex, max_results with Riak's continuation
 * (`base64(term_to_binary(LastResult))`), pagination_sort and streaming.
 * Results are sorted (by term, then key) when Riak sorts them: with
 * max_results, a continuation, or pagination_sort; otherwise they come in
 * the server's seeded order (store/unordered.ts), as Riak's vnode folds
 * give them in no order.
 *
 * `timeout` (default 60 s) bounds the query as the index FSM's timer does:
 * when it runs out, the request ends with "{error,timeout}" (the FSM's
 * `{error, timeout}` message formatted with ~p by riak_kv_pb_index), after
 * the results found so far when streaming.
 */

export type Term = Buffer | number | bigint;
export interface Result {
  term: Term | undefined;
  key: Buffer;
}

/**
 * riak_kv_pb_index hands some errors to riak_api_pb_server:send_error/2 as
 * bare tuples, which it has no clause for: the connection crashes with
 * function_clause, the client gets the crash text and the connection closes.
 */
function sendErrorCrash(reason: ErlTerm): FatalRequestError {
  return new FatalRequestError(
    `Error processing incoming message: error:function_clause:[{riak_api_pb_server,send_error,[${formatTerm(reason)},state],[]}]`,
  );
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

function compareResults(a: Result, b: Result): number {
  if (a.term !== undefined && b.term !== undefined) {
    const byTerm = compareIndexValues(a.term, b.term);
    if (byTerm !== 0) return byTerm;
  }
  return Buffer.compare(a.key, b.key);
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

  const type = has(req, 'type') ? byteString(req.type) : DEFAULT_TYPE;
  const bucket = byteString(req.bucket);
  if (!ctx.server.buckets.hasType(type)) throw riakError('no_type');

  const deadline = requestDeadline(ctx.server, optional<number>(req, 'timeout'));
  const scan = scanIndex(ctx.server, type, bucket, { bucketQuery: isBucketQuery || kind === '$bucket', kind, field, start, end }, deadline);
  const maxResults = optional<number>(req, 'maxResults');
  // riak_kv_index_fsm: paginating (max_results > 0) sorts; so does a continuation (maybe_pgsort/2) or pagination_sort.
  const sorted = (maxResults !== undefined && maxResults > 0) || after !== undefined || req.paginationSort === true;
  let results = scan.results;
  if (after !== undefined) results = results.filter((r) => isAfter(r, after, pairs));
  if (!sorted) results = unorderedResults(ctx.server).arrange(results, resultIdentity);
  const paging = { maxResults, pairs, withTerms: req.returnTerms === true && pairs, stream: req.stream === true, timedOut: !scan.complete };
  if (regex === undefined || !scan.complete) return answerIndex(results, paging, ctx.server.streamBatchSize);
  return keepMatching(ctx.server, regex, results).then((matching) => answerIndex(matching, paging, ctx.server.streamBatchSize));
}

/** What a result's place in the seeded order depends on: its term and key. */
function resultIdentity(result: Result): Buffer {
  return result.term === undefined ? result.key : Buffer.concat([termBytes(result.term), Buffer.from([0]), result.key]);
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

interface Paging {
  maxResults: number | undefined;
  /** Results are {term, key} pairs internally (range queries on a real index). */
  pairs: boolean;
  withTerms: boolean;
  stream: boolean;
  /** The deadline passed during the scan: the results are partial and the request ends with the timeout error. */
  timedOut: boolean;
}

/** Applies max_results to the results (already past the continuation), then encodes the reply: one frame, or a stream. */
function answerIndex(results: Result[], paging: Paging, batchSize: number): Buffer | StreamReply {
  const { maxResults, pairs, withTerms } = paging;
  const page = maxResults === undefined ? results : results.slice(0, maxResults);

  const continuationOf = (last: Result): Buffer => {
    const term: ErlTerm = pairs ? tuple(last.term as Term, last.key) : last.key;
    return Buffer.from(termToBinary(term).toString('base64'), 'latin1');
  };
  const body = (batch: Result[]) =>
    withTerms
      ? { results: batch.map((r) => ({ key: termBytes(r.term as Term), value: r.key })) }
      : { keys: batch.map((r) => r.key) };

  if (!paging.stream) {
    if (paging.timedOut) throw riakError(TIMEOUT);
    const more = maxResults !== undefined && page.length === maxResults && page.length > 0;
    return reply('RpbIndexResp', { ...body(page), ...(more ? { continuation: continuationOf(page[page.length - 1]) } : {}) });
  }
  function* frames(): Generator<Buffer> {
    for (let i = 0; i < page.length; i += batchSize) yield reply('RpbIndexResp', body(page.slice(i, i + batchSize)));
    if (paging.timedOut) throw riakError(TIMEOUT);
    const more = maxResults !== undefined && page.length >= maxResults && page.length > 0;
    yield reply('RpbIndexResp', { done: true, ...(more ? { continuation: continuationOf(page[page.length - 1]) } : {}) });
  }
  return new StreamReply(frames());
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

export interface IndexQuery {
  /** A `$bucket` query: every key. */
  bucketQuery: boolean;
  kind: IndexFieldType;
  field: string;
  start: Term | undefined;
  end: Term | undefined;
}

/**
 * Runs an index query over a bucket's live objects: `{term, key}` results
 * (term undefined for `$bucket`/`$key`), sorted by term then key. Indexes of
 * every live sibling count; tombstones have none. A term_regex is applied
 * afterwards, off the server thread ({@link keepMatching}).
 */
export function runIndexQuery(server: ServerContext, type: string, bucket: string, query: IndexQuery): Result[] {
  return scanIndex(server, type, bucket, query).results;
}

/** {@link runIndexQuery} that stops when `deadline` passes (`complete` false: the results found so far). */
export function scanIndex(server: ServerContext, type: string, bucket: string, query: IndexQuery, deadline?: Deadline): { results: Result[]; complete: boolean } {
  const { kind, field, start, end } = query;
  const results: Result[] = [];
  let complete = true;
  for (const [k, entry] of server.db.entries(type, bucket)) {
    if (deadline?.expired() === true) {
      complete = false;
      break;
    }
    if (entry.datatype !== undefined) continue;
    const keyBytes = Buffer.from(k, 'latin1');
    if (query.bucketQuery) {
      results.push({ term: undefined, key: keyBytes });
    } else if (kind === '$key') {
      const s = start as Buffer;
      const e = end as Buffer;
      if (Buffer.compare(keyBytes, s) >= 0 && Buffer.compare(keyBytes, e) <= 0) {
        results.push({ term: undefined, key: keyBytes });
      }
    } else {
      const seen = new Set<string>();
      for (const content of entry.contents) {
        if (content.deleted || !content.indexes) continue;
        for (const index of content.indexes) {
          if (index.field !== field) continue;
          if (compareIndexValues(index.value, start as Term) < 0 || compareIndexValues(index.value, end as Term) > 0) continue;
          const id = Buffer.isBuffer(index.value) ? `b${index.value.toString('latin1')}` : `i${index.value}`;
          if (seen.has(id)) continue;
          seen.add(id);
          results.push({ term: index.value, key: keyBytes });
        }
      }
    }
  }
  return { results: results.sort(compareResults), complete };
}
