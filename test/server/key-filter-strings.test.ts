import test from 'ava';
import fc from 'fast-check';
import { floatToList } from '../../src/server/erlang/float-format.js';
import type { ErlFloat } from '../../src/codec/erlang/term.js';
import { listToFloat, listToInteger, parseQsFirstValue, tokens } from '../../src/server/mapreduce/filter-strings.js';

/**
 * The formatters and parsers under the key filters
 * (src/server/mapreduce/filter-strings.ts, erlang/float-format.ts), as
 * properties: float_to_list/1 and list_to_float/1, list_to_integer/1,
 * mochiweb_util:parse_qs/1's value decoding, string:tokens/2.
 */

const codes = (s: string): number[] => [...Buffer.from(s, 'latin1')];
const finite = fc.double({ noNaN: true, noDefaultInfinity: true });

test('float_to_list/1 examples: C\'s "%.20e", the exact value rounded half to even', (t) => {
  t.is(floatToList(2.5), '2.50000000000000000000e+00');
  t.is(floatToList(0.1), '1.00000000000000005551e-01');
  t.is(floatToList(-0), '-0.00000000000000000000e+00');
  t.is(floatToList(5e-324), '4.94065645841246544177e-324');
  t.is(floatToList(1e21), '1.00000000000000000000e+21');
  // 7812500000000.001953125 exactly: after the 21st digit comes a 5 and nothing else; 2 is even, so it stays (JS rounds up).
  t.is(floatToList(4000000000000001 / 512), '7.81250000000000195312e+12');
  t.is((4000000000000001 / 512).toExponential(20), '7.81250000000000195313e+12');
});

test('float_to_list/1: 21 significant digits, a two-digit exponent at least, and it reads back as the same double', (t) => {
  fc.assert(
    fc.property(finite, (x) => {
      const text = floatToList(x);
      t.regex(text, /^-?[0-9]\.[0-9]{20}e[+-][0-9]{2,3}$/);
      t.true(Object.is(Number(text), x) || (x === 0 && Number(text) === 0));
      t.true(Object.is((listToFloat(codes(text)) as ErlFloat).value, x) || x === 0);
    }),
  );
});

test('list_to_float/1 takes digits, a point or a comma, digits and an optional exponent, and nothing beyond the doubles', (t) => {
  t.is(listToFloat(codes('2,5')).value, 2.5);
  t.is(listToFloat(codes('+1.5E3')).value, 1500);
  t.is(listToFloat(codes('1.0e-400')).value, 0);
  for (const bad of ['1', '1.', '.5', '1e5', '1.0e', ' 1.0', '1.0 ', '1.0e400', '0x1.0']) t.throws(() => listToFloat(codes(bad)), undefined, bad);
});

test('list_to_integer/1: a sign and digits; the value of every such text, big ones as bigints', (t) => {
  fc.assert(
    fc.property(fc.bigInt({ min: -(10n ** 30n), max: 10n ** 30n }), fc.boolean(), (n, plus) => {
      const text = `${plus && n >= 0n ? '+' : ''}${n}`;
      const value = listToInteger(codes(text));
      t.is(BigInt(value), n);
      t.is(typeof value, Number.isSafeInteger(Number(n)) && BigInt(Number(n)) === n ? 'number' : 'bigint');
    }),
  );
  for (const bad of ['', '+', '1.0', ' 1', '1_000', '0x10']) t.throws(() => listToInteger(codes(bad)), undefined, bad);
});

test('parse_qs value: every byte written as %HH (either case) or as itself when safe comes back, up to the first & or ;', (t) => {
  const byte = fc.integer({ min: 0, max: 255 });
  fc.assert(
    fc.property(fc.array(fc.tuple(byte, fc.constantFrom('upper', 'lower', 'plain'))), (written) => {
      const text: number[] = [];
      const expected: number[] = [];
      for (const [b, how] of written) {
        const plain = how === 'plain' && ![0x25, 0x2b, 0x26, 0x3b].includes(b);
        if (plain) text.push(b);
        else text.push(...codes(`%${how === 'lower' ? b.toString(16).padStart(2, '0') : b.toString(16).padStart(2, '0').toUpperCase()}`));
        expected.push(b);
      }
      t.deepEqual(parseQsFirstValue(text), expected);
      t.deepEqual(parseQsFirstValue([...text, 0x26, ...codes('%41')]), expected);
      t.deepEqual(parseQsFirstValue([...text, 0x3b, 0x41]), expected);
    }),
  );
  t.deepEqual(parseQsFirstValue(codes('a+b%2')), codes('a b%2'));
  t.deepEqual(parseQsFirstValue(codes('%%41')), codes('%A'));
});

test('string:tokens/2: the runs between separators, empty ones dropped; no separators, the whole list', (t) => {
  fc.assert(
    fc.property(fc.string({ unit: fc.constantFrom('a', 'b', '-', '/') }), (s) => {
      t.deepEqual(
        tokens(codes(s), codes('-/')),
        s
          .split(/[-/]/)
          .filter((x) => x.length > 0)
          .map(codes),
      );
    }),
  );
  t.deepEqual(tokens(codes('a-b'), []), [codes('a-b')]);
  t.deepEqual(tokens([], []), []);
});
