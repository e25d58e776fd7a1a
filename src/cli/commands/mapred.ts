import type { MapReduceSpec } from '../../index.js';
import { readInputFile, readStdin } from '../args.js';
import { UsageError } from '../command.js';
import { defineClientCommand } from '../client-command.js';

export const mapred = defineClientCommand({
  name: 'mapred',
  summary: 'run a MapReduce job from a JSON file or stdin',
  synopsis: 'mapred [options] [JOB.json | -]',
  description: `Runs the MapReduce job in JOB.json (or stdin: "-" or no argument), a document as Riak's
HTTP /mapred takes it: {"inputs": ..., "query": [{"map": {...}}, {"reduce": {...}}], "timeout": ms}.
Prints a PHASE RESULT table, one row per result (each result as JSON), phases in order.
--json: the results of each kept phase, keyed by phase number: {"1": [...]}`,
  options: {},
  positionals: [0, 1],
  async run({ positionals: [file], connect, out, stdio, call }) {
    const text = (file === undefined ? await readStdin(stdio, 'job') : await readInputFile(stdio, 'the job file', file, 'job')).toString('utf8');
    let job: unknown;
    try {
      job = JSON.parse(text);
    } catch (error) {
      throw new UsageError(`the job is not valid JSON: ${(error as Error).message}`);
    }
    if (job === null || typeof job !== 'object' || Array.isArray(job) || !('inputs' in job) || !Array.isArray((job as { query?: unknown }).query)) {
      throw new UsageError('the job must be a JSON object with "inputs" and a "query" array');
    }
    const client = await connect();
    const results = await client.mapReduceAll(job as MapReduceSpec, call);
    if (out.json) {
      await out.jsonValue(results);
      return;
    }
    const rows = Object.entries(results)
      .sort(([a], [b]) => Number(a) - Number(b))
      .flatMap(([phase, items]) => items.map((item) => [phase, JSON.stringify(item)]));
    await out.table(rows, ['PHASE', 'RESULT']);
  },
});
