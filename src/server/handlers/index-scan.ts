import { Buffer } from 'node:buffer';
import type { IndexFieldType } from '../store/content-codec.js';
import type { Database } from '../store/database.js';
import type { KeyKind } from '../store/backend.js';
import { anyKind, indexInOrder, keyAfter, keysInOrder } from '../store/ordered-scan.js';

/**
 * A 2i query's results as ordered range scans of the backend, the way
 * eleveldb serves them: a field's entries in (term, key) order, `$bucket`
 * and `$key` as key scans. Lazy: a page of `max_results` reads that many
 * entries, and a continuation resumes the scan where the page ended.
 */

export type Term = Buffer | number | bigint;

/** One result: the term (undefined for `$bucket`/`$key`) and the object key. */
export interface Result {
  term: Term | undefined;
  key: Buffer;
}

export interface IndexQuery {
  /** A `$bucket` query: every key. */
  bucketQuery: boolean;
  kind: IndexFieldType;
  field: string;
  start: Term | undefined;
  end: Term | undefined;
}

const latin1 = (bytes: Buffer): string => bytes.toString('latin1');
const bytesOf = (text: string): Buffer => Buffer.from(text, 'latin1');

/**
 * The results of `query` over a bucket in index order (term then key; key
 * for `$bucket` / `$key`), each (term, key) once; only those after `after`
 * when given (its term counts for a field's entries only). A field's
 * entries are those of the live siblings (a delete removes its key's,
 * datatypes have none); `$bucket` and `$key` are key scans, as
 * riak_kv_eleveldb_backend folds them: every key, a tombstone until it is
 * reaped and a datatype too (`accept` narrows them). At most `budget`
 * results are read.
 */
export function* resultsInOrder(
  db: Database,
  type: string,
  bucket: string,
  query: IndexQuery,
  after?: Result,
  budget?: number,
  accept: (kind: KeyKind) => boolean = anyKind,
): Generator<Result> {
  const limit = budget === undefined ? {} : { budget };
  if (query.bucketQuery || query.kind === '$key') {
    let gte = '';
    let lt: string | undefined;
    if (query.kind === '$key' && !query.bucketQuery) {
      gte = latin1(query.start as Buffer);
      lt = keyAfter(latin1(query.end as Buffer));
    }
    if (after !== undefined && keyAfter(latin1(after.key)) > gte) gte = keyAfter(latin1(after.key));
    for (const key of keysInOrder(db, type, bucket, { gte, ...(lt === undefined ? {} : { lt }), accept, ...limit })) {
      yield { term: undefined, key: bytesOf(key) };
    }
    return;
  }
  const range = { field: query.field, start: query.start as Term, end: query.end as Term };
  const position = after === undefined ? undefined : { term: after.term as Term, key: latin1(after.key) };
  for (const match of indexInOrder(db, type, bucket, range, position, budget)) {
    yield { term: match.term, key: bytesOf(match.key) };
  }
}
