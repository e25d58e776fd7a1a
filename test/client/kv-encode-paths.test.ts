import test from 'ava';
import fc from 'fast-check';
import type { EncodedRequest } from '../../src/codec/encoded-request.js';
import { encodeGet, encodePut, encodeSimpleGet, encodeSimplePut } from '../../src/client/kv-calls.js';
import type { GetParams, PutParams, PutResult } from '../../src/client/kv-types.js';
import { RiakInvalidArgumentError } from '../../src/errors.js';
import { GET_FIELDS, PUT_FIELDS } from '../../src/client/kv-request.js';
import { encodedOptions } from '../../src/client/kv-fields.js';
import { GetFields } from '../../src/codec/get-frame.js';
import { PutFields } from '../../src/codec/put-frame.js';

// A get or put takes one of two encoders: the straight-line one for the
// params most have, the general one (kvMessage and the flat encoder) for the
// rest. Whichever takes a call, the frame must be the same, and params the
// general path rejects must reach it (and get its error), never a frame.

const frameOf = <T>(request: EncodedRequest<T>) => Buffer.from(request.frameBuffer.subarray(request.frameStart, request.frameEnd));

const bytes = fc.oneof(
  fc.string({ maxLength: 40 }),
  fc.string({ unit: 'grapheme', maxLength: 20 }),
  fc.uint8Array({ maxLength: 200 }).map((b) => Buffer.from(b)),
);
const quorum = fc.oneof(fc.integer({ min: 0, max: 0xffffffff }), fc.constantFrom('one', 'quorum', 'all', 'default'));
const uint = fc.integer({ min: 0, max: 0xffffffff });

/** Params the straight-line encoder takes: location, content without lists, any RpbPutReq option, call options. */
const simplePutParams = fc.record(
  {
    bucket: bytes,
    key: bytes,
    type: bytes,
    value: bytes,
    contentType: fc.oneof(bytes, fc.constant(null)),
    charset: bytes,
    contentEncoding: bytes,
    vclock: bytes,
    w: quorum,
    dw: quorum,
    pw: quorum,
    nodeConfirms: quorum,
    returnBody: fc.boolean(),
    ifNotModified: fc.boolean(),
    ifNoneMatch: fc.boolean(),
    returnHead: fc.boolean(),
    asis: fc.boolean(),
    sloppyQuorum: fc.boolean(),
    timeout: uint,
    nVal: uint,
    requestTimeout: fc.integer({ min: 1, max: 10_000 }),
    idempotent: fc.boolean(),
    resolve: fc.constant((siblings: unknown[]) => siblings[0]),
    unset: fc.constant(undefined),
  },
  { requiredKeys: ['bucket', 'value'] },
);

/** One change that may send a put to the general path: lists, a bad or missing field, a typo, inherited params. */
const putTwist = fc.oneof(
  fc.record({ links: fc.constant([{ bucket: 'b', key: 'k', tag: 't' }]) }),
  fc.record({ usermeta: fc.constant([{ key: 'm', value: 'v' }]) }),
  fc.record({ indexes: fc.constant([{ key: 'age_int', value: 42 }]) }),
  fc.record({ indexes: fc.constant([]) }),
  fc.record({ w: fc.constantFrom(-1, 1.5, 'most', null, true) }),
  fc.record({ timeout: fc.constantFrom(-1, 2 ** 32, '10') }),
  fc.record({ returnBody: fc.constantFrom(1, 'yes', null) }),
  fc.record({ bucket: fc.constantFrom(undefined, null, 42) }),
  fc.record({ key: fc.constantFrom(null, 42, {}) }),
  fc.record({ value: fc.constantFrom(undefined, null, 42, {}) }),
  fc.record({ contentType: fc.constantFrom(42, {}) }),
  fc.record({ resolve: fc.constant('first') }),
  fc.record({ retrunBody: fc.constant(true) }),
  fc.record({ content: fc.constant({ value: 'x' }) }),
);

/** Params a get's straight-line encoder takes. */
const simpleGetParams = fc.record(
  {
    bucket: bytes,
    key: bytes,
    type: bytes,
    r: quorum,
    pr: quorum,
    nodeConfirms: quorum,
    basicQuorum: fc.boolean(),
    notfoundOk: fc.boolean(),
    ifModified: bytes,
    head: fc.boolean(),
    deletedvclock: fc.boolean(),
    sloppyQuorum: fc.boolean(),
    timeout: uint,
    nVal: uint,
    signal: fc.constant(new AbortController().signal),
    retry: fc.boolean(),
    resolve: fc.constant((siblings: unknown[]) => siblings[0]),
    unset: fc.constant(undefined),
  },
  { requiredKeys: ['bucket', 'key'] },
);

const getTwist = fc.oneof(
  fc.record({ r: fc.constantFrom(-1, 1.5, 'most', null, true) }),
  fc.record({ nVal: fc.constantFrom(-1, 2 ** 32, '3') }),
  fc.record({ head: fc.constantFrom(1, 'yes', null) }),
  fc.record({ bucket: fc.constantFrom(undefined, null, 42) }),
  fc.record({ key: fc.constantFrom(undefined, null, 42, {}) }),
  fc.record({ ifModified: fc.constantFrom(null, 42) }),
  fc.record({ resolve: fc.constant('first') }),
  fc.record({ notFoundOk: fc.constant(true) }),
  fc.record({ value: fc.constant('a put field') }),
);

type Outcome = { frame: Buffer } | { error: string };

/** What an encoder makes of params: a frame or a typed error's message (undefined: left to the general path). */
function outcome<T>(encode: () => EncodedRequest<T> | undefined): Outcome | undefined {
  try {
    const request = encode();
    return request === undefined ? undefined : { frame: frameOf(request) };
  } catch (error) {
    if (!(error instanceof RiakInvalidArgumentError)) throw error;
    return { error: error.message };
  }
}

const paths = {
  get: { simple: (p: unknown) => outcome(() => encodeSimpleGet(p as GetParams)), general: (p: unknown) => outcome(() => encodeGet(p as GetParams)) },
  put: { simple: (p: unknown) => outcome(() => encodeSimplePut(p as PutParams)), general: (p: unknown) => outcome(() => encodePut(p as PutParams)) },
};

for (const [method, params] of [
  ['get', simpleGetParams],
  ['put', simplePutParams],
] as const) {
  test(`every ${method} the straight-line encoder takes is framed byte for byte as the general path frames it`, (t) => {
    fc.assert(
      fc.property(params, (given) => {
        const simple = paths[method].simple(given);
        t.true(simple !== undefined && 'frame' in simple, 'the straight-line encoder takes it');
        t.deepEqual(simple, paths[method].general(given));
      }),
      { numRuns: 500 },
    );
  });
}

for (const [method, params, twist] of [
  ['get', simpleGetParams, getTwist],
  ['put', simplePutParams, putTwist],
] as const) {
  test(`${method} params with bad values, typos or inherited fields: framed (or refused) as the general path does, or left to it`, (t) => {
    let left = 0;
    fc.assert(
      fc.property(params, twist, fc.boolean(), (own, change, inherit) => {
        const mixed = { ...own, ...change };
        const given = inherit ? Object.assign(Object.create({ contentType: 'text/inherited', r: 2 }) as object, mixed) : mixed;
        const simple = paths[method].simple(given);
        if (simple === undefined) left++;
        else t.deepEqual(simple, paths[method].general(given));
      }),
      { numRuns: 500 },
    );
    t.true(left > 0, 'some params were left to the general path');
  });
}

test("a put made from a getter of another put's params is framed right, and so is the outer one", (t) => {
  let inner: Buffer | undefined;
  const outer = {
    bucket: 'b',
    get key() {
      inner = frameOf(encodeSimplePut({ bucket: 'inner', key: 'ik', value: 'inner value', w: 'all' }) as EncodedRequest<PutResult>);
      return 'k';
    },
    value: 'outer value',
    contentType: 'text/plain',
  };
  const frame = frameOf(encodeSimplePut(outer) as EncodedRequest<PutResult>);
  t.deepEqual(frame, frameOf(encodePut({ bucket: 'b', key: 'k', value: 'outer value', contentType: 'text/plain' })));
  t.deepEqual(inner, frameOf(encodePut({ bucket: 'inner', key: 'ik', value: 'inner value', w: 'all' })));
});

test('the straight-line encoders take every option the general path knows; one their fields lack would be left to the general path', (t) => {
  t.deepEqual(Object.keys(encodedOptions(GET_FIELDS, new GetFields())).sort(), Object.keys(GET_FIELDS).sort());
  t.deepEqual(Object.keys(encodedOptions(PUT_FIELDS, new PutFields())).sort(), Object.keys(PUT_FIELDS).sort());
  // As if RpbPutReq grew a field and only kv-request.ts's schema were told: not taken, so never dropped.
  const grown = encodedOptions({ ...PUT_FIELDS, futureOption: 'bool' }, new PutFields());
  t.false('futureOption' in grown);
  t.is(Object.getPrototypeOf(grown), null, 'no inherited names (toString, constructor) look like options');
});
