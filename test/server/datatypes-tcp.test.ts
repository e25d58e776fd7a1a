import test, { type ExecutionContext } from 'ava';
import { DtFetchResp } from '../../generated/riak.js';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakServerError } from '../../src/errors.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { B, REGISTER, SET, field, texts } from '../helpers/datatype-handlers.js';

// The datatype handlers through TCP: the dev server wires them to codes 50-53 and 80-83.

const tcp = test.serial;
let server: DevServer | undefined;
let client: RiakClient | undefined;

test.before(async () => {
  server = await startDevServer({ port: 0 });
  client = new RiakClient({ nodes: [`127.0.0.1:${server.port}`] });
});

test.after.always(async () => {
  await client?.close();
  await server?.close();
});

function riak(): RiakClient {
  if (client === undefined) throw new Error('dev server not started');
  return client;
}

async function rejectsRiak(t: ExecutionContext, promise: Promise<unknown>, errmsg: string): Promise<void> {
  const error = await t.throwsAsync(promise, { instanceOf: RiakServerError });
  t.is(error?.errmsg, errmsg);
}

tcp('tcp: maps update, fetch and context round trip', async (t) => {
  const at = { type: B('maps'), bucket: B('tcp'), key: B('m') };
  const body = await riak().request('DtUpdateReq', {
    ...at,
    returnBody: true,
    op: {
      mapOp: {
        updates: [
          { field: field('n', REGISTER), registerOp: B('v') },
          { field: field('s', SET), setOp: { adds: [B('a'), B('b')] } },
        ],
      },
    },
  });
  t.is(body.mapValue.length, 2);
  const got = await riak().request('DtFetchReq', at);
  t.is(got.type, DtFetchResp.DataType.MAP);
  t.deepEqual(Buffer.from(got.context), Buffer.from(body.context));
  await riak().request('DtUpdateReq', { ...at, context: got.context, op: { mapOp: { removes: [field('n', REGISTER)] } } });
  const after = await riak().request('DtFetchReq', at);
  t.deepEqual(
    after.value?.mapValue?.map((e) => Buffer.from(e.field.name).toString()),
    ['s'],
  );
});

tcp('tcp: precondition and type errors come back as RpbErrorResp; the connection stays usable', async (t) => {
  await rejectsRiak(
    t,
    riak().request('DtUpdateReq', { type: B('sets'), bucket: B('tcp'), key: B('s'), op: { setOp: { removes: [B('x')] } } }),
    '{precondition,{not_present,<<"x">>}}',
  );
  await rejectsRiak(
    t,
    riak().request('DtUpdateReq', { type: B('maps'), bucket: B('tcp'), key: B('s'), op: { counterOp: {} } }),
    'Operation type is `counter` but  bucket type is `map`.',
  );
  await rejectsRiak(t, riak().request('DtFetchReq', { type: B('no_such_type'), bucket: B('tcp'), key: B('s') }), 'Error no bucket type `<<"no_such_type">>`');
  const fetched = await riak().request('DtFetchReq', { type: B('sets'), bucket: B('tcp'), key: B('s') });
  t.is(fetched.type, DtFetchResp.DataType.SET);
  t.false(Object.hasOwn(fetched, 'value'), 'not found: no value');
});

tcp('tcp: counters, sets, hlls and gsets', async (t) => {
  const counter = await riak().request('DtUpdateReq', {
    type: B('counters'),
    bucket: B('tcp'),
    key: B('c'),
    op: { counterOp: { increment: 41 } },
    returnBody: true,
  });
  t.is(Number(counter.counterValue), 41);
  const set = await riak().request('DtUpdateReq', {
    type: B('sets'),
    bucket: B('tcp'),
    key: B('s2'),
    op: { setOp: { adds: [B('b'), B('a')] } },
    returnBody: true,
  });
  t.deepEqual(texts(set.setValue), ['a', 'b']);
  await riak().request('DtUpdateReq', { type: B('hlls'), bucket: B('tcp'), key: B('h'), op: { hllOp: { adds: [B('a'), B('b'), B('a')] } } });
  const hll = await riak().request('DtFetchReq', { type: B('hlls'), bucket: B('tcp'), key: B('h') });
  t.is(Number(hll.value?.hllValue), 2);
  await riak().request('DtUpdateReq', { type: B('gsets'), bucket: B('tcp'), key: B('g'), op: { gsetOp: { adds: [B('z'), B('y')] } } });
  const gset = await riak().request('DtFetchReq', { type: B('gsets'), bucket: B('tcp'), key: B('g') });
  t.deepEqual(texts(gset.value?.gsetValue), ['y', 'z']);
});

tcp('tcp: a server-generated key is returned and readable', async (t) => {
  const made = await riak().request('DtUpdateReq', { type: B('counters'), bucket: B('tcp'), op: { counterOp: {} } });
  t.true(made.key.length > 0);
  const got = await riak().request('DtFetchReq', { type: B('counters'), bucket: B('tcp'), key: made.key });
  t.is(Number(got.value?.counterValue), 1);
});

tcp('tcp: legacy counters on a default bucket without allow_mult', async (t) => {
  await rejectsRiak(
    t,
    riak().request('RpbCounterUpdateReq', { bucket: B('tcp-legacy'), key: B('k'), amount: 1 }),
    '"Counters require bucket property \'allow_mult=true\'"',
  );
  const got = await riak().request('RpbCounterGetReq', { bucket: B('tcp-legacy'), key: B('k') });
  t.false(Object.hasOwn(got, 'value'));
  await rejectsRiak(
    t,
    riak().request('DtUpdateReq', { type: B('default'), bucket: B('tcp-legacy'), key: B('k'), op: { setOp: { adds: [B('a')] } } }),
    '"non-counter operation on default bucket"',
  );
});
