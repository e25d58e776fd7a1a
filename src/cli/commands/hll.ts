import { defineClientCommand } from '../client-command.js';
import { printDatatype, requireKey, targetOf, typeHelp } from '../datatype-command.js';

export const hll = defineClientCommand({
  name: 'hll',
  summary: 'fetch or add to a HyperLogLog datatype',
  synopsis: 'hll [options] BUCKET [KEY]',
  description: `Prints the HyperLogLog's cardinality estimate, or adds elements and prints the new
estimate. Without KEY (adds only), Riak generates the key and it is printed instead.
--json: {"type", "bucket", "key", "found" (true after an update), "value": number}`,
  optionsHelp: `${typeHelp('hlls')}
  --add ELEMENT          add ELEMENT (repeatable)`,
  options: { type: { type: 'string' }, add: { type: 'string', multiple: true } },
  positionals: [1, 2],
  async run({ values, positionals, connect, out, call }) {
    const target = targetOf(values, positionals, 'hlls');
    const where = { type: target.type, bucket: target.bucket };
    if (values.add === undefined) {
      const key = requireKey(target, 'to fetch a hll');
      const client = await connect();
      const result = await client.fetchHll({ ...where, key, ...call });
      await printDatatype(out, target, result, () => out.line(String(result.value)));
      return;
    }
    const client = await connect();
    const result = await client.updateHll({ ...where, ...(target.key !== undefined ? { key: target.key } : {}), add: values.add, returnBody: true, ...call });
    await printDatatype(out, target, result, () => out.line(String(result.value)));
  },
});
