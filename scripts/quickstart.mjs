#!/usr/bin/env node
// `npm start`: a guided tour of riak-pb. Runs against the embedded dev server
// on a free port, or against the nodes in RIAK_NODES (comma-separated
// host:port; that cluster needs the bucket types `siblings` (allow_mult) and
// `maps` (datatype map), as a dev cluster set up per the Riak docs has).
import { MapUpdate, RiakClient } from '../dist/index.js';
import { startDevServer } from '../dist/dev-server.js';

const say = (text) => console.log(`\n== ${text}`);
const show = (label, value) => console.log(`   ${label}: ${typeof value === 'string' ? value : JSON.stringify(value)}`);

const server = process.env.RIAK_NODES ? undefined : await startDevServer({ port: 0 });
const nodes = server ? [`${server.host}:${server.port}`] : process.env.RIAK_NODES.split(',');
console.log(server ? `Started the embedded dev server on ${nodes[0]}` : `Using RIAK_NODES=${nodes.join(',')}`);
const client = new RiakClient({ nodes });
const run = Date.now().toString(36); // fresh keys on a shared cluster

try {
  say('Server');
  show('ping', (await client.ping(), 'pong'));
  show('server info', await client.serverInfo());

  say('Put and get a JSON object');
  await client.put({ bucket: 'users', key: `ada-${run}`, value: JSON.stringify({ name: 'Ada', born: 1815 }), contentType: 'application/json' });
  const ada = await client.get({ bucket: 'users', key: `ada-${run}` });
  show('found', ada.found);
  show('value', ada.value.toString());
  show('content type', ada.content.contentType);
  const missing = await client.get({ bucket: 'users', key: `nobody-${run}` });
  show('a missing key', `found: ${missing.found}`);

  say('Siblings: two writers without a vclock, then a resolution');
  const cart = { type: 'siblings', bucket: 'carts', key: `cart-${run}` };
  await client.put({ ...cart, value: JSON.stringify(['milk']), contentType: 'application/json' });
  await client.put({ ...cart, value: JSON.stringify(['eggs']), contentType: 'application/json' });
  const conflicted = await client.get({
    ...cart,
    // Merge the siblings: the union of the carts.
    resolve: (siblings) => ({
      ...siblings[0],
      value: Buffer.from(JSON.stringify([...new Set(siblings.flatMap((s) => JSON.parse(s.value.toString())))].sort())),
    }),
  });
  show(
    'siblings',
    conflicted.siblings.map((s) => s.value.toString()),
  );
  show('resolved', conflicted.value.toString());
  await client.put({ ...cart, value: conflicted.value, contentType: 'application/json', vclock: conflicted.vclock });
  const settled = await client.get(cart);
  show('after writing back with the vclock', `${settled.siblings.length} sibling: ${settled.value.toString()}`);

  say('Secondary indexes');
  for (const [name, age] of [
    ['alan', 41],
    ['grace', 85],
    ['edsger', 72],
  ]) {
    await client.put({
      bucket: `people-${run}`,
      key: name,
      value: name,
      indexes: [
        { key: 'age_int', value: age },
        { key: 'role_bin', value: 'scientist' },
      ],
    });
  }
  show('age 40..80', (await client.queryIndex({ bucket: `people-${run}`, index: 'age_int', range: [40, 80] })).keys.map(String).sort());
  const terms = await client.queryIndex({ bucket: `people-${run}`, index: 'age_int', range: [0, 200], returnTerms: true });
  show(
    'with terms',
    terms.results.map((r) => `${r.key}=${r.term}`),
  );

  say('A map datatype');
  const profile = { type: 'maps', bucket: 'profiles', key: `ada-${run}` };
  await client.updateMap({
    ...profile,
    update: new MapUpdate().setRegister('name', 'Ada Lovelace').incrementCounter('logins', 3).addToSet('interests', 'math', 'poetry').enableFlag('verified'),
  });
  const fetched = await client.fetchMap(profile);
  show('name', fetched.value.registers.name.toString());
  show('logins', fetched.value.counters.logins);
  show('interests', fetched.value.sets.interests.map(String));
  show('verified', fetched.value.flags.verified);

  say('Bucket properties');
  const bucket = { bucket: `tuned-${run}` };
  show('defaults', pick(await client.getBucketProps(bucket)));
  await client.setBucketProps({ ...bucket, props: { nVal: 2, r: 'one', allowMult: true } });
  show('after set', pick(await client.getBucketProps(bucket)));
  await client.resetBucketProps(bucket);
  show('after reset', pick(await client.getBucketProps(bucket)));

  say('Listing keys (streamed)');
  const keys = [];
  for await (const key of client.listKeys({ bucket: `people-${run}` })) keys.push(key.toString());
  show(`people-${run}`, keys.sort());

  console.log('\nDone. See README.md and docs/ for the full API.');
} finally {
  await client.close();
  await server?.close();
}

function pick(props) {
  return { nVal: props.nVal, allowMult: props.allowMult, r: props.r, w: props.w };
}
