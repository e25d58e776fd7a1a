import { isUtf8 } from 'node:buffer';
import test from 'ava';
import fc from 'fast-check';
import { DtFetchResp, RpbGetResp, TsCell } from '../../generated/riak.js';
import { fromRpbContent } from '../../src/client/content.js';
import { decodeGetResult } from '../../src/client/kv-result-decoder.js';
import type { ContentInput, RiakContent } from '../../src/client/kv-types.js';
import { decodeCell, encodeCell } from '../../src/client/ts-cells.js';
import { decodeMap, MAP_FIELD_TYPES, type MapFieldType, type MapValue } from '../../src/datatypes/map.js';
import { MapUpdate } from '../../src/datatypes/map-update.js';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';

// Issue 12, "bytes stay bytes": every bytes field the typed API returns
// carries exactly the bytes Riak sent, so reading an object and writing it
// back changes nothing.

const shared = useSharedDevServer(test);

/** Byte strings no UTF-8 decoder keeps: invalid bytes and a NUL, encoded surrogate halves (CESU-8), an overlong NUL. */
const ODD = [Buffer.from('ff00c3', 'hex'), Buffer.from('eda080', 'hex'), Buffer.from('edbfbf', 'hex'), Buffer.from('c080', 'hex')];
const hex = (bytes: Uint8Array) => Buffer.from(bytes).toString('hex');

/** The metadata of a sibling as hex, to compare byte for byte. */
function metadataOf(content: RiakContent) {
  return {
    value: hex(content.value),
    links: content.links.map((link) => [hex(link.bucket), hex(link.key), hex(link.tag)]),
    usermeta: content.usermeta.map((pair) => [hex(pair.key), hex(pair.value)]),
    indexes: content.indexes.map((pair) => [hex(pair.key), hex(pair.value)]).sort(),
  };
}

test('kv: links, usermeta and 2i bytes survive put → get → put back → get unchanged', async (t) => {
  const { client } = shared;
  const bucket = Buffer.concat([Buffer.from('b-'), ODD[0]]);
  const key = Buffer.concat([Buffer.from('k-'), ODD[1]]);
  // Index names are lowercased by Riak (Latin-1 bytes c0-de included), so the names use no such byte.
  const indexNames = [Buffer.concat([Buffer.from('ff00eda080', 'hex'), Buffer.from('_bin')]), Buffer.from('odd_bin')];
  const input: ContentInput = {
    value: Buffer.concat(ODD),
    links: ODD.map((bytes, i) => ({ bucket: bytes, key: ODD[(i + 1) % ODD.length], tag: ODD[(i + 2) % ODD.length] })),
    usermeta: ODD.map((bytes, i) => ({ key: bytes, value: ODD[(i + 3) % ODD.length] })),
    indexes: [...ODD.map((bytes) => ({ key: indexNames[1], value: bytes })), { key: indexNames[0], value: ODD[0] }],
  };
  await client.put({ bucket, key, ...input });
  const first = await client.get({ bucket, key });
  const content = first.content as RiakContent;
  const expected = {
    value: hex(input.value as Buffer),
    links: input.links!.map((link) => [hex(link.bucket as Buffer), hex(link.key as Buffer), hex(link.tag as Buffer)]),
    usermeta: input.usermeta!.map((pair) => [hex(pair.key as Buffer), hex(pair.value as Buffer)]),
    indexes: input.indexes!.map((pair) => [hex(pair.key as Buffer), hex(pair.value as Buffer)]).sort(),
  };
  t.deepEqual(metadataOf(content), expected);

  // Written back as read: the received entries are passed as they are.
  await client.put({ bucket, key, vclock: first.vclock, value: content.value, links: content.links, usermeta: content.usermeta, indexes: content.indexes });
  const second = await client.get({ bucket, key });
  t.is(second.siblings.length, 1);
  t.deepEqual(metadataOf(second.content as RiakContent), expected);

  // The 2i terms find the object by their exact bytes, and come back exact.
  for (const term of ODD) {
    const page = await client.queryIndex({ bucket, index: 'odd_bin', key: term });
    t.deepEqual(page.keys.map(hex), [hex(key)]);
  }
  const range = await client.queryIndex({ bucket, index: 'odd_bin', range: [Buffer.alloc(0), Buffer.from([0xff, 0xff])], returnTerms: true });
  t.deepEqual(range.results.map((r) => hex(r.term)).sort(), ODD.map(hex).sort());
  const named = await client.queryIndex({ bucket, index: indexNames[0], key: ODD[0] });
  t.deepEqual(named.keys.map(hex), [hex(key)]);

  // Listings give the exact bucket and key bytes.
  t.deepEqual((await client.listKeys({ bucket }).toArray()).map(hex), [hex(key)]);
  t.true((await client.listBuckets().toArray()).some((name) => name.equals(bucket)));
});

test('map: field names that are not UTF-8 keep their bytes, and updating them by the name read back hits the same fields', async (t) => {
  const { client } = shared;
  const at = { type: 'maps', bucket: 'bytes-fidelity', key: Buffer.from('c080', 'hex') };
  let update = new MapUpdate().incrementCounter('text', 1);
  for (const name of ODD) {
    update = update
      .incrementCounter(name, 2)
      .addToSet(name, ...ODD)
      .setRegister(name, name)
      .enableFlag(name)
      .updateMap(name, (inner) => inner.setRegister(name, ODD[0]));
  }
  await client.updateMap({ ...at, update });
  const first = await client.fetchMap(at);
  t.deepEqual(first.value.counters, { text: 1 });
  t.deepEqual(first.value.registers, {});
  const binary = first.value.binaryFields ?? [];
  t.is(binary.length, ODD.length * 5);
  for (const name of ODD) {
    const fields = binary.filter((field) => field.name.equals(name));
    t.deepEqual(fields.map((field) => field.type).sort(), ['counter', 'flag', 'map', 'register', 'set']);
    for (const field of fields) {
      if (field.type === 'counter') t.is(field.value, 2);
      if (field.type === 'set') t.deepEqual(field.value.map(hex).sort(), ODD.map(hex).sort());
      if (field.type === 'register') t.is(hex(field.value), hex(name));
      if (field.type === 'flag') t.true(field.value);
      if (field.type === 'map')
        t.deepEqual(
          field.value.binaryFields?.map((inner) => [hex(inner.name), inner.type, hex(inner.value as Buffer)]),
          [[hex(name), 'register', hex(ODD[0])]],
        );
    }
  }

  // Update every field by the name bytes read back: the same fields change, no new field appears.
  const again = new MapUpdate();
  for (const field of binary) {
    if (field.type === 'counter') again.incrementCounter(field.name, 5);
    if (field.type === 'register') again.setRegister(field.name, Buffer.concat([field.value, field.value]));
  }
  await client.updateMap({ ...at, update: again, context: first.context });
  const second = await client.fetchMap(at);
  t.is(second.value.binaryFields?.length, ODD.length * 5);
  for (const field of second.value.binaryFields ?? []) {
    if (field.type === 'counter') t.is(field.value, 7);
    if (field.type === 'register') t.is(hex(field.value), hex(Buffer.concat([field.name, field.name])));
  }

  // Removal by the name read back removes exactly that field.
  const removed = new MapUpdate().removeFlag(ODD[0]);
  await client.updateMap({ ...at, update: removed, context: second.context });
  const third = await client.fetchMap(at);
  t.is(third.value.binaryFields?.length, ODD.length * 5 - 1);
  t.false((third.value.binaryFields ?? []).some((field) => field.type === 'flag' && field.name.equals(ODD[0])));
});

test('map: UTF-8 field names (including non-ASCII and a BOM) key the records and no binaryFields appears', async (t) => {
  const { client } = shared;
  const at = { type: 'maps', bucket: 'bytes-fidelity', key: 'utf8-names' };
  await client.updateMap({
    ...at,
    update: (m) =>
      m
        .incrementCounter('ünï', 3)
        .setRegister('\uFEFFbom', 'x')
        .updateMap('𝄞', (inner) => inner.enableFlag('ok')),
  });
  const { value } = await client.fetchMap(at);
  t.deepEqual(value, {
    counters: { ünï: 3 },
    sets: {},
    registers: { '\uFEFFbom': Buffer.from('x') },
    flags: {},
    maps: { '𝄞': { counters: {}, sets: {}, registers: {}, flags: { ok: true }, maps: {} } },
  });
  t.false(Object.hasOwn(value, 'binaryFields'));
});

// ---- Decoders, on arbitrary bytes ------------------------------------------

/** Arbitrary bytes, biased towards the sequences UTF-8 decoding damages. */
const anyBytes = fc.oneof(
  fc.uint8Array({ maxLength: 24 }).map((b) => Buffer.from(b)),
  fc.constantFrom(...ODD),
  fc.string({ maxLength: 12 }).map((s) => Buffer.from(s, 'utf8')),
);
const pair = fc.record({ key: anyBytes, value: anyBytes });
const link = fc.record({ bucket: anyBytes, key: anyBytes, tag: anyBytes });
const content = fc.record({
  value: anyBytes,
  links: fc.array(link, { maxLength: 3 }),
  usermeta: fc.array(pair, { maxLength: 3 }),
  indexes: fc.array(pair, { maxLength: 3 }),
});

test('property: the get decoders (hand-written and generated) return link, usermeta and index bytes exactly', (t) => {
  fc.assert(
    fc.property(fc.array(content, { minLength: 1, maxLength: 3 }), (sent) => {
      const payload = Buffer.from(RpbGetResp.encode({ content: sent }).finish());
      const decoded = [decodeGetResult(payload).siblings, RpbGetResp.decode(payload).content.map(fromRpbContent)];
      for (const siblings of decoded) {
        t.deepEqual(
          siblings.map(metadataOf),
          sent.map((c) => ({
            value: hex(c.value),
            links: c.links.map((l) => [hex(l.bucket), hex(l.key), hex(l.tag)]),
            usermeta: c.usermeta.map((p) => [hex(p.key), hex(p.value)]),
            indexes: c.indexes.map((p) => [hex(p.key), hex(p.value)]).sort(),
          })),
        );
      }
    }),
    { numRuns: 300 },
  );
});

const TYPES = Object.keys(MAP_FIELD_TYPES) as MapFieldType[];
const RECORDS = { counter: 'counters', set: 'sets', register: 'registers', flag: 'flags', map: 'maps' } as const;

test('property: every map field name comes back exactly, as a record key that encodes to it or in binaryFields', (t) => {
  const entry = fc.record({ name: anyBytes, type: fc.constantFrom(...TYPES), register: anyBytes });
  fc.assert(
    fc.property(fc.uniqueArray(entry, { maxLength: 8, selector: (e) => `${e.type}:${hex(e.name)}` }), (entries) => {
      const payload = DtFetchResp.encode({
        type: DtFetchResp.DataType.MAP,
        value: {
          mapValue: entries.map(({ name, type, register }) => ({
            field: { name, type: MAP_FIELD_TYPES[type] },
            ...(type === 'counter'
              ? { counterValue: 1 }
              : type === 'set'
                ? { setValue: [register] }
                : type === 'register'
                  ? { registerValue: register }
                  : type === 'flag'
                    ? { flagValue: true }
                    : { mapValue: [] }),
          })),
        },
      }).finish();
      const map: MapValue = decodeMap(DtFetchResp.decode(payload).value?.mapValue);
      const seen: string[] = [];
      for (const type of TYPES) {
        for (const name of Object.keys(map[RECORDS[type]])) seen.push(`${type}:${hex(Buffer.from(name, 'utf8'))}`);
      }
      for (const field of map.binaryFields ?? []) {
        t.false(isUtf8(field.name));
        seen.push(`${field.type}:${hex(field.name)}`);
      }
      t.deepEqual(seen.sort(), entries.map((e) => `${e.type}:${hex(e.name)}`).sort());
    }),
    { numRuns: 300 },
  );
});

test('property: a TS varchar cell reads back as text only when the text encodes to the same bytes', (t) => {
  fc.assert(
    fc.property(
      anyBytes.filter((b) => b.length > 0),
      (bytes) => {
        const cell = decodeCell(TsCell.decode(TsCell.encode({ varcharValue: bytes }).finish()));
        t.true(typeof cell === 'string' || Buffer.isBuffer(cell));
        const sent = encodeCell('test', 'cell', cell as string | Buffer).varcharValue as Uint8Array;
        t.is(hex(sent), hex(bytes));
      },
    ),
    { numRuns: 300 },
  );
});
