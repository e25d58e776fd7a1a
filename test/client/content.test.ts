import test from 'ava';
import { fromRpbContent } from '../../src/client/content.js';

test('metadata text is decoded right when consecutive objects repeat or change it', (t) => {
  const types = ['text/plain', 'text/html1', 'text/html2', 'text/plain', 'application/json', 'text/plain'];
  const decoded = types.map((type) =>
    fromRpbContent({ value: Buffer.from('v'), contentType: Buffer.from(type), charset: Buffer.from(type.length % 2 ? 'utf-8' : 'latin1') }),
  );
  t.deepEqual(
    decoded.map((c) => c.contentType),
    types,
  );
  t.deepEqual(
    decoded.map((c) => c.charset),
    types.map((type) => (type.length % 2 ? 'utf-8' : 'latin1')),
  );
});

test('a reused receive buffer does not change cached metadata', (t) => {
  const buffer = Buffer.from('text/plain');
  t.is(fromRpbContent({ value: Buffer.alloc(0), contentType: buffer }).contentType, 'text/plain');
  buffer.write('text/xhtml');
  t.is(fromRpbContent({ value: Buffer.alloc(0), contentType: buffer }).contentType, 'text/xhtml');
});

test('non-ASCII metadata is decoded as UTF-8', (t) => {
  t.is(fromRpbContent({ value: Buffer.alloc(0), contentType: Buffer.from('text/ünïcode') }).contentType, 'text/ünïcode');
});
