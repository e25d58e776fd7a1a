import type { QuorumValue } from '../buckets/bucket-props.js';
import type { ResolvedProps } from '../buckets/bucket-registry.js';
import { effectiveN } from '../handlers/quorum-check.js';
import { checkWriteSize } from '../object-limits.js';
import { riakError } from '../protocol/replies.js';
import { DEFAULT_REQUEST_TIMEOUT_MS } from '../request-deadline.js';
import type { Content, RiakObject } from '../store/riak-object.js';
import { gregorianSeconds, type VClock } from '../vclock.js';
import { reconcile } from './object-merge.js';
import { expandQuorum, optionText } from './quorum.js';
import type { NodeName, PreflistEntry } from './ring.js';
import { LOST, type SimulatedCluster } from './simulated-cluster.js';
import type { KeyLocation, Vnode } from './vnode.js';

/** A put's options as riak_kv_pb_object passes them to riak_client:put (absent: the bucket's). */
export interface PutOptions {
  readonly nVal?: number | undefined;
  readonly w?: QuorumValue | undefined;
  readonly dw?: QuorumValue | undefined;
  readonly pw?: QuorumValue | undefined;
  readonly nodeConfirms?: QuorumValue | undefined;
  readonly timeout?: number | undefined;
  /** `return_body` or `return_head`: answer with the stored object. */
  readonly returnBody?: boolean | undefined;
  readonly sloppyQuorum?: boolean | undefined;
  /** Store the object as given, no coordinating vnode (riak_kv_put_fsm `asis`). */
  readonly asis?: boolean | undefined;
}

/** What a put writes: the key, the client's causal context and the new value (or tombstone). */
export interface PutInput {
  readonly at: KeyLocation;
  readonly clock: VClock;
  /**
   * The new sibling, made once the quorums are validated (riak_kv_put_fsm
   * runs its precommit hooks, index parsing among them, after validate/2):
   * may throw Riak's error for the request.
   */
  readonly content: () => Content;
  /**
   * A datatype update (riak_kv_put_fsm's crdt_op): what the coordinating
   * vnode stores and sends on, in place of its coordinatePut of `content`
   * (cluster-datatypes.ts). May throw Riak's error for the request.
   */
  readonly coordinate?: ((vnode: Vnode, timestamp: number, check: (size: number) => void) => RiakObject) | undefined;
}

type VnodeReply = { readonly ok: RiakObject } | { readonly error: unknown };

/**
 * riak_kv_put_fsm + riak_kv_put_core, started on node `from`: coordinated
 * on a preflist vnode of that node, or forwarded to a seeded-random
 * preflist node when it has none; the coordinating vnode advances the
 * clock with its own actor and the others merge its object. Answers when
 * `w`, `dw`, `pw` and `node_confirms` are met, or with Riak's error once
 * they cannot be. Resolves to the reconciled object with `returnBody`.
 */
export function putFsm(cluster: SimulatedCluster, from: NodeName, input: PutInput, props: ResolvedProps, options: PutOptions): Promise<RiakObject | undefined> {
  const n = effectiveN(options.nVal, props);
  const sloppy = options.sloppyQuorum !== false;
  let coordinator = from;
  let preflist = cluster.preflist(from, input.at, n, sloppy);
  if (preflist.length === 0) throw riakError('all_nodes_down');
  if (options.asis !== true && !preflist.some((e) => e.node === from)) {
    // select_coordinator/3: no local entry, forward to a random preflist node, which starts over there.
    coordinator = preflist[cluster.prng.below(preflist.length)].node;
    preflist = cluster.preflist(coordinator, input.at, n, sloppy);
    if (preflist.length === 0) throw riakError('all_nodes_down');
  }
  // A forwarded put always finds a local entry here (the target was in the sender's preflist, and both see the same
  // nodes up); were it not so, Riak would forward again: the first entry's node coordinates.
  const local = options.asis === true ? undefined : (preflist.find((e) => e.node === coordinator) ?? preflist[0]);
  if (local !== undefined) coordinator = local.node;

  // riak_kv_put_fsm:validate/2.
  const PW = expandQuorum(options.pw, props.pw, n);
  if (PW === undefined) throw riakError(`{pw_val_violation,${optionText(options.pw)}}`);
  const NC = expandQuorum(options.nodeConfirms, props.nodeConfirms, n);
  if (NC === undefined) throw riakError(`{node_confirms_val_violation,${optionText(options.nodeConfirms)}}`);
  const W = expandQuorum(options.w, props.w, n);
  if (W === undefined) throw riakError(`{w_val_violation,${optionText(options.w)}}`);
  const DW1 = expandQuorum(options.dw, props.dw, n);
  if (DW1 === undefined) throw riakError(`{dw_val_violation,${optionText(options.dw)}}`);
  const DW = Math.max(DW1, 1);
  if (W > n || DW > n || PW > n || NC > n) throw riakError(`{n_val_violation,${n}}`);
  const primaries = preflist.filter((e) => e.primary).length;
  if (PW > primaries) throw riakError(`{pw_val_unsatisfied,${PW},${primaries}}`);
  const minVnodes = Math.max(1, W, DW, PW);
  if (preflist.length < minVnodes) throw riakError(`{insufficient_vnodes,${preflist.length},need,${minVnodes}}`);

  const content = input.content();
  const settings = { n, w: W, dw: DW, pw: PW, nodeConfirms: NC, returnBody: options.returnBody === true };
  return new PutCore(cluster, coordinator, { at: input.at, clock: input.clock, content, coordinate: input.coordinate }, props, preflist, settings).run(
    local,
    options.timeout ?? DEFAULT_REQUEST_TIMEOUT_MS,
  );
}

interface CoreSettings {
  readonly n: number;
  readonly w: number;
  readonly dw: number;
  readonly pw: number;
  readonly nodeConfirms: number;
  readonly returnBody: boolean;
}

/** A put's object once its content is made. */
interface PutObject {
  readonly at: KeyLocation;
  readonly clock: VClock;
  readonly content: Content;
  readonly coordinate: PutInput['coordinate'];
}

class PutCore {
  #numW = 0;
  #numDw = 0;
  #numPw = 0;
  readonly #confirmed = new Set<NodeName>();
  readonly #objects: RiakObject[] = [];
  #outstanding = 0;
  #answered = false;
  #cancelTimer: (() => void) | undefined;
  #resolve!: (object: RiakObject | undefined) => void;
  #reject!: (error: unknown) => void;

  constructor(
    readonly cluster: SimulatedCluster,
    readonly coordinator: NodeName,
    readonly input: PutObject,
    readonly props: ResolvedProps,
    readonly preflist: readonly PreflistEntry[],
    readonly settings: CoreSettings,
  ) {}

  run(local: PreflistEntry | undefined, timeout: number): Promise<RiakObject | undefined> {
    const answer = new Promise<RiakObject | undefined>((resolve, reject) => {
      this.#resolve = resolve;
      this.#reject = reject;
    });
    if (local === undefined) this.#sendRemote({ vclock: this.input.clock, contents: [this.input.content] }, undefined);
    else this.#sendLocal(local);
    if (!this.#answered) {
      if (this.#outstanding === 0)
        this.#timedOut(); // nothing more can come: Riak would wait for the timeout
      else
        this.#cancelTimer = this.cluster.timer(timeout, () => {
          this.#cancelTimer = undefined;
          this.#timedOut();
        });
    }
    return answer;
  }

  #timedOut(): void {
    this.#answer(() => this.#reject(riakError('timeout')));
  }

  /** execute_local: the coordinating put on this node's vnode; its object is what the others merge. */
  #sendLocal(entry: PreflistEntry): void {
    const { at, clock, content, coordinate } = this.input;
    const timestamp = gregorianSeconds();
    const check = (size: number): void => checkWriteSize({ objectSize: this.cluster.objectSize, log: this.cluster.log }, at.type, at.bucket, at.key, size);
    this.#outstanding++;
    this.cluster.send(
      this.coordinator,
      this.cluster.vnode(entry.index, entry.node),
      (v): VnodeReply => {
        try {
          return { ok: coordinate === undefined ? v.coordinatePut(at, clock, content, this.props, timestamp, check) : coordinate(v, timestamp, check) };
        } catch (error) {
          return { error };
        }
      },
      (reply) => {
        this.#outstanding--;
        if (this.#answered) return;
        if (reply === LOST) {
          // The local vnode went away: riak_kv_put_fsm waits for it until the timeout.
          if (this.#outstanding === 0) this.#timedOut();
          return;
        }
        if ('error' in reply) {
          // "Local vnode failure is enough to sink whole operation."
          this.#answer(() => this.#reject(reply.error));
          return;
        }
        this.#add(entry, reply.ok);
        this.#sendRemote(reply.ok, entry);
      },
    );
  }

  /** execute_remote: every other preflist vnode merges the object. */
  #sendRemote(object: RiakObject, coordinating: PreflistEntry | undefined): void {
    const others = this.preflist.filter((e) => e !== coordinating);
    this.#outstanding += others.length;
    this.#check();
    for (const entry of this.cluster.prng.shuffle(others)) {
      this.cluster.send(
        this.coordinator,
        this.cluster.vnode(entry.index, entry.node),
        (v) => v.mergePut(this.input.at, object, this.props),
        (reply) => {
          this.#outstanding--;
          if (this.#answered) return;
          if (reply !== LOST) this.#add(entry, reply);
          this.#check();
          if (this.#outstanding === 0) this.#timedOut();
        },
      );
    }
  }

  /** riak_kv_put_core:add_result/2 for a vnode's w and dw replies (they come together here). */
  #add(entry: PreflistEntry, stored: RiakObject): void {
    this.#numW++;
    this.#numDw++;
    if (entry.primary) this.#numPw++;
    this.#confirmed.add(entry.node);
    this.#objects.push(stored);
  }

  #check(): void {
    if (!this.#answered && this.#enough()) this.#answer(() => this.#respond());
  }

  /**
   * riak_kv_put_core:enough/1. A vnode here never fails a write (it
   * answers or stays silent), so the failure thresholds never trip: what
   * is left is "every vnode answered and pw or node_confirms is short".
   */
  #enough(): boolean {
    const s = this.settings;
    const nc = this.#confirmed.size;
    if (this.#numW >= s.w && this.#numDw >= s.dw && this.#numPw >= s.pw && nc >= s.nodeConfirms) return true;
    return this.#numDw >= s.n && (this.#numPw < s.pw || nc < s.nodeConfirms);
  }

  /** riak_kv_put_core:response/1 (without the failure clauses, see {@link #enough}). */
  #respond(): void {
    const s = this.settings;
    const nc = this.#confirmed.size;
    if (this.#numPw < s.pw) this.#reject(riakError(`{pw_val_unsatisfied,${s.pw},${this.#numPw}}`));
    else if (nc < s.nodeConfirms) this.#reject(riakError(`{node_confirms_val_unsatisfied,${s.nodeConfirms},${nc}}`));
    else this.#resolve(s.returnBody ? reconcile(this.#objects, this.props.allowMult, this.props) : undefined);
  }

  #answer(send: () => void): void {
    if (this.#answered) return;
    this.#answered = true;
    this.#cancelTimer?.();
    send();
  }
}
