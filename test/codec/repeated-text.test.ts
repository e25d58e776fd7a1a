import test from 'ava';
import { RepeatedText } from '../../src/codec/wire-write.js';

test('a text given twice in a row comes back as its UTF-8 bytes, until another comes', (t) => {
  const texts = new RepeatedText();
  t.is(texts.of('bücket'), 'bücket', 'first time: the text');
  t.deepEqual(texts.of('bücket'), Buffer.from('bücket', 'utf8'), 'second time: its bytes');
  const bytes = texts.of('bücket');
  t.is(texts.of('bücket'), bytes, 'the same bytes each time after');
  t.is(texts.of('other'), 'other');
  t.is(texts.of('bücket'), bytes, 'kept while another text has come only once');
  t.deepEqual(texts.of('other'), Buffer.from('other'));
});

test('bytes pass through; long texts are never kept', (t) => {
  const texts = new RepeatedText();
  const given = Uint8Array.of(1, 2, 3);
  t.is(texts.of(given), given);
  const long = 'x'.repeat(65);
  t.is(texts.of(long), long);
  t.is(texts.of(long), long);
});
