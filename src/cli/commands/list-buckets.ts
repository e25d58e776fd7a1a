import { defineClientCommand } from '../client-command.js';
import { printScan } from './print-scan.js';

export const listBuckets = defineClientCommand({
  name: 'list-buckets',
  summary: 'list the buckets of a bucket type (full keyspace scan)',
  synopsis: 'list-buckets [options]',
  description: `Prints each bucket name on its own line as Riak streams them (names that are not
UTF-8 as base64:...). A full keyspace scan: for admin work, not for request paths.
--json: a JSON array of names, printed one element per line as they arrive.`,
  optionsHelp: `  --type TYPE            bucket type (default: default)`,
  options: { type: { type: 'string' } },
  positionals: [0, 0],
  async run(session) {
    const client = await session.connect();
    const type = session.values.type;
    await printScan(session, client.listBuckets({ ...(type !== undefined ? { type } : {}), ...session.call }), ['bucket', 'buckets']);
  },
});
