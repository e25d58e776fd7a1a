import { parseInteger } from '../args.js';
import { UsageError } from '../command.js';
import { defineClientCommand } from '../client-command.js';
import { printDatatype, requireKey, targetOf, typeHelp } from '../datatype-command.js';

export const counter = defineClientCommand({
  name: 'counter',
  summary: 'fetch or increment a counter datatype',
  synopsis: 'counter [options] BUCKET [KEY]',
  description: `Prints the counter's value, or increments it with --incr / --decr and prints the new
value. Without KEY (updates only), Riak generates the key and it is printed instead.
--json: {"type", "bucket", "key", "found" (true after an update), "value": number}`,
  optionsHelp: `${typeHelp('counters')}
  --incr N               add N (negative: --incr=-3)
  --decr N               subtract N`,
  options: { type: { type: 'string' }, incr: { type: 'string' }, decr: { type: 'string' } },
  positionals: [1, 2],
  async run({ values, positionals, connect, out, call }) {
    const target = targetOf(values, positionals, 'counters');
    if (values.incr !== undefined && values.decr !== undefined) throw new UsageError('give --incr or --decr, not both');
    let increment: number | bigint | undefined;
    if (values.incr !== undefined) increment = parseInteger('--incr', values.incr);
    else if (values.decr !== undefined) {
      const by = parseInteger('--decr', values.decr);
      increment = typeof by === 'bigint' ? -by : -by;
    }
    const where = { type: target.type, bucket: target.bucket };
    if (increment === undefined) {
      const key = requireKey(target, 'to fetch a counter');
      const client = await connect();
      const result = await client.fetchCounter({ ...where, key, ...call });
      await printDatatype(out, target, result, () => out.line(String(result.value)));
      return;
    }
    const client = await connect();
    const result = await client.updateCounter({ ...where, ...(target.key !== undefined ? { key: target.key } : {}), increment, returnBody: true, ...call });
    await printDatatype(out, target, result, () => out.line(String(result.value)));
  },
});
