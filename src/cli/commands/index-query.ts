import { Buffer } from 'node:buffer';
import type { IndexMatch, IndexName, IndexQueryParams } from '../../index.js';
import { parseBase64, parseCount } from '../args.js';
import { UsageError } from '../command.js';
import { defineClientCommand } from '../client-command.js';
import { base64, displayBytes, displayLines, jsonBytes } from '../output.js';

/** `A..B` (split at the first `..`; both ends inclusive). */
function parseRange(text: string): [string, string] {
  const at = text.indexOf('..');
  if (at < 0) throw new UsageError(`--range expects MIN..MAX, got ${JSON.stringify(text)}`);
  return [text.slice(0, at), text.slice(at + 2)];
}

export const index = defineClientCommand({
  name: 'index',
  summary: 'query a secondary index (2i)',
  synopsis: 'index [options] BUCKET --index NAME (--key VALUE | --range MIN..MAX)',
  description: `Queries the secondary index NAME (ending in _bin or _int, or $bucket / $key) of BUCKET
and prints each matching key on its own line as the results stream in; with --return-terms,
a TERM KEY table. With --max-results, when more results remain the next page's
--continuation is printed on stderr; with --all too, every page is fetched in turn
(at most --max-results held at a time when printing keys).
--json: {"keys": [...], "results": [{"term", "key"}] (with --return-terms),
"continuation": base64 or null}`,
  optionsHelp: `  --type TYPE            bucket type (default: default)
  --index NAME           index to query, e.g. email_bin, age_int, $key, $bucket
  --key VALUE            exact match
  --range MIN..MAX       inclusive range (split at the first "..")
  --max-results N        page size
  --continuation TOKEN   the continuation of the previous page
  --all                  with --max-results: fetch the following pages too
  --return-terms         print each key's matching term too (range queries)
  --term-regex REGEX     keep terms matching this Erlang regex (range queries on _bin / $key)`,
  options: {
    type: { type: 'string' },
    index: { type: 'string' },
    key: { type: 'string' },
    range: { type: 'string' },
    'max-results': { type: 'string' },
    continuation: { type: 'string' },
    all: { type: 'boolean' },
    'return-terms': { type: 'boolean' },
    'term-regex': { type: 'string' },
  },
  positionals: [1, 1],
  async run({ values, positionals: [bucket], connect, out, call }) {
    if (values.index === undefined) throw new UsageError('--index NAME is required');
    if (values.key !== undefined && values.range !== undefined) throw new UsageError('give --key or --range, not both');
    if (values.key === undefined && values.range === undefined && values.index !== '$bucket') throw new UsageError('give --key VALUE or --range MIN..MAX');
    const query: IndexQueryParams = { bucket, index: values.index as IndexName };
    if (values.type !== undefined) query.type = values.type;
    if (values.key !== undefined) query.key = values.key;
    if (values.range !== undefined) query.range = parseRange(values.range);
    if (values['max-results'] !== undefined) query.maxResults = parseCount('--max-results', values['max-results']);
    if (values.continuation !== undefined) query.continuation = parseBase64('--continuation', values.continuation);
    if (values['return-terms']) query.returnTerms = true;
    if (values['term-regex'] !== undefined) query.termRegex = values['term-regex'];
    if (values.all && query.maxResults === undefined) throw new UsageError('--all pages through results: give the page size with --max-results');

    const client = await connect();
    const matches: IndexMatch[] = [];
    // Without terms, keys are printed as they arrive; tables and JSON need them all.
    const streamKeys = !out.json && !query.returnTerms;
    let next: Buffer | undefined;
    do {
      const stream = client.streamIndex({ ...query, ...(next ? { continuation: next } : {}), ...call });
      // A frame at a time: one write per frame of keys, not one per key.
      for await (const batch of stream.batches()) {
        if (streamKeys) await out.raw(displayLines(batch.map((match) => match.key)));
        else for (const match of batch) matches.push(match);
      }
      next = stream.continuation;
    } while (values.all && next !== undefined);
    // Riak sends terms for range queries only; an exact match's term is the
    // value asked for ($bucket's: the bucket), so the TERM column is never blank.
    const exactTerm = values.key ?? (values.index === '$bucket' ? bucket : undefined);
    const termOf = (m: IndexMatch): Buffer | undefined => m.term ?? (exactTerm === undefined ? undefined : Buffer.from(exactTerm));
    const continuation = base64(next);
    if (out.json) {
      const results = matches.flatMap((m) => {
        const term = termOf(m);
        return term === undefined ? [] : [{ term: jsonBytes(term), key: jsonBytes(m.key) }];
      });
      await out.jsonValue({ keys: matches.map((m) => jsonBytes(m.key)), ...(query.returnTerms ? { results } : {}), continuation });
      return;
    }
    if (!streamKeys)
      await out.table(
        matches.map((m) => {
          const term = termOf(m);
          return [term === undefined ? '' : displayBytes(term), displayBytes(m.key)];
        }),
        ['TERM', 'KEY'],
      );
    if (continuation !== null) out.note(`more results: --continuation ${continuation}`);
  },
});
