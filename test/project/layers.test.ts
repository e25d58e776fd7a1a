import test from 'ava';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { type ImportEdge, importGraph, importsOf, sourceFiles } from '../helpers/import-graph.js';
import { cycles, describeViolation, layerCycles, layerViolations, unplacedFiles, violationKey } from '../helpers/layer-check.js';
import { LAYERS, type LayerName } from '../helpers/layer-rules.js';
import { root } from '../helpers/paths.js';

/*
 * The layer rules (test/helpers/layer-rules.ts) hold for the import graph of
 * src/, read with the TypeScript parser: every import, `import type`,
 * `export ... from`, `import()` and `import('...')` type counts, so a
 * type-only arrow the wrong way fails as well.
 */

/**
 * Imports allowed to break a rule for now, as `importing file -> imported file`,
 * each with the issue that removes it. Empty since the seams of issue 15
 * landed (it held 51: codec -> connection's Operation, datatypes -> client's
 * byte helpers, client -> connection's CallOptions, cli -> internals). It only
 * shrinks: a new violation fails, and so does an entry that no longer occurs.
 */
const KNOWN_VIOLATIONS: readonly string[] = [];

/** Layer cycles allowed for now, as their layers joined by ' <-> ' (was: client <-> datatypes, codec <-> connection). */
const KNOWN_LAYER_CYCLES: readonly string[] = [];

const files = sourceFiles(root, 'src');
const graph = importGraph(root, files);

test('every import of src/ names a file that exists', (t) => {
  t.deepEqual(
    graph.unresolved.map(({ from, line, specifier }) => `${from}:${line} '${specifier}'`),
    [],
  );
});

test('every file of src/ belongs to a layer (a new folder needs a row in test/helpers/layer-rules.ts)', (t) => {
  t.deepEqual(unplacedFiles(files), []);
});

test('imports follow the layer rules, apart from the known violations still being fixed', (t) => {
  const violations = layerViolations(graph.edges);
  const known = new Set(KNOWN_VIOLATIONS);
  const found = new Set(violations.map(violationKey));
  const added = violations.filter((v) => !known.has(violationKey(v))).map(describeViolation);
  const fixed = KNOWN_VIOLATIONS.filter((key) => !found.has(key));
  t.deepEqual(added, [], 'imports that break a layer rule');
  t.deepEqual(fixed, [], 'fixed: delete these from KNOWN_VIOLATIONS in test/project/layers.test.ts');
});

test('no import cycles between layers, apart from the known ones', (t) => {
  const found = layerCycles(graph.edges).map((cycle) => ({
    key: cycle.layers.join(' <-> '),
    imports: cycle.imports.map((edge) => `${edge.from}:${edge.line} -> ${edge.to}`),
  }));
  t.deepEqual(
    found.filter(({ key }) => !KNOWN_LAYER_CYCLES.includes(key)),
    [],
    'layers that import each other',
  );
  t.deepEqual(
    KNOWN_LAYER_CYCLES.filter((key) => !found.some((cycle) => cycle.key === key)),
    [],
    'fixed: delete these from KNOWN_LAYER_CYCLES',
  );
});

test('the rules themselves point one way: no layer may import, through others, a layer that may import it', (t) => {
  const arrows = new Map(Object.entries(LAYERS).map(([layer, rule]) => [layer as LayerName, new Set(rule.mayImport)] as const));
  t.deepEqual(cycles(arrows), []);
  for (const [layer, rule] of Object.entries(LAYERS)) t.false(rule.mayImport.includes(layer as LayerName), `${layer} lists itself`);
});

// The checker can fail: these feed it imports the wrong way.

test('self-test: every import form is read, type-only and dynamic ones included', (t) => {
  const text = [
    "import { a } from './a.js';",
    "import type { B } from './b.js';",
    "import { type C } from './c.js';",
    "export { d } from './d.js';",
    "export type * from './e.js';",
    "const f = await import('./f.js');",
    "let g: import('./g.js').G;",
    "import 'node:fs';",
    'const h = await import(someVariable);',
  ].join('\n');
  t.deepEqual(
    importsOf(text).map(({ specifier, kind, line }) => `${line} ${kind} ${specifier}`),
    [
      '1 import ./a.js',
      '2 import type ./b.js',
      '3 import ./c.js',
      '4 export from ./d.js',
      '5 export from ./e.js',
      '6 import() ./f.js',
      "7 import('…') type ./g.js",
      '8 import node:fs',
    ],
  );
});

test('self-test: a reversed import in a source tree is reported with both files and the rule', (t) => {
  const tree = mkdtempSync(join(tmpdir(), 'riak-pb-layers-'));
  t.teardown(() => rmSync(tree, { recursive: true, force: true }));
  const write = (path: string, text: string) => {
    mkdirSync(dirname(join(tree, path)), { recursive: true });
    writeFileSync(join(tree, path), text);
  };
  write('src/client/riak-client.ts', "import { encode } from '../codec/frame.js';\nexport class RiakClient {}\n");
  write('src/codec/frame.ts', "import type { RiakClient } from '../client/riak-client.js';\nexport const encode = (c: RiakClient) => c;\n");
  const synthetic = importGraph(tree, sourceFiles(tree, 'src'));
  const violations = layerViolations(synthetic.edges);
  t.deepEqual(violations.map(violationKey), ['src/codec/frame.ts -> src/client/riak-client.ts']);
  const message = describeViolation(violations[0]);
  t.true(message.startsWith('src/codec/frame.ts:1 (codec) import type src/client/riak-client.ts (client)'), message);
  t.true(message.includes(LAYERS.codec.rule), message);
  t.deepEqual(
    layerCycles(synthetic.edges).map((cycle) => cycle.layers),
    [['client', 'codec']],
  );
});

test('self-test: each rule of the brief holds in the data, so a reversed arrow between any two layers is caught', (t) => {
  const edge = (from: string, to: string): ImportEdge => ({ from, to, line: 1, kind: 'import', specifier: to });
  const broken = (from: string, to: string) => layerViolations([edge(from, to)]).length === 1;
  t.true(broken('src/errors.ts', 'src/codec/message-table.ts'), 'bottom -> codec');
  t.true(broken('src/common/bucket-type.ts', 'src/client/riak-client.ts'), 'bottom -> client');
  t.true(broken('src/codec/message-table.ts', 'src/connection/operation.ts'), 'codec -> connection');
  t.true(broken('src/connection/connection.ts', 'src/pool/pool.ts'), 'connection -> pool');
  t.true(broken('src/pool/pool.ts', 'src/client/riak-client.ts'), 'pool -> client');
  t.true(broken('src/datatypes/map.ts', 'src/client/int64.ts'), 'datatypes -> client');
  t.true(broken('src/datatypes/map.ts', 'src/connection/operation.ts'), 'datatypes -> connection');
  t.true(broken('src/client/riak-client.ts', 'src/connection/operation.ts'), 'client -> connection');
  t.true(broken('src/cli/main.ts', 'src/client/riak-client.ts'), 'cli -> client internals');
  t.true(broken('src/cli/main.ts', 'src/errors.ts'), 'cli -> errors (public through src/index.ts)');
  t.true(broken('src/server/router.ts', 'src/client/riak-client.ts'), 'server -> client');
  t.true(broken('src/server/router.ts', 'src/connection/connection.ts'), 'server -> connection');
  t.true(broken('src/index.ts', 'src/server/dev-server.ts'), 'riak-pb -> dev server');
  t.true(broken('src/protocol.ts', 'src/client/riak-client.ts'), 'riak-pb/protocol -> client');
  t.false(broken('src/client/riak-client.ts', 'src/pool/pool.ts'), 'client -> pool');
  t.false(broken('src/cli/main.ts', 'src/index.ts'), 'cli -> riak-pb');
  t.false(broken('src/server/router.ts', 'generated/riak.js'), 'server -> generated');
});
