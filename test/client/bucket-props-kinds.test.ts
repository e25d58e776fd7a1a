import test from 'ava';
import { RpbBucketProps } from '../../generated/riak.js';
import { BUCKET_PROP_NAMES, KINDS } from '../../src/client/bucket-props.js';

test('the bucket props kinds table matches the generated RpbBucketProps: every field, in order, each of its kind', (t) => {
  // protobufjs puts one default per field on the prototype: 0, false, an empty buffer or array, or null.
  const proto = RpbBucketProps.prototype as unknown as Record<string, unknown>;
  const fields = Object.keys(proto).filter((name) => typeof proto[name] !== 'function' && !name.startsWith('$'));
  t.deepEqual([...KINDS.keys()], fields);
  t.deepEqual(BUCKET_PROP_NAMES, fields);
  for (const [name, kind] of KINDS) {
    const value = proto[name];
    const expected =
      name === 'repl'
        ? 'repl'
        : ['r', 'pr', 'w', 'pw', 'dw', 'rw'].includes(name)
          ? 'quorum'
          : typeof value === 'number'
            ? 'uint'
            : typeof value === 'boolean'
              ? 'bool'
              : value instanceof Uint8Array
                ? 'text'
                : Array.isArray(value)
                  ? 'hooks'
                  : value === null
                    ? 'modfun'
                    : 'unexpected';
    t.is<string, string>(kind, expected, name);
  }
});
