import { defineClientCommand } from '../client-command.js';
import { printScan } from './print-scan.js';

export const listKeys = defineClientCommand({
  name: 'list-keys',
  summary: 'list the keys of a bucket, streamed (full keyspace scan)',
  synopsis: 'list-keys [options] BUCKET',
  description: `Prints each key of BUCKET on its own line as Riak streams them (keys that are not
UTF-8 as base64:...). When stdout and stderr are a terminal, a running count is shown on
stderr. A full keyspace scan: for admin work, not for request paths.
--json: a JSON array of keys, printed one element per line as they arrive.`,
  optionsHelp: `  --type TYPE            bucket type (default: default)`,
  options: { type: { type: 'string' } },
  positionals: [1, 1],
  async run(session) {
    const client = await session.connect();
    const type = session.values.type;
    const [bucket] = session.positionals;
    await printScan(session, client.listKeys({ bucket, ...(type !== undefined ? { type } : {}), ...session.call }), ['key', 'keys']);
  },
});
