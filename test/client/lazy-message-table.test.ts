import test from 'ava';
import { build } from 'esbuild';
import { loadedMessageTable } from '../../src/codec/load-message-table.js';
import { RiakServerError } from '../../src/errors.js';
import { root } from '../helpers/paths.js';
import { withServer } from '../helpers/server-harness.js';

/*
 * The generated classes (generated/riak.js, 3 to 4 MiB of heap) and the
 * message table that uses them are loaded by the client's first call that
 * needs them; gets, puts, deletes, pings and their error replies never do.
 * This file has a worker of its own (scripts/build-tests.mjs): it reads
 * whether this worker's client loaded the table.
 */

/** The files `entry` reaches at run time, through static imports only or dynamic ones too (esbuild's own graph). */
async function reachable(entry: string, dynamicToo: boolean): Promise<Set<string>> {
  const result = await build({
    entryPoints: [entry],
    absWorkingDir: root,
    bundle: true,
    write: false,
    splitting: true,
    format: 'esm',
    platform: 'node',
    outdir: 'out',
    packages: 'external',
    metafile: true,
    logLevel: 'silent',
  });
  const { inputs } = result.metafile;
  const seen = new Set<string>([entry]);
  const queue = [entry];
  for (let file = queue.pop(); file !== undefined; file = queue.pop()) {
    for (const edge of inputs[file]?.imports ?? []) {
      if (edge.external || (!dynamicToo && edge.kind === 'dynamic-import') || seen.has(edge.path)) continue;
      seen.add(edge.path);
      queue.push(edge.path);
    }
  }
  return seen;
}

test('riak-pb imports neither the generated classes nor the message table up front: only a dynamic import reaches them', async (t) => {
  const upFront = await reachable('src/index.ts', false);
  t.true(upFront.has('src/client/kv-calls.ts'), 'the graph is read');
  for (const heavy of ['generated/riak.js', 'src/codec/message-table.ts', 'src/codec/frame-encoder.ts']) t.false(upFront.has(heavy), heavy);
  const all = await reachable('src/index.ts', true);
  t.true(all.has('generated/riak.js'));
  t.true(all.has('src/codec/message-table.ts'));
});

test('gets, puts, deletes, pings and error replies leave the message table unloaded; the first other call loads it', async (t) => {
  const { client } = await withServer(t);
  await client.ping();
  await client.put({ bucket: 'lazy', key: 'k', value: 'v', contentType: 'text/plain' });
  const got = await client.get({ bucket: 'lazy', key: 'k' });
  t.is(got.value?.toString(), 'v');
  t.false((await client.get({ bucket: 'lazy', key: 'missing' })).found);
  // An RpbErrorResp, decoded without the generated class.
  await t.throwsAsync(client.get({ bucket: 'lazy', key: 'k', r: 5 }), { instanceOf: RiakServerError, message: /n_val_violation/ });
  await client.delete({ bucket: 'lazy', key: 'k' });
  t.is(loadedMessageTable(), undefined);

  const [bucketProps, buckets] = await Promise.all([client.getBucketProps({ bucket: 'lazy' }), client.listBuckets().toArray()]);
  t.is(bucketProps.nVal, 3);
  t.true(buckets.some((bucket) => bucket.toString() === 'lazy'));
  t.not(loadedMessageTable(), undefined);
});
