import test from 'ava';
import { PassThrough } from 'node:stream';
import { RiakClient } from '../../src/client/riak-client.js';
import { main } from '../../src/cli/main.js';
import { CONSOLE_HELP } from '../../src/cli/cluster-console.js';
import { keyHash, Ring } from '../../src/server/cluster/ring.js';
import { fakeIo } from '../helpers/cli-io.js';
import { until } from '../helpers/wait.js';

/** `riak-pb serve` in process, with a stdin the test writes the console commands to. */
function serveCluster(args: string[]) {
  const fake = fakeIo();
  const stdin = new PassThrough();
  const io = { ...fake.io, stdio: { stdin, stdout: new PassThrough(), stderr: new PassThrough(), env: {} } };
  const done = main(['serve', ...args], io);
  return { ...fake, stdin, done };
}

test('serve --nodes prints every node and its address; the nodes answer as one cluster on its ring; stdin commands each get one answer line', async (t) => {
  const serve = serveCluster(['--nodes', '3', '--port', '0', '--ring-size', '16', '--n-val', '2', '--seed', '7', '--log', 'requests']);
  t.teardown(() => serve.stop());
  const banner = await until(() => serve.out.find((line) => line.startsWith('simulated cluster')), 'the cluster line');
  t.is(banner, `simulated cluster of 3 nodes, ring_size 16, n_val 2; control on stdin, ${CONSOLE_HELP}`);
  const nodes = serve.out.flatMap((line) => {
    const match = /^(dev\d@127\.0\.0\.1) listening on 127\.0\.0\.1:(\d+)$/.exec(line);
    return match === null ? [] : [{ name: match[1] as string, port: Number(match[2]) }];
  });
  t.deepEqual(
    nodes.map((n) => n.name),
    ['dev1@127.0.0.1', 'dev2@127.0.0.1', 'dev3@127.0.0.1'],
  );
  t.truthy(serve.out.find((line) => /and the cluster's choices use seed 7: --seed 7 replays/.test(line)));

  const clients = nodes.map((n) => new RiakClient({ nodes: [`127.0.0.1:${n.port}`] }));
  t.teardown(() => Promise.all(clients.map((c) => c.close())));
  const [one, two, three] = clients as [RiakClient, RiakClient, RiakClient];
  t.is((await two.serverInfo()).node, 'dev2@127.0.0.1');
  await until(() => serve.out.some((line) => line === 'dev2: RpbGetServerInfoReq -> RpbGetServerInfoResp'), 'the request log line of dev2');
  const ring = new Ring({ ringSize: 16, nodes: nodes.map((n) => n.name) });
  const preflist = await three.getPreflist({ bucket: 'b', key: 'k' });
  t.deepEqual(
    preflist.map((p) => [p.partition, p.node, p.primary]),
    ring.primaries(keyHash('default', Buffer.from('b'), Buffer.from('k')), 2).map((e) => [e.index, e.node, true]),
  );

  // Commands, one at a time: each answer arrives before the next command is written.
  const answers: string[] = [];
  const command = async (line: string, count = 1): Promise<string[]> => {
    const before = serve.out.filter((l) => l.startsWith('ok') || l.startsWith('error') || l.startsWith('commands')).length;
    serve.stdin.write(`${line}\n`);
    await until(
      () => serve.out.filter((l) => l.startsWith('ok') || l.startsWith('error') || l.startsWith('commands')).length >= before + count,
      `the answer to ${line}`,
    );
    const got = serve.out.filter((l) => l.startsWith('ok') || l.startsWith('error') || l.startsWith('commands')).slice(before);
    answers.push(...got);
    return got;
  };
  const upPorts = async (client: RiakClient): Promise<number[]> => (await client.clusterMembers()).map((m) => m.port).sort((a, b) => a - b);
  const ports = nodes.map((n) => n.port).sort((a, b) => a - b);

  t.deepEqual(await command('stop dev2'), ['ok: dev2@127.0.0.1 stopped']);
  t.deepEqual(
    await upPorts(one),
    ports.filter((p) => p !== nodes[1]?.port),
  );
  t.deepEqual(await command('start dev2@127.0.0.1'), ['ok: dev2@127.0.0.1 started']);
  t.deepEqual(await upPorts(one), ports);
  t.deepEqual(await command('partition dev1 dev2,dev3'), ['ok: partitioned dev1 | dev2,dev3']);
  t.deepEqual(await upPorts(one), [nodes[0]?.port]);
  t.deepEqual(await command('partition dev3'), ['ok: partitioned dev3 | dev1,dev2']);
  // Two commands in one write: answered in order.
  t.deepEqual(await command('heal\nhelp', 2), ['ok: healed', CONSOLE_HELP]);
  t.deepEqual(await upPorts(one), ports);
  t.deepEqual(await command('slow dev3 200'), ['ok: dev3@127.0.0.1 answers 200 ms late']);
  t.deepEqual(await command('slow dev3 0'), ['ok: dev3@127.0.0.1 at normal speed']);
  t.deepEqual(await command('settle'), ['ok: settled']);
  // A blank line is no command; the help after it is answered.
  t.deepEqual(await command('\n  help  '), [CONSOLE_HELP]);
  t.deepEqual(await command('stop dev9'), ['error: unknown node "dev9" (nodes: dev1, dev2, dev3)']);
  t.deepEqual(await command('stop'), ['error: usage: stop NODE']);
  t.deepEqual(await command('slow dev1 soon'), ['error: slow expects milliseconds, got "soon"']);
  t.deepEqual(await command('reboot dev1'), ['error: unknown command "reboot" (try help)']);
  t.deepEqual(await command('partition'), ['error: usage: partition NODE,NODE... NODE,NODE... (one group per word)']);
  t.is(answers.length, 15);

  // End of stdin leaves the cluster serving; the stop signal ends it.
  serve.stdin.end();
  await one.ping();
  serve.stop();
  t.is(await serve.done, 0);
});

test('serve cluster flags: values riak_core refuses, and flags that need --nodes, are usage errors naming the flag', async (t) => {
  const cases: [string[], RegExp][] = [
    [['--ring-size', '16'], /--ring-size and --n-val need --nodes 2 or more/],
    [['--nodes', '1', '--n-val', '2'], /--ring-size and --n-val need --nodes 2 or more/],
    [['--nodes', 'three'], /--nodes expects a number of nodes from 1 to 64, got "three"/],
    [['--nodes', '3', '--ring-size', '12'], /--ring-size: 12 \(not a power of 2\)/],
    [['--nodes', '3', '--ring-size', '2048'], /--ring-size: 2048 \(larger than 1024/],
    [['--nodes', '3', '--ring-size=-8'], /--ring-size expects a power of 2 from 8 to 1024, got "-8"/],
    [['--nodes', '3', '--n-val', '0'], /--n-val: /],
    [['--nodes', '65'], /--nodes: /],
    [['--nodes', '3', '--data-dir', '/nonexistent'], /--data-dir is for a one-node server/],
  ];
  for (const [args, message] of cases) {
    const run = fakeIo();
    t.is(await main(['serve', '--port', '0', ...args], run.io), 2, args.join(' '));
    t.regex(run.err.join('\n'), message, args.join(' '));
    t.regex(run.err.join('\n'), /see 'riak-pb serve --help'/);
  }
  const help = fakeIo();
  t.is(await main(['serve', '--help'], help.io), 0);
  t.regex(help.out.join('\n'), /--nodes N +run N nodes, dev1@127\.0\.0\.1/);
  t.regex(help.out.join('\n'), /partition A,B C,D,E/);
});
