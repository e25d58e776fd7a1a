import test from 'ava';
import fc from 'fast-check';
import { adjustSegmentMatchList, getSegment, keySegment, keyToSegment32, keyToSegment48, tictacHash, TREE_SIZES } from '../../src/aae/segment.js';
import { TictacTree } from '../../src/aae/tictac-tree.js';
import { crc32 } from '../../src/aae/crc32.js';
import { makeHash2, phash2 } from '../../src/server/aae/phash2.js';
import { atom, tuple } from '../../src/codec/erlang/term.js';
import { createHash } from 'node:crypto';

/*
 * Expected values were computed with leveled's own leveled_tictac module
 * (martinsumner/leveled develop-3.4, compiled and run on OTP 25) and with
 * erlang:phash2/1,2 and erlang:crc32/1 of OTP 25 on the same inputs.
 */

const b = (text: string): Buffer => Buffer.from(text, 'latin1');
const KEYS = [b('bucketkey1'), b('typebucketkey'), b(''), Buffer.from([0, 1, 2, 255]), b('bk42')];

test('keyto_segment48 and keyto_segment32 equal leveled_tictac for known keys', (t) => {
  t.deepEqual(KEYS.map(keyToSegment32), [537214062, 1861990118, 2399196189, 428344342, 3087660676]);
  t.deepEqual(keyToSegment48(KEYS[0]), { segmentId: 15470, extraHash: 4059045893, altHash: 2555632655 });
  t.deepEqual(keyToSegment48(KEYS[3]), { segmentId: 1046, extraHash: 3669498248, altHash: 1932767107 });
});

test('tictac_hash with a pre-computed value hash equals leveled_tictac', (t) => {
  const expected = [
    [537214062, 2555636790],
    [1861990118, 1783192277],
    [2399196189, 2986662329],
    [428344342, 1932763066],
    [3087660676, 542838584],
  ];
  t.deepEqual(
    KEYS.map((k) => {
      const h = tictacHash(k, 12345);
      return [h.segmentHash, h.changeHash];
    }),
    expected,
  );
});

test('get_segment for every tree size, and keySegment', (t) => {
  const seg32 = keyToSegment32(KEYS[0]);
  t.deepEqual(
    TREE_SIZES.map((size) => getSegment(seg32, size)),
    [3182, 15470, 15470, 81006, 343150, 343150],
  );
  t.is(keySegment(b('bucket'), b('key1')), 343150);
  t.is(keySegment(b('bucket'), b('key1'), { size: 'xxsmall' }), 3182);
  t.is(keySegment(b('bucket'), b('key'), { type: b('type') }), getSegment(keyToSegment32(KEYS[1]), 'large'));
});

test('adjust_segmentmatch_list widens segments as leveled does, and refuses a bigger compare size', (t) => {
  t.deepEqual(
    adjustSegmentMatchList([3, 100], 'small', 'large'),
    [
      3, 100, 65539, 65636, 131075, 131172, 196611, 196708, 262147, 262244, 327683, 327780, 393219, 393316, 458755, 458852, 524291, 524388, 589827, 589924,
      655363, 655460, 720899, 720996, 786435, 786532, 851971, 852068, 917507, 917604, 983043, 983140,
    ],
  );
  t.deepEqual(
    adjustSegmentMatchList([5], 'xxsmall', 'small'),
    [5, 4101, 8197, 12293, 16389, 20485, 24581, 28677, 32773, 36869, 40965, 45061, 49157, 53253, 57349, 61445],
  );
  t.throws(() => adjustSegmentMatchList([1], 'xlarge', 'large'), { instanceOf: RangeError });
});

/** The 20 keys b1..b20 with value hashes I * 7919 that the reference trees were built from. */
function referenceTree(size: 'xxsmall' | 'large'): TictacTree {
  const tree = new TictacTree(size);
  for (let i = 1; i <= 20; i++) tree.add(b(`b${i}`), i * 7919);
  return tree;
}

test('a tree built with add_kv equals leveled_tictac: root, dirty leaves, a branch', (t) => {
  const tree = referenceTree('xxsmall');
  t.deepEqual(
    [...tree.rootHashes()],
    [
      354941943, 3729476945, 384951859, 758577145, 2167678973, 734618846, 0, 1621536635, 1101427407, 4174448016, 1060763009, 1172070773, 0, 1004746312,
      1470569150, 0,
    ],
  );
  t.deepEqual(
    tree.dirtySegments(new TictacTree('xxsmall')),
    [233, 370, 643, 649, 772, 804, 957, 1093, 1497, 1996, 2118, 2160, 2178, 2463, 2671, 2813, 3067, 3514, 3582, 3708],
  );
  const branch0 = tree.branchHashes(0);
  t.is(branch0[233], 354941943);
  t.is(branch0.filter((h) => h !== 0).length, 1);
  const large = referenceTree('large');
  t.is(createHash('md5').update(large.rootBytes()).digest('hex').toUpperCase(), '7C89CF479DB4CB4641091658FF2ABD39');
  t.deepEqual(
    large.dirtySegments(new TictacTree('large')),
    [
      45828, 64507, 139907, 217737, 239686, 341964, 343676, 519610, 621167, 731901, 736766, 760223, 775101, 860393, 947673, 967026, 972912, 975652, 988229,
      1022082,
    ],
  );
});

test('phash2 equals erlang:phash2 on clocks and on the terms make_hash2 walks differently', (t) => {
  const clock = [tuple(b('actor-a'), tuple(7, 63900000123)), tuple(b('actor-b'), tuple(3, 63900000000))];
  t.is(phash2(clock), 129726320);
  t.is(makeHash2(clock), 3350951792); // phash2(Clock, 4294967296): riak_object:delete_hash/1
  t.is(phash2(tuple(42, clock)), 82015647); // {rehash, 42}
  t.is(phash2(tuple(atom('undefined'), clock)), 98846356);
  const cases: [unknown, number][] = [
    [b(''), 147926629],
    [b('abcdefghijkl'), 686521495],
    [b('abcdefghijklmnopqrstuvwxyz0123'), 3716455556],
    [0, 3175731469],
    [-1, 1117813597],
    [134217728, 2562491755],
    [-134217729, 1418916782],
    [63870000000, 2950070867],
    [18446744073709551616n, 2519041713],
    [1180591620717411303424n, 1070946125],
    [[], 3468870702],
    [[1, 2, 3], 4186538188],
    [[300], 3723642275],
    [[1, 300, 2], 1558579736],
    ['hello world', 2943300141],
    [tuple(), 221703996],
    [[[]], 499070068],
  ];
  for (const [term, full] of cases)
    t.is(
      makeHash2(term as never),
      full,
      JSON.stringify(term, (_k, v) => (typeof v === 'bigint' ? `${v}n` : v)),
    );
});

test('crc32 equals erlang:crc32', (t) => {
  t.is(crc32(b('hello world')), 222957957);
  t.is(crc32(b('')), 0);
});

const hashes = fc.array(fc.tuple(fc.uint8Array({ minLength: 0, maxLength: 24 }), fc.nat({ max: 0xffffffff })), { maxLength: 40 });
const size = fc.constantFrom(...TREE_SIZES.slice(0, 3));

function build(sizeName: (typeof TREE_SIZES)[number], items: [Uint8Array, number][]): TictacTree {
  const tree = new TictacTree(sizeName);
  for (const [key, hash] of items) tree.add(key, hash);
  return tree;
}

test('merge is commutative and associative, and merging disjoint parts gives the tree of the whole', (t) => {
  fc.assert(
    fc.property(size, hashes, hashes, hashes, (s, a, bb, c) => {
      const [ta, tb, tc] = [build(s, a), build(s, bb), build(s, c)];
      t.true(ta.merge(tb).equals(tb.merge(ta)));
      t.true(
        ta
          .merge(tb)
          .merge(tc)
          .equals(ta.merge(tb.merge(tc))),
      );
      t.true(
        ta
          .merge(tb)
          .merge(tc)
          .equals(build(s, [...a, ...bb, ...c])),
      );
    }),
  );
});

test('a tree built incrementally in any order equals one built at once; adding a key twice removes it', (t) => {
  fc.assert(
    fc.property(size, hashes, fc.nat(), (s, items, seed) => {
      const shuffled = [...items].sort((x, y) => ((x[1] ^ seed) >>> 0) - ((y[1] ^ seed) >>> 0));
      t.true(build(s, items).equals(build(s, shuffled)));
      const twice = build(s, [...items, ...items]);
      t.deepEqual(twice.dirtySegments(new TictacTree(s)), []);
      // Level one is always the XOR of its branch.
      const tree = build(s, items);
      const root = tree.rootHashes();
      for (let branch = 0; branch < tree.width; branch++)
        t.is(
          tree.branchHashes(branch).reduce((acc, h) => (acc ^ h) >>> 0, 0),
          root[branch],
        );
    }),
  );
});

test('dirtySegments names exactly the segments a changed key moved', (t) => {
  fc.assert(
    fc.property(hashes, fc.uint8Array({ minLength: 1, maxLength: 12 }), fc.nat({ max: 0xffffffff }), (items, key, hash) => {
      const a = build('small', items);
      const bTree = build('small', items);
      const segment = bTree.add(key, hash);
      const dirty = a.dirtySegments(bTree);
      const change = tictacHash(key, hash).changeHash;
      t.deepEqual(dirty, change === 0 ? [] : [segment]);
    }),
  );
});
