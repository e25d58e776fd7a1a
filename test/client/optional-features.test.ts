import test from 'ava';
import { useSharedDevServer } from '../helpers/shared-dev-server.js';
import { RiakServerError } from '../../src/errors.js';

/**
 * Yokozuna search, Riak TS and coverage plans: the dev
 * server, like a stock Riak KV 3.x node, does not serve them. Each call must
 * reach the server and surface its RpbErrorResp, leaving the connection usable.
 */
const shared = useSharedDevServer(test);

const calls: [string, number, () => Promise<unknown>][] = [
  ['search', 27, () => shared.client.search({ index: 'idx', q: '*:*', rows: 10, fl: ['_yz_rk'] })],
  ['getSearchIndex', 54, () => shared.client.getSearchIndex('idx')],
  ['listSearchIndexes', 54, () => shared.client.listSearchIndexes()],
  ['putSearchIndex', 56, () => shared.client.putSearchIndex({ name: 'idx', schema: '_yz_default', nVal: 3 })],
  ['deleteSearchIndex', 57, () => shared.client.deleteSearchIndex('idx')],
  ['getSearchSchema', 58, () => shared.client.getSearchSchema('schema')],
  ['putSearchSchema', 60, () => shared.client.putSearchSchema({ name: 'schema', content: '<schema/>' })],
  ['coveragePlan', 70, () => shared.client.coveragePlan({ bucket: 'b', minPartitions: 4 })],
  ['tsQuery', 90, () => shared.client.tsQuery({ query: 'SELECT * FROM t WHERE a = :a', interpolations: { a: '1' } })],
  ['tsPut', 92, () => shared.client.tsPut({ table: 't', rows: [['a', 1, 2.5, true, new Date(0), null]] })],
  ['tsDelete', 94, () => shared.client.tsDelete({ table: 't', key: ['a', new Date(0)] })],
  ['tsGet', 96, () => shared.client.tsGet({ table: 't', key: ['a', { timestamp: 0 }] })],
  ['tsListKeys', 98, () => shared.client.tsListKeys({ table: 't' }).toArray()],
  ['tsCoverage', 100, () => shared.client.tsCoverage({ table: 't', query: 'SELECT * FROM t' })],
];

for (const [name, code, call] of calls) {
  test(`${name} reaches the server (code ${code}) and surfaces its error`, async (t) => {
    const error = await t.throwsAsync(call(), { instanceOf: RiakServerError });
    t.regex(error.errmsg, new RegExp(`Unknown message code: ${code}`));
    await shared.client.ping();
  });
}

test('preflist and cluster membership are served', async (t) => {
  const preflist = await shared.client.getPreflist({ bucket: 'b', key: 'k' });
  t.true(preflist.length > 0);
  for (const item of preflist) {
    t.is(typeof item.partition, 'number');
    t.is(item.node, 'riak@127.0.0.1');
    t.is(typeof item.primary, 'boolean');
  }
  const members = await shared.client.clusterMembers();
  t.deepEqual(members, [{ host: '127.0.0.1', port: shared.server.port }]);
});

test('server info, ping and client id', async (t) => {
  await shared.client.ping();
  const info = await shared.client.serverInfo();
  t.is(info.node, 'riak@127.0.0.1');
  t.truthy(info.serverVersion);
});
