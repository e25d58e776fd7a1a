import { parseArgs } from 'node:util';
import { startDevServer, type BucketTypeProps } from '../../server/index.js';
import { UsageError, type Command } from '../command.js';

const usage = `Usage: riak-pb serve [--host HOST] [--port PORT] [--bucket-type NAME=JSON_PROPS ...]

Runs the in-memory Riak KV 3.x compatible dev server on HOST:PORT
(default 127.0.0.1:8087) until SIGINT or SIGTERM.

Options:
  --host HOST                   interface to listen on (default 127.0.0.1)
  --port PORT                   TCP port, 0 for any free port (default 8087)
  --bucket-type NAME=JSON       add a bucket type, e.g. --bucket-type 'carts={"datatype":"map"}'
                                (repeatable; preconfigured: maps, sets, counters, hlls, gsets, siblings)
  -h, --help                    show this help`;

function parseBucketType(spec: string): [string, BucketTypeProps] {
  const eq = spec.indexOf('=');
  if (eq <= 0) throw new UsageError(`--bucket-type expects NAME=JSON_PROPS, got ${JSON.stringify(spec)}`);
  const name = spec.slice(0, eq);
  let props: unknown;
  try {
    props = JSON.parse(spec.slice(eq + 1));
  } catch {
    throw new UsageError(`--bucket-type ${name}: the props are not valid JSON`);
  }
  // Accept riak-admin's {"props": {...}} wrapper too.
  if (props !== null && typeof props === 'object' && !Array.isArray(props) && 'props' in props && Object.keys(props).length === 1) {
    props = (props as { props: unknown }).props;
  }
  if (props === null || typeof props !== 'object' || Array.isArray(props)) throw new UsageError(`--bucket-type ${name}: the props must be a JSON object`);
  return [name, props as BucketTypeProps];
}

export const serve: Command = {
  name: 'serve',
  summary: 'run the in-memory Riak dev server',
  usage,
  async run(args, io) {
    const { values } = parseArgs({
      args,
      options: {
        host: { type: 'string', default: '127.0.0.1' },
        port: { type: 'string', default: '8087' },
        'bucket-type': { type: 'string', multiple: true, default: [] },
        help: { type: 'boolean', short: 'h', default: false },
      },
      allowPositionals: false,
      strict: true,
    });
    if (values.help) {
      io.out(usage);
      return 0;
    }
    const port = Number(values.port);
    if (!/^\d+$/.test(values.port) || port > 65535) throw new UsageError(`--port expects a number from 0 to 65535, got ${JSON.stringify(values.port)}`);
    const bucketTypes = Object.fromEntries(values['bucket-type'].map(parseBucketType));
    const server = await startDevServer({ host: values.host, port, bucketTypes, log: (line) => io.out(line) });
    io.out(`listening on ${server.host.includes(':') ? `[${server.host}]` : server.host}:${server.port}`);
    await new Promise<void>((resolve) => {
      const remove = io.onStop(() => {
        remove();
        resolve();
      });
    });
    await server.close();
    return 0;
  },
};
