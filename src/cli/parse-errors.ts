import { UsageError } from './command.js';

/** The long flag names a command accepts, for "did you mean" hints. */
type Known = Iterable<string>;

/** Edit distance of two short strings (flag names), a swap of neighbours counting as one edit. */
function distance(a: string, b: string): number {
  const d = Array.from({ length: a.length + 1 }, (_, i) => Array.from({ length: b.length + 1 }, (_, j) => (i === 0 ? j : j === 0 ? i : 0)));
  for (let i = 1; i <= a.length; i++) {
    for (let j = 1; j <= b.length; j++) {
      d[i][j] = Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1, d[i - 1][j - 1] + (a[i - 1] === b[j - 1] ? 0 : 1));
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) d[i][j] = Math.min(d[i][j], d[i - 2][j - 2] + 1);
    }
  }
  return d[a.length][b.length];
}

/** ` (did you mean --type?)` when one known flag is close to `flag`. */
function suggestion(flag: string, known: Known): string {
  const name = flag.replace(/^-+/, '');
  let best: string | undefined;
  // One edit (--prot, --tiemout) on short names, two on longer ones.
  let bestDistance = (name.length <= 4 ? 1 : 2) + 1;
  for (const candidate of known) {
    const d = distance(name, candidate);
    if (d < bestDistance) [best, bestDistance] = [candidate, d];
  }
  return best === undefined ? '' : ` (did you mean --${best}?)`;
}

/**
 * parseArgs's errors as one short line naming the flag: its own texts span
 * sentences and quote unevenly ("... as in '-- "--bogus"").
 */
export function usageOfParseError(error: unknown, known: Known, args: readonly string[] = []): unknown {
  const code = (error as { code?: unknown })?.code;
  if (typeof code !== 'string' || !code.startsWith('ERR_PARSE_ARGS')) return error;
  const message = (error as Error).message;
  const quoted = /'([^']*)'/.exec(message)?.[1] ?? '';
  // "-h, --help <value>" -> "--help": the long name, without the value placeholder.
  const flag =
    quoted
      .replace(/\s*<value>$/, '')
      .split(', ')
      .at(-1) ?? quoted;
  switch (code) {
    case 'ERR_PARSE_ARGS_UNKNOWN_OPTION':
      return new UsageError(`unknown option ${flag}${suggestion(flag, known)}`);
    case 'ERR_PARSE_ARGS_UNEXPECTED_POSITIONAL':
      return new UsageError(`unexpected argument ${JSON.stringify(quoted)}: this command takes none`);
    case 'ERR_PARSE_ARGS_INVALID_OPTION_VALUE':
      if (/argument missing/.test(message)) return new UsageError(`${flag} needs a value`);
      if (/ambiguous/.test(message)) {
        const value = args[args.indexOf(flag) + 1] ?? '-...';
        return new UsageError(`${flag} ${value}: a value starting with "-" goes after "=": ${flag}=${value}`);
      }
      if (/does not take an argument/.test(message)) return new UsageError(`${flag} takes no value`);
      return new UsageError(`${flag}: invalid value`);
    default:
      return new UsageError(message.split('\n')[0]);
  }
}
