import { ErlAtom, ErlTuple, type ErlTerm } from './term.js';

/**
 * Erlang's `io_lib:format("~p", [Term])` for the terms Riak puts in error
 * texts, so RpbErrorResp messages match Riak's byte for byte.
 *
 * Error texts are handled as byte strings: each JS char is one byte (latin1),
 * the way an Erlang iolist flattens. User bytes (bucket names, keys) enter
 * through `Buffer.toString('latin1')` and leave unchanged.
 */

const RESERVED = new Set([
  'after', 'and', 'andalso', 'band', 'begin', 'bnot', 'bor', 'bsl', 'bsr', 'bxor', 'case', 'catch', 'cond', 'div', 'end',
  'fun', 'if', 'let', 'not', 'of', 'or', 'orelse', 'query', 'receive', 'rem', 'try', 'when', 'xor',
]);

/** `~p` of a term, on one line. */
export function formatTerm(term: ErlTerm): string {
  if (Buffer.isBuffer(term)) return formatBinary(term);
  if (typeof term === 'number' || typeof term === 'bigint') return String(term);
  if (typeof term === 'string') return formatString(term);
  if (term instanceof ErlAtom) return formatAtom(term.name);
  if (term instanceof ErlTuple) return `{${term.items.map(formatTerm).join(',')}}`;
  return `[${term.map(formatTerm).join(',')}]`;
}

/** `~s` of a binary: its bytes as they are. */
export function bytesText(bytes: Uint8Array): string {
  return Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
}

function isPrintable(code: number): boolean {
  return (code >= 32 && code <= 126) || (code >= 160 && code <= 255) || (code >= 8 && code <= 13) || code === 27;
}

const ESCAPES: Record<number, string> = { 8: '\\b', 9: '\\t', 10: '\\n', 11: '\\v', 12: '\\f', 13: '\\r', 27: '\\e', 34: '\\"', 92: '\\\\' };

function escapeChars(codes: Iterable<number>): string {
  let out = '';
  for (const code of codes) out += ESCAPES[code] ?? String.fromCharCode(code);
  return out;
}

function formatBinary(bytes: Buffer): string {
  if (bytes.length === 0) return '<<>>';
  if (bytes.every(isPrintable)) return `<<"${escapeChars(bytes)}">>`;
  return `<<${[...bytes].join(',')}>>`;
}

function formatString(value: string): string {
  if (value.length === 0) return '[]';
  const codes = [...value].map((ch) => ch.codePointAt(0) as number);
  if (codes.every(isPrintable)) return `"${escapeChars(codes)}"`;
  return `[${codes.join(',')}]`;
}

function formatAtom(name: string): string {
  if (/^[a-z][a-zA-Z0-9_@]*$/.test(name) && !RESERVED.has(name)) return name;
  return `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
