import { deflateSync } from 'node:zlib';
import test from 'ava';
import fc from 'fast-check';
import { binaryToAnyTerm, binaryToTerm, EtfDecodeError, MAX_TERM_DEPTH, termToBinary } from '../../src/codec/erlang/etf.js';
import {
  atom,
  ErlExportFun,
  ErlFloat,
  ErlFun,
  ErlImproperList,
  ErlMap,
  ErlPid,
  ErlRef,
  tuple,
  type AnyTerm,
  type ErlTerm,
} from '../../src/codec/erlang/term.js';

/**
 * The Erlang external term format codec (src/codec/erlang/), shared by the
 * client's Erlang-term MapReduce jobs and the dev server: what it writes is
 * what OTP 25's term_to_binary writes, and it reads back all of it.
 */

const pid = new ErlPid(atom('client@host'), 85, 0, 1700000000);
const anyTerm = fc.letrec<{ term: AnyTerm }>((tie) => ({
  term: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer(),
    fc.bigInt({ min: -(1n << 200n), max: 1n << 200n }).filter((n) => n < -(1n << 53n) || n > 1n << 53n),
    fc.double({ noNaN: true, noDefaultInfinity: true }).map((v) => new ErlFloat(v)),
    fc.uint8Array({ maxLength: 20 }).map((bytes) => Buffer.from(bytes)),
    fc.string({ maxLength: 8 }).map((name) => atom(name)),
    fc.array(tie('term'), { maxLength: 4 }).map((items) => tuple(...items)),
    fc.array(tie('term'), { maxLength: 4 }),
    fc
      .tuple(
        fc.array(tie('term'), { minLength: 1, maxLength: 3 }),
        fc.oneof(
          fc.integer(),
          fc.string({ maxLength: 3 }).map((n) => atom(n)),
        ),
      )
      .map(([items, tail]) => new ErlImproperList(items, tail)),
    fc.array(fc.tuple(tie('term'), tie('term')), { maxLength: 3 }).map((pairs) => new ErlMap(pairs)),
    fc.constant(pid),
    fc.constant(new ErlRef(atom('client@host'), 1700000000, [1, 2, 3])),
    fc.constant(new ErlExportFun(atom('riak_kv_mapreduce'), atom('map_object_value'), 3)),
    fc.array(tie('term'), { maxLength: 2 }).map((free) => new ErlFun(3, Buffer.alloc(16, 7), 0, atom('erl_eval'), 44, 97283095, pid, free)),
  ),
}));

/** The narrow model binaryToTerm returns (Riak's own opaque fields): strings are byte lists, integers fit a double. */
const narrowTerm = fc.letrec<{ term: ErlTerm }>((tie) => ({
  term: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.integer(),
    fc.uint8Array({ maxLength: 20 }).map((bytes) => Buffer.from(bytes)),
    fc.string({ minLength: 1, maxLength: 8 }).map((name) => atom(name)),
    fc.string({ unit: fc.integer({ min: 0, max: 255 }).map((c) => String.fromCharCode(c)), minLength: 1, maxLength: 8 }),
    fc.array(tie('term'), { maxLength: 4 }).map((items) => tuple(...items)),
    fc.array(tie('term'), { minLength: 1, maxLength: 4 }).filter((items) => !items.every((i) => typeof i === 'number' && i >= 0 && i <= 255)),
  ),
}));

test('binary_to_term reads back every term term_to_binary writes, byte for byte (property)', (t) => {
  fc.assert(
    fc.property(anyTerm.term, (term) => {
      const bytes = termToBinary(term);
      return termToBinary(binaryToAnyTerm(bytes)).equals(bytes);
    }),
  );
  t.pass();
});

test('the narrow decoder of Riak opaque fields gives back the very term (property)', (t) => {
  fc.assert(
    fc.property(narrowTerm.term, (term) => {
      t.deepEqual(binaryToTerm(termToBinary(term)), term);
    }),
  );
});

test('any bytes decode to a term or fail with EtfDecodeError, never another error (property)', (t) => {
  fc.assert(
    fc.property(fc.uint8Array({ maxLength: 40 }), fc.boolean(), (tail, full) => {
      const bytes = Buffer.concat([Buffer.from([131]), tail]);
      try {
        if (full) binaryToAnyTerm(bytes);
        else binaryToTerm(bytes);
      } catch (err) {
        if (!(err instanceof EtfDecodeError)) throw err;
      }
    }),
  );
  t.pass();
});

test('every truncation of an encoded term is badarg (property)', (t) => {
  fc.assert(
    fc.property(
      anyTerm.term.map((term) => termToBinary(term)),
      fc.nat(),
      (bytes, cut) => {
        const at = 1 + (cut % (bytes.length - 1));
        t.throws(() => binaryToAnyTerm(bytes.subarray(0, at)), { instanceOf: EtfDecodeError, message: 'badarg' });
      },
    ),
  );
});

test('term_to_binary writes what OTP 25 writes: byte lists as STRING_EXT, floats as NEW_FLOAT_EXT, improper lists with their tail', (t) => {
  t.deepEqual([...termToBinary([1, 2, 255])], [131, 107, 0, 3, 1, 2, 255]);
  t.deepEqual([...termToBinary([1, 256])], [131, 108, 0, 0, 0, 2, 97, 1, 98, 0, 0, 1, 0, 106]);
  t.deepEqual([...termToBinary(new ErlFloat(4))], [131, 70, 64, 16, 0, 0, 0, 0, 0, 0]);
  t.deepEqual([...termToBinary(new ErlImproperList([atom('a')], atom('b')))], [131, 108, 0, 0, 0, 1, 100, 0, 1, 97, 100, 0, 1, 98]);
  t.deepEqual([...termToBinary(new ErlExportFun(atom('m'), atom('f'), 3))], [131, 113, 100, 0, 1, 109, 100, 0, 1, 102, 97, 3]);
  // term_to_binary({modfun, riak_kv_mapreduce, reduce_sum}) in an OTP 25 shell.
  t.deepEqual(
    [...termToBinary(tuple(atom('modfun'), atom('riak_kv_mapreduce'), atom('reduce_sum')))],
    [131, 104, 3, 100, 0, 6, ...Buffer.from('modfun'), 100, 0, 17, ...Buffer.from('riak_kv_mapreduce'), 100, 0, 10, ...Buffer.from('reduce_sum')],
  );
  // FLOAT_EXT (old clients) and a compressed term decode too.
  const old = Buffer.concat([Buffer.from([131, 99]), Buffer.from('1.50000000000000000000e+00'.padEnd(31, '\0'), 'latin1')]);
  t.deepEqual(binaryToAnyTerm(old), new ErlFloat(1.5));
  const inner = termToBinary([atom('a'), Buffer.alloc(100, 1)]).subarray(1);
  const size = Buffer.alloc(4);
  size.writeUInt32BE(inner.length);
  t.deepEqual(binaryToAnyTerm(Buffer.concat([Buffer.from([131, 80]), size, deflateSync(inner)])), [atom('a'), Buffer.alloc(100, 1)]);
  t.throws(() => binaryToAnyTerm(Buffer.from([131, 100, 0, 1, 97, 0])), { message: 'badarg' }, 'trailing bytes');
  t.throws(() => binaryToAnyTerm(Buffer.from([131, 108, 0, 0, 0, 0, 97, 1])), { message: 'badarg' }, 'an empty LIST_EXT with a tail');
});

test('terms nested up to MAX_TERM_DEPTH decode; one level more is badarg, never a stack overflow', (t) => {
  /** [[...[1, 2]..., 2], 2] as LIST_EXT cells: `depth` terms from the root to the innermost 1. */
  const nested = (depth: number): Buffer => {
    const parts: Buffer[] = [Buffer.from([131])];
    for (let i = 1; i < depth; i++) parts.push(Buffer.from([108, 0, 0, 0, 2]));
    parts.push(Buffer.from([97, 1]));
    for (let i = 1; i < depth; i++) parts.push(Buffer.from([97, 2, 106]));
    return Buffer.concat(parts);
  };
  let term = binaryToAnyTerm(nested(MAX_TERM_DEPTH));
  for (let i = 1; i < MAX_TERM_DEPTH; i++) term = (term as AnyTerm[])[0] as AnyTerm;
  t.is(term, 1);
  t.throws(() => binaryToAnyTerm(nested(MAX_TERM_DEPTH + 1)), { instanceOf: EtfDecodeError, message: 'badarg' });
  t.throws(() => binaryToTerm(nested(100_000)), { instanceOf: EtfDecodeError, message: 'badarg' });
});
