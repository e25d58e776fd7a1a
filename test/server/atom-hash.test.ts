import test from 'ava';
import fc from 'fast-check';
import { atom } from '../../src/codec/erlang/term.js';
import { phash2 } from '../../src/server/aae/phash2.js';
import { atomHash } from '../../src/server/erlang/atom-hash.js';
import { phash } from '../../src/server/erlang/phash.js';

/** hashpjw over bytes: what erts atom_hash/1 computes over an atom's stored name. */
function hashpjw(bytes: Iterable<number>): number {
  let h = 0;
  for (const byte of bytes) {
    h = ((h << 4) + byte) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) h = (h ^ (g >>> 24) ^ g) >>> 0;
  }
  return h;
}

test('the atom hash phash/2 and phash2/1 share: hashpjw of the Latin-1 bytes for Latin-1 names', (t) => {
  fc.assert(
    fc.property(fc.string({ unit: fc.integer({ min: 0, max: 0xff }).map((c) => String.fromCharCode(c)) }), (name) =>
      t.is(atomHash(name), hashpjw(Buffer.from(name, 'latin1'))),
    ),
  );
});

test('beyond Latin-1 it hashes the UTF-8 bytes the atom table stores (the Latin-1 clutch covers only U+0080..U+00FF)', (t) => {
  t.is(atomHash('a\u20acb'), hashpjw([0x61, 0xe2, 0x82, 0xac, 0x62]));
  t.is(atomHash('\u00e9'), hashpjw([0xe9]));
});

test('phash/2 and phash2/1 of an atom go through it', (t) => {
  t.is(phash2(atom('\u00e9t\u00e9')), atomHash('\u00e9t\u00e9') & 0x7ffffff);
  // make_hash/1 of a lone atom: 0 × FN1 + its atom hash.
  t.is(phash(atom('riak'), 2 ** 32), atomHash('riak') + 1);
});
