import test from 'ava';
import fc from 'fast-check';
import { BucketRegistry, type ResolvedProps } from '../../src/server/buckets/bucket-registry.js';
import { reconcile, sameObject, syntacticMerge } from '../../src/server/cluster/object-merge.js';
import { Vnode, type KeyLocation } from '../../src/server/cluster/vnode.js';
import { tombstone } from '../../src/server/store/content-codec.js';
import type { Content, RiakObject } from '../../src/server/store/riak-object.js';
import type { VClock } from '../../src/server/vclock.js';

/** riak_object's merges between replicas, checked on vnodes directly (no network): what the cluster's FSMs build on. */

const registry = new BucketRegistry();
registry.createType('dvv', [['allow_mult', true]]);
registry.createType('lww', [
  ['allow_mult', false],
  ['last_write_wins', true],
  ['dvv_enabled', false],
]);
const propsOf = (type: string): ResolvedProps => registry.type(type) as ResolvedProps;
const at: KeyLocation = { type: 'dvv', bucket: 'b', key: 'k' };

let tick = 1_700_000_000_000_000;
function content(value: string): Content {
  tick += 1000;
  return {
    value: Buffer.from(value),
    contentType: undefined,
    charset: undefined,
    contentEncoding: undefined,
    links: undefined,
    usermeta: undefined,
    indexes: undefined,
    vtag: value,
    lastMod: Math.floor(tick / 1e6),
    lastModUsecs: tick % 1e6,
    deleted: false,
    dot: undefined,
  };
}

const actor = (n: number): Buffer => Buffer.from([0, 0, 0, 0, 0, 0, 0, n]);
const valuesOf = (o: RiakObject): string[] => o.contents.map((c) => c.value.toString()).sort();

/** A coordinated put on vnode `v` with the client clock `clock`, replicated to `others` as the put FSM does. */
function put(v: Vnode, others: Vnode[], clock: VClock, value: string, props: ResolvedProps, where = at): RiakObject {
  const stored = v.coordinatePut(where, clock, content(value), props, 63_000_000_000, () => {});
  for (const o of others) o.mergePut(where, stored, props);
  return stored;
}

test('concurrent writes from one ancestor become siblings on DVV buckets; a write with the merged clock replaces both', (t) => {
  const props = propsOf('dvv');
  const [a, b, c] = [1, 2, 3].map((n) => new Vnode(n, `n${n}`, true, actor(n)));
  const base = put(a, [b, c], [], 'v0', props);
  const left = put(a, [], base.vclock, 'left', props);
  const right = put(b, [c], base.vclock, 'right', props);
  const merged = reconcile([left, right, base], true, props);
  t.deepEqual(valuesOf(merged), ['left', 'right']);
  // syntactic_merge either way round gives the same siblings.
  t.deepEqual(valuesOf(syntacticMerge(left, right, props)), valuesOf(syntacticMerge(right, left, props)));
  // Merging an object with itself keeps its value (the same dot on both sides stays once).
  t.deepEqual(valuesOf(syntacticMerge(left, left, props)), ['left']);
  const resolved = put(c, [a, b], merged.vclock, 'both', props);
  t.deepEqual(valuesOf(resolved), ['both']);
  t.true(sameObject(a.get(at) as RiakObject, resolved) && sameObject(b.get(at) as RiakObject, resolved));
});

test('last_write_wins: a replica takes what it is sent; reconcile keeps the newest', (t) => {
  const props = propsOf('lww');
  const where = { ...at, type: 'lww' };
  const [a, b] = [1, 2].map((n) => new Vnode(n, `n${n}`, true, actor(n)));
  const older = put(a, [], [], 'older', props, where);
  const newer = put(b, [], [], 'newer', props, where);
  t.deepEqual(valuesOf(reconcile([newer, older], false, props)), ['newer']);
  b.mergePut(where, older, props);
  t.deepEqual(valuesOf(b.get(where) as RiakObject), ['older'], 'blind replace, as riak_kv_vnode does with last_write_wins');
});

test('a tombstone descending a value wins the merge; on equal dates a live value beats a tombstone', (t) => {
  const props = propsOf('dvv');
  const v = new Vnode(1, 'n1', true, actor(1));
  const live = put(v, [], [], 'v', props);
  const dead = v.coordinatePut(at, live.vclock, tombstone(tick + 1000), props, 63_000_000_000, () => {});
  t.deepEqual(syntacticMerge(live, dead, props), dead);
  const liveC = { ...content('x'), lastMod: 5, lastModUsecs: 0 };
  const deadC = { ...tombstone(5_000_000), vtag: 'y' };
  const concurrent = (c: Content, n: number): RiakObject => ({ vclock: [{ actor: actor(n), counter: 1, timestamp: 1 }], contents: [c] });
  t.deepEqual(valuesOf(reconcile([concurrent(deadC, 1), concurrent(liveC, 2)], false, props)), ['x']);
});

test('property: however concurrent writes spread over three replicas, reconciling them does not depend on the order of the replies', (t) => {
  const props = propsOf('dvv');
  const step = fc.record({ coordinator: fc.integer({ min: 0, max: 2 }), reach: fc.subarray([0, 1, 2]), readFrom: fc.integer({ min: 0, max: 2 }) });
  fc.assert(
    fc.property(fc.array(step, { minLength: 1, maxLength: 8 }), fc.integer({ min: 0, max: 5 }), (steps, rotation) => {
      const vnodes = [1, 2, 3].map((n) => new Vnode(n, `n${n}`, true, actor(n)));
      steps.forEach((s, i) => {
        const clock = vnodes[s.readFrom].get(at)?.vclock ?? [];
        put(
          vnodes[s.coordinator],
          s.reach.filter((r) => r !== s.coordinator).map((r) => vnodes[r]),
          clock,
          `w${i}`,
          props,
        );
      });
      const replicas = vnodes.flatMap((v) => (v.get(at) === undefined ? [] : [v.get(at) as RiakObject]));
      const orders = [replicas, [...replicas].reverse(), [...replicas.slice(rotation % replicas.length), ...replicas.slice(0, rotation % replicas.length)]];
      const results = orders.map((o) => valuesOf(reconcile(o, true, props)));
      return results.every((r) => JSON.stringify(r) === JSON.stringify(results[0]));
    }),
  );
  t.pass();
});
