import type { RiakContent } from '../../index.js';
import { Buffer, isUtf8 } from 'node:buffer';
import { CommandError, UsageError } from '../command.js';
import { defineClientCommand } from '../client-command.js';
import { base64, jsonBytes } from '../output.js';
import { quorumFlags } from '../quorum-flags.js';

const QUORUM = quorumFlags(['r', 'pr']);

/**
 * Bytes that could garble a terminal: not UTF-8, or with control characters
 * other than tab, newline and carriage return (curl refuses on a NUL).
 */
function isBinary(value: Uint8Array): boolean {
  return (
    !isUtf8(value) ||
    /[\u0000-\u0008\u000b\u000c\u000e-\u001a\u001c-\u001f\u007f]/.test(Buffer.from(value.buffer, value.byteOffset, value.byteLength).toString('utf8'))
  );
}

/** One sibling for `--json`: values through `jsonBytes`, `lastModified` as ISO 8601. */
function contentJson(content: RiakContent) {
  return {
    value: jsonBytes(content.value),
    contentType: content.contentType ?? null,
    charset: content.charset ?? null,
    contentEncoding: content.contentEncoding ?? null,
    vtag: content.vtag ?? null,
    lastModified: content.lastMod?.toISOString() ?? null,
    links: content.links,
    usermeta: content.usermeta.map(({ key, value }) => ({ key, value: jsonBytes(value) })),
    indexes: content.indexes,
    deleted: content.deleted,
  };
}

export const get = defineClientCommand({
  name: 'get',
  summary: 'fetch an object and print its value',
  synopsis: 'get [options] BUCKET KEY',
  description: `Fetches BUCKET/KEY and writes its value to stdout as is (bytes, no added newline
unless stdout is a terminal). A missing key exits 3; siblings exit 1 (see them with --json).
A binary value is not written to a terminal (exit 2) unless --force is given.
--json: {"type", "bucket", "key", "found", "vclock" (base64), "siblings": [{"value",
"contentType", "charset", "contentEncoding", "vtag", "lastModified", "links", "usermeta",
"indexes", "deleted"}]}`,
  optionsHelp: `  --type TYPE            bucket type (default: default)
  --force                write a binary value to a terminal anyway
${QUORUM.help}`,
  options: { type: { type: 'string' }, force: { type: 'boolean' }, ...QUORUM.options },
  positionals: [2, 2],
  async run({ values, positionals: [bucket, key], connect, out, call }) {
    const type = values.type ?? 'default';
    const quorum = QUORUM.parse(values);
    const client = await connect();
    const result = await client.get({ type, bucket, key, ...quorum, ...call });
    if (out.json) await out.jsonValue({ type, bucket, key, found: result.found, vclock: base64(result.vclock), siblings: result.siblings.map(contentJson) });
    if (!result.found) throw new CommandError(`not found: ${type}/${bucket}/${key}`, 3);
    if (out.json) return;
    if (result.value === undefined) throw new CommandError(`${type}/${bucket}/${key} has ${result.siblings.length} siblings; see them with --json`, 1);
    if (out.isTTY && values.force !== true && isBinary(result.value)) {
      throw new UsageError(
        `not writing ${result.value.length} bytes of binary data to the terminal: redirect it (riak-pb get ${bucket} ${key} > FILE), see it as base64 with --json, or write it anyway with --force`,
      );
    }
    await out.raw(result.value);
    if (out.isTTY && result.value.at(-1) !== 0x0a) await out.raw('\n');
  },
});
