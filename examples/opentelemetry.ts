// OpenTelemetry spans for riak-pb requests, built from its diagnostics
// channels (docs/opentelemetry.md). Run it: `npx tsx examples/opentelemetry.ts`
// prints the spans of a put and a get against the embedded dev server.
// test/ecosystem-opentelemetry.test.ts checks it, and that the docs show it as it is.

// --- instrumentation (shown in docs/opentelemetry.md) ---
import { subscribe, unsubscribe } from 'node:diagnostics_channel';
import { SpanKind, SpanStatusCode, trace, type Span, type Tracer } from '@opentelemetry/api';
import type { RequestMessage } from 'riak-pb';

/**
 * Starts a client span per riak-pb request (a stream is one span, from the
 * call to its last frame) and returns a function that stops. A request's
 * `start` is published synchronously inside the call, so the span's parent
 * is the span active where the call was made.
 */
export function instrumentRiak(tracer: Tracer = trace.getTracer('riak-pb')): () => void {
  // The start, end and error messages of one request are the same object.
  const spans = new WeakMap<RequestMessage, Span>();

  const onStart = (message: unknown): void => {
    const request = message as RequestMessage;
    const target = request.bucket === undefined ? '' : ` ${request.bucketType}/${request.bucket}`;
    const attributes: Record<string, string | number | boolean> = {
      'db.system.name': 'riak',
      'db.operation.name': request.request,
      'riak.request.bytes': request.requestBytes,
      'riak.streaming': request.streaming,
    };
    if (request.bucketType !== undefined) attributes['db.namespace'] = request.bucketType;
    if (request.bucket !== undefined) attributes['db.collection.name'] = request.bucket;
    // Keys may be personal data: leave this out if yours are.
    if (request.key !== undefined) attributes['riak.key'] = request.key;
    spans.set(request, tracer.startSpan(`${request.request}${target}`, { kind: SpanKind.CLIENT, attributes }));
  };

  const finish = (request: RequestMessage): Span | undefined => {
    const span = spans.get(request);
    if (span === undefined) return undefined;
    spans.delete(request);
    if (request.node !== undefined) {
      const colon = request.node.lastIndexOf(':');
      span.setAttributes({ 'server.address': request.node.slice(0, colon).replace(/^\[|\]$/g, ''), 'server.port': Number(request.node.slice(colon + 1)) });
    }
    span.setAttributes({
      'riak.retries': request.retries,
      'riak.response.bytes': request.responseBytes,
      'riak.response.frames': request.responseFrames,
      'riak.cancelled': request.cancelled,
    });
    return span;
  };

  const onEnd = (message: unknown): void => finish(message as RequestMessage)?.end();

  const onError = (message: unknown): void => {
    const request = message as RequestMessage;
    const span = finish(request);
    if (span === undefined) return;
    const error = request.error instanceof Error ? request.error : new Error(String(request.error));
    span.recordException(error);
    span.setAttribute('error.type', error.name);
    span.setStatus({ code: SpanStatusCode.ERROR, message: error.message });
    span.end();
  };

  subscribe('riak-pb:request:start', onStart);
  subscribe('riak-pb:request:end', onEnd);
  subscribe('riak-pb:request:error', onError);
  return () => {
    unsubscribe('riak-pb:request:start', onStart);
    unsubscribe('riak-pb:request:end', onEnd);
    unsubscribe('riak-pb:request:error', onError);
  };
}
// --- end of instrumentation ---

import { fileURLToPath } from 'node:url';

/** The demo: spans of a put, a get and a failing get, printed by the SDK's console exporter. */
async function main(): Promise<void> {
  const { BasicTracerProvider, ConsoleSpanExporter, SimpleSpanProcessor } = await import('@opentelemetry/sdk-trace-base');
  const { RiakClient } = await import('riak-pb');
  const { startDevServer } = await import('riak-pb/dev-server');

  const provider = new BasicTracerProvider({ spanProcessors: [new SimpleSpanProcessor(new ConsoleSpanExporter())] });
  const stop = instrumentRiak(provider.getTracer('riak-pb'));
  await using server = await startDevServer({ port: 0 });
  await using client = new RiakClient(server.url);
  await client.put({ bucket: 'users', key: 'ada', value: '{"name":"Ada"}', contentType: 'application/json' });
  await client.get({ bucket: 'users', key: 'ada' });
  await client.get({ type: 'no_such_type', bucket: 'users', key: 'ada' }).catch(() => {});
  stop();
  await provider.shutdown();
}

if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
