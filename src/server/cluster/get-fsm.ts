import type { QuorumValue } from '../buckets/bucket-props.js';
import type { ResolvedProps } from '../buckets/bucket-registry.js';
import { effectiveN } from '../handlers/quorum-check.js';
import { riakError } from '../protocol/replies.js';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../request-deadline.js';
import { isDeleted, type RiakObject } from '../store/riak-object.js';
import { reconcile, strictDescendant } from './object-merge.js';
import { expandQuorum, optionText } from './quorum.js';
import type { NodeName, PreflistEntry } from './ring.js';
import { LOST, type Delivery, type SimulatedCluster } from './simulated-cluster.js';
import type { KeyLocation, Vnode } from './vnode.js';

/** A get's options as riak_kv_pb_object passes them to riak_client:get (absent: the bucket's). */
export interface GetOptions {
  readonly nVal?: number | undefined;
  readonly r?: QuorumValue | undefined;
  readonly pr?: QuorumValue | undefined;
  readonly basicQuorum?: boolean | undefined;
  readonly notfoundOk?: boolean | undefined;
  /** Raw, as riak_kv_pb_object passes it (no decode_quorum). */
  readonly nodeConfirms?: number | undefined;
  readonly deletedvclock?: boolean | undefined;
  readonly timeout?: number | undefined;
  readonly sloppyQuorum?: boolean | undefined;
}

/** The answer of a get: the merged object, a tombstone (only with `deletedvclock`), or not found. */
export type GetOutcome =
  | { readonly status: 'ok'; readonly object: RiakObject }
  | { readonly status: 'deleted'; readonly object: RiakObject }
  | { readonly status: 'notfound' };

interface Result {
  readonly entry: PreflistEntry;
  readonly object: RiakObject | undefined;
}

/**
 * riak_kv_get_fsm + riak_kv_get_core, run by node `from` (riak_client:get
 * starts the FSM on the node the client is connected to): validate the
 * quorum against the preflist this node sees, ask every preflist vnode,
 * answer once `r` (and `pr`, `node_confirms`) replies are in or the
 * failure threshold is reached, then, with every reply in, read-repair the
 * stale or missing replicas and reap a tombstone all n primaries hold.
 */
export function getFsm(cluster: SimulatedCluster, from: NodeName, at: KeyLocation, props: ResolvedProps, options: GetOptions): Promise<GetOutcome> {
  const n = effectiveN(options.nVal, props);
  const preflist = cluster.preflist(from, at, n, options.sloppyQuorum !== false);
  const R = expandQuorum(options.r, props.r, n);
  if (R === undefined) throw riakError(`{r_val_violation,${optionText(options.r)}}`);
  if (R > n) throw riakError(`{n_val_violation,${n}}`);
  const PR = expandQuorum(options.pr, props.pr, n);
  if (PR === undefined) throw riakError(`{pr_val_violation,${optionText(options.pr)}}`);
  if (PR > n) throw riakError(`{n_val_violation,${n}}`);
  const primaries = preflist.filter((e) => e.primary).length;
  if (PR > primaries) throw riakError(`{pr_val_unsatisfied,${PR},${primaries}}`);
  if (R > preflist.length) throw riakError(`{insufficient_vnodes,${preflist.length},need,${R}}`);
  const nodeConfirms = options.nodeConfirms ?? expandQuorum(undefined, props.nodeConfirms, n) ?? 0;
  const nodes = new Set(preflist.map((e) => e.node)).size;
  if (nodeConfirms > nodes) throw riakError(`{insufficient_nodes,${nodes},need,${nodeConfirms}}`);
  const failR = Math.max(R, PR);
  const basicQuorum = options.basicQuorum ?? props.basicQuorum;
  const failThreshold = basicQuorum ? Math.min(Math.trunc(n / 2) + 1, n - failR + 1) : n - failR + 1;
  return new GetCore(cluster, from, at, props, preflist, {
    n,
    r: R,
    pr: PR,
    nodeConfirms,
    failThreshold,
    notfoundOk: options.notfoundOk ?? props.notfoundOk,
    deletedvclock: options.deletedvclock === true,
    customN: n !== props.nVal,
  }).run(options.timeout ?? DEFAULT_REQUEST_TIMEOUT_MS);
}

interface CoreSettings {
  readonly n: number;
  readonly r: number;
  readonly pr: number;
  readonly nodeConfirms: number;
  readonly failThreshold: number;
  readonly notfoundOk: boolean;
  readonly deletedvclock: boolean;
  readonly customN: boolean;
}

class GetCore {
  readonly #results: Result[] = [];
  #numOk = 0;
  #numPok = 0;
  #numNotfound = 0;
  #numDeleted = 0;
  readonly #confirmed = new Set<NodeName>();
  /** Replies still expected (sent, neither answered nor lost). */
  #outstanding = 0;
  #answered = false;
  #finished = false;
  #cancelTimer: (() => void) | undefined;
  #resolve!: (outcome: GetOutcome) => void;
  #reject!: (error: unknown) => void;

  constructor(
    readonly cluster: SimulatedCluster,
    readonly from: NodeName,
    readonly at: KeyLocation,
    readonly props: ResolvedProps,
    readonly preflist: readonly PreflistEntry[],
    readonly settings: CoreSettings,
  ) {}

  run(timeout: number): Promise<GetOutcome> {
    const answer = new Promise<GetOutcome>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    this.#outstanding = this.preflist.length;
    // Replies arrive in an order the seed picks (Riak: whichever vnode is fastest).
    for (const entry of this.cluster.prng.shuffle(this.preflist)) {
      const vnode = this.cluster.vnode(entry.index, entry.node);
      this.cluster.send(
        this.from,
        vnode,
        (v) => v.get(this.at),
        (reply) => this.#onReply(entry, reply),
      );
    }
    if (!this.#finished && this.#outstanding > 0) {
      this.#cancelTimer = this.cluster.timer(timeout, () => {
        this.#cancelTimer = undefined;
        this.#answer(() => this.#reject(riakError('timeout')));
        this.#finalize();
      });
    } else if (!this.#answered) {
      // No reply can come any more: Riak would wait for the request timeout and answer `timeout`.
      this.#answer(() => this.#reject(riakError('timeout')));
    }
    return answer;
  }

  #onReply(entry: PreflistEntry, reply: Delivery<RiakObject | undefined>): void {
    if (this.#finished) return;
    this.#outstanding--;
    if (reply !== LOST) this.#add(entry, reply);
    if (!this.#answered && this.#enough()) this.#answer(() => this.#respond());
    if (this.#results.length >= this.settings.n || this.#outstanding === 0) this.#finalize();
  }

  /** riak_kv_get_core:add_result/4. */
  #add(entry: PreflistEntry, object: RiakObject | undefined): void {
    this.#results.push({ entry, object });
    if (object !== undefined) {
      this.#numOk++;
      if (isDeleted(object)) this.#numDeleted++;
    } else if (this.settings.notfoundOk) {
      this.#numOk++;
    } else {
      this.#numNotfound++;
      return;
    }
    this.#confirmed.add(entry.node);
    if (entry.primary) this.#numPok++;
  }

  /** riak_kv_get_core:enough/1. */
  #enough(): boolean {
    const s = this.settings;
    if (this.#numOk >= s.r && this.#numPok >= s.pr && this.#confirmed.size >= s.nodeConfirms) return true;
    if (this.#numNotfound >= s.failThreshold) return true;
    return this.#numOk + this.#numNotfound >= s.n;
  }

  /** riak_kv_get_core:response/1. */
  #respond(): void {
    const s = this.settings;
    if (this.#confirmed.size < s.nodeConfirms) {
      this.#reject(riakError(`{insufficient_nodes,${this.#confirmed.size},need,${s.nodeConfirms}}`));
    } else if (this.#numOk >= s.r && this.#numPok >= s.pr) {
      const merged = this.#merge();
      if (merged === undefined) this.#resolve({ status: 'notfound' });
      else if (!isDeleted(merged)) this.#resolve({ status: 'ok', object: merged });
      else this.#resolve(s.deletedvclock ? { status: 'deleted', object: merged } : { status: 'notfound' });
    } else if (this.#numNotfound + this.#numDeleted > 0 && this.#numOk - this.#numDeleted === 0) {
      this.#resolve({ status: 'notfound' });
    } else if ((s.pr > 0 && this.#numPok < s.pr && this.#numOk >= s.r) || s.pr >= s.r) {
      this.#reject(riakError(`{pr_val_unsatisfied,${s.pr},${this.#numPok}}`));
    } else {
      this.#reject(riakError(`{r_val_unsatisfied,${s.r},${this.#numOk}}`));
    }
  }

  #merge(): RiakObject | undefined {
    const objects = this.#results.flatMap((r) => (r.object === undefined ? [] : [r.object]));
    return objects.length === 0 ? undefined : reconcile(objects, this.props.allowMult, this.props);
  }

  #answer(send: () => void): void {
    if (this.#answered) return;
    this.#answered = true;
    send();
  }

  /** riak_kv_get_core:final_action/1 and what riak_kv_get_fsm does with it. */
  #finalize(): void {
    if (this.#finished) return;
    this.#finished = true;
    this.#cancelTimer?.();
    const merged = this.#merge();
    if (merged === undefined) return;
    const repairs = this.#results.filter((r) => r.object === undefined || strictDescendant(merged, r.object)).map((r) => r.entry);
    const tombstone = isDeleted(merged);
    const allResults = this.#results.filter((r) => r.object !== undefined).length === this.settings.n;
    for (const entry of repairs) {
      const vnode = this.cluster.vnode(entry.index, entry.node);
      this.cluster.send(
        this.from,
        vnode,
        (v) => v.mergePut(this.at, merged, this.props),
        () => {},
      );
    }
    // final_action: delete only with no read repair pending (a repaired replica is reaped by a later read).
    if (tombstone && allResults && repairs.length === 0) this.#maybeDelete();
  }

  /** riak_kv_get_fsm:maybe_delete/1: only with every primary of the preflist asked and the bucket's own n_val. */
  #maybeDelete(): void {
    const primaries = this.preflist.filter((e) => e.primary);
    if (this.settings.customN || primaries.length !== this.settings.n) return;
    for (const entry of primaries) {
      const vnode = this.cluster.vnode(entry.index, entry.node);
      this.cluster.send(
        this.from,
        vnode,
        (v) => deleteTombstone(this.cluster, v, this.at),
        () => {},
      );
    }
  }
}

/** riak_kv_vnode:do_delete/2: what a vnode does with a tombstone, per delete_mode. */
function deleteTombstone(cluster: SimulatedCluster, vnode: Vnode, at: KeyLocation): void {
  const object = vnode.get(at);
  if (object === undefined || !isDeleted(object)) return;
  const mode = cluster.deleteMode;
  if (mode === 'keep') return;
  if (mode === 'immediate') vnode.reap(at, object.vclock);
  else cluster.scheduleReap(vnode, at, object.vclock);
}
