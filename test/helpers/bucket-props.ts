import { QUORUM_SENTINELS } from '../../src/codec/quorum.js';
import { text } from './server-harness.js';

/**
 * The bucket props every Riak KV 3.2 bucket type starts from, as
 * RpbBucketProps carries them (riak_core_bucket_type's defaults; keyfuns as
 * `module:function`). allow_mult, write_once and repl differ by type.
 */
export const RIAK_TYPE_DEFAULTS = {
  nVal: 3,
  lastWriteWins: false,
  precommit: [],
  hasPrecommit: true,
  postcommit: [],
  hasPostcommit: true,
  chashKeyfun: 'riak_core_util:chash_std_keyfun',
  linkfun: 'riak_kv_wm_link_walker:mapreduce_linkfun',
  oldVclock: 86400,
  youngVclock: 20,
  bigVclock: 50,
  smallVclock: 50,
  pr: 0,
  r: QUORUM_SENTINELS.quorum,
  w: QUORUM_SENTINELS.quorum,
  pw: 0,
  dw: QUORUM_SENTINELS.quorum,
  rw: QUORUM_SENTINELS.quorum,
  basicQuorum: false,
  notfoundOk: true,
};

/** Decoded RpbBucketProps as comparable plain values: bytes as text, keyfuns as `module:function`. */
export function plainProps(props: object): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(props)) {
    if (k === 'chashKeyfun' || k === 'linkfun') {
      const mf = v as { module: Uint8Array; function: Uint8Array };
      out[k] = `${text(mf.module)}:${text(mf.function)}`;
    } else {
      out[k] = v instanceof Uint8Array ? text(v) : v;
    }
  }
  return out;
}
