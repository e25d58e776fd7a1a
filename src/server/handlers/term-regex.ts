import type { Buffer } from 'node:buffer';
import { formatTerm } from '../erlang/format.js';
import { formatAfter } from '../erlang/pretty.js';
import { tuple } from '../../codec/erlang/term.js';

/**
 * 2i `term_regex`: Riak compiles it with Erlang's `re` (PCRE) and matches it
 * anywhere in the term's bytes. Here it is a JS RegExp over the bytes as
 * latin1 text, which agrees for ordinary patterns. The pattern compiles
 * here (compiling is cheap and linear); matching runs in the regex workers
 * with PCRE's match-limit semantics (regex/bounded-matcher.ts). A pattern
 * that does not compile gets PCRE's error tuple `{"message",Offset}` for the
 * common mistakes, the JS message otherwise.
 */
export type CompiledRegex = { ok: true; regex: RegExp } | { ok: false; error: string };

const QUANTIFIER = /[*+?]/;

function nothingToRepeatOffset(pattern: string): number {
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') {
      i++;
      continue;
    }
    if (QUANTIFIER.test(pattern[i]) && (i === 0 || '(|'.includes(pattern[i - 1]) || QUANTIFIER.test(pattern[i - 1]))) return i;
  }
  return 0;
}

function unmatchedParenOffset(pattern: string): number {
  let depth = 0;
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '\\') i++;
    else if (pattern[i] === '(') depth++;
    else if (pattern[i] === ')' && --depth < 0) return i;
  }
  return pattern.length;
}

function pcreError(pattern: string, jsMessage: string): [string, number] {
  const message = jsMessage.replace(/^Invalid regular expression: \/.*\/[a-z]*: /s, '');
  if (message === 'Unterminated character class') return ['missing terminating ] for character class', pattern.length];
  if (message === 'Unterminated group') return ['missing )', pattern.length];
  if (message === 'Nothing to repeat') return ['nothing to repeat', nothingToRepeatOffset(pattern)];
  if (message === "Unmatched ')'") return ['unmatched parentheses', unmatchedParenOffset(pattern)];
  if (message === 'numbers out of order in {} quantifier') return [message, Math.max(0, pattern.indexOf('}'))];
  if (message === '\\ at end of pattern') return [message, pattern.length];
  if (message === 'Range out of order in character class') return ['range out of order in character class', Math.max(0, pattern.search(/-[^\]]/) + 1)];
  return [message.charAt(0).toLowerCase() + message.slice(1), 0];
}

/** Compiles a term_regex; on failure `error` is the text after "Invalid term regular expression <<...>> : ". */
export function compileTermRegex(bytes: Buffer): CompiledRegex {
  const pattern = bytes.toString('latin1');
  try {
    return { ok: true, regex: new RegExp(pattern) };
  } catch (err) {
    const [message, offset] = pcreError(pattern, (err as Error).message);
    const prefix = `Invalid term regular expression ${formatTerm(bytes)} : `;
    return { ok: false, error: formatAfter(prefix, tuple(message, offset)).slice(prefix.length) };
  }
}
