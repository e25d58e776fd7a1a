import { compareTerms, sameTerm } from '../erlang/compare.js';
import { ErlAtom, ErlFloat, type AnyTerm } from '../../codec/erlang/term.js';

type MrValue = AnyTerm;
/** What flows through a filter chain: the key, its transforms, and finally a JS boolean. */
type FilterValue = AnyTerm | boolean;

/** build_filter/1's `{error, {bad_filter, Name}}`: the filter list names no filter riak_kv_mapred_filters has. */
export class BadFilterError extends Error {
  constructor(readonly filter: AnyTerm) {
    super('bad_filter');
  }
}

/**
 * riak_kv_mapred_filters: the key filters of `{"bucket": ..., "key_filters":
 * [[name, args...], ...]}` inputs. Each filter transforms the key or tests
 * it; the composition must end in `true` for the key to be kept. String
 * results are kept as binaries (Riak's to_upper/to_lower return char lists,
 * which then never equal a binary; binaries are what users mean).
 */
type KeyFilter = (value: FilterValue) => FilterValue;

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
        subjects.forEach((subject, i) => answers.set(subject, matched[i]));
      }),
    );
  }
}

function text(value: FilterValue): string {
  if (Buffer.isBuffer(value)) return value.toString('latin1');
  if (typeof value === 'number' || typeof value === 'bigint') return String(value);
  if (value instanceof ErlFloat) return String(value.value);
  if (typeof value === 'string') return value;
  throw new Error('badarg');
}

const bin = (s: string): Buffer => Buffer.from(s, 'latin1');

function levenshtein(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min(prev[j] + 1, row[j - 1] + 1, prev[j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
    prev = row;
  }
  return prev[b.length];
}

function build(name: string, args: MrValue[], answers: RegexAnswers): KeyFilter {
  switch (name) {
    case 'int_to_string':
    case 'float_to_string':
      return (v) => bin(text(v));
    case 'string_to_int':
      return (v) => {
        const t = text(v);
        if (!/^[+-]?\d+$/.test(t)) throw new Error('badarg');
        return Number(t);
      };
    case 'string_to_float':
      return (v) => {
        const t = text(v);
        if (!/^[+-]?\d+\.\d+([eE][+-]?\d+)?$/.test(t)) throw new Error('badarg');
        return Number(t);
      };
    case 'to_upper':
      return (v) => bin(text(v).toUpperCase());
    case 'to_lower':
      return (v) => bin(text(v).toLowerCase());
    case 'tokenize': {
      const seps = text(args[0]);
      const n = args[1] as number;
      return (v) => {
        const tokens = text(v)
          .split(new RegExp(`[${seps.replace(/[\\\]^-]/g, '\\$&')}]`))
          .filter((s) => s.length > 0);
        if (!(n >= 1 && n <= tokens.length)) throw new Error('function_clause');
        return bin(tokens[n - 1]);
      };
    }
    case 'urldecode':
      return (v) => bin(decodeURIComponent(text(v).replace(/\+/g, ' ')));
    case 'greater_than':
      return (v) => compareTerms(v as AnyTerm, args[0]) > 0;
    case 'less_than':
      return (v) => compareTerms(v as AnyTerm, args[0]) < 0;
    case 'greater_than_eq':
      return (v) => compareTerms(v as AnyTerm, args[0]) >= 0;
    case 'less_than_eq':
      return (v) => compareTerms(v as AnyTerm, args[0]) <= 0;
    case 'between': {
      const inclusive = !(args[2] instanceof ErlAtom && args[2].name === 'false');
      return (v) =>
        inclusive ? compareTerms(v as AnyTerm, args[0]) >= 0 && compareTerms(v as AnyTerm, args[1]) <= 0 : compareTerms(v as AnyTerm, args[0]) > 0 && compareTerms(v as AnyTerm, args[1]) < 0;
    }
    case 'matches': {
      const re = new RegExp(text(args[0]));
      return (v) => answers.test(re, text(v));
    }
    case 'neq':
      return (v) => !sameTerm(v as AnyTerm, args[0]);
    case 'eq':
      return (v) => sameTerm(v as AnyTerm, args[0]);
    case 'set_member': {
      const set = new Set(args.map(text));
      return (v) => set.has(text(v));
    }
    case 'similar_to': {
      const target = text(args[0]);
      const max = args[1] as number;
      return (v) => levenshtein(text(v), target) <= max;
    }
    case 'starts_with':
      return (v) => text(v).startsWith(text(args[0]));
    case 'ends_with':
      return (v) => text(v).endsWith(text(args[0]));
    case 'and': {
      const sub = lazyFilters(args, answers);
      return (v) => args.every((_, i) => sub(i)(v) === true);
    }
    case 'or': {
      const sub = lazyFilters(args, answers);
      return (v) => args.some((_, i) => sub(i)(v) === true);
    }
    case 'not': {
      const inner = compose(args[0] as MrValue[], answers);
      return (v) => inner(v) !== true;
    }
    default:
      throw new BadFilterError(bin(name));
  }
}

/**
 * The sub-filters of `and` / `or`, each built on first use and then kept (so
 * a `matches` keeps one RegExp, whose answers {@link RegexAnswers} holds).
 */
function lazyFilters(defs: MrValue[], answers: RegexAnswers): (i: number) => KeyFilter {
  const built: KeyFilter[] = [];
  return (i) => (built[i] ??= compose(defs[i] as MrValue[], answers));
}

/**
 * Builds the composed filter; throws {@link JobError} `{bad_filter, Name}` for
 * an unknown filter. `matches` filters answer through `answers`.
 */
export function compose(defs: MrValue[], answers: RegexAnswers): KeyFilter {
  const filters = defs.map((def) => {
    if (!Array.isArray(def) || def.length === 0) throw new BadFilterError(def);
    if (!Buffer.isBuffer(def[0])) throw new BadFilterError(def[0]);
    return build(def[0].toString('latin1'), def.slice(1), answers);
  });
  return (value) => filters.reduce((v, f) => f(v), value);
}
