import test from 'ava';
import { RiakClient } from '../../src/index.js';
import { FaultProxy } from '../helpers/fault-proxy.js';
import { startMiniRiak } from '../helpers/mini-riak.js';
import { until } from '../helpers/wait.js';

test('the client exposes pool events and per-node stats', async (t) => {
  const riak = await startMiniRiak();
  const proxy = await FaultProxy.start(riak.port);
  const client = new RiakClient({ nodes: [proxy.node], health: { probeInitialMs: 10, probeMaxMs: 20 } });
  t.teardown(async () => {
    await client.close();
    await proxy.close();
    await riak.close();
  });
  const events: string[] = [];
  client.on('connectionOpen', () => events.push('open'));
  client.on('nodeDown', () => events.push('down'));
  client.on('nodeUp', () => events.push('up'));
  await Promise.all(Array.from({ length: 50 }, (_, i) => client.get({ bucket: 'b', key: `k${i}` })));
  const [node] = client.stats().nodes;
  t.is(node.node, proxy.node);
  t.is(node.state, 'up');
  t.is(node.requests, 50);
  t.true(node.connections >= 1);
  t.true(events.includes('open'));
  t.deepEqual(client.nodes, [proxy.node]);

  proxy.refuse(true);
  await t.throwsAsync(client.ping());
  t.true(events.includes('down'));
  proxy.refuse(false);
  await until(() => events.includes('up'), 'nodeUp once the proxy accepts connections again');
  await client.ping();
});
