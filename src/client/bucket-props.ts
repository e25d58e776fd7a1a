import { isUint32 } from '../common/fields.js';
import type { RpbBucketProps } from '../../generated/riak.js';
import { quorumName, type Quorum } from '../codec/quorum.js';
import { asBuffer, toBytes } from '../common/bytes.js';
import { describe } from '../common/describe.js';
import { invalidOption, quorumOption } from './options.js';
import { RiakInvalidArgumentError } from '../errors.js';

type RawProps = RpbBucketProps.$Properties;
type PropName = Exclude<keyof RawProps, '$unknowns'>;

/**
 * An Erlang function `Module:Function` (RpbModFun): `chashKeyfun`, `linkfun`, commit hooks.
 * @category Bucket properties
 */
export interface ModFun {
  module: string;
  function: string;
}

/**
 * A commit hook (RpbCommitHook): an Erlang `{ module, function }`, or a named (JavaScript, Riak < 3.0) function.
 * @category Bucket properties
 */
export type CommitHook = ModFun | { name: string };

/**
 * Replication mode (RpbReplMode): `false`, `true`, `'realtime'` or `'fullsync'`.
 * @category Bucket properties
 */
export type ReplMode = boolean | 'realtime' | 'fullsync';

type QuorumProp = 'r' | 'pr' | 'w' | 'pw' | 'dw' | 'rw';

/** The friendly type of each RpbBucketProps field. */
type Friendly<K extends PropName> = K extends QuorumProp
  ? Quorum
  : K extends 'precommit' | 'postcommit'
    ? CommitHook[]
    : K extends 'chashKeyfun' | 'linkfun'
      ? ModFun
      : K extends 'repl'
        ? ReplMode
        : NonNullable<RawProps[K]> extends Uint8Array
          ? string
          : NonNullable<RawProps[K]>;

/**
 * Bucket (or bucket type) properties: every RpbBucketProps field in camelCase,
 * derived from the generated schema, with friendly types:
 * - `r`, `pr`, `w`, `pw`, `dw`, `rw`: a node count or `'one' | 'quorum' | 'all' | 'default'`
 *   (sent as Riak's sentinel integers and decoded back to names);
 * - `precommit` / `postcommit`: {@link CommitHook} lists; `chashKeyfun`, `linkfun`: {@link ModFun};
 * - `repl`: {@link ReplMode}; `backend`, `searchIndex`, `datatype`: text.
 *
 * A props object read from Riak holds only the fields Riak sent.
 * @category Bucket properties
 */
export type BucketProps = { [K in PropName]?: Friendly<K> };

/**
 * The writable bucket properties (`hasPrecommit` / `hasPostcommit` are derived by Riak and read-only).
 * @category Bucket properties
 */
export type BucketPropsInput = Omit<BucketProps, 'hasPrecommit' | 'hasPostcommit'>;

const READ_ONLY = new Set<string>(['hasPrecommit', 'hasPostcommit']);
const REPL_NAMES: Record<number, ReplMode> = { 0: false, 1: 'realtime', 2: 'fullsync', 3: true };

/** @internal */
export type Kind = 'uint' | 'quorum' | 'bool' | 'text' | 'hooks' | 'modfun' | 'repl';

/**
 * Each RpbBucketProps field's kind, in field-number order. Written out rather
 * than read from the generated class so that the client needs no generated
 * code until a call sends a message with a body (a test checks this table
 * against the class's prototype defaults, so a new field in riak.proto fails
 * the suite until it is added here).
 * @internal
 */
export const KINDS: ReadonlyMap<string, Kind> = new Map<string, Kind>([
  ['nVal', 'uint'],
  ['allowMult', 'bool'],
  ['lastWriteWins', 'bool'],
  ['precommit', 'hooks'],
  ['hasPrecommit', 'bool'],
  ['postcommit', 'hooks'],
  ['hasPostcommit', 'bool'],
  ['chashKeyfun', 'modfun'],
  ['linkfun', 'modfun'],
  ['oldVclock', 'uint'],
  ['youngVclock', 'uint'],
  ['bigVclock', 'uint'],
  ['smallVclock', 'uint'],
  ['pr', 'quorum'],
  ['r', 'quorum'],
  ['w', 'quorum'],
  ['pw', 'quorum'],
  ['dw', 'quorum'],
  ['rw', 'quorum'],
  ['basicQuorum', 'bool'],
  ['notfoundOk', 'bool'],
  ['backend', 'text'],
  ['search', 'bool'],
  ['repl', 'repl'],
  ['searchIndex', 'text'],
  ['datatype', 'text'],
  ['consistent', 'bool'],
  ['writeOnce', 'bool'],
  ['hllPrecision', 'uint'],
]);

/**
 * The names of every bucket property, as the generated schema defines them.
 * @category Bucket properties
 */
export const BUCKET_PROP_NAMES: readonly string[] = [...KINDS.keys()];

/**
 * Checks bucket properties as `setBucketProps()` does (and
 * `setBucketTypeProps()`), without sending anything: throws the
 * `RiakInvalidArgumentError` `setBucketProps()` would throw, naming the property.
 *
 * ```ts
 * checkBucketProps({ nVal: 3, allowMult: true }); // fine
 * checkBucketProps({ nVal: -1 }); // throws: setBucketProps(): invalid option `props.nVal`: expected a non-negative integer, got -1
 * ```
 * @category Bucket properties
 */
export function checkBucketProps(props: BucketPropsInput): void {
  encodeBucketProps('setBucketProps', props);
}

/**
 * Converts friendly props to an RpbBucketProps message, validating each value.
 * @category Bucket properties
 */
export function encodeBucketProps(method: string, props: BucketPropsInput): RawProps {
  if (props === null || typeof props !== 'object' || Array.isArray(props)) {
    throw invalidOption(method, 'props', `expected an object of bucket properties, got ${describe(props)}`);
  }
  const out: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(props)) {
    const option = `props.${name}`;
    const kind = KINDS.get(name);
    if (kind === undefined)
      throw new RiakInvalidArgumentError(
        `${method}(): unknown bucket property \`${name}\` (known: ${BUCKET_PROP_NAMES.filter((n) => !READ_ONLY.has(n)).join(', ')})`,
      );
    if (READ_ONLY.has(name)) throw invalidOption(method, option, 'read-only; set `precommit` / `postcommit` instead');
    if (value === undefined) continue;
    switch (kind) {
      case 'uint':
        if (!isUint32(value)) {
          throw invalidOption(method, option, `expected a non-negative integer, got ${describe(value)}`);
        }
        out[name] = value;
        break;
      case 'quorum':
        out[name] = quorumOption(method, option, value);
        break;
      case 'bool':
        if (typeof value !== 'boolean') throw invalidOption(method, option, `expected true or false, got ${describe(value)}`);
        out[name] = value;
        break;
      case 'text':
        if (typeof value !== 'string' && !(value instanceof Uint8Array)) throw invalidOption(method, option, `expected a string, got ${describe(value)}`);
        out[name] = toBytes(value);
        break;
      case 'modfun':
        out[name] = encodeModFun(method, option, value);
        break;
      case 'hooks': {
        if (!Array.isArray(value)) throw invalidOption(method, option, `expected an array of { module, function } or { name } hooks, got ${describe(value)}`);
        out[name] = value.map((hook, i) => encodeHook(method, `${option}[${i}]`, hook));
        // Riak applies a hook list only with its has_* flag; an empty list then clears the hooks.
        out[name === 'precommit' ? 'hasPrecommit' : 'hasPostcommit'] = true;
        break;
      }
      case 'repl': {
        const code = Object.entries(REPL_NAMES).find(([, mode]) => mode === value)?.[0];
        if (code === undefined) throw invalidOption(method, option, `expected true, false, 'realtime' or 'fullsync', got ${describe(value)}`);
        out[name] = Number(code);
        break;
      }
    }
  }
  return out as RawProps;
}

function encodeModFun(method: string, option: string, value: unknown): { module: Uint8Array; function: Uint8Array } {
  const fn = value as Partial<ModFun> | null;
  if (fn === null || typeof fn !== 'object' || typeof fn.module !== 'string' || typeof fn.function !== 'string') {
    throw invalidOption(method, option, `expected { module, function } strings, got ${describe(value)}`);
  }
  return { module: toBytes(fn.module), function: toBytes(fn.function) };
}

function encodeHook(method: string, option: string, hook: unknown): { modfun?: { module: Uint8Array; function: Uint8Array }; name?: Uint8Array } {
  if (hook !== null && typeof hook === 'object' && 'name' in hook) {
    if (typeof hook.name !== 'string') throw invalidOption(method, option, `expected { name } to be a string, got ${describe(hook.name)}`);
    return { name: toBytes(hook.name) };
  }
  return { modfun: encodeModFun(method, option, hook) };
}

const text = (bytes: Uint8Array): string => asBuffer(bytes).toString('utf8');

function decodeModFun(fn: { module: Uint8Array; function: Uint8Array }): ModFun {
  return { module: text(fn.module), function: text(fn.function) };
}

/**
 * Converts a received RpbBucketProps to friendly props: only fields Riak sent, quorums back to names.
 * @category Bucket properties
 */
export function decodeBucketProps(raw: RawProps): BucketProps {
  const fields = raw as Record<string, unknown>;
  const out: Record<string, unknown> = {};
  for (const [name, kind] of KINDS) {
    const value = fields[name];
    if (!Object.hasOwn(fields, name) || value === null || value === undefined) continue;
    switch (kind) {
      case 'quorum':
        out[name] = quorumName(value as number);
        break;
      case 'text':
        out[name] = text(value as Uint8Array);
        break;
      case 'modfun':
        out[name] = decodeModFun(value as { module: Uint8Array; function: Uint8Array });
        break;
      case 'hooks': {
        const hooks = value as { modfun?: { module: Uint8Array; function: Uint8Array } | null; name?: Uint8Array | null }[];
        const flag = name === 'precommit' ? 'hasPrecommit' : 'hasPostcommit';
        // Decoding always creates the (empty) array: report it only when Riak said so.
        if (hooks.length === 0 && fields[flag] !== true) break;
        out[name] = hooks.map((hook): CommitHook => (hook.modfun ? decodeModFun(hook.modfun) : { name: text(hook.name ?? new Uint8Array(0)) }));
        break;
      }
      case 'repl':
        out[name] = REPL_NAMES[value as number] ?? (value as number);
        break;
      default:
        out[name] = value;
    }
  }
  return out as BucketProps;
}
