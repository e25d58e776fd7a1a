import test, { type ExecutionContext } from 'ava';
import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { RiakClient } from '../../src/client/riak-client.js';
import { builtFile } from '../helpers/built.js';
import { once, until } from '../helpers/wait.js';

/** `riak-pb serve --data-dir DIR` as a real process (the compiled CLI); resolves with its port. */
async function serveProcess(t: ExecutionContext, dir: string): Promise<{ child: ChildProcess; port: number }> {
  const child = spawn(process.execPath, [builtFile('cli/main.js'), 'serve', '--port', '0', '--data-dir', dir], {
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  t.teardown(() => child.kill('SIGKILL'));
  let out = '';
  let err = '';
  child.stdout?.on('data', (chunk) => (out += chunk));
  child.stderr?.on('data', (chunk) => (err += chunk));
  const line = await until(() => /listening on 127\.0\.0\.1:(\d+)/.exec(out) ?? (child.exitCode !== null ? 'exited' : undefined), {
    what: () => `the listening line (stdout: ${out}; stderr: ${err})`,
  });
  if (line === 'exited') throw new Error(`riak-pb serve exited: ${err}`);
  return { child, port: Number(line[1]) };
}

test('kill -9 during a write load loses no acknowledged write, and the server starts again on the same data dir', async (t) => {
  const dir = mkdtempSync(join(tmpdir(), 'riak-pb-crash-'));
  t.teardown(() => rmSync(dir, { recursive: true, force: true }));

  const first = await serveProcess(t, dir);
  const writer = new RiakClient({ nodes: [`127.0.0.1:${first.port}`], maxConnections: 4 });
  t.teardown(() => writer.close());
  const acknowledged = new Set<number>();
  let next = 0;
  let killed = false;
  // 32 writers over four connections (writes pipelined), until the server dies under them.
  const load = async () => {
    while (!killed) {
      const n = next++;
      try {
        await writer.put({ bucket: 'numbers', key: `n${n}`, value: String(n), indexes: [{ key: 'n_int', value: String(n) }] });
        acknowledged.add(n);
      } catch {
        return;
      }
    }
  };
  const writers = Array.from({ length: 32 }, load);
  await until(
    () => acknowledged.size >= 400,
    () => `400 acknowledged writes (got ${acknowledged.size})`,
  );
  const exited = once<[number | null, string | null]>(first.child, 'exit', 'the killed server to exit');
  first.child.kill('SIGKILL');
  killed = true;
  const [, signal] = await exited;
  t.is(signal, 'SIGKILL');
  await Promise.all(writers);
  t.log(`${acknowledged.size} writes acknowledged, ${next} sent before the kill`);

  const second = await serveProcess(t, dir);
  const reader = new RiakClient({ nodes: [`127.0.0.1:${second.port}`] });
  t.teardown(() => reader.close());
  const lost: number[] = [];
  for (const n of acknowledged) {
    const got = await reader.get({ bucket: 'numbers', key: `n${n}` });
    if (!got.found || got.content?.value.toString() !== String(n)) lost.push(n);
  }
  t.deepEqual(lost, [], 'every acknowledged write reads back after the restart');
  // The 2i entries went in the same batch as their objects.
  const indexed = await reader.queryIndex({ bucket: 'numbers', index: 'n_int', range: [0, next] });
  const keys = new Set(indexed.keys.map((k) => k.toString()));
  t.true([...acknowledged].every((n) => keys.has(`n${n}`)));
  // And the restarted server takes writes.
  await reader.put({ bucket: 'numbers', key: 'after', value: 'restart' });
  t.true((await reader.get({ bucket: 'numbers', key: 'after' })).found);
});
