import type { Buffer } from 'node:buffer';
import { defineClientCommand } from '../client-command.js';
import { printDatatype, requireKey, targetOf, typeHelp } from '../datatype-command.js';
import { displayBytes } from '../output.js';

export const set = defineClientCommand({
  name: 'set',
  summary: 'fetch or update a set datatype',
  synopsis: 'set [options] BUCKET [KEY]',
  description: `Prints the set's members, one per line (not UTF-8: base64:...), or adds / removes members
and prints the new set. Removing reads the set first (removals need its context). Without
KEY (adds only), Riak generates the key and it is printed instead.
--json: {"type", "bucket", "key", "found" (true after an update), "value": [members]}`,
  optionsHelp: `${typeHelp('sets')}
  --add MEMBER           add MEMBER (repeatable)
  --remove MEMBER        remove MEMBER (repeatable)`,
  options: { type: { type: 'string' }, add: { type: 'string', multiple: true }, remove: { type: 'string', multiple: true } },
  positionals: [1, 2],
  async run({ values, positionals, connect, out, call }) {
    const target = targetOf(values, positionals, 'sets');
    const add = values.add ?? [];
    const remove = values.remove ?? [];
    const where = { type: target.type, bucket: target.bucket };
    const print = (members: Buffer[]) => async () => {
      for (const member of members) await out.line(displayBytes(member));
    };
    if (add.length === 0 && remove.length === 0) {
      const key = requireKey(target, 'to fetch a set');
      const client = await connect();
      const result = await client.fetchSet({ ...where, key, ...call });
      await printDatatype(out, target, result, print(result.value));
      return;
    }
    if (remove.length > 0) requireKey(target, 'to remove members');
    const client = await connect();
    const context = remove.length > 0 ? (await client.fetchSet({ ...where, key: target.key as string, ...call })).context : undefined;
    const result = await client.updateSet({
      ...where,
      ...(target.key !== undefined ? { key: target.key } : {}),
      ...(add.length > 0 ? { add } : {}),
      ...(remove.length > 0 ? { remove } : {}),
      ...(context ? { context } : {}),
      returnBody: true,
      ...call,
    });
    await printDatatype(out, target, result, print(result.value ?? []));
  },
});
