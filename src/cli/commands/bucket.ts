import { UsageError } from '../command.js';
import { defineClientCommand } from '../client-command.js';
import { parseProps, PROPS_HEADER, propsJson, propsRows } from '../bucket-props.js';

export const PROPS_HELP = `PROPS are NAME=VALUE pairs (n_val=5 allow_mult=true r=quorum w=2 backend=leveldb
precommit=my_hooks:validate chash_keyfun=riak_core_util:chash_std_keyfun; "precommit=" clears
the hooks) or one JSON object ('{"n_val": 5, "allow_mult": true}', also as {"props": {...}}).
Names are Riak's (snake_case; camelCase works too). Numbers and true/false are converted;
quorums take a count or one, quorum, all.`;

export const bucket = defineClientCommand({
  name: 'bucket',
  summary: "get, set or reset a bucket's properties",
  synopsis: 'bucket [options] get|set|reset BUCKET [PROPS...]',
  description: `bucket get BUCKET          print the bucket's properties (a NAME VALUE table)
bucket set BUCKET PROPS    change the given properties
bucket reset BUCKET        drop the bucket's own properties, back to its bucket type's

${PROPS_HELP}
--json: get prints the properties as an object with snake_case names; set and reset print
{"ok": true}.`,
  optionsHelp: `  --type TYPE            bucket type (default: default)`,
  options: { type: { type: 'string' } },
  positionals: [2, Infinity],
  async run({ values, positionals: [action, bucketName, ...rest], connect, out, call }) {
    const where = { bucket: bucketName, ...(values.type !== undefined ? { type: values.type } : {}) };
    if (action === 'get' || action === 'reset') {
      if (rest.length > 0) throw new UsageError(`bucket ${action} takes only BUCKET`);
    } else if (action !== 'set') {
      throw new UsageError(`expected get, set or reset, got ${JSON.stringify(action)}`);
    }
    const props = action === 'set' ? parseProps(rest) : undefined;
    const client = await connect();
    const scoped = { ...where, ...call };
    if (action === 'get') {
      const current = await client.getBucketProps(scoped);
      if (out.json) await out.jsonValue(propsJson(current));
      else await out.table(propsRows(current), PROPS_HEADER);
      return;
    }
    if (props) await client.setBucketProps({ ...scoped, props });
    else await client.resetBucketProps(scoped);
    if (out.json) await out.jsonValue({ ok: true });
  },
});
