import test from 'ava';
import { SpanKind, SpanStatusCode } from '@opentelemetry/api';
import { BasicTracerProvider, InMemorySpanExporter, SimpleSpanProcessor, type ReadableSpan } from '@opentelemetry/sdk-trace-base';
import { readFileSync } from 'node:fs';
import { RiakClient } from '../../src/client/riak-client.js';
import { RiakServerError } from '../../src/errors.js';
import { startDevServer } from '../../src/server/index.js';
import { instrumentRiak } from '../../examples/opentelemetry.js';
import { repoPath } from '../helpers/paths.js';

const read = (path: string): string => readFileSync(repoPath(path), 'utf8');

test('examples/opentelemetry.ts: one client span per request, with its attributes; errors set the status', async (t) => {
  const exporter = new InMemorySpanExporter();
  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(exporter)] });
  const stop = instrumentRiak(provider.getTracer('riak-pb'));
  t.teardown(() => provider.shutdown());
  const server = await startDevServer({ port: 0 });
  const client = new RiakClient(server.url);
  t.teardown(async () => {
    await client.close();
    await server.close();
  });
  // A bucket of its own: other tests' requests (the channels are process-wide) are told apart.
  const bucket = `otel-${server.port}`;
  await client.put({ bucket, key: 'ada', value: '{"name":"Ada"}', contentType: 'application/json' });
  await client.get({ bucket, key: 'ada' });
  await t.throwsAsync(client.get({ type: 'no_such_type', bucket, key: 'ada' }), { instanceOf: RiakServerError });
  t.is((await client.listKeys({ bucket }).toArray()).length, 1);
  stop();
  await client.get({ bucket, key: 'ada' }); // not traced any more

  const spans = exporter.getFinishedSpans().filter((span: ReadableSpan) => span.attributes['db.collection.name'] === bucket);
  t.deepEqual(
    spans.map((span) => span.name),
    [`RpbPutReq default/${bucket}`, `RpbGetReq default/${bucket}`, `RpbGetReq no_such_type/${bucket}`, `RpbListKeysReq default/${bucket}`],
  );
  const [put, get, failed, list] = spans;
  t.is(get.kind, SpanKind.CLIENT);
  t.like(get.attributes, {
    'db.system.name': 'riak',
    'db.operation.name': 'RpbGetReq',
    'db.namespace': 'default',
    'riak.key': 'ada',
    'server.address': '127.0.0.1',
    'server.port': server.port,
    'riak.retries': 0,
    'riak.streaming': false,
    'riak.response.frames': 1,
  });
  t.true((get.attributes['riak.response.bytes'] as number) > 14);
  t.true((put.attributes['riak.request.bytes'] as number) > 14);
  t.is(get.status.code, SpanStatusCode.UNSET);
  t.is(failed.status.code, SpanStatusCode.ERROR);
  t.regex(failed.status.message ?? '', /no_such_type/);
  t.is(failed.attributes['error.type'], 'RiakServerError');
  t.is(failed.events[0]?.name, 'exception');
  t.like(list.attributes, { 'riak.streaming': true, 'riak.cancelled': false, 'riak.response.frames': 2 });
});

test('docs/opentelemetry.md shows the instrumentation exactly as examples/opentelemetry.ts has it', (t) => {
  const example = read('examples/opentelemetry.ts');
  const start = example.indexOf('// --- instrumentation');
  const end = example.indexOf('// --- end of instrumentation ---');
  const code = example.slice(example.indexOf('\n', start) + 1, end).trimEnd();
  const docs = read('docs/opentelemetry.md');
  t.true(docs.includes(`\`\`\`ts\n${code}\n\`\`\``), 'the docs code block differs from the example: copy the instrumentation section over');
});
