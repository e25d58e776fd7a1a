/*
 * The layer rules of src/, stated once as data. The layer test checks the
 * import graph against them (test/project/layers.test.ts); ARCHITECTURE.md's
 * table of layers is checked against (or generated from) the same rows.
 */

/** One layer: where its files are, what it may import besides itself, and why. */
export interface LayerRule {
  /** Repository-relative paths: a folder ends with '/', anything else is one file. */
  readonly paths: readonly string[];
  /** The layers its files may import, besides files of the same layer. */
  readonly mayImport: readonly LayerName[];
  /** The rule in one sentence, as a failure and ARCHITECTURE.md state it. */
  readonly rule: string;
}

export type LayerName =
  | 'bottom'
  | 'generated'
  | 'aae'
  | 'codec'
  | 'connection'
  | 'pool'
  | 'datatypes'
  | 'client'
  | 'server'
  | 'cli'
  | 'entry:index'
  | 'entry:dev-server'
  | 'entry:protocol';

/** Bottom to top. */
export const LAYERS: Readonly<Record<LayerName, LayerRule>> = {
  bottom: {
    // src/common/: the one home of the shared byte helpers (issue 15).
    paths: ['src/common/', 'src/errors.ts', 'src/error-context.ts'],
    mayImport: [],
    rule: 'the shared byte helpers and the errors import nothing above them',
  },
  generated: {
    paths: ['generated/'],
    mayImport: [],
    rule: 'the generated protobuf classes (npm run generate) import no source file',
  },
  aae: {
    paths: ['src/aae/'],
    mayImport: ['bottom'],
    rule: 'aae/ (tictac trees and key segments, shared by the client and the dev server) imports only the bottom layer',
  },
  codec: {
    paths: ['src/codec/'],
    mayImport: ['bottom', 'generated'],
    rule: 'codec/ knows no connection: it imports only itself, the bottom layer and generated/',
  },
  connection: {
    paths: ['src/connection/'],
    mayImport: ['codec', 'bottom', 'generated'],
    rule: 'connection/ imports the codec and below',
  },
  pool: {
    paths: ['src/pool/'],
    mayImport: ['connection', 'codec', 'bottom', 'generated'],
    rule: 'pool/ imports connection/ and below',
  },
  datatypes: {
    paths: ['src/datatypes/'],
    mayImport: ['codec', 'bottom', 'generated'],
    rule: 'datatypes/ imports the codec and below, never client/',
  },
  client: {
    paths: ['src/client/'],
    mayImport: ['pool', 'datatypes', 'codec', 'aae', 'bottom', 'generated'],
    rule: 'client/ imports pool/, datatypes/, the codec and below, but not connection/ directly',
  },
  server: {
    paths: ['src/server/'],
    mayImport: ['codec', 'aae', 'bottom', 'generated'],
    rule: 'the dev server (server/) shares only the codec, aae/, the bottom layer and generated/ with the client',
  },
  cli: {
    paths: ['src/cli/'],
    mayImport: ['entry:index', 'entry:dev-server', 'entry:protocol'],
    rule: 'cli/ uses only the public entries (src/index.ts, src/dev-server.ts, src/protocol.ts)',
  },
  'entry:index': {
    paths: ['src/index.ts'],
    mayImport: ['client', 'datatypes', 'pool', 'connection', 'codec', 'aae', 'bottom', 'generated'],
    rule: 'riak-pb (src/index.ts) exports the client and never loads the dev server or the CLI',
  },
  'entry:dev-server': {
    paths: ['src/dev-server.ts'],
    mayImport: ['server', 'codec', 'bottom', 'generated'],
    rule: 'riak-pb/dev-server (src/dev-server.ts) exports the dev server only',
  },
  'entry:protocol': {
    paths: ['src/protocol.ts'],
    mayImport: ['codec', 'bottom', 'generated'],
    rule: 'riak-pb/protocol (src/protocol.ts) exports the wire layer only: the codec and the generated classes',
  },
};

/** The layer a repository-relative path belongs to, or undefined for a file no rule places. */
export function layerOf(path: string): LayerName | undefined {
  let best: { layer: LayerName; length: number } | undefined;
  for (const [layer, { paths }] of Object.entries(LAYERS) as [LayerName, LayerRule][]) {
    for (const p of paths) {
      const hit = p.endsWith('/') ? path.startsWith(p) : path === p;
      if (hit && (best === undefined || p.length > best.length)) best = { layer, length: p.length };
    }
  }
  return best?.layer;
}

/** ARCHITECTURE.md's layer table, rendered from LAYERS (bottom to top): the doc holds exactly this between its markers. */
export function renderLayerTable(): string {
  const rows = (Object.entries(LAYERS) as [LayerName, LayerRule][]).map(([name, layer]) => {
    const paths = layer.paths.map((p) => `\`${p}\``).join(', ');
    const may = layer.mayImport.length === 0 ? 'nothing' : layer.mayImport.join(', ');
    return `| ${name} | ${paths} | ${may} | ${layer.rule} |`;
  });
  return ['| layer | files | may import | rule |', '|---|---|---|---|', ...rows].join('\n');
}
