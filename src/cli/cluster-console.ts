import { createInterface } from 'node:readline';
import type { Readable } from 'node:stream';
import type { ClusterControl } from '../dev-server.js';

/**
 * The control console of `riak-pb serve --nodes N`: one command per line on
 * stdin, one answer line per command on stdout (`ok: ...` or `error: ...`),
 * commands run one at a time in the order they came, so a script can write a
 * command and wait for its answer. Blank lines are ignored. End of input
 * leaves the cluster running (it stops on SIGINT/SIGTERM, as the server does).
 */

export const CONSOLE_HELP =
  'commands: stop NODE | start NODE | partition NODE,NODE... NODE,NODE... | heal | slow NODE MS | settle | help (NODE: dev2 or dev2@127.0.0.1)';

class ConsoleError extends Error {}

/** A node argument as the cluster names it: `dev2` or `dev2@127.0.0.1`. */
function nodeNamed(cluster: ClusterControl, arg: string): string {
  const found = cluster.nodes.find((name) => name === arg || name.slice(0, name.indexOf('@')) === arg);
  if (found === undefined) throw new ConsoleError(`unknown node ${JSON.stringify(arg)} (nodes: ${cluster.nodes.map(short).join(', ')})`);
  return found;
}

const short = (name: string): string => name.slice(0, name.indexOf('@'));

function expectArgs(args: string[], count: number, usage: string): void {
  if (args.length !== count) throw new ConsoleError(`usage: ${usage}`);
}

/** Runs one console line against the cluster: its answer line, or undefined for a blank line. */
export async function runConsoleLine(cluster: ClusterControl, line: string): Promise<string | undefined> {
  const [command, ...args] = line
    .trim()
    .split(/\s+/)
    .filter((word) => word !== '');
  if (command === undefined) return undefined;
  try {
    switch (command) {
      case 'stop':
      case 'start': {
        expectArgs(args, 1, `${command} NODE`);
        const node = nodeNamed(cluster, args[0] as string);
        await (command === 'stop' ? cluster.stop(node) : cluster.start(node));
        return `ok: ${node} ${command === 'stop' ? 'stopped' : 'started'}`;
      }
      case 'partition': {
        if (args.length === 0) throw new ConsoleError('usage: partition NODE,NODE... NODE,NODE... (one group per word)');
        const groups = args.map((group) =>
          group
            .split(',')
            .filter((node) => node !== '')
            .map((node) => nodeNamed(cluster, node)),
        );
        cluster.partition(...groups);
        const grouped = new Set(groups.flat());
        const rest = cluster.nodes.filter((node) => !grouped.has(node));
        const shown = [...groups, ...(rest.length > 0 ? [rest] : [])].map((group) => group.map(short).join(','));
        return `ok: partitioned ${shown.join(' | ')}`;
      }
      case 'heal':
        expectArgs(args, 0, 'heal');
        cluster.heal();
        return 'ok: healed';
      case 'slow': {
        expectArgs(args, 2, 'slow NODE MS');
        const node = nodeNamed(cluster, args[0] as string);
        const ms = Number(args[1]);
        if (!/^\d+$/.test(args[1] as string) || !Number.isSafeInteger(ms)) throw new ConsoleError(`slow expects milliseconds, got ${JSON.stringify(args[1])}`);
        cluster.slow(node, ms);
        return ms === 0 ? `ok: ${node} at normal speed` : `ok: ${node} answers ${ms} ms late`;
      }
      case 'settle':
        expectArgs(args, 0, 'settle');
        await cluster.settle();
        return 'ok: settled';
      case 'help':
        return CONSOLE_HELP;
      default:
        throw new ConsoleError(`unknown command ${JSON.stringify(command)} (try help)`);
    }
  } catch (error) {
    // The cluster's own refusals (RiakInvalidArgumentError...) are answers too: the console keeps going.
    const message = error instanceof Error ? error.message : String(error);
    return `error: ${message.replace(/\s*\n\s*/g, ' ')}`;
  }
}

/**
 * Reads console lines from `input` and answers each through `answer`, in
 * order. `close()` stops reading and resolves once the command running, if
 * any, has answered.
 */
export function startConsole(cluster: ClusterControl, input: Readable, answer: (line: string) => void): { close(): Promise<void> } {
  const lines = createInterface({ input, crlfDelay: Number.POSITIVE_INFINITY, terminal: false });
  let queue: Promise<void> = Promise.resolve();
  let closed = false;
  lines.on('line', (line) => {
    queue = queue.then(async () => {
      if (closed) return;
      const reply = await runConsoleLine(cluster, line);
      if (reply !== undefined) answer(reply);
    });
  });
  return {
    async close() {
      closed = true;
      lines.close();
      await queue;
    },
  };
}
