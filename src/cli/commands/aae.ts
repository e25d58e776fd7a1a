import { Buffer } from 'node:buffer';
import type { AaeRangeParams, ChangeMethod, FoundKey, ObjectStats, RiakClient } from '../../index.js';
import { UsageError } from '../command.js';
import { defineClientCommand, type ClientSession } from '../client-command.js';
import { displayBytes } from '../output.js';

const ACTIONS = ['find-keys', 'stats', 'find-tombs', 'reap-tombs', 'erase-keys', 'list-buckets'] as const;
type Action = (typeof ACTIONS)[number];

const OPTIONS = {
  type: { type: 'string' },
  start: { type: 'string' },
  end: { type: 'string' },
  'modified-from': { type: 'string' },
  'modified-to': { type: 'string' },
  'siblings-over': { type: 'string' },
  'size-over': { type: 'string' },
  'n-val': { type: 'string' },
  yes: { type: 'boolean' },
} as const;

type Session = ClientSession<typeof OPTIONS>;

/** A whole number flag in 0..2^32-1 (Riak's uint32 fields). */
function uintFlag(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (!/^\d+$/.test(text) || Number(text) > 0xffffffff)
    throw new UsageError(`--${name} expects a whole number from 0 to 4294967295, got ${JSON.stringify(text)}`);
  return Number(text);
}

/** A date flag: seconds since the epoch, or a date Date.parse reads (ISO 8601). */
function dateFlag(name: string, text: string | undefined): number | undefined {
  if (text === undefined) return undefined;
  if (/^\d+$/.test(text)) return uintFlag(name, text);
  const ms = Date.parse(text);
  if (Number.isNaN(ms) || ms < 0) throw new UsageError(`--${name} expects seconds since 1970 or an ISO date, got ${JSON.stringify(text)}`);
  return Math.floor(ms / 1000);
}

/** The bucket, type, key range and modified range flags as fold options. */
function rangeOf(session: Session, bucket: string): AaeRangeParams {
  const v = session.values;
  const params: AaeRangeParams = { bucket, ...session.call };
  if (v.type !== undefined) params.type = v.type;
  if ((v.start === undefined) !== (v.end === undefined)) throw new UsageError('--start and --end go together (an inclusive key range)');
  if (v.start !== undefined && v.end !== undefined) {
    if (Buffer.compare(Buffer.from(v.end), Buffer.from(v.start)) < 0) throw new UsageError('--end sorts before --start');
    params.keyRange = { start: v.start, end: v.end };
  }
  const from = dateFlag('modified-from', v['modified-from']);
  const to = dateFlag('modified-to', v['modified-to']);
  if (from !== undefined || to !== undefined) {
    const range = { start: from ?? 0, end: to ?? 0xffffffff };
    if (range.start > range.end) throw new UsageError('--modified-from is after --modified-to');
    params.modifiedRange = range;
  }
  return params;
}

/** Flags only some actions read: refused elsewhere, so a typo'd intent never passes silently. */
const ACTION_FLAGS: Record<Action, readonly string[]> = {
  'find-keys': ['type', 'start', 'end', 'modified-from', 'modified-to', 'siblings-over', 'size-over'],
  stats: ['type', 'start', 'end', 'modified-from', 'modified-to'],
  'find-tombs': ['type', 'start', 'end', 'modified-from', 'modified-to'],
  'reap-tombs': ['type', 'start', 'end', 'modified-from', 'modified-to', 'yes'],
  'erase-keys': ['type', 'start', 'end', 'modified-from', 'modified-to', 'yes'],
  'list-buckets': ['n-val'],
};

function checkFlags(action: Action, values: Record<string, unknown>): void {
  for (const name of Object.keys(OPTIONS)) {
    if (values[name] !== undefined && !ACTION_FLAGS[action].includes(name)) throw new UsageError(`--${name} does not apply to aae ${action}`);
  }
}

/** find-keys' threshold: exactly one of --siblings-over and --size-over. */
function finderOf(session: Session): { siblingsOver: number } | { sizeOver: number } {
  const siblings = uintFlag('siblings-over', session.values['siblings-over']);
  const size = uintFlag('size-over', session.values['size-over']);
  if ((siblings === undefined) === (size === undefined)) throw new UsageError('aae find-keys needs exactly one of --siblings-over N and --size-over BYTES');
  return siblings !== undefined ? { siblingsOver: siblings } : { sizeOver: size as number };
}

async function findKeys(session: Session, client: RiakClient, bucket: string): Promise<void> {
  const finder = finderOf(session);
  const found = await client.aae.findKeys({ ...rangeOf(session, bucket), ...finder });
  await printKeys(session, found, 'siblingsOver' in finder ? ['siblings', 'SIBLINGS'] : ['size', 'SIZE']);
}

async function printKeys(session: Session, found: FoundKey[], [field, header]: [string, string]): Promise<void> {
  const { out } = session;
  if (out.json) return out.jsonValue(found.map((f) => ({ key: f.key, [field]: f.value })));
  if (found.length === 0) return out.note('no keys found');
  await out.table(
    found.map((f) => [displayBytes(f.key), String(f.value)]),
    ['KEY', header],
  );
}

/** "100 B - 999 B" for magnitude 2. */
function magnitudeRange(m: number): string {
  const unit = (n: number): string => (n >= 1e9 ? `${n / 1e9} GB` : n >= 1e6 ? `${n / 1e6} MB` : n >= 1e3 ? `${n / 1e3} kB` : `${n} B`);
  return m === 0 ? 'under 10 B' : `${unit(10 ** m)} - under ${unit(10 ** (m + 1))}`;
}

async function printStats(session: Session, stats: ObjectStats): Promise<void> {
  const { out } = session;
  if (out.json) return out.jsonValue(stats);
  await out.table(
    [
      ['objects', String(stats.totalCount)],
      ['total size', `${stats.totalSize} bytes`],
      ...stats.sizes.map((s) => [`size ${magnitudeRange(s.magnitude)}`, String(s.count)]),
      ...stats.siblings.map((s) => [`${s.siblings} sibling${s.siblings === 1 ? '' : 's'}`, String(s.count)]),
    ],
    ['STAT', 'OBJECTS'],
  );
}

/**
 * reap-tombs / erase-keys: with --yes the change is made; without it only
 * counted (Riak's `count` change method), and the command says how to do it.
 */
async function change(session: Session, client: RiakClient, bucket: string, action: 'reap-tombs' | 'erase-keys'): Promise<void> {
  const { out } = session;
  const confirmed = session.values.yes === true;
  const changeMethod: ChangeMethod = confirmed ? 'local' : 'count';
  const params = { ...rangeOf(session, bucket), changeMethod };
  const count = action === 'reap-tombs' ? await client.aae.reapTombs(params) : await client.aae.eraseKeys(params);
  const [verb, noun] = action === 'reap-tombs' ? ['reaped', 'tombstone'] : ['erased', 'key'];
  const what = `${count} ${noun}${count === 1 ? '' : 's'}`;
  if (out.json) return out.jsonValue({ [verb]: confirmed ? count : 0, matched: count, dryRun: !confirmed });
  if (confirmed) return out.line(`${verb} ${what}`);
  await out.line(`${what} would be ${verb} (dry run)`);
  out.note(`riak-pb: nothing changed; run again with --yes to ${action === 'reap-tombs' ? 'reap' : 'erase'} them`);
}

export const aae = defineClientCommand({
  name: 'aae',
  summary: 'AAE admin folds: find big or conflicted keys, object stats, find/reap tombstones, erase keys',
  synopsis: 'aae [options] ACTION [BUCKET]',
  description: `Operator folds over a Riak 3.x cluster's Tictac AAE store (Tictac AAE must be on).
  aae find-keys BUCKET --siblings-over N   keys with more than N siblings
  aae find-keys BUCKET --size-over BYTES   keys whose object is bigger than BYTES
  aae stats BUCKET                         object count, total size, size and sibling spread
  aae find-tombs BUCKET                    tombstones, with their delete hash
  aae reap-tombs BUCKET [--yes]            reap tombstones for good
  aae erase-keys BUCKET [--yes]            delete live keys (narrow with --start/--end)
  aae list-buckets [--n-val N]             buckets holding keys (tombstones count)
reap-tombs and erase-keys change nothing without --yes: they count what they
would change (a dry run) and say so.
--json: find-keys/find-tombs print an array of {key, siblings|size|deleteHash};
stats the stats object; reap/erase {reaped|erased, matched, dryRun};
list-buckets an array of {type, bucket}.`,
  optionsHelp: `  --type TYPE            bucket type (default: default)
  --start KEY --end KEY  only keys in this inclusive range
  --modified-from DATE   only objects last modified at or after DATE (seconds or ISO date)
  --modified-to DATE     only objects last modified at or before DATE
  --siblings-over N      find-keys: more than N siblings (1 finds every conflicted key)
  --size-over BYTES      find-keys: objects bigger than BYTES
  --n-val N              list-buckets: the smallest n_val in use (default 1)
  --yes                  reap-tombs/erase-keys: make the change (default: dry run)`,
  options: OPTIONS,
  positionals: [1, 2],
  async run(session) {
    const [actionText, bucket] = session.positionals;
    if (!(ACTIONS as readonly string[]).includes(actionText)) throw new UsageError(`expected one of ${ACTIONS.join(', ')}, got ${JSON.stringify(actionText)}`);
    const action = actionText as Action;
    checkFlags(action, session.values as Record<string, unknown>);
    if (action === 'list-buckets') {
      if (bucket !== undefined) throw new UsageError('aae list-buckets takes no BUCKET');
      const nVal = uintFlag('n-val', session.values['n-val']);
      if (nVal === 0) throw new UsageError('--n-val must be at least 1');
      const client = await session.connect();
      const buckets = await client.aae.listBuckets({ ...(nVal !== undefined ? { nVal } : {}), ...session.call });
      if (session.out.json) return session.out.jsonValue(buckets.map((b) => ({ type: b.type ?? 'default', bucket: b.bucket })));
      if (buckets.length === 0) return session.out.note('no buckets');
      return session.out.table(
        buckets.map((b) => [b.type === undefined ? 'default' : displayBytes(b.type), displayBytes(b.bucket)]),
        ['TYPE', 'BUCKET'],
      );
    }
    if (bucket === undefined) throw new UsageError(`aae ${action} needs a BUCKET`);
    // Check every flag before connecting (a usage error never prompts for a password).
    rangeOf(session, bucket);
    if (action === 'find-keys') finderOf(session);
    const client = await session.connect();
    if (action === 'find-keys') return findKeys(session, client, bucket);
    if (action === 'stats') return printStats(session, await client.aae.objectStats(rangeOf(session, bucket)));
    if (action === 'find-tombs') {
      const found = await client.aae.findTombs(rangeOf(session, bucket));
      return printKeys(session, found, ['deleteHash', 'DELETE HASH']);
    }
    return change(session, client, bucket, action);
  },
});
