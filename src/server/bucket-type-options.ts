import { Buffer } from 'node:buffer';
import type { CommitHook, ModFun, PropList, PropValue } from './buckets/bucket-props.js';

/** A JSON-able bucket prop value, as `riak-admin bucket-type create` takes it. */
export type BucketTypePropValue = string | number | boolean | { mod: string; fun: string } | ({ mod: string; fun: string } | { name: string })[];

/** Bucket type props keyed by Riak's names (`n_val`, `allow_mult`, `datatype`, ...) or their camelCase forms. */
export type BucketTypeProps = Record<string, BucketTypePropValue>;

const INTEGERS = new Set(['n_val', 'old_vclock', 'young_vclock', 'big_vclock', 'small_vclock', 'hll_precision']);
const BOOLEANS = new Set(['allow_mult', 'last_write_wins', 'basic_quorum', 'notfound_ok', 'search', 'consistent', 'write_once', 'dvv_enabled']);
const QUORUMS = new Set(['r', 'w', 'pr', 'pw', 'dw', 'rw', 'node_confirms']);
const QUORUM_NAMES = new Set(['one', 'quorum', 'all', 'default']);

const snake = (name: string): string => name.replace(/[A-Z]/g, (c) => `_${c.toLowerCase()}`);

function modFun(value: unknown, prop: string): ModFun {
  const mf = value as { mod?: unknown; fun?: unknown };
  if (typeof mf?.mod !== 'string' || typeof mf.fun !== 'string') throw new Error(`${prop} must be {"mod": "...", "fun": "..."}`);
  return { module: Buffer.from(mf.mod), fun: Buffer.from(mf.fun) };
}

function hooks(value: unknown, prop: string): CommitHook[] {
  if (!Array.isArray(value)) throw new Error(`${prop} must be a list of hooks`);
  return value.map((hook: { name?: unknown }) => (typeof hook?.name === 'string' ? { name: Buffer.from(hook.name) } : { modfun: modFun(hook, prop) }));
}

/** Converts user bucket type props to Riak's property list; throws on unknown props or wrong types. */
export function bucketTypeProps(props: BucketTypeProps): PropList {
  if (props === null || typeof props !== 'object' || Array.isArray(props)) throw new Error('props must be an object');
  const out: PropList = [];
  for (const [rawName, value] of Object.entries(props)) {
    const name = snake(rawName);
    let converted: PropValue;
    if (INTEGERS.has(name)) {
      if (!Number.isInteger(value) || (value as number) < 0) throw new Error(`${name} must be a non-negative integer`);
      converted = value as number;
    } else if (BOOLEANS.has(name)) {
      if (typeof value !== 'boolean') throw new Error(`${name} must be true or false`);
      converted = value;
    } else if (QUORUMS.has(name)) {
      if (!(Number.isInteger(value) && (value as number) >= 0) && !(typeof value === 'string' && QUORUM_NAMES.has(value))) {
        throw new Error(`${name} must be a count or one of one, quorum, all, default`);
      }
      converted = value as number | string;
    } else if (name === 'datatype' || name === 'repl') {
      if (typeof value !== 'string' && typeof value !== 'boolean') throw new Error(`${name} must be a string`);
      converted = String(value);
    } else if (name === 'backend' || name === 'search_index') {
      if (typeof value !== 'string') throw new Error(`${name} must be a string`);
      converted = Buffer.from(value);
    } else if (name === 'precommit' || name === 'postcommit') {
      converted = hooks(value, name);
    } else if (name === 'chash_keyfun' || name === 'linkfun') {
      converted = modFun(value, name);
    } else {
      throw new Error(`unknown bucket property ${JSON.stringify(rawName)}`);
    }
    out.push([name, converted]);
  }
  return out;
}
