import { parseBase64 } from '../args.js';
import { defineClientCommand } from '../client-command.js';
import { quorumFlags } from '../quorum-flags.js';

const QUORUM = quorumFlags(['rw', 'r', 'w', 'pr', 'pw', 'dw']);

export const del = defineClientCommand({
  name: 'delete',
  summary: 'delete an object',
  synopsis: 'delete [options] BUCKET KEY',
  description: `Deletes BUCKET/KEY. Prints nothing; --json: {"ok": true}. Deleting a missing key succeeds.`,
  optionsHelp: `  --type TYPE            bucket type (default: default)
  --vclock BASE64        delete only the version read (the "vclock" of get --json)
${QUORUM.help}`,
  options: { type: { type: 'string' }, vclock: { type: 'string' }, ...QUORUM.options },
  positionals: [2, 2],
  async run({ values, positionals: [bucket, key], connect, out, call }) {
    const vclock = values.vclock === undefined ? undefined : parseBase64('--vclock', values.vclock);
    const quorum = QUORUM.parse(values);
    const client = await connect();
    await client.delete({ bucket, key, ...(values.type !== undefined ? { type: values.type } : {}), ...(vclock ? { vclock } : {}), ...quorum, ...call });
    if (out.json) await out.jsonValue({ ok: true });
  },
});
