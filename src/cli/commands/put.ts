import { Buffer } from 'node:buffer';
import { parseAssignment, parseBase64, readInputFile, readStdin } from '../args.js';
import { UsageError } from '../command.js';
import { defineClientCommand } from '../client-command.js';
import { displayBytes } from '../output.js';
import { quorumFlags } from '../quorum-flags.js';

const QUORUM = quorumFlags(['w', 'dw', 'pw']);

/** `--link TAG=BUCKET/KEY` (the bucket ends at the first `/`). */
function parseLink(spec: string): { bucket: string; key: string; tag: string } {
  const [tag, target] = parseAssignment('--link', spec);
  const slash = target.indexOf('/');
  if (slash <= 0 || slash === target.length - 1) throw new UsageError(`--link expects TAG=BUCKET/KEY, got ${JSON.stringify(spec)}`);
  return { tag, bucket: target.slice(0, slash), key: target.slice(slash + 1) };
}

/** `--index NAME_bin=VALUE` / `NAME_int=INTEGER`. */
function parseIndex(spec: string): { key: string; value: string } {
  const [name, value] = parseAssignment('--index', spec);
  if (!/_(bin|int)$/.test(name)) throw new UsageError(`--index ${name}: the index name must end in _bin or _int`);
  if (name.endsWith('_int') && !/^-?\d+$/.test(value)) throw new UsageError(`--index ${name}: an _int index needs an integer, got ${JSON.stringify(value)}`);
  return { key: name, value };
}

export const put = defineClientCommand({
  name: 'put',
  summary: 'store an object (value from an argument, a file or stdin)',
  synopsis: 'put [options] BUCKET [KEY] [VALUE]',
  description: `Stores VALUE under BUCKET/KEY. Without VALUE the value is read from --file, or from
stdin when it is not a terminal. Without KEY, Riak generates one and it is printed
(the value then comes from --file or stdin). Prints nothing else.
--json: {"type", "bucket", "key", "generated"}`,
  optionsHelp: `  --type TYPE            bucket type (default: default)
  --content-type TYPE    content type to store, e.g. application/json
  --charset NAME         charset to store with it, e.g. utf-8
  --content-encoding ENC content encoding to store with it, e.g. gzip
  --usermeta NAME=VALUE  add a user metadata entry (repeatable)
  --link TAG=BUCKET/KEY  add a link to BUCKET/KEY tagged TAG (repeatable)
  --file PATH            read the value from PATH ("-" for stdin)
  --index NAME=VALUE     add a secondary index entry (NAME ends in _bin or _int; repeatable)
  --vclock BASE64        the vclock of the version read (get --json), to replace it
                         without creating a sibling
${QUORUM.help}`,
  options: {
    type: { type: 'string' },
    'content-type': { type: 'string' },
    charset: { type: 'string' },
    'content-encoding': { type: 'string' },
    usermeta: { type: 'string', multiple: true },
    link: { type: 'string', multiple: true },
    file: { type: 'string' },
    index: { type: 'string', multiple: true },
    vclock: { type: 'string' },
    ...QUORUM.options,
  },
  positionals: [1, 3],
  async run({ values, positionals: [bucket, key, argument], connect, out, stdio, call }) {
    if (argument !== undefined && values.file !== undefined) throw new UsageError('give the value as an argument or with --file, not both');
    const indexes = (values.index ?? []).map(parseIndex);
    const usermeta = (values.usermeta ?? []).map((spec) => {
      const [name, value] = parseAssignment('--usermeta', spec);
      return { key: name, value };
    });
    const links = (values.link ?? []).map(parseLink);
    const vclock = values.vclock === undefined ? undefined : parseBase64('--vclock', values.vclock);
    const quorum = QUORUM.parse(values);
    const value =
      argument !== undefined
        ? Buffer.from(argument, 'utf8')
        : values.file !== undefined
          ? await readInputFile(stdio, '--file', values.file, 'value')
          : await readStdin(stdio, 'value');
    const type = values.type ?? 'default';
    const client = await connect();
    const result = await client.put({
      type,
      bucket,
      ...(key !== undefined ? { key } : {}),
      value,
      ...(values['content-type'] !== undefined ? { contentType: values['content-type'] } : {}),
      ...(values.charset !== undefined ? { charset: values.charset } : {}),
      ...(values['content-encoding'] !== undefined ? { contentEncoding: values['content-encoding'] } : {}),
      ...(usermeta.length > 0 ? { usermeta } : {}),
      ...(links.length > 0 ? { links } : {}),
      ...(indexes.length > 0 ? { indexes } : {}),
      ...(vclock ? { vclock } : {}),
      ...quorum,
      ...call,
    });
    if (out.json) await out.jsonValue({ type, bucket, key: key ?? result.key ?? null, generated: key === undefined });
    else if (key === undefined && result.key) await out.line(displayBytes(result.key));
  },
});
