import test from 'ava';
import { existsSync, readFileSync } from 'node:fs';
import { renderLayerTable } from '../helpers/layer-rules.js';
import { repoPath } from '../helpers/paths.js';

// ARCHITECTURE.md is checked against the code, so it cannot drift: its layer
// table is the one the layer test enforces, and every path it names exists.

const doc = readFileSync(repoPath('ARCHITECTURE.md'), 'utf8');

test('the layer table is the one test/helpers/layer-rules.ts defines', (t) => {
  const match = /<!-- layers:begin -->\n([\s\S]*?)\n<!-- layers:end -->/.exec(doc);
  t.truthy(match, 'ARCHITECTURE.md has no <!-- layers:begin --> ... <!-- layers:end --> block');
  t.is(match?.[1], renderLayerTable(), 'paste the expected table (the second value) between the markers');
});

test('every src/, test/ and proto/ path the page names exists', (t) => {
  const paths = [...doc.matchAll(/`((?:src|test|proto)\/[^`*\s<>]*)`/g)].map((m) => m[1] ?? '');
  t.true(paths.length > 20, `only ${paths.length} paths found: the pattern no longer matches the page`);
  const missing = paths.filter((path) => !existsSync(repoPath(path)));
  t.deepEqual(missing, []);
});
