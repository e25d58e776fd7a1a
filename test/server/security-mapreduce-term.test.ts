import test, { type ExecutionContext } from 'ava';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakServerError } from '../../src/errors.js';
import { termToBinary } from '../../src/codec/erlang/etf.js';
import { atom, tuple, type AnyTerm } from '../../src/codec/erlang/term.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';
import { CA, pem } from '../helpers/security.js';

// MapReduce jobs sent as Erlang terms (riakc's default) are checked against
// the grants like JSON jobs: riak_kv_pb_mapred hands the same
// get_required_permissions/2 to riak_api whatever the job's encoding.

const b = (s: string) => Buffer.from(s);
const modfun = (f: string): AnyTerm => tuple(atom('modfun'), atom('riak_kv_mapreduce'), atom(f));
const termJob = (inputs: AnyTerm, query: AnyTerm[]) => ({
  request: termToBinary([tuple(atom('inputs'), inputs), tuple(atom('query'), query)]),
  contentType: b('application/x-erlang-binary'),
});
const MAP = tuple(atom('map'), modfun('map_object_value'), atom('none'), atom('true'));

async function server(t: ExecutionContext): Promise<DevServer> {
  const started = await startDevServer({
    port: 0,
    security: {
      users: [
        { name: 'mapper', source: 'trust' },
        { name: 'lister', source: 'trust' },
      ],
      grants: [
        { permissions: ['riak_kv.mapreduce'], on: 'any', to: ['mapper'] },
        { permissions: ['riak_kv.mapreduce', 'riak_kv.list_keys'], on: 'any', to: ['lister'] },
      ],
      tls: { cert: pem('server.crt'), key: pem('server.key'), ca: CA },
      authFailureDelayMs: 0,
    },
  });
  t.teardown(() => started.close());
  return started;
}

function as(t: ExecutionContext, srv: DevServer, user: string): RiakClient {
  const client = new RiakClient({ nodes: [`127.0.0.1:${srv.port}`], minConnections: 0, tls: { ca: CA }, auth: { user, password: 'x' } });
  t.teardown(() => client.close());
  return client;
}

async function drain(stream: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const item of stream) out.push(item);
  return out;
}

test('an Erlang-term job over a bucket needs list_keys on it, as a JSON job does', async (t) => {
  const srv = await server(t);
  const error = await t.throwsAsync(drain(as(t, srv, 'mapper').stream('RpbMapRedReq', termJob(b('b'), [MAP]))), { instanceOf: RiakServerError });
  t.is(error.errmsg, "Permission denied: User 'mapper' does not have 'riak_kv.list_keys' on default/b");
  // A typed bucket names its type.
  const typed = await t.throwsAsync(drain(as(t, srv, 'mapper').stream('RpbMapRedReq', termJob(tuple(b('maps'), b('m')), [MAP]))), {
    instanceOf: RiakServerError,
  });
  t.is(typed.errmsg, "Permission denied: User 'mapper' does not have 'riak_kv.list_keys' on maps/m");
  // With list_keys granted, the job runs.
  const frames = (await drain(as(t, srv, 'lister').stream('RpbMapRedReq', termJob(b('b'), [MAP])))) as { done?: boolean }[];
  t.true(frames.at(-1)?.done);
});

test('an Erlang-term job with a link phase is refused under security, as a JSON one is', async (t) => {
  const srv = await server(t);
  const link = tuple(atom('link'), atom('_'), atom('_'), atom('true'));
  const error = await t.throwsAsync(drain(as(t, srv, 'lister').stream('RpbMapRedReq', termJob(b('b'), [link]))), { instanceOf: RiakServerError });
  t.is(error.errmsg, '"Link walking is deprecated in Riak 2.0 and is not compatible with security."');
});
