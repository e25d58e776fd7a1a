import { RiakInvalidArgumentError } from '../index.js';
import { snakeCase } from './bucket-props.js';
import { UsageError } from './command.js';

/** The CLI argument or flag behind each library option a command passes on. */
const ARGUMENT_OF: Record<string, string> = {
  bucket: 'BUCKET',
  key: 'KEY',
  type: '--type',
  increment: '--incr / --decr',
  add: '--add',
  remove: '--remove',
  index: '--index',
  indexes: '--index',
  range: '--range',
  maxResults: '--max-results',
  continuation: '--continuation',
  termRegex: '--term-regex',
  contentType: '--content-type',
  charset: '--charset',
  contentEncoding: '--content-encoding',
  usermeta: '--usermeta',
  links: '--link',
  vclock: '--vclock',
  requestTimeout: '--timeout',
  r: '--r',
  pr: '--pr',
  w: '--w',
  dw: '--dw',
  pw: '--pw',
  rw: '--rw',
};

/** `props.nVal` → `property n_val`, `key` → `KEY`, `indexes[0].key` → `--index`. */
function argumentOf(option: string): string | undefined {
  if (option.startsWith('props.')) return `property ${snakeCase(option.slice('props.'.length).split(/[.[]/)[0])}`;
  return ARGUMENT_OF[option.split(/[.[]/)[0]];
}

/**
 * A value the client library refused (`setBucketProps(): invalid option
 * \`props.nVal\`: ...`) as a usage error naming the CLI argument that carried
 * it: every option a command passes on came from its command line.
 */
export function usageOfLibraryError(error: unknown): unknown {
  if (!(error instanceof RiakInvalidArgumentError)) return error;
  const invalid = /^(?:Invalid )?\w+\(\):? invalid option `([^`]+)`: (.*)$/s.exec(error.message);
  if (invalid) {
    const argument = argumentOf(invalid[1]);
    if (argument !== undefined) return new UsageError(`${argument}: ${invalid[2]}`, { cause: error });
  }
  const unknownProp = /^\w+\(\): unknown bucket property `([^`]+)`/.exec(error.message);
  if (unknownProp) return new UsageError(`unknown bucket property ${snakeCase(unknownProp[1])}`, { cause: error });
  return error;
}
