#!/usr/bin/env node
// Compiles proto/*.proto into generated/riak.js (ESM static classes) and
// generated/riak.d.ts, with protobufjs-cli's pbjs and pbts.
//
//   node scripts/generate.mjs            write into generated/
//   node scripts/generate.mjs --out DIR  write into DIR (the freshness test uses this)
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const outFlag = process.argv.indexOf('--out');
const outDir = outFlag === -1 ? join(root, 'generated') : resolve(process.argv[outFlag + 1]);
const bin = (name) => join(root, 'node_modules', 'protobufjs-cli', 'bin', name);

// Riak's files import each other by bare name, so they are compiled together
// in a fixed order (the output must be byte-for-byte reproducible).
const protoDir = join(root, 'proto');
const protos = readdirSync(protoDir)
  .filter((f) => f.endsWith('.proto'))
  .sort()
  .map((f) => join(protoDir, f));

mkdirSync(outDir, { recursive: true });
const js = join(outDir, 'riak.js');
const dts = join(outDir, 'riak.d.ts');

execFileSync(
  process.execPath,
  [
    bin('pbjs'),
    '--target',
    'static-module',
    '--wrap',
    'esm',
    // 64-bit integers (counter values, HLL cardinality) decode as JS numbers,
    // exact up to 2^53; nothing else in Riak's schema is 64-bit.
    '--force-number',
    '--path',
    protoDir,
    '--out',
    js,
    ...protos,
  ],
  { stdio: ['ignore', 'inherit', 'inherit'], cwd: root },
);

// --force-number only changes the declared types: the decoder still returns
// Long objects when the `long` package is present (it is a protobufjs
// dependency), and prototype defaults are Longs too. Make both plain numbers.
const source = readFileSync(js, 'utf8');
const numeric = source
  .replace(/reader\.(u?int64|sint64|s?fixed64)\(\)/g, '$int64ToNumber(reader.$1())')
  .replace(/\$util\.Long \? \$util\.Long\.fromBits\([^)]*\) : (-?\d+)/g, '$1')
  .replace(
    '// Common aliases\n',
    '// Common aliases\n// 64-bit integers decode as numbers (exact up to 2^53), whatever protobufjs is configured with.\nconst $int64ToNumber = (value) => (typeof value === "number" ? value : value.toNumber());\n',
  );
if (!numeric.includes('const $int64ToNumber')) throw new Error('generated/riak.js layout changed: cannot insert the int64 helper');
writeFileSync(js, numeric);

execFileSync(process.execPath, [bin('pbts'), '--out', dts, js], { stdio: ['ignore', 'inherit', 'inherit'], cwd: root });

// pbts always emits `import Long = require("long")`; with --force-number no
// declaration uses Long, and the CommonJS-style import breaks ESM consumers.
const types = readFileSync(dts, 'utf8');
const withoutLong = types.replace(/^import Long = require\("long"\);\n/m, '');
if (/\bLong\b/.test(withoutLong.replace(/\/\*\*[\s\S]*?\*\//g, ''))) {
  throw new Error('generated/riak.d.ts still references Long; keep the import');
}
writeFileSync(dts, withoutLong);
console.log(`generated ${js} and ${dts} from ${protos.length} .proto files`);
