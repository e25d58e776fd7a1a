import test from 'ava';
import { PassThrough } from 'node:stream';
import { displayBytes, formatTable, jsonBytes, jsonSafe, writeTo, guardStream, OutputClosedError } from '../../src/cli/output.js';
import { parseProps } from '../../src/cli/bucket-props.js';
import { once } from '../helpers/wait.js';

test('formatTable aligns columns, leaves the last one unpadded and escapes control characters', (t) => {
  t.deepEqual(
    formatTable(
      [
        ['a', '1'],
        ['long name', 'x\ny'],
      ],
      ['NAME', 'VALUE'],
    ),
    ['NAME       VALUE', 'a          1', 'long name  x\\ny'],
  );
  t.deepEqual(formatTable([]), []);
  t.deepEqual(
    formatTable([
      ['ü', 'z'],
      ['ab', 'c'],
    ]),
    ['ü   z', 'ab  c'],
  );
});

test('bytes: UTF-8 text as is, anything else as base64 (marked)', (t) => {
  t.is(jsonBytes(Buffer.from('héllo')), 'héllo');
  t.deepEqual(jsonBytes(Buffer.from([0xff, 0x00])), { base64: '/wA=' });
  t.is(displayBytes(Buffer.from([0xff, 0x00])), 'base64:/wA=');
  t.deepEqual(jsonSafe({ a: [Buffer.from('x')], d: new Date(0), n: 10n, big: 2n ** 64n, f: () => 1, u: undefined }), {
    a: ['x'],
    d: '1970-01-01T00:00:00.000Z',
    n: 10,
    big: '18446744073709551616',
  });
});

test('writeTo reports a closed output as OutputClosedError', async (t) => {
  const stream = new PassThrough();
  guardStream(stream);
  await writeTo(stream, 'ok\n');
  const closed = once(stream, 'close', 'the destroyed stream to close');
  stream.destroy(Object.assign(new Error('write EPIPE'), { code: 'EPIPE' }));
  await closed; // its 'error' came first
  await t.throwsAsync(writeTo(stream, 'more\n'), { instanceOf: OutputClosedError });
});

test('parseProps: key=value coercion and JSON objects', (t) => {
  t.deepEqual(parseProps(['n_val=3', 'allowMult=false', 'r=quorum', 'search_index=123', 'linkfun=m:f', 'postcommit=a:b,c', 'repl=realtime']), {
    nVal: 3,
    allowMult: false,
    r: 'quorum',
    searchIndex: '123',
    linkfun: { module: 'm', function: 'f' },
    postcommit: [{ module: 'a', function: 'b' }, { name: 'c' }],
    repl: 'realtime',
  });
  t.deepEqual(parseProps(['{"props": {"n_val": 1, "precommit": [{"mod": "m", "fun": "f"}]}}']), { nVal: 1, precommit: [{ module: 'm', function: 'f' }] });
  t.throws(() => parseProps(['[1]']), { message: /expected NAME=VALUE pairs or one JSON object, got "\[1\]"/ });
});
