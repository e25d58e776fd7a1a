import { defineClientCommand } from '../client-command.js';

export const info = defineClientCommand({
  name: 'info',
  summary: "show a node's name and Riak version",
  synopsis: 'info [options]',
  description: `Sends RpbGetServerInfoReq and prints the node name and server version.
--json: {"node": "riak@127.0.0.1", "serverVersion": "riak_kv-3.2.0"}`,
  options: {},
  positionals: [0, 0],
  async run({ connect, out, call }) {
    const client = await connect();
    const { node, serverVersion } = await client.serverInfo(call);
    if (out.json) await out.jsonValue({ node, serverVersion });
    else
      await out.table(
        [
          ['node', node],
          ['version', serverVersion],
        ],
        ['NAME', 'VALUE'],
      );
  },
});
