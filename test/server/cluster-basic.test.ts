import test from 'ava';
import { RiakInvalidArgumentError } from '../../src/errors.js';
import { startDevServer } from '../../src/server/index.js';
import { values, withCluster } from '../helpers/cluster-harness.js';

test('five nodes, each its own port and name; a put through one node is read through every other', async (t) => {
  const { server, cluster, client, at } = await withCluster(t);
  t.deepEqual(
    server.nodes.map((n) => n.name),
    ['dev1@127.0.0.1', 'dev2@127.0.0.1', 'dev3@127.0.0.1', 'dev4@127.0.0.1', 'dev5@127.0.0.1'],
  );
  t.is(new Set(server.nodes.map((n) => n.port)).size, 5);
  t.is(server.port, server.nodes[0].port);
  t.is(server.url, `riak://${server.nodes.map((n) => `127.0.0.1:${n.port}`).join(',')}`, 'the client is given every node');
  t.is(server.nodes[1].url, `riak://127.0.0.1:${server.nodes[1].port}`);
  t.deepEqual(
    cluster.nodes,
    server.nodes.map((n) => n.name),
  );

  await client.put({ bucket: 'b', key: 'k', value: 'v1', node: at('dev1') });
  for (const node of cluster.nodes) {
    const got = await client.get({ bucket: 'b', key: 'k', node: at(node) });
    t.deepEqual(values(got.siblings), ['v1'], node);
  }
  const replicas = await cluster.replicas({ bucket: 'b', key: 'k' });
  t.deepEqual(
    replicas.map((r) => [r.node, r.partition, r.primary]),
    cluster.primaries({ bucket: 'b', key: 'k' }).map((p) => [p.node, p.partition, true]),
  );
  t.true(replicas.every((r) => r.siblings.length === 1 && r.siblings[0].value.toString() === 'v1' && !r.deleted));
});

test('each node reports its own name; membership lists the nodes up as the node sees them', async (t) => {
  const { server, cluster, client, at, clientOf } = await withCluster(t);
  const info = await client.serverInfo({ node: at('dev3') });
  t.is(info.node, 'dev3@127.0.0.1');
  const dev1 = clientOf('dev1');
  const ports = (members: { port: number }[]): number[] => members.map((m) => m.port);
  t.deepEqual(
    ports(await dev1.clusterMembers()),
    server.nodes.map((n) => n.port),
  );
  cluster.partition(['dev1', 'dev2'], ['dev3', 'dev4', 'dev5']);
  t.deepEqual(ports(await dev1.clusterMembers()), [server.nodes[0].port, server.nodes[1].port]);
  cluster.heal();
  await cluster.stop('dev5');
  t.deepEqual(
    ports(await dev1.clusterMembers()),
    server.nodes.slice(0, 4).map((n) => n.port),
  );
});

test('cluster options are validated with RiakInvalidArgumentError', async (t) => {
  const bad = async (options: Parameters<typeof startDevServer>[0], message: RegExp): Promise<void> => {
    const err = await t.throwsAsync(startDevServer({ port: 0, ...options }), { instanceOf: RiakInvalidArgumentError });
    t.regex(err?.message ?? '', message);
  };
  await bad({ nodes: 0 }, /Invalid nodes: 0/);
  await bad({ nodes: 2.5 }, /Invalid nodes/);
  await bad({ nodes: 65 }, /Invalid nodes/);
  await bad({ nodes: 3, ringSize: 12 }, /Invalid ringSize: 12/);
  await bad({ nodes: 3, ringSize: 4 }, /Invalid ringSize: 4/);
  await bad({ nodes: 3, ringSize: 8, nVal: 9 }, /Invalid nVal: 9/);
  await bad({ nodes: 3, nVal: 0 }, /Invalid nVal: 0/);
  await bad({ ringSize: 64 }, /need nodes/);
  await bad({ nodes: 3, nodeName: 'x@y' }, /nodeName/);
  await bad({ nodes: 3, dataDir: '/tmp/x' }, /dataDir/);
  await bad({ nodes: 3, seed: -1 }, /Invalid seed/);
  await bad({ nodes: 3, bucketTypes: { t: { n_val: 'x' } as never } }, /Invalid bucketTypes\.t/);
});

test('unknown nodes and bad fault arguments are refused', async (t) => {
  const { cluster } = await withCluster(t, { nodes: 3, ringSize: 8 });
  await t.throwsAsync(cluster.stop('dev9'), { instanceOf: RiakInvalidArgumentError, message: /Unknown node: dev9/ });
  t.throws(() => cluster.partition(['dev1'], ['dev1', 'dev2']), { instanceOf: RiakInvalidArgumentError, message: /two groups/ });
  t.throws(() => cluster.partition(), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => cluster.slow('dev1', -1), { instanceOf: RiakInvalidArgumentError });
  t.throws(() => cluster.slow('dev1', 1.5), { instanceOf: RiakInvalidArgumentError });
});

test('nVal sets the default n_val of the default type and of types created without one', async (t) => {
  const { client, cluster } = await withCluster(t, { nVal: 2, bucketTypes: { own: { n_val: 4 } } });
  t.is((await client.getBucketProps({ bucket: 'b' })).nVal, 2);
  t.is((await client.getBucketProps({ type: 'siblings', bucket: 'b' })).nVal, 2);
  t.is((await client.getBucketProps({ type: 'own', bucket: 'b' })).nVal, 4);
  await client.put({ bucket: 'b', key: 'k', value: 'v' });
  t.is((await cluster.replicas({ bucket: 'b', key: 'k' })).length, 2);
  await client.setBucketProps({ bucket: 'c', props: { allowMult: true } });
  t.is((await client.getBucketProps({ bucket: 'c' })).nVal, 2);
});
