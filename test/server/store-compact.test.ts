import test from 'ava';
import fc from 'fast-check';
import { Database, type StoredEntry } from '../../src/server/store/database.js';
import { decodeEntry, encodeEntry } from '../../src/server/store/entry-codec.js';
import type { Content, IndexEntry } from '../../src/server/store/riak-object.js';
import { withServer, text } from '../helpers/server-harness.js';
import { putEntry } from '../helpers/store-entries.js';

const bytes = (max = 40) => fc.uint8Array({ maxLength: max }).map((b) => Buffer.from(b));
const latin1 = (max = 20) => fc.uint8Array({ maxLength: max }).map((b) => Buffer.from(b).toString('latin1'));
const count = fc.oneof(fc.nat(300), fc.maxSafeNat());

const indexEntry: fc.Arbitrary<IndexEntry> = fc.record({
  field: latin1(),
  value: fc.oneof(bytes(), fc.maxSafeInteger(), fc.bigInt({ min: -(2n ** 200n), max: 2n ** 200n })),
});

const content: fc.Arbitrary<Content> = fc.record({
  value: bytes(300),
  contentType: fc.option(bytes(), { nil: undefined }),
  charset: fc.option(bytes(), { nil: undefined }),
  contentEncoding: fc.option(bytes(), { nil: undefined }),
  links: fc.option(fc.array(fc.record({ bucket: bytes(), key: bytes(), tag: bytes() }), { maxLength: 3 }), { nil: undefined }),
  usermeta: fc.option(fc.array(fc.record({ key: bytes(), value: fc.option(bytes(), { nil: undefined }) }), { maxLength: 3 }), { nil: undefined }),
  indexes: fc.option(fc.array(indexEntry, { maxLength: 4 }), { nil: undefined }),
  vtag: latin1(24),
  lastMod: count,
  lastModUsecs: fc.nat(999999),
  deleted: fc.boolean(),
  dot: fc.option(fc.record({ actor: bytes(12), counter: count }), { nil: undefined }),
});

const entry: fc.Arbitrary<StoredEntry> = fc.record({
  vclock: fc.array(fc.record({ actor: bytes(12), counter: count, timestamp: count }), { maxLength: 4 }),
  contents: fc.array(content, { minLength: 1, maxLength: 4 }),
  datatype: fc.constant(undefined),
  size: count,
});

/** Index values compare by kind too: a decoded safe-integer bigint must stay a bigint. */
const plain = (e: StoredEntry): unknown => JSON.parse(JSON.stringify(e, (_k, v: unknown) => (typeof v === 'bigint' ? `bigint:${v}` : v)));

test('a stored object survives its compact encoding: every field, byte for byte (property)', (t) => {
  fc.assert(
    fc.property(entry, (e) => {
      const decoded = decodeEntry(Buffer.from(encodeEntry(e)));
      t.deepEqual(plain(decoded), plain(e));
      for (const [i, c] of decoded.contents.entries()) t.true(c.value.equals(e.contents[i].value));
    }),
    { numRuns: 300 },
  );
});

test('a read returns a copy: changing it changes nothing stored', (t) => {
  const db = new Database();
  db.set('default', 'b', 'k', putEntry(Buffer.from('one'), Buffer.from('a')));
  const got = db.get('default', 'b', 'k') as StoredEntry;
  got.contents[0].value = Buffer.from('two');
  got.contents.push(got.contents[0]);
  t.is(db.get('default', 'b', 'k')?.contents.length, 1);
  t.is(db.get('default', 'b', 'k')?.contents[0].value.toString(), 'one');
});

test('through the server: siblings, tombstones, 2i and metadata read back the same from compact records', async (t) => {
  const { client } = await withServer(t);
  await client.put({ bucket: 'b', type: 'siblings', key: 'k', value: 'one', indexes: [{ key: 'n_int', value: '-12' }] });
  await client.put({ bucket: 'b', type: 'siblings', key: 'k', value: 'two', usermeta: [{ key: 'm', value: 'v' }] });
  const got = await client.get({ bucket: 'b', type: 'siblings', key: 'k' });
  t.deepEqual(got.siblings.map((s) => text(s.value)).sort(), ['one', 'two']);
  const found = await client.request('RpbIndexReq', {
    type: Buffer.from('siblings'),
    bucket: Buffer.from('b'),
    index: Buffer.from('n_int'),
    qtype: 1,
    rangeMin: Buffer.from('-20'),
    rangeMax: Buffer.from('0'),
  });
  t.deepEqual(found.keys.map(text), ['k']);
});
