import { Buffer } from 'node:buffer';
import type { RpbBucketProps, RpbCommitHook } from '../../../generated/riak.js';
import { QUORUM_SENTINELS } from '../../codec/quorum.js';
import { has } from '../../common/fields.js';

/**
 * Bucket properties as Riak keeps them: a property list keyed by the Erlang
 * property name (`n_val`, `allow_mult`, ...), values in their Erlang shape.
 * Converted to and from `RpbBucketProps` the way riak_pb_codec does.
 */
export type QuorumValue = number | 'one' | 'quorum' | 'all' | 'default';

export interface ModFun {
  module: Buffer;
  fun: Buffer;
}

/** A commit hook: an Erlang `{mod, fun}` or a named (JavaScript) hook. */
export interface CommitHook {
  modfun?: ModFun;
  name?: Buffer;
}

export type PropValue = number | boolean | string | Buffer | ModFun | CommitHook[];
export type PropList = [string, PropValue][];
export type Props = ReadonlyMap<string, PropValue>;

const modfun = (module: string, fun: string): ModFun => ({ module: Buffer.from(module), fun: Buffer.from(fun) });

/**
 * riak_core_bucket_type `common_defaults()`, which Riak KV 3.x gives both the
 * `default` type and new bucket types.
 */
function commonDefaults(): PropList {
  return [
    ['linkfun', modfun('riak_kv_wm_link_walker', 'mapreduce_linkfun')],
    ['old_vclock', 86400],
    ['young_vclock', 20],
    ['big_vclock', 50],
    ['small_vclock', 50],
    ['pr', 0],
    ['r', 'quorum'],
    ['w', 'quorum'],
    ['pw', 0],
    ['dw', 'quorum'],
    ['rw', 'quorum'],
    ['sync_on_write', 'backend'],
    ['basic_quorum', false],
    ['notfound_ok', true],
    ['n_val', 3],
    ['last_write_wins', false],
    ['precommit', []],
    ['postcommit', []],
    ['chash_keyfun', modfun('riak_core_util', 'chash_std_keyfun')],
  ];
}

/**
 * Props of the `default` bucket type and of untyped buckets
 * (riak_core_bucket_type:defaults(default_type), plus what riak_kv_app
 * appends: write_once false; riak.conf's defaults agree), plus `repl`
 * true, which riak_repl (part of every Riak 3.x node) appends to the
 * default bucket props when it installs its hook (riak_repl:install_hook/0).
 * New bucket types start from riak_core_bucket_type:defaults/0 and so
 * have no `repl`.
 */
export function defaultTypeProps(): Map<string, PropValue> {
  return new Map<string, PropValue>([
    ['node_confirms', 0],
    ['dvv_enabled', false],
    ['allow_mult', false],
    ...commonDefaults(),
    ['write_once', false],
    ['repl', 'true'],
  ]);
}

/** Props a new bucket type starts from (riak_core_bucket_type:defaults/0): allow_mult and DVV on. */
export function customTypeDefaults(): Map<string, PropValue> {
  return new Map<string, PropValue>([['node_confirms', 0], ['dvv_enabled', true], ['allow_mult', true], ...commonDefaults()]);
}

const SENTINEL_NAMES = new Map<number, QuorumValue>(Object.entries(QUORUM_SENTINELS).map(([name, value]) => [value, name as QuorumValue]));

/** riak_pb_kv_codec:decode_quorum/1. */
export function decodeQuorum(value: number): QuorumValue {
  return SENTINEL_NAMES.get(value) ?? value;
}

/** riak_pb_kv_codec:encode_quorum/1. */
export function encodeQuorum(value: QuorumValue): number {
  return typeof value === 'number' ? value : QUORUM_SENTINELS[value];
}

const REPL_TO_PB: Record<string, number> = { false: 0, realtime: 1, fullsync: 2, true: 3, both: 3 };
const REPL_FROM_PB = ['false', 'realtime', 'fullsync', 'true'];

const INT_PROPS = ['n_val', 'old_vclock', 'young_vclock', 'big_vclock', 'small_vclock', 'hll_precision'] as const;
const BOOL_PROPS = ['allow_mult', 'last_write_wins', 'basic_quorum', 'notfound_ok', 'search', 'consistent', 'write_once'] as const;
const QUORUM_PROPS = ['pr', 'r', 'w', 'pw', 'dw', 'rw'] as const;

/** Erlang prop name → protobufjs camelCase field. */
const FIELD: Record<string, keyof RpbBucketProps.$Properties> = {
  n_val: 'nVal',
  old_vclock: 'oldVclock',
  young_vclock: 'youngVclock',
  big_vclock: 'bigVclock',
  small_vclock: 'smallVclock',
  hll_precision: 'hllPrecision',
  allow_mult: 'allowMult',
  last_write_wins: 'lastWriteWins',
  basic_quorum: 'basicQuorum',
  notfound_ok: 'notfoundOk',
  search: 'search',
  consistent: 'consistent',
  write_once: 'writeOnce',
  pr: 'pr',
  r: 'r',
  w: 'w',
  pw: 'pw',
  dw: 'dw',
  rw: 'rw',
};

function toBuffer(bytes: Uint8Array): Buffer {
  return Buffer.from(bytes); // copy: the request frame is not kept
}

/**
 * riak_pb_codec:decode_bucket_props/1: the props present in the message, in
 * the codec's order (numbers, booleans, hooks, modfuns, backend and search
 * index, quorums, repl, datatype), which fixes the order of Riak's
 * validation errors.
 */
export function decodeBucketProps(pb: RpbBucketProps.$Properties): PropList {
  const out: PropList = [];
  for (const name of INT_PROPS) if (has(pb, FIELD[name])) out.push([name, pb[FIELD[name]] as number]);
  for (const name of BOOL_PROPS) if (has(pb, FIELD[name])) out.push([name, pb[FIELD[name]] as boolean]);
  if (pb.hasPrecommit === true) out.push(['precommit', decodeHooks(pb.precommit ?? [])]);
  if (pb.hasPostcommit === true) out.push(['postcommit', decodeHooks(pb.postcommit ?? [])]);
  if (has(pb, 'chashKeyfun') && pb.chashKeyfun) out.push(['chash_keyfun', decodeModFun(pb.chashKeyfun)]);
  if (has(pb, 'linkfun') && pb.linkfun) out.push(['linkfun', decodeModFun(pb.linkfun)]);
  if (has(pb, 'backend') && pb.backend) out.push(['backend', toBuffer(pb.backend)]);
  if (has(pb, 'searchIndex') && pb.searchIndex) out.push(['search_index', toBuffer(pb.searchIndex)]);
  for (const name of QUORUM_PROPS) if (has(pb, FIELD[name])) out.push([name, decodeQuorum(pb[FIELD[name]] as number)]);
  if (has(pb, 'repl')) out.push(['repl', REPL_FROM_PB[pb.repl ?? 0] ?? 'false']);
  if (has(pb, 'datatype') && pb.datatype) out.push(['datatype', Buffer.from(pb.datatype).toString('latin1')]);
  return out;
}

function decodeModFun(mf: { module: Uint8Array; function: Uint8Array }): ModFun {
  return { module: toBuffer(mf.module), fun: toBuffer(mf.function) };
}

/** riak_pb_codec:decode_commit_hooks/1: hooks with neither modfun nor name are dropped. */
function decodeHooks(hooks: RpbCommitHook.$Properties[]): CommitHook[] {
  const out: CommitHook[] = [];
  for (const hook of hooks) {
    if (hook.modfun) out.push({ modfun: decodeModFun(hook.modfun) });
    else if (hook.name && hook.name.length > 0) out.push({ name: toBuffer(hook.name) });
  }
  return out;
}

/** riak_pb_codec:encode_bucket_props/1: every prop with a PB field; others (name, dvv_enabled, ...) are skipped. */
export function encodeBucketProps(props: Props): RpbBucketProps.$Properties {
  const pb: RpbBucketProps.$Properties = {};
  const out = pb as Record<string, unknown>;
  for (const [name, value] of props) {
    if ((INT_PROPS as readonly string[]).includes(name) || (BOOL_PROPS as readonly string[]).includes(name)) {
      out[FIELD[name]] = value;
    } else if ((QUORUM_PROPS as readonly string[]).includes(name)) {
      out[FIELD[name]] = encodeQuorum(value as QuorumValue);
    } else if (name === 'precommit' || name === 'postcommit') {
      const hooks = (value as CommitHook[]).map((hook) =>
        hook.modfun ? { modfun: { module: hook.modfun.module, function: hook.modfun.fun } } : { name: hook.name },
      );
      if (name === 'precommit') {
        pb.precommit = hooks;
        pb.hasPrecommit = true;
      } else {
        pb.postcommit = hooks;
        pb.hasPostcommit = true;
      }
    } else if (name === 'chash_keyfun' || name === 'linkfun') {
      const mf = value as ModFun;
      out[name === 'linkfun' ? 'linkfun' : 'chashKeyfun'] = { module: mf.module, function: mf.fun };
    } else if (name === 'backend' || name === 'search_index') {
      out[name === 'backend' ? 'backend' : 'searchIndex'] = typeof value === 'string' ? Buffer.from(value, 'latin1') : value;
    } else if (name === 'repl') {
      pb.repl = REPL_TO_PB[String(value)] ?? 0;
    } else if (name === 'datatype') {
      pb.datatype = Buffer.from(String(value), 'latin1');
    }
  }
  return pb;
}

/** riak_core_bucket_props:merge/2: `overriding` wins. */
export function mergeProps(overriding: Iterable<[string, PropValue]>, other: Props): Map<string, PropValue> {
  const merged = new Map(other);
  for (const [name, value] of overriding) merged.set(name, value);
  return merged;
}
