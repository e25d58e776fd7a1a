import type { Buffer } from 'node:buffer';
import { defineClientCommand } from '../client-command.js';
import { printDatatype, requireKey, targetOf, typeHelp } from '../datatype-command.js';
import { displayBytes } from '../output.js';

export const gset = defineClientCommand({
  name: 'gset',
  summary: 'fetch or add to a grow-only set datatype',
  synopsis: 'gset [options] BUCKET [KEY]',
  description: `Prints the grow-only set's members, one per line (not UTF-8: base64:...), or adds members
and prints the new set. Without KEY (adds only), Riak generates the key and it is printed instead.
--json: {"type", "bucket", "key", "found" (true after an update), "value": [members]}`,
  optionsHelp: `${typeHelp('gsets')}
  --add MEMBER           add MEMBER (repeatable)`,
  options: { type: { type: 'string' }, add: { type: 'string', multiple: true } },
  positionals: [1, 2],
  async run({ values, positionals, connect, out, call }) {
    const target = targetOf(values, positionals, 'gsets');
    const where = { type: target.type, bucket: target.bucket };
    const print = (members: Buffer[]) => async () => {
      for (const member of members) await out.line(displayBytes(member));
    };
    if (values.add === undefined) {
      const key = requireKey(target, 'to fetch a gset');
      const client = await connect();
      const result = await client.fetchGSet({ ...where, key, ...call });
      await printDatatype(out, target, result, print(result.value));
      return;
    }
    const client = await connect();
    // returnBody is an update then a fetch (updateGSet): a real Riak 3.x node crashes on a gset update with return_body.
    const result = await client.updateGSet({ ...where, ...(target.key !== undefined ? { key: target.key } : {}), add: values.add, returnBody: true, ...call });
    await printDatatype(out, target, result, print(result.value ?? []));
  },
});
