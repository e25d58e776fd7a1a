import { BUCKET_PROP_NAMES, checkBucketProps, type BucketProps, type BucketPropsInput, type CommitHook, type ModFun } from '../index.js';
import { parseAssignment } from './args.js';
import { UsageError } from './command.js';

const READ_ONLY = new Set(['hasPrecommit', 'hasPostcommit']);
const HOOKS = new Set(['precommit', 'postcommit']);
const MODFUNS = new Set(['chashKeyfun', 'linkfun']);
const TEXT = new Set(['backend', 'searchIndex', 'datatype']);

/** `nVal` → `n_val`: Riak's own property names, as riak-admin and the HTTP API spell them. */
export function snakeCase(name: string): string {
  return name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);
}

function camelCase(name: string): string {
  return name.replace(/_([a-z])/g, (_, c: string) => c.toUpperCase());
}

const WRITABLE = BUCKET_PROP_NAMES.filter((name) => !READ_ONLY.has(name));

/** The camelCase property name of `n_val` or `nVal`; refuses unknown names with the snake_case list. */
function propName(name: string): string {
  const camel = camelCase(name);
  if (READ_ONLY.has(camel)) throw new UsageError(`${name} is read-only; set ${camel === 'hasPrecommit' ? 'precommit' : 'postcommit'} instead`);
  if (!WRITABLE.includes(camel)) throw new UsageError(`unknown bucket property ${JSON.stringify(name)} (known: ${WRITABLE.map(snakeCase).join(', ')})`);
  return camel;
}

/** `module:function`. */
function parseModFun(prop: string, text: string): ModFun {
  const at = text.indexOf(':');
  if (at <= 0 || at === text.length - 1) throw new UsageError(`${snakeCase(prop)} expects MODULE:FUNCTION, got ${JSON.stringify(text)}`);
  return { module: text.slice(0, at), function: text.slice(at + 1) };
}

/** A `key=value` string as the property's value: numbers, booleans, quorum names, `mod:fun`, hook lists. */
function coerce(prop: string, text: string): unknown {
  if (HOOKS.has(prop)) {
    // `precommit=` clears the hooks; `mod:fun` is an Erlang hook, a bare word a named one.
    return text === '' ? [] : text.split(',').map((hook): CommitHook => (hook.includes(':') ? parseModFun(prop, hook) : { name: hook }));
  }
  if (MODFUNS.has(prop)) return parseModFun(prop, text);
  if (TEXT.has(prop)) return text;
  if (/^-?\d+$/.test(text)) return Number(text);
  if (text === 'true' || text === 'false') return text === 'true';
  return text; // quorum names (one, quorum, all, default), repl modes (realtime, fullsync)
}

/** Riak's HTTP spelling `{"mod": ..., "fun": ...}` as the client's `{ module, function }`. */
function fromJson(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(fromJson);
  if (value !== null && typeof value === 'object' && 'mod' in value && 'fun' in value) return { module: value.mod, function: value.fun };
  return value;
}

/**
 * Bucket properties from the command line: `key=value` pairs (`n_val=5
 * allow_mult=true r=quorum precommit=mod:fun`) or one JSON object (`{"n_val":
 * 5}`, also wrapped as riak-admin writes it: `{"props": {...}}`). Names in
 * snake_case or camelCase.
 */
export function parseProps(args: readonly string[]): BucketPropsInput {
  if (args.length === 0) throw new UsageError('no properties given: pass NAME=VALUE pairs or a JSON object');
  const out: Record<string, unknown> = {};
  if (args.length === 1 && args[0].trimStart().startsWith('{')) {
    let json: unknown;
    try {
      json = JSON.parse(args[0]);
    } catch (error) {
      throw new UsageError(`the properties are not valid JSON: ${(error as Error).message}`);
    }
    if (json !== null && typeof json === 'object' && !Array.isArray(json) && Object.keys(json).length === 1 && 'props' in json) json = json.props;
    if (json === null || typeof json !== 'object' || Array.isArray(json)) throw new UsageError('the properties must be a JSON object');
    for (const [name, value] of Object.entries(json)) out[propName(name)] = fromJson(value);
    return checked(out as BucketPropsInput);
  }
  for (const arg of args) {
    if (arg.indexOf('=') <= 0) throw new UsageError(`expected NAME=VALUE pairs or one JSON object, got ${JSON.stringify(arg)}`);
    const [name, text] = parseAssignment('a property', arg);
    const prop = propName(name);
    out[prop] = coerce(prop, text);
  }
  return checked(out as BucketPropsInput);
}

/**
 * The props, checked by the client's own encoder before anything is sent
 * (`n_val=five` is refused without connecting); main.ts names the property.
 */
function checked(props: BucketPropsInput): BucketPropsInput {
  checkBucketProps(props);
  return props;
}

function formatModFun(fn: ModFun): string {
  return `${fn.module}:${fn.function}`;
}

/** One property value as text: `mod:fun`, hook lists comma-separated, `(none)` for an empty list. */
function formatValue(value: unknown): string {
  if (Array.isArray(value)) return value.length === 0 ? '(none)' : value.map((hook: CommitHook) => ('name' in hook ? hook.name : formatModFun(hook))).join(',');
  if (value !== null && typeof value === 'object' && 'module' in value) return formatModFun(value as ModFun);
  return String(value);
}

/** The header of a {@link propsRows} table. */
export const PROPS_HEADER = ['NAME', 'VALUE'] as const;

/** `[name, value]` rows with snake_case names, sorted by name. */
export function propsRows(props: BucketProps): string[][] {
  return Object.entries(props)
    .map(([name, value]) => [snakeCase(name), formatValue(value)])
    .sort((a, b) => a[0].localeCompare(b[0]));
}

/** The props with snake_case names, for `--json`. */
export function propsJson(props: BucketProps): Record<string, unknown> {
  return Object.fromEntries(Object.entries(props).map(([name, value]) => [snakeCase(name), value]));
}
