import test from 'ava';
import fc from 'fast-check';
import { createHash } from 'node:crypto';
import { RiakInvalidArgumentError } from '../../src/errors.js';
import { claimOwners } from '../../src/server/cluster/claim.js';
import { keyHash, partitionPosition, responsiblePartition, Ring, RING_TOP, type PreflistEntry } from '../../src/server/cluster/ring.js';

// Expected values marked "riak_core" were computed by riak_core's own modules (chash, chashbin,
// riak_core_ring, riak_core_membership_claim, riak_core_apl from basho/riak_core develop, the 3.2
// code) compiled and run on OTP 25: fresh ring on dev1, dev2..devN added and marked valid, then
// riak_core_membership_claim:claim/1 with the default wants/choose functions until it stops changing.

const devs = (n: number): string[] => Array.from({ length: n }, (_, i) => `dev${i + 1}@127.0.0.1`);
const devOwners = (list: string): string[] => list.split(',').map((k) => `dev${k}@127.0.0.1`);
const sha1 = (bytes: Buffer): bigint => BigInt(`0x${createHash('sha1').update(bytes).digest('hex')}`);

/** term_to_binary of a binary, written out by hand: BINARY_EXT (109), 4-byte length, the bytes. */
const binaryExt = (b: Buffer): Buffer => Buffer.concat([Buffer.from([109]), Buffer.from([0, 0, 0, 0].map((_, i) => (b.length >>> (8 * (3 - i))) & 0xff)), b]);
/** A 2-tuple: SMALL_TUPLE_EXT (104), arity 2. */
const pairExt = (a: Buffer, b: Buffer): Buffer => Buffer.concat([Buffer.from([104, 2]), a, b]);
const versioned = (body: Buffer): Buffer => Buffer.concat([Buffer.from([131]), body]);

test('keyHash is SHA-1 of term_to_binary({Bucket, Key}), Bucket = {Type, Bucket} for a typed bucket (built by hand)', (t) => {
  fc.assert(
    fc.property(
      fc.uint8Array({ minLength: 1, maxLength: 300 }),
      fc.uint8Array({ minLength: 1, maxLength: 300 }),
      fc.string({ minLength: 1, maxLength: 12 }),
      (b, k, type) => {
        const bucket = Buffer.from(b);
        const key = Buffer.from(k);
        t.is(keyHash('default', bucket, key), sha1(versioned(pairExt(binaryExt(bucket), binaryExt(key)))));
        if (type !== 'default') {
          const typeBytes = Buffer.from(type, 'latin1');
          t.is(keyHash(type, bucket, key), sha1(versioned(pairExt(pairExt(binaryExt(typeBytes), binaryExt(bucket)), binaryExt(key)))));
          t.is(Ring.keyHash(typeBytes, bucket, key), keyHash(type, bucket, key));
        }
      },
    ),
  );
});

test('keyHash equals riak_core chash:key_of for known keys', (t) => {
  const b = (s: string): Buffer => Buffer.from(s);
  t.is(keyHash('default', b('b'), b('k')), 617838768289132691549234689269763050409788809748n);
  t.is(keyHash('maps', b('b'), b('k')), 826943578005004969827393067876812153232573311698n);
  t.is(keyHash('default', b('bucket'), Buffer.from([0, 255, 128, 10])), 178215508383691028728539741975266440436390940111n);
  t.is(keyHash('default', b('b'), b('x'.repeat(300))), 551593012319872773884575617329215025331985012935n);
  // chashbin:responsible_position on a 64-partition ring (riak_core).
  t.is(responsiblePartition(617838768289132691549234689269763050409788809748n, 64), 28);
  t.is(responsiblePartition(0n, 64), 1);
});

test('preflists equal the answers of a real Riak KV 3.2.3 node (one node, ring_size 64) to RpbGetBucketKeyPreflistReq', (t) => {
  // [type, bucket, key (latin1), the first partition Riak answered]; Riak answered n_val consecutive partitions from it.
  const answered: [string, string, string, number, number][] = [
    ['default', 'b', 'k', 3, 28],
    ['default', 'users', 'ada', 3, 57],
    ['maps', 'b', 'k', 3, 37],
    ['n_val_of_5', 'cart', 'x1', 5, 1],
    ['siblings', 'b', 'k', 3, 47],
    ['default', 'bucket', '\u00ff\u0000key', 3, 61],
    ['default', 'b', 'x'.repeat(300), 3, 25],
  ];
  const ring = new Ring({ ringSize: 64, nodes: ['riak@127.0.0.1'] });
  for (const [type, bucket, key, n, first] of answered) {
    const list = ring.primaries(keyHash(type, Buffer.from(bucket, 'latin1'), Buffer.from(key, 'latin1')), n);
    t.deepEqual(
      list.map((e) => [e.index, e.node, e.primary]),
      Array.from({ length: n }, (_, i) => [(first + i) % 64, 'riak@127.0.0.1', true]),
      `${type}/${bucket}`,
    );
  }
});

test('partition i sits at i * 2^160 / ringSize and a hash belongs to the first partition strictly after it', (t) => {
  const sizes = [8, 16, 32, 64, 128, 256, 512, 1024];
  fc.assert(
    fc.property(fc.constantFrom(...sizes), fc.bigInt({ min: 0n, max: RING_TOP - 1n }), (ringSize, hash) => {
      const after = Array.from({ length: ringSize }, (_, i) => i).find((i) => partitionPosition(i, ringSize) > hash) ?? 0;
      t.is(responsiblePartition(hash, ringSize), after);
      t.is(partitionPosition(ringSize - 1, ringSize) + RING_TOP / BigInt(ringSize), RING_TOP);
    }),
  );
  // Exactly on a partition: the next one (chash's (Hash div Inc) + 1).
  t.is(responsiblePartition(partitionPosition(5, 64), 64), 6);
  t.is(responsiblePartition(RING_TOP - 1n, 8), 0);
});

test('ring sizes other than a power of 2 from 8 to 1024 are refused', (t) => {
  for (const ringSize of [0, 1, 2, 4, 12, 100, 1.5, 2048, -64, Number.NaN]) {
    const error = t.throws(() => new Ring({ ringSize, nodes: devs(1) }), { instanceOf: RiakInvalidArgumentError });
    t.regex(error?.message ?? '', /^Invalid ringSize: /);
  }
  t.regex(t.throws(() => new Ring({ ringSize: 12, nodes: devs(1) }))?.message ?? '', /not a power of 2/);
  t.regex(t.throws(() => new Ring({ ringSize: 4, nodes: devs(1) }))?.message ?? '', /must be at least 8/);
  t.throws(() => new Ring({ ringSize: 64, nodes: [] }), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => new Ring({ ringSize: 64, nodes: ['a@h', 'a@h'] }), { instanceOf: RiakInvalidArgumentError });
  for (let size = 8; size <= 1024; size *= 2) t.is(new Ring({ ringSize: size, nodes: devs(1) }).ringSize, size);
});

test('claim gives the ownership riak_core gives a fresh cluster', (t) => {
  const cases: [number, number, string][] = [
    [8, 3, '1,2,3,1,1,2,3,1'],
    [8, 7, '1,5,6,7,1,2,3,4'],
    [16, 7, '1,2,3,5,6,7,1,2,4,5,6,7,1,2,3,4'],
    // Needs the OTP dict order of get_counts/2 (claim-deltas.ts) to come out right.
    [32, 3, '1,2,2,3,1,2,2,3,1,2,3,3,1,2,3,3,1,2,3,3,1,2,3,1,1,2,3,1,1,2,3,1'],
    [32, 6, '1,2,3,4,5,6,1,2,3,4,5,6,1,2,3,4,5,6,1,2,3,5,6,1,2,4,5,6,1,2,3,4'],
    [64, 3, '1,2,2,3,1,2,2,3,1,2,2,3,1,2,2,3,1,2,2,3,1,2,3,3,1,2,3,3,1,2,3,3,1,2,3,3,1,2,3,3,1,2,3,1,1,2,3,1,1,2,3,1,1,2,3,1,1,2,3,1,1,2,3,1'],
    [64, 5, '1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1,2,3,4,5,1,2,3,4'],
    [64, 7, '1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,4,5,6,7,1,2,3,5,6,7,1,2,4,5,6,7,1,3,4,5,6,7,1,2,3,4'],
    // Members are sorted as atoms: dev10@... comes before dev1@...
    [64, 10, '10,1,2,3,4,5,6,7,8,9,10,1,2,3,4,5,6,7,8,9,10,1,2,3,4,5,6,7,8,9,10,1,2,3,4,5,6,7,8,9,10,1,2,3,4,5,6,7,8,9,10,1,2,3,4,5,6,7,8,9,10,1,2,3'],
  ];
  for (const [ringSize, n, owners] of cases) {
    t.deepEqual(new Ring({ ringSize, nodes: devs(n) }).owners(), devOwners(owners), `${n} nodes on ${ringSize}`);
  }
  // A node that cannot get a whole partition's share claims nothing (wants_claim_v2: RingSize div N = 0).
  t.deepEqual(new Ring({ ringSize: 8, nodes: devs(9) }).owners(), devOwners('1,1,1,1,1,1,1,1'));
});

const owned = (owners: readonly string[], node: string): number[] => owners.flatMap((o, i) => (o === node ? [i] : []));

test('claim for 1..10 nodes on rings of 8..256: all owned, each node its share, balanced, target_n_val 4 kept from 4 nodes on', (t) => {
  for (const ringSize of [8, 16, 32, 64, 128, 256]) {
    for (let n = 1; n <= 10; n++) {
      const nodes = devs(n);
      const owners = claimOwners(ringSize, nodes);
      const where = `${n} nodes on ${ringSize}`;
      t.deepEqual(claimOwners(ringSize, nodes), owners, `deterministic: ${where}`);
      t.true(
        owners.every((o) => nodes.includes(o)),
        where,
      );
      const counts = nodes.map((node) => owned(owners, node).length);
      if (n > ringSize) {
        t.is(counts[0], ringSize, `the first node keeps everything: ${where}`);
        continue;
      }
      t.true(
        counts.every((c) => c >= Math.floor(ringSize / n)),
        `every node its share: ${where}`,
      );
      // Riak leaves 8 partitions on 3 nodes as 4/2/2; everything else is even within one.
      if (!(ringSize === 8 && n === 3)) t.true(Math.max(...counts) - Math.min(...counts) <= 1, `balanced: ${where}`);
      if (n >= 4) {
        for (const node of nodes) {
          const mine = owned(owners, node);
          mine.forEach((index, i) => {
            const next = mine[(i + 1) % mine.length] as number;
            if (mine.length > 1) t.true((next - index + ringSize) % ringSize >= 4, `${node} at ${index} and ${next}: ${where}`);
          });
        }
      }
    }
  }
});

const arbitraryRing = fc
  .record({ ringSize: fc.constantFrom(8, 16, 32, 64, 128, 256), nodes: fc.integer({ min: 1, max: 10 }) })
  .map(({ ringSize, nodes }) => new Ring({ ringSize, nodes: devs(nodes) }));
const ringCache = new Map<string, Ring>();
const cachedRing = arbitraryRing.map((ring) => {
  const id = `${ring.ringSize}/${ring.nodes.length}`;
  const known = ringCache.get(id) ?? ring;
  ringCache.set(id, known);
  return known;
});

test('primaries: n consecutive partitions in ring order from the responsible one, with their owners', (t) => {
  fc.assert(
    fc.property(cachedRing, fc.bigInt({ min: 0n, max: RING_TOP - 1n }), fc.integer({ min: 0, max: 300 }), (ring, hash, n) => {
      const list = ring.primaries(hash, n);
      t.is(list.length, Math.min(n, ring.ringSize));
      list.forEach((entry, i) => {
        t.is(entry.index, (ring.responsible(hash) + i) % ring.ringSize);
        t.is(entry.partition, partitionPosition(entry.index, ring.ringSize));
        t.is(entry.node, ring.owner(entry.index));
        t.true(entry.primary);
      });
      t.deepEqual(
        ring.successors(hash).slice(0, list.length),
        list.map((e) => e.index),
      );
      // From 4 nodes on, claim keeps a node's partitions 4 apart: any 3 primaries are on 3 nodes.
      if (ring.nodes.length >= 4 && ring.nodes.length <= ring.ringSize) {
        t.is(new Set(ring.primaries(hash, 3).map((e) => e.node)).size, 3);
      }
    }),
    { numRuns: 300 },
  );
});

test('preflist: up primaries, then a fallback per down primary from the partitions beyond n whose owner is up', (t) => {
  fc.assert(
    fc.property(
      cachedRing,
      fc.bigInt({ min: 0n, max: RING_TOP - 1n }),
      fc.integer({ min: 1, max: 6 }),
      fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
      (ring, hash, n, upFlags) => {
        const up = (node: string): boolean => upFlags[ring.nodes.indexOf(node)] ?? false;
        const count = Math.min(n, ring.ringSize);
        const primaries = ring.primaries(hash, count);
        const list = ring.preflist(hash, n, up);
        const upPrimaries = primaries.filter((e) => up(e.node));
        const downPrimaries = primaries.filter((e) => !up(e.node));
        t.deepEqual(list.slice(0, upPrimaries.length), upPrimaries);
        const fallbacks = list.slice(upPrimaries.length);
        // Fallback candidates: the owners of the partitions after the first n, once round (all of them when n = ringSize).
        const beyond = count === ring.ringSize ? ring.successors(hash) : ring.successors(hash).slice(count);
        const upCandidates = beyond.filter((index) => up(ring.owner(index)));
        t.is(fallbacks.length, Math.min(downPrimaries.length, upCandidates.length));
        fallbacks.forEach((entry, i) => {
          t.false(entry.primary);
          t.true(up(entry.node));
          t.is(entry.index, downPrimaries[i]?.index);
          t.is(entry.node, ring.owner(upCandidates[i] as number));
        });
        if (ring.nodes.every(up)) t.deepEqual(list, primaries.slice(0, count));
      },
    ),
    { numRuns: 300 },
  );
});

const brief = (list: PreflistEntry[]): string[] => list.map((e) => `${e.index}:${e.node.slice(0, 4)}${e.primary ? '' : '*'}`);

test("preflist reproduces riak_core_apl's four_node_test (a node may appear twice)", (t) => {
  // 8 partitions on 4 nodes: claim stripes them dev1..dev4 twice, the "perfect ring" of that test.
  const ring = new Ring({ ringSize: 8, nodes: devs(4) });
  const lastInRing = RING_TOP - 1n;
  const upAll = (node: string): boolean => node !== '';
  const without =
    (...down: number[]) =>
    (node: string): boolean =>
      !down.some((d) => node === `dev${d}@127.0.0.1`);
  t.deepEqual(brief(ring.preflist(lastInRing, 3, upAll)), ['0:dev1', '1:dev2', '2:dev3']);
  t.deepEqual(brief(ring.preflist(lastInRing, 3, without(1))), ['1:dev2', '2:dev3', '0:dev4*']);
  t.deepEqual(brief(ring.preflist(lastInRing, 3, without(1, 2))), ['2:dev3', '0:dev4*', '1:dev3*']);
  t.deepEqual(brief(ring.preflist(lastInRing, 3, without(3, 4))), ['0:dev1', '1:dev2', '2:dev1*']);
  t.deepEqual(brief(ring.preflist(lastInRing, 3, () => false)), []);
});

test('preflist matches riak_core_apl:get_apl_ann on a claimed 6-node ring', (t) => {
  const ring = new Ring({ ringSize: 64, nodes: devs(6) });
  const up = new Set(['dev1@127.0.0.1', 'dev2@127.0.0.1', 'dev4@127.0.0.1', 'dev6@127.0.0.1']);
  const list = ring.preflist(851339564709973500093719850447372504317136089720n, 4, (node) => up.has(node));
  t.deepEqual(brief(list), ['39:dev4', '41:dev6', '38:dev1*', '40:dev2*']);
});

test('n_val above the ring size is taken as the ring size; a negative one is refused', (t) => {
  const ring = new Ring({ ringSize: 8, nodes: devs(2) });
  t.is(ring.primaries(0n, 20).length, 8);
  t.is(ring.preflist(0n, 20, () => true).length, 8);
  t.throws(() => ring.primaries(0n, -1), { instanceOf: RiakInvalidArgumentError });
});
