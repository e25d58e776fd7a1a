import { performance } from 'node:perf_hooks';
import { defineClientCommand } from '../client-command.js';

export const ping = defineClientCommand({
  name: 'ping',
  summary: 'check that a Riak node answers',
  synopsis: 'ping [options]',
  description: `Sends RpbPingReq and prints the round trip, connecting included: "pong (1.2 ms)".
--json: {"ok": true, "ms": 1.2}`,
  options: {},
  positionals: [0, 0],
  async run({ connect, out, call }) {
    const client = await connect();
    const started = performance.now();
    await client.ping(call);
    const ms = Math.round((performance.now() - started) * 10) / 10;
    if (out.json) await out.jsonValue({ ok: true, ms });
    else await out.line(`pong (${ms} ms)`);
  },
});
