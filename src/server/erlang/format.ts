import { Buffer } from 'node:buffer';
import { compareTerms } from './compare.js';
import { formatErlangFloat } from './float-format.js';
import {
  ErlAtom,
  ErlBitstring,
  ErlExportFun,
  ErlFloat,
  type ErlFun,
  ErlImproperList,
  ErlMap,
  ErlPid,
  ErlPort,
  ErlRef,
  ErlTuple,
  charCodes,
  type AnyTerm,
} from '../../codec/erlang/term.js';

/**
 * Erlang's `io_lib:format("~p", [Term])` for the terms Riak puts in error
 * texts, so RpbErrorResp messages match Riak's byte for byte.
 *
 * Error texts are handled as byte strings: each JS char is one byte (latin1),
 * the way an Erlang iolist flattens. User bytes (bucket names, keys) enter
 * through `Buffer.toString('latin1')` and leave unchanged.
 */

/** erl_scan's reserved words on OTP 25 ('query' stopped being one in R16B). */
const RESERVED = new Set([
  'after',
  'and',
  'andalso',
  'band',
  'begin',
  'bnot',
  'bor',
  'bsl',
  'bsr',
  'bxor',
  'case',
  'catch',
  'cond',
  'div',
  'end',
  'fun',
  'if',
  'let',
  'not',
  'of',
  'or',
  'orelse',
  'receive',
  'rem',
  'try',
  'when',
  'xor',
]);

/** `~p` of a term, on one line. */
export function formatTerm(term: AnyTerm): string {
  if (Buffer.isBuffer(term)) return formatBinary(term);
  if (typeof term === 'number') return Number.isInteger(term) ? String(term) : formatErlangFloat(term);
  if (typeof term === 'bigint') return String(term);
  if (typeof term === 'string') return formatCodes(charCodes(term));
  if (Array.isArray(term)) return isCharList(term) ? formatCodes(term) : `[${term.map(formatTerm).join(',')}]`;
  if (term instanceof ErlAtom) return formatAtom(term.name);
  if (term instanceof ErlTuple) return `{${term.items.map(formatTerm).join(',')}}`;
  if (term instanceof ErlFloat) return formatErlangFloat(term.value);
  if (term instanceof ErlImproperList) return `[${term.items.map(formatTerm).join(',')}|${formatTerm(term.tail)}]`;
  if (term instanceof ErlMap)
    return `#{${sortedPairs(term)
      .map(([k, v]) => `${formatTerm(k)} => ${formatTerm(v)}`)
      .join(',')}}`;
  if (term instanceof ErlBitstring) return formatBitstring(term);
  return formatOpaque(term);
}

/** A list whose items are all character codes: printed as a string if printable (io_lib:printable_latin1_list/1). */
export function isCharList(items: AnyTerm[]): items is number[] {
  return items.length > 0 && items.every((c) => typeof c === 'number' && Number.isInteger(c) && isPrintable(c));
}

/** A map's pairs in the order ~p prints them (small maps: by key). */
export function sortedPairs(map: ErlMap): [AnyTerm, AnyTerm][] {
  return [...map.pairs].sort(([a], [b]) => compareTerms(a, b));
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

function formatCodes(codes: number[]): string {
  if (codes.length === 0) return '[]';
  if (codes.every(isPrintable)) return `"${escapeChars(codes)}"`;
  return `[${codes.join(',')}]`;
}

function formatBitstring(bits: ErlBitstring): string {
  const whole = [...bits.bytes.subarray(0, bits.bytes.length - 1)];
  const last = bits.bytes[bits.bytes.length - 1] >> (8 - bits.bits);
  return `<<${[...whole, `${last}:${bits.bits}`].join(',')}>>`;
}

/** Pids, ports and references print with node index 0 (this node's view is not known here). */
function formatOpaque(term: ErlPid | ErlPort | ErlRef | ErlFun | ErlExportFun): string {
  if (term instanceof ErlPid) return `<0.${term.id}.${term.serial}>`;
  if (term instanceof ErlPort) return `#Port<0.${term.id}>`;
  if (term instanceof ErlRef) return `#Ref<0.${[...term.ids].reverse().join('.')}>`;
  if (term instanceof ErlExportFun) return `fun ${formatAtom(term.module.name)}:${formatAtom(term.fun.name)}/${term.arity}`;
  return `#Fun<${term.module.name}.${term.oldIndex}.${term.oldUniq}>`;
}

export function formatAtom(name: string): string {
  if (/^[a-z][a-zA-Z0-9_@]*$/.test(name) && !RESERVED.has(name)) return name;
  return `'${name.replace(/\\/g, '\\\\').replace(/'/g, "\\'")}'`;
}
