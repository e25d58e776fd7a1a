// Checks that our own Riak schema (proto/*.proto) is wire-compatible with the
// riak_pb schema bundled in basho-riak-client (an older riak_pb, roughly the
// 2.x "master" line), and that it carries the Riak KV 3.x additions.
//
// Every upstream message, field and enum (nested ones included) must exist in
// ours with the same field number, resolved type, label, default and packed
// option, and every upstream enum must have exactly the same values. Ours may
// add fields/messages (3.x), but only the ones listed below.
import test from 'ava';
import protobuf from 'protobufjs';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { MessageCode } from '../../src/codec/message-codes.js';
import { repoPath } from '../helpers/paths.js';

const OUR_PROTO_DIR = `${repoPath('proto')}/`;
const UPSTREAM_PROTO_DIR = fileURLToPath(pathToFileURL(`${repoPath('node_modules/basho-riak-client/lib/protobuf/riak_pb/src')}/`));

const RIAK_PROTO_FILES = ['riak.proto', 'riak_kv.proto', 'riak_dt.proto', 'riak_search.proto', 'riak_yokozuna.proto', 'riak_ts.proto'];

/**
 * The bundled upstream is riak_pb's old `master` (Riak TS 1.5 era). riak_pb
 * `develop` (Riak KV 3.x), which our schema follows, differs from it in two
 * places in riak_ts.proto. These are the only accepted differences.
 */
const KNOWN_DIVERGENCES: readonly string[] = [
  // develop never had the BLOB column type (added on master only, 2016).
  'TsColumnType: value BLOB=5 missing in ours',
  // develop made the column type optional (riak_pb commit e2e5b2e, 2019).
  'TsColumnDescription.type: label upstream=required ours=optional',
];

/** Messages that riak_pb develop (3.x) has and the bundled upstream lacks. */
const EXPECTED_NEW_MESSAGES = [
  'RpbAaeFoldBucket',
  'RpbAaeFoldEraseKeysReq',
  'RpbAaeFoldFetchClocksNValReq',
  'RpbAaeFoldFetchClocksRangeReq',
  'RpbAaeFoldFindKeysReq',
  'RpbAaeFoldFindTombsReq',
  'RpbAaeFoldKeyCountResp',
  'RpbAaeFoldKeyValueResp',
  'RpbAaeFoldListBucketsReq',
  'RpbAaeFoldListBucketsResp',
  'RpbAaeFoldMergeBranchNValReq',
  'RpbAaeFoldMergeRootNValReq',
  'RpbAaeFoldMergeTreesRangeReq',
  'RpbAaeFoldObjectStatsReq',
  'RpbAaeFoldReapTombsReq',
  'RpbAaeFoldRepairKeysReq',
  'RpbAaeFoldReplKeysReq',
  'RpbAaeFoldTreeResp',
  'RpbClusterMemberEntry',
  'RpbFetchReq',
  'RpbFetchResp',
  'RpbKeysCount',
  'RpbKeysValue',
  'RpbMembershipReq',
  'RpbMembershipResp',
  'RpbPushReq',
  'RpbPushResp',
  'RpbRTEReq',
];

/** Fields that 3.x added to messages the bundled upstream already has. */
const EXPECTED_NEW_FIELDS: Record<string, { id: number; type: string }> = {
  'RpbGetReq.node_confirms': { id: 14, type: 'uint32' },
  'RpbPutReq.node_confirms': { id: 17, type: 'uint32' },
  'RpbCounterUpdateReq.node_confirms': { id: 8, type: 'uint32' },
  'RpbCounterGetReq.node_confirms': { id: 7, type: 'uint32' },
  'DtFetchReq.node_confirms': { id: 12, type: 'uint32' },
  'DtUpdateReq.node_confirms': { id: 14, type: 'uint32' },
};

// ---------------------------------------------------------------------------
// helpers

function loadSchema(dir: string): protobuf.Root {
  const present = new Set(readdirSync(dir));
  const missing = RIAK_PROTO_FILES.filter((f) => !present.has(f));
  if (missing.length > 0) throw new Error(`${dir} lacks ${missing.join(', ')}`);
  const root = new protobuf.Root();
  // The files import each other by bare name ("riak.proto"); resolve those
  // against the same directory.
  root.resolvePath = (_origin, target) => join(dir, target.replace(/^.*[\\/]/, ''));
  root.loadSync(
    RIAK_PROTO_FILES.map((f) => join(dir, f)),
    { keepCase: true },
  );
  root.resolveAll();
  return root;
}

const name = (obj: protobuf.ReflectionObject): string => obj.fullName.replace(/^\./, '');

/** Every message and enum in a namespace, nested ones included. */
function allDefinitions(ns: protobuf.NamespaceBase): Array<protobuf.Type | protobuf.Enum> {
  const out: Array<protobuf.Type | protobuf.Enum> = [];
  for (const obj of ns.nestedArray) {
    if (obj instanceof protobuf.Type || obj instanceof protobuf.Enum) out.push(obj);
    if (obj instanceof protobuf.Namespace) out.push(...allDefinitions(obj));
  }
  return out;
}

/** messages + fields + enums + enum values */
function countDefinitions(root: protobuf.Root): number {
  let n = 0;
  for (const def of allDefinitions(root)) {
    n += 1;
    n += def instanceof protobuf.Type ? def.fieldsArray.length : Object.keys(def.values).length;
  }
  return n;
}

function fieldType(field: protobuf.Field): string {
  return field.resolvedType ? name(field.resolvedType) : field.type;
}

const label = (field: protobuf.Field): string => field.rule ?? 'optional';

function lookup(root: protobuf.Root, fullName: string): protobuf.ReflectionObject | null {
  try {
    return root.lookup(fullName);
  } catch {
    return null;
  }
}

const show = (v: unknown): string => (v === undefined ? 'none' : JSON.stringify(v));

/**
 * Every way in which `ours` fails to reproduce `upstream`: one line per
 * mismatch. Extra fields in ours are allowed; extra enum values are not.
 */
function compareSchemas(upstream: protobuf.Root, ours: protobuf.Root): string[] {
  const differences: string[] = [];
  for (const def of allDefinitions(upstream)) {
    const defName = name(def);
    const mine = lookup(ours, def.fullName);
    if (def instanceof protobuf.Type) {
      if (!(mine instanceof protobuf.Type)) {
        differences.push(`${defName}: message missing in ours`);
        continue;
      }
      for (const field of def.fieldsArray) {
        const where = `${defName}.${field.name}`;
        const other = mine.fields[field.name];
        if (!other) {
          differences.push(`${where}: field missing in ours`);
          continue;
        }
        if (field.id !== other.id) differences.push(`${where}: id upstream=${field.id} ours=${other.id}`);
        if (fieldType(field) !== fieldType(other)) {
          differences.push(`${where}: type upstream=${fieldType(field)} ours=${fieldType(other)}`);
        }
        if (label(field) !== label(other)) {
          differences.push(`${where}: label upstream=${label(field)} ours=${label(other)}`);
        }
        const [d1, d2] = [field.options?.default, other.options?.default];
        if (d1 !== d2) differences.push(`${where}: default upstream=${show(d1)} ours=${show(d2)}`);
        const [p1, p2] = [field.options?.packed, other.options?.packed];
        if (p1 !== p2) differences.push(`${where}: packed option upstream=${show(p1)} ours=${show(p2)}`);
        if (field.packed !== other.packed) {
          differences.push(`${where}: packed encoding upstream=${field.packed} ours=${other.packed}`);
        }
      }
    } else {
      if (!(mine instanceof protobuf.Enum)) {
        differences.push(`${defName}: enum missing in ours`);
        continue;
      }
      for (const [valueName, value] of Object.entries(def.values)) {
        if (!(valueName in mine.values)) {
          differences.push(`${defName}: value ${valueName}=${value} missing in ours`);
        } else if (mine.values[valueName] !== value) {
          differences.push(`${defName}: value ${valueName} upstream=${value} ours=${mine.values[valueName]}`);
        }
      }
      for (const [valueName, value] of Object.entries(mine.values)) {
        if (!(valueName in def.values)) differences.push(`${defName}: extra value ${valueName}=${value} in ours`);
      }
    }
  }
  return differences;
}

/** A deep, independent copy of a root (for mutation tests). */
function cloneRoot(root: protobuf.Root): protobuf.Root {
  const copy = protobuf.Root.fromJSON(root.toJSON({ keepComments: false }));
  copy.resolveAll();
  return copy;
}

/** Replace a field of a message in a (cloned) root with a modified copy. */
function replaceField(
  root: protobuf.Root,
  typeName: string,
  fieldName: string,
  change: { id?: number; type?: string; rule?: string; options?: Record<string, unknown> },
): void {
  const type = root.lookupType(typeName);
  const old = type.fields[fieldName];
  type.remove(old);
  const rule = change.rule ?? old.rule;
  type.add(
    new protobuf.Field(
      fieldName,
      change.id ?? old.id,
      change.type ?? old.type,
      rule === 'optional' ? undefined : rule,
      undefined,
      change.options ?? old.options,
    ),
  );
  root.resolveAll();
}

// Parsed once; the tests below never mutate these two.
const upstreamRoot = loadSchema(UPSTREAM_PROTO_DIR);
const ourRoot = loadSchema(OUR_PROTO_DIR);

// ---------------------------------------------------------------------------
// tests

test('our schema reproduces every upstream message, field and enum', (t) => {
  const differences = compareSchemas(upstreamRoot, ourRoot);
  const unexpected = differences.filter((d) => !KNOWN_DIVERGENCES.includes(d));
  t.deepEqual(unexpected, [], 'differences from the bundled riak_pb');
  // The allow-list must stay exact: each known divergence is still observed.
  t.deepEqual(
    differences.filter((d) => KNOWN_DIVERGENCES.includes(d)),
    [...KNOWN_DIVERGENCES],
  );
});

test('our schema is a strict superset, about 680 definitions', (t) => {
  const upstreamCount = countDefinitions(upstreamRoot);
  const ourCount = countDefinitions(ourRoot);
  t.log(`definitions (messages + fields + enums + enum values): ours ${ourCount}, bundled upstream ${upstreamCount}`);
  t.true(ourCount > upstreamCount);
  t.true(ourCount >= 600, `only ${ourCount} definitions`);
  // riak_pb develop: 116 messages, 499 fields, 15 enums, 67 enum values.
  t.is(ourCount, 697);
});

test('our schema has the Riak 3.x additions, and only those', (t) => {
  for (const msg of ['RpbMembershipReq', 'RpbMembershipResp', 'RpbAaeFoldMergeRootNValReq', 'RpbFetchReq', 'RpbPushReq']) {
    t.true(lookup(ourRoot, msg) instanceof protobuf.Type, `${msg} missing`);
  }

  const upstreamMessages = new Set(
    allDefinitions(upstreamRoot)
      .filter((d) => d instanceof protobuf.Type)
      .map(name),
  );
  const newTopLevelMessages = ourRoot.nestedArray
    .filter((d): d is protobuf.Type => d instanceof protobuf.Type)
    .map(name)
    .filter((n) => !upstreamMessages.has(n))
    .sort();
  t.deepEqual(newTopLevelMessages, [...EXPECTED_NEW_MESSAGES].sort());

  const newFields: Record<string, { id: number; type: string }> = {};
  for (const def of allDefinitions(upstreamRoot)) {
    if (!(def instanceof protobuf.Type)) continue;
    const mine = ourRoot.lookupType(def.fullName);
    for (const field of mine.fieldsArray) {
      if (!def.fields[field.name]) newFields[`${name(def)}.${field.name}`] = { id: field.id, type: fieldType(field) };
    }
  }
  t.deepEqual(newFields, EXPECTED_NEW_FIELDS);
  for (const key of Object.keys(EXPECTED_NEW_FIELDS)) {
    const [msg, field] = key.split('.');
    t.is(label(ourRoot.lookupType(msg).fields[field]), 'optional', key);
  }
  // riak_pb develop has no node_confirms on deletes.
  t.false('node_confirms' in ourRoot.lookupType('RpbDelReq').fields);
});

test('the comparison detects deliberate changes', (t) => {
  const baseline = compareSchemas(upstreamRoot, ourRoot);
  const introduced = (altered: protobuf.Root): string[] => compareSchemas(upstreamRoot, altered).filter((d) => !baseline.includes(d));

  // Sanity: an unmodified clone compares like the original.
  t.deepEqual(compareSchemas(upstreamRoot, cloneRoot(ourRoot)), baseline);

  let altered = cloneRoot(ourRoot);
  replaceField(altered, 'RpbGetReq', 'key', { id: 99 });
  t.deepEqual(introduced(altered), ['RpbGetReq.key: id upstream=2 ours=99']);

  altered = cloneRoot(ourRoot);
  replaceField(altered, 'RpbCounterUpdateReq', 'amount', { type: 'int64' });
  t.deepEqual(introduced(altered), ['RpbCounterUpdateReq.amount: type upstream=sint64 ours=int64']);

  altered = cloneRoot(ourRoot);
  replaceField(altered, 'RpbPutReq', 'content', { rule: 'optional' });
  t.deepEqual(introduced(altered), ['RpbPutReq.content: label upstream=required ours=optional']);

  altered = cloneRoot(ourRoot);
  replaceField(altered, 'RpbCSBucketReq', 'start_incl', { options: { default: false } });
  t.deepEqual(introduced(altered), ['RpbCSBucketReq.start_incl: default upstream=true ours=false']);

  altered = cloneRoot(ourRoot);
  replaceField(altered, 'RpbGetBucketResp', 'props', { type: 'RpbModFun' });
  t.deepEqual(introduced(altered), ['RpbGetBucketResp.props: type upstream=RpbBucketProps ours=RpbModFun']);

  altered = cloneRoot(ourRoot);
  replaceField(altered, 'RpbGetResp', 'content', { options: { packed: true } });
  t.true(introduced(altered).includes('RpbGetResp.content: packed option upstream=none ours=true'));

  altered = cloneRoot(ourRoot);
  const replMode = altered.lookupEnum('RpbBucketProps.RpbReplMode');
  replMode.remove('TRUE');
  replMode.add('TRUE', 4);
  t.deepEqual(introduced(altered), ['RpbBucketProps.RpbReplMode: value TRUE upstream=3 ours=4']);

  altered = cloneRoot(ourRoot);
  altered.lookupEnum('DtFetchResp.DataType').add('BOGUS', 9);
  t.deepEqual(introduced(altered), ['DtFetchResp.DataType: extra value BOGUS=9 in ours']);

  altered = cloneRoot(ourRoot);
  altered.remove(altered.lookupType('RpbLink'));
  t.true(introduced(altered).includes('RpbLink: message missing in ours'));
});

test('every message code names a message of our schema, or a known body-less code', (t) => {
  // Codes with no message in proto/: body-less frames, the TTB-encoded TS
  // message, and the riak_repl messages (defined in riak_repl_pb_api).
  const withoutMessage = [
    'RpbPingReq',
    'RpbPingResp',
    'RpbGetClientIdReq',
    'RpbSetClientIdResp',
    'RpbGetServerInfoReq',
    'RpbDelResp',
    'RpbSetBucketResp',
    'RpbResetBucketResp',
    'TsTtbMsg',
    'RpbReplGetReq',
    'RpbReplGetClusterIdReq',
    'RpbReplGetClusterIdResp',
    'RpbRTEResp',
    'RpbAuthResp',
    'RpbStartTls',
  ];
  const names = Object.keys(MessageCode);
  t.is(names.length, 101, 'riak_pb_messages.csv (develop) has 101 rows');
  const codes = Object.values(MessageCode) as number[];
  t.is(new Set(codes).size, codes.length, 'codes are unique');
  t.true(codes.every((c) => Number.isInteger(c) && c >= 0 && c <= 255));
  const missing = names.filter((n) => !(lookup(ourRoot, n) instanceof protobuf.Type));
  t.deepEqual(missing.sort(), [...withoutMessage].sort());
});
