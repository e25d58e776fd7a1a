import { UsageError } from '../command.js';
import { defineClientCommand } from '../client-command.js';
import { parseProps, PROPS_HEADER, propsJson, propsRows } from '../bucket-props.js';
import { PROPS_HELP } from './bucket.js';

export const bucketType = defineClientCommand({
  name: 'bucket-type',
  summary: "get or set a bucket type's properties",
  synopsis: 'bucket-type [options] get|set TYPE [PROPS...]',
  description: `bucket-type get TYPE         print the bucket type's properties (a NAME VALUE table)
bucket-type set TYPE PROPS   change properties of an existing, active bucket type
(bucket types are created and activated with riak-admin, or --bucket-type on serve)

${PROPS_HELP}
--json: get prints the properties as an object with snake_case names; set prints {"ok": true}.`,
  options: {},
  positionals: [2, Infinity],
  async run({ positionals: [action, type, ...rest], connect, out, call }) {
    if (action === 'get') {
      if (rest.length > 0) throw new UsageError('bucket-type get takes only TYPE');
    } else if (action !== 'set') {
      throw new UsageError(`expected get or set, got ${JSON.stringify(action)}`);
    }
    const props = action === 'set' ? parseProps(rest) : undefined;
    const client = await connect();
    if (props) {
      await client.setBucketTypeProps(type, props, call);
      if (out.json) await out.jsonValue({ ok: true });
      return;
    }
    const current = await client.getBucketTypeProps(type, call);
    if (out.json) await out.jsonValue(propsJson(current));
    else await out.table(propsRows(current), PROPS_HEADER);
  },
});
