import test from 'ava';
import { RiakClient } from '../../src/client/riak-client.js';
import { startDevServer } from '../../src/server/index.js';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { docExamples, DOC_FILES, ROOT, extractExamples, inDocTerms, runExample, typeCheck, writeExamples } from '../helpers/docs-examples.js';

// Every ```ts block of the docs (DOC_FILES) is type-checked under strict
// settings and run against its own dev server: the docs cannot drift from
// the API. See test/helpers/docs-examples.ts for the convention.

/** A page the harness must fail on, with the lines it must name: checked in the same program as the docs. */
const SELF_TEST = 'harness-self-test.md';
const SELF_TEST_PAGE = [
  '# not code', //                                                      line 1
  '```sh', //                                                           line 2
  'this is not checked', //                                             line 3
  '```', //                                                             line 4
  '```ts', //                                                           line 5
  "import { json } from 'riak-pb';", //                                line 6
  "const users = client.bucket({ bucket: 'u', codec: json<{ n: number }>() });", // line 7
  "await users.put('k', { n: 'one' });", //                            line 8: a type error
  '```', //                                                             line 9
  '```ts', //                                                           line 10
  'const optional: { a?: number } = { a: undefined };', //             line 11: exactOptionalPropertyTypes
  '```', //                                                             line 12
  '```ts', //                                                           line 13
  'await client.ping();', //                                            line 14
  "throw new Error('from the block');", //                             line 15: a runtime failure
  '```', //                                                             line 16
  '```ts no-run', //                                                    line 17
  "throw new Error('a no-run block is never run');", //                line 18
  '```', //                                                             line 19
  '```js', //                                                           line 20
  'await client.ping();', //                                            line 21
  "/** @type {number} */ const wrong = 'text';", //                   line 22: checkJs sees a type error
  '```', //                                                             line 23
  '```ts', //                                                           line 24
  "import { RiakClient } from 'riak-pb';", //                          line 25
  'const client = new RiakClient(server.url);', //                     line 26: its own client, the provided server
  'await client.ping();', //                                            line 27
  'await client.close();', //                                           line 28
  '```', //                                                             line 29
].join('\n');

const examples = docExamples();
const selfTest = extractExamples(SELF_TEST, SELF_TEST_PAGE);
const { written, remove } = writeExamples([...examples, ...selfTest]);
let diagnostics: Promise<Map<string, string[]>> | undefined;
// One program checks every block (the costly part), on first need.
const checked = () => (diagnostics ??= Promise.resolve().then(() => typeCheck(written)));

test.after.always(remove);

async function withDevServer<T>(run: (globals: { client: RiakClient; server: Awaited<ReturnType<typeof startDevServer>> }) => Promise<T>): Promise<T> {
  const server = await startDevServer({ port: 0 });
  const client = new RiakClient({ nodes: [`${server.host}:${server.port}`] });
  try {
    return await run({ client, server });
  } finally {
    await client.close();
    await server.close();
  }
}

test('the docs have examples, and every page listed exists', (t) => {
  t.true(examples.length > 0);
  for (const doc of DOC_FILES) t.true(existsSync(join(ROOT, doc)), `${doc} is listed in DOC_FILES but missing`);
  t.true(
    examples.some((example) => example.doc === 'README.md'),
    'the README quick example is checked',
  );
});

for (const example of written.filter((example) => example.doc !== SELF_TEST)) {
  test.serial(`${example.doc}:${example.line} type-checks and runs`, async (t) => {
    t.timeout(180_000, 'type-checking the docs examples');
    const errors = (await checked()).get(example.path) ?? [];
    t.deepEqual(errors, [], `type errors in the block at ${example.doc}:${example.line}`);
    if (errors.length > 0 || !example.run) return;
    await withDevServer(async (globals) => {
      try {
        await runExample(example, globals);
      } catch (error) {
        t.fail(`the block at ${example.doc}:${example.line} threw: ${inDocTerms(error, example)}`);
      }
    });
  });
}

test.serial('the harness reports type errors and failures at their lines in the markdown file, and skips other languages', async (t) => {
  t.timeout(180_000, 'type-checking the docs examples');
  const [typed, exact, throwing, noRun, js, ownClient] = written.filter((example) => example.doc === SELF_TEST);
  t.is(selfTest.length, 6);
  if (typed === undefined || exact === undefined || throwing === undefined || noRun === undefined || js === undefined || ownClient === undefined) return;
  t.deepEqual([noRun.run, noRun.language, js.run, js.language], [false, 'ts', true, 'js']);
  const all = await checked();
  const typeErrors = all.get(typed.path) ?? [];
  t.is(typeErrors.length, 1);
  t.regex(typeErrors[0] ?? '', /^harness-self-test\.md:8:\d+: TS2322: Type 'string' is not assignable to type 'number'/);
  t.regex((all.get(exact.path) ?? [])[0] ?? '', /^harness-self-test\.md:11:\d+: TS2375: .*exactOptionalPropertyTypes: true/s);
  t.deepEqual(all.get(throwing.path), []);
  t.deepEqual(all.get(noRun.path), []);
  t.regex((all.get(js.path) ?? [])[0] ?? '', /^harness-self-test\.md:22:\d+: TS2322: Type 'string' is not assignable to type 'number'/);
  t.deepEqual(all.get(ownClient.path), []);
  await withDevServer((globals) => runExample(ownClient, globals));
  const error = await withDevServer((globals) =>
    runExample(throwing, globals).then(
      () => undefined,
      (thrown: unknown) => thrown,
    ),
  );
  t.true(error instanceof Error);
  t.regex(inDocTerms(error, throwing), /from the block\n\s+at .*harness-self-test\.md:15:7/);
});
