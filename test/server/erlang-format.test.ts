import test from 'ava';
import { binaryToTerm, termToBinary } from '../../src/codec/erlang/etf.js';
import { formatTerm } from '../../src/server/erlang/format.js';
import { formatAfter } from '../../src/server/erlang/pretty.js';
import { atom, tuple, type ErlTerm } from '../../src/codec/erlang/term.js';

const formatPairListAfter = (prefix: string, pairs: [string, ErlTerm][]) =>
  formatAfter(
    prefix,
    pairs.map(([p, r]) => tuple(atom(p), r)),
  );
import { compileTermRegex } from '../../src/server/handlers/term-regex.js';

// Every expected string below was produced by io_lib:format/2 on OTP 25.

const PREFIX = 'Invalid bucket properties: ';

test('~p of pair lists after "Invalid bucket properties: " matches io_lib_pretty', (t) => {
  t.is(
    formatPairListAfter(PREFIX, [
      ['r', atom('not_valid_quorum')],
      ['n_val', atom('not_integer')],
    ]),
    `${PREFIX}[{r,not_valid_quorum},{n_val,not_integer}]`,
  );
  t.is(
    formatPairListAfter(PREFIX, [['allow_mult', 'Data Type buckets must be allow_mult=true']]),
    `${PREFIX}[{allow_mult,\n                                "Data Type buckets must be allow_mult=true"}]`,
  );
  t.is(
    formatPairListAfter(PREFIX, [
      ['datatype', 'set not supported for bucket datatype property'],
      ['allow_mult', 'Data Type buckets must be allow_mult=true'],
    ]),
    `${PREFIX}[{datatype,\n                                "set not supported for bucket datatype property"},\n                            {allow_mult,\n                                "Data Type buckets must be allow_mult=true"}]`,
  );
  t.is(
    formatPairListAfter(PREFIX, [['datatype', 'map not supported for bucket datatype property']]),
    `${PREFIX}[{datatype,"map not supported for bucket datatype property"}]`,
  );
  t.is(
    formatPairListAfter(PREFIX, [['reserved_name', "The name 'any' may not be used for bucket types"]]),
    `${PREFIX}[{reserved_name,\n                                "The name 'any' may not be used for bucket types"}]`,
  );
  const quorums = ['r', 'n_val', 'w', 'pw', 'dw'].map((p): [string, ReturnType<typeof atom>] => [p, atom(p === 'n_val' ? 'not_integer' : 'not_valid_quorum')]);
  t.is(
    formatPairListAfter(PREFIX, quorums),
    `${PREFIX}[{r,not_valid_quorum},\n                            {n_val,not_integer},\n                            {w,not_valid_quorum},\n                            {pw,not_valid_quorum},\n                            {dw,not_valid_quorum}]`,
  );
  t.is(formatPairListAfter(PREFIX, [['ab', 'x'.repeat(50)]]), `${PREFIX}[{ab,"${'x'.repeat(50)}"}]`);
  t.is(
    formatPairListAfter(PREFIX, [
      ['abcdefghij', 'x'.repeat(35)],
      ['c', atom('d')],
    ]),
    `${PREFIX}[{abcdefghij,"${'x'.repeat(35)}"},\n                            {c,d}]`,
  );
  t.is(
    formatPairListAfter(PREFIX, [
      ['abcdefghij', 'x'.repeat(36)],
      ['c', atom('d')],
    ]),
    `${PREFIX}[{abcdefghij,\n                                "${'x'.repeat(36)}"},\n                            {c,d}]`,
  );
});

test('~p of single terms', (t) => {
  t.is(formatTerm(Buffer.from('nope')), '<<"nope">>');
  t.is(formatTerm(Buffer.from([1, 2, 255])), '<<1,2,255>>');
  t.is(formatTerm(tuple(atom('n_val_violation'), 3)), '{n_val_violation,3}');
  // 'query' is no reserved word since R16B: ~p prints it bare.
  t.is(formatTerm(atom('query')), 'query');
  t.is(formatTerm(atom('receive')), "'receive'");
  t.is(formatTerm(atom('Quoted Atom')), "'Quoted Atom'");
  t.is(
    formatTerm([Buffer.from('a'), 'str', -3, 12345678901234567890n, 'a\nb"c', Buffer.from('a\nb"c'), atom('x-y'), atom('ok')]),
    '[<<"a">>,"str",-3,12345678901234567890,"a\\nb\\"c",<<"a\\nb\\"c">>,\'x-y\',ok]',
  );
  t.is(formatTerm(Buffer.from('abc\t\\')), '<<"abc\\t\\\\">>');
});

test('term_to_binary matches Erlang and round-trips', (t) => {
  t.deepEqual([...termToBinary([])], [131, 106]);
  t.deepEqual([...termToBinary(300)], [131, 98, 0, 0, 1, 44]);
  t.deepEqual([...termToBinary(-5)], [131, 98, 255, 255, 255, 251]);
  t.deepEqual([...termToBinary(3000000000)], [131, 110, 4, 0, 0, 94, 208, 178]);
  t.deepEqual([...termToBinary(-3000000000)], [131, 110, 4, 1, 0, 94, 208, 178]);
  t.deepEqual([...termToBinary(atom('abc'))], [131, 100, 0, 3, 97, 98, 99]);
  t.deepEqual([...termToBinary('abc')], [131, 107, 0, 3, 97, 98, 99]);
  t.deepEqual([...termToBinary([1000, 2])], [131, 108, 0, 0, 0, 2, 98, 0, 0, 3, 232, 97, 2, 106]);
  t.deepEqual([...termToBinary(tuple(Buffer.from('t'), Buffer.from('b')))], [131, 104, 2, 109, 0, 0, 0, 1, 116, 109, 0, 0, 0, 1, 98]);
  t.deepEqual([...termToBinary(1.5)], [131, 70, 63, 248, 0, 0, 0, 0, 0, 0]);
  // 2i continuations as Riak makes them: base64(term_to_binary(Last)).
  t.is(termToBinary(Buffer.from('key1')).toString('base64'), 'g20AAAAEa2V5MQ==');
  t.is(termToBinary(tuple(5, Buffer.from('key1'))).toString('base64'), 'g2gCYQVtAAAABGtleTE=');
  t.is(termToBinary(tuple(Buffer.from('abc'), Buffer.from('key1'))).toString('base64'), 'g2gCbQAAAANhYmNtAAAABGtleTE=');
  const vclock = [tuple(Buffer.from([1, 2, 3, 4, 5, 6, 7, 8]), tuple(1, 63870000000))];
  t.deepEqual(
    [...termToBinary(vclock)],
    [131, 108, 0, 0, 0, 1, 104, 2, 109, 0, 0, 0, 8, 1, 2, 3, 4, 5, 6, 7, 8, 104, 2, 97, 1, 110, 5, 0, 128, 219, 242, 222, 14, 106],
  );
  t.deepEqual(binaryToTerm(termToBinary(vclock)), vclock);
  t.throws(() => binaryToTerm(Buffer.from([131, 200])));
});

test("term_regex compile errors read like PCRE's", (t) => {
  const err = (p: string) => {
    const r = compileTermRegex(Buffer.from(p));
    return r.ok ? 'ok' : `Invalid term regular expression ${formatTerm(Buffer.from(p))} : ${r.error}`;
  };
  t.is(err('['), 'Invalid term regular expression <<"[">> : {"missing terminating ] for character class",\n                                           1}');
  t.is(err('(abc'), 'Invalid term regular expression <<"(abc">> : {"missing )",4}');
  t.is(err('*'), 'Invalid term regular expression <<"*">> : {"nothing to repeat",0}');
  t.is(err('abc)'), 'Invalid term regular expression <<"abc)">> : {"unmatched parentheses",3}');
  t.is(err('a**'), 'Invalid term regular expression <<"a**">> : {"nothing to repeat",2}');
  t.is(
    err('a{2,1}'),
    'Invalid term regular expression <<"a{2,1}">> : {"numbers out of order in {} quantifier",\n                                                5}',
  );
  t.is(
    err('[z-a]'),
    'Invalid term regular expression <<"[z-a]">> : {"range out of order in character class",\n                                               3}',
  );
  t.is(err('^ab.*'), 'ok');
});
