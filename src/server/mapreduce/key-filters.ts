import { Buffer } from 'node:buffer';
import { compareTerms, sameTerm } from '../erlang/compare.js';
import { atom, ErlAtom, tuple, type AnyTerm } from '../../codec/erlang/term.js';
import { ErlangError, functionClause } from './erlang-error.js';
import {
  floatToBinary,
  integerToBinary,
  iodataText,
  isPrefix,
  levenshtein,
  listToBinary,
  listToFloat,
  listToInteger,
  nth,
  parseQsFirstValue,
  tokens,
  toLower,
  toCharList,
  toUpper,
} from './filter-strings.js';

/**
 * riak_kv_mapred_filters: the key filters of `{"bucket": ..., "key_filters":
 * [[name, args...], ...]}` inputs, run as Riak runs them:
 *
 * 1. {@link resolveFilters} is build_filter/1 in the input sender: an
 *    unknown name at the top level is `{error, {bad_filter, Name}}`.
 * 2. {@link buildKeyFilter} is riak_kv_coverage_filter:build_filter/3 in
 *    each vnode: every filter function is called with its Args, nested
 *    `and` / `or` / `not` lists included. A crash here (a nested unknown
 *    name, missing arguments, a regex that does not compile, a `between`
 *    whose third argument is not a boolean) is a {@link FilterBuildCrash}.
 * 3. The built filter runs on each key in the vnode's fold: the values flow
 *    from filter to filter as Erlang terms, and the key is kept iff the
 *    last one is exactly `true`. Transforms return what Erlang returns:
 *    to_upper, to_lower and urldecode give lists (Erlang strings), which
 *    never equal a binary, so `[["to_lower"], ["eq", "x"]]` keeps nothing;
 *    int_to_string, float_to_string and tokenize give binaries. A filter
 *    that crashes on a key (int_to_string of a binary, string_to_int of
 *    "abc", tokenize past the last token) throws {@link ErlangError}: the
 *    caller fails the job (inputs.ts).
 */

/** What flows through a filter chain: the key, its transforms, and the predicates' `true` / `false`. */
type KeyFilter = (value: AnyTerm) => AnyTerm;

/** build_filter/1's `{error, {bad_filter, Name}}`: the filter list names no filter riak_kv_mapred_filters has. */
export class BadFilterError extends Error {
  constructor(readonly filter: AnyTerm) {
    super('bad_filter');
  }
}

/** A crash while the vnode builds the filter (riak_kv_coverage_filter:compose/1 calling each filter function). */
export class FilterBuildCrash extends Error {
  constructor(readonly crash: ErlangError) {
    super('key filter build crashed');
  }
}

/** Thrown by a `matches` filter whose answer is not known yet: see {@link RegexAnswers}. */
export class MatchPending extends Error {}

/**
 * The answers of the `matches` filters of one job. Filters stay synchronous
 * functions of the key; client regexes must not run on the server thread
 * (regex/bounded-matcher.ts), so a `matches` whose answer is not known
 * records its question and throws {@link MatchPending}. The caller then
 * resolves every recorded question in one batch per regex and evaluates
 * the pending keys again: each round answers at least one more `matches`
 * per key, so a key needs as many rounds as `matches` filters it reaches.
 */
export class RegexAnswers {
  readonly #answers = new Map<RegExp, Map<string, boolean>>();
  readonly #questions = new Map<RegExp, Set<string>>();

  /** `re:run(Subject, Regex)` matched; throws MatchPending (recording the question) if not known yet. */
  test(regex: RegExp, subject: string): boolean {
    const known = this.#answers.get(regex)?.get(subject);
    if (known !== undefined) return known;
    let asked = this.#questions.get(regex);
    if (asked === undefined) {
      asked = new Set();
      this.#questions.set(regex, asked);
    }
    asked.add(subject);
    throw new MatchPending();
  }

  /** Answers every recorded question with `matchAll` (one call per regex). */
  async resolve(matchAll: (regex: RegExp, subjects: string[]) => Promise<boolean[]>): Promise<void> {
    const questions = [...this.#questions];
    this.#questions.clear();
    await Promise.all(
      questions.map(async ([regex, asked]) => {
        const subjects = [...asked];
        const matched = await matchAll(regex, subjects);
        let answers = this.#answers.get(regex);
        if (answers === undefined) {
          answers = new Map();
          this.#answers.set(regex, answers);
        }
        for (const [i, subject] of subjects.entries()) answers.set(subject, matched[i]);
      }),
    );
  }
}

const TRUE = atom('true');
const FALSE = atom('false');
const bool = (b: boolean): ErlAtom => (b ? TRUE : FALSE);
const isAtomNamed = (t: AnyTerm | undefined, name: string): boolean => t instanceof ErlAtom && t.name === name;

/** riak_kv_mapred_filters:resolve_name/1: the function each name stands for (sounds_like has none: calling it is `undef`). */
const FUNCTIONS: Record<string, string> = {
  int_to_string: 'int_to_string',
  string_to_int: 'string_to_int',
  float_to_string: 'float_to_string',
  string_to_float: 'string_to_float',
  to_upper: 'to_upper',
  to_lower: 'to_lower',
  tokenize: 'tokenize',
  urldecode: 'urldecode',
  greater_than: 'greater_than',
  less_than: 'less_than',
  greater_than_eq: 'greater_than_eq',
  less_than_eq: 'less_than_eq',
  between: 'between',
  matches: 'matches',
  neq: 'neq',
  eq: 'eq',
  set_member: 'set_member',
  similar_to: 'similar_to',
  starts_with: 'starts_with',
  ends_with: 'ends_with',
  sounds_like: 'sounds_like',
  and: 'logical_and',
  or: 'logical_or',
  not: 'logical_not',
};

/** A filter definition's name and Args, or undefined if it is not `[<<"name">>, Args...]` naming a filter. */
function definition(def: AnyTerm): { fun: string; args: AnyTerm[] } | undefined {
  if (!Array.isArray(def) || def.length === 0 || !Buffer.isBuffer(def[0])) return undefined;
  const name = def[0].toString('latin1');
  return Object.hasOwn(FUNCTIONS, name) ? { fun: FUNCTIONS[name], args: def.slice(1) } : undefined;
}

/**
 * riak_kv_mapred_filters:build_filter/1: the `{riak_kv_mapred_filters, Fun,
 * Args}` list the listkeys fitting gets; throws {@link BadFilterError} for
 * the first entry that names no filter.
 */
export function resolveFilters(defs: AnyTerm[]): AnyTerm[] {
  return defs.map((def) => {
    const resolved = definition(def);
    if (resolved === undefined) throw new BadFilterError(Array.isArray(def) && def.length > 0 ? def[0] : def);
    return tuple(atom('riak_kv_mapred_filters'), atom(resolved.fun), resolved.args);
  });
}

/** An argument Riak reads with `[Value|_]` or lists:nth/2 at build time: a crash if it is missing. */
function arg(args: AnyTerm[], i: number): AnyTerm {
  if (i >= args.length) throw functionClause();
  return args[i];
}

/** compareTerms for a transformed value (`V > Value` and friends). */
const order = (v: AnyTerm, value: AnyTerm): number => compareTerms(v, value);

/** A boolean a logical filter's `case` or lists:all/any takes; anything else is a case_clause crash. */
function truth(value: AnyTerm): boolean {
  if (isAtomNamed(value, 'true')) return true;
  if (isAtomNamed(value, 'false')) return false;
  throw new ErlangError('error', tuple(atom('case_clause'), value));
}

function build(fun: string, args: AnyTerm[], answers: RegexAnswers): KeyFilter {
  switch (fun) {
    case 'int_to_string':
      return integerToBinary;
    case 'string_to_int':
      return (v) => listToInteger(toCharList(v));
    case 'float_to_string':
      return floatToBinary;
    case 'string_to_float':
      return (v) => listToFloat(toCharList(v));
    case 'to_upper':
      return (v) => toUpper(toCharList(v));
    case 'to_lower':
      return (v) => toLower(toCharList(v));
    case 'tokenize': {
      const separators = toCharList(arg(args, 0));
      const n = arg(args, 1);
      return (v) => listToBinary(nth(n, tokens(toCharList(v), separators)));
    }
    case 'urldecode':
      return (v) => parseQsFirstValue(toCharList(v));
    case 'greater_than': {
      const value = arg(args, 0);
      return (v) => bool(order(v, value) > 0);
    }
    case 'less_than': {
      const value = arg(args, 0);
      return (v) => bool(order(v, value) < 0);
    }
    case 'greater_than_eq': {
      const value = arg(args, 0);
      return (v) => bool(order(v, value) >= 0);
    }
    case 'less_than_eq': {
      const value = arg(args, 0);
      return (v) => bool(order(v, value) <= 0);
    }
    case 'between': {
      const [low, high] = [arg(args, 0), arg(args, 1)];
      let inclusive = true;
      if (args.length === 3) {
        if (!isAtomNamed(args[2], 'true') && !isAtomNamed(args[2], 'false')) throw new ErlangError('error', tuple(atom('case_clause'), args[2]));
        inclusive = isAtomNamed(args[2], 'true');
      }
      return inclusive ? (v) => bool(order(v, low) >= 0 && order(v, high) <= 0) : (v) => bool(order(v, low) > 0 && order(v, high) < 0);
    }
    case 'matches': {
      // `{ok, CMS} = re:compile(MS)`: a pattern that does not compile is a badmatch.
      let regex: RegExp;
      const pattern = arg(args, 0);
      try {
        regex = new RegExp(iodataText(pattern));
      } catch {
        throw new ErlangError('error', tuple(atom('badmatch'), tuple(atom('error'), pattern)));
      }
      return (v) => bool(answers.test(regex, iodataText(v)));
    }
    case 'neq': {
      const value = arg(args, 0);
      return (v) => bool(!sameTerm(v, value));
    }
    case 'eq': {
      const value = arg(args, 0);
      return (v) => bool(sameTerm(v, value));
    }
    case 'set_member': {
      const members = args.map(toCharList);
      return (v) => {
        const s = toCharList(v);
        return bool(members.some((m) => sameTerm(m, s)));
      };
    }
    case 'similar_to': {
      const target = toCharList(arg(args, 0));
      const max = arg(args, 1);
      return (v) => bool(order(levenshtein(toCharList(v), target), max) <= 0);
    }
    case 'starts_with': {
      const prefix = toCharList(arg(args, 0));
      return (v) => bool(isPrefix(prefix, toCharList(v)));
    }
    case 'ends_with': {
      const suffix = [...toCharList(arg(args, 0))].reverse();
      return (v) => bool(isPrefix(suffix, [...toCharList(v)].reverse()));
    }
    case 'logical_and': {
      const subs = args.map((def) => compose(def, answers));
      return (v) => bool(subs.every((sub) => truth(sub(v))));
    }
    case 'logical_or': {
      const subs = args.map((def) => compose(def, answers));
      return (v) => bool(subs.some((sub) => truth(sub(v))));
    }
    case 'logical_not': {
      const sub = compose(arg(args, 0), answers);
      return (v) => bool(!truth(sub(v)));
    }
    default:
      throw new ErlangError('error', atom('undef'));
  }
}

/**
 * riak_kv_mapred_filters:compose/1 of `{ok, Defs} = build_exprs(Defs)`
 * (the inner lists of and / or / not): an empty list is always `true`; an
 * unknown name, or a definition that is not a list, is a crash.
 */
function compose(defs: AnyTerm, answers: RegexAnswers): KeyFilter {
  if (!Array.isArray(defs)) throw functionClause();
  if (defs.length === 0) return () => TRUE;
  const filters = defs.map((def) => {
    const resolved = definition(def);
    if (resolved === undefined)
      throw new ErlangError(
        'error',
        tuple(atom('badmatch'), tuple(atom('error'), tuple(atom('bad_filter'), Array.isArray(def) && def.length > 0 ? def[0] : def))),
      );
    return build(resolved.fun, resolved.args, answers);
  });
  return (value) => filters.reduce((v, f) => f(v), value);
}

/**
 * riak_kv_coverage_filter:build_filter/3 of the resolved filters: whether
 * the filter keeps a key (the composition returned exactly `true`; an empty
 * list keeps every key). Throws {@link FilterBuildCrash} when building
 * crashes; the returned function throws {@link ErlangError} when a filter
 * crashes on the key and {@link MatchPending} when a `matches` waits for
 * its answer.
 */
export function buildKeyFilter(defs: AnyTerm[], answers: RegexAnswers): (key: Buffer) => boolean {
  if (defs.length === 0) return () => true;
  let composed: KeyFilter;
  try {
    composed = compose(defs, answers);
  } catch (err) {
    if (err instanceof ErlangError) throw new FilterBuildCrash(err);
    throw err;
  }
  return (key) => isAtomNamed(composed(key), 'true');
}
