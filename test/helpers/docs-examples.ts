import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join, relative } from 'node:path';
import { pathToFileURL } from 'node:url';
import ts from 'typescript';
import { compiledRun, root } from './paths.js';

/*
 * Docs examples are tests. Every ```ts / ```typescript / ```js /
 * ```javascript block of the markdown files below is written to a temporary
 * module, type-checked with the TypeScript compiler under strict settings
 * (exactOptionalPropertyTypes and noUncheckedIndexedAccess included, as the
 * strictest user project; JavaScript blocks with checkJs), then imported
 * (tsx compiles it) against a dev server.
 *
 * The convention, stated at the top of each page: a block imports what it
 * uses from 'riak-pb' (or 'riak-pb/<entry>') as an application does; those
 * imports are pointed at the sources (src/index.ts, src/<entry>.ts). It may
 * use `client`, a RiakClient connected to a fresh dev server, and `server`,
 * that server, without declaring them. Blocks are independent: each gets its
 * own server, so one block's keys never leak into another. A block that
 * declares its own `client` or `server` (the README's quick example starts
 * its own dev server) keeps it: only the names it does not declare are provided.
 *
 * A block that cannot run here (it needs a real cluster, certificates, a
 * shell) says so in its fence's info string: ```ts no-run is type-checked
 * but not run. Anything that is not code at all belongs in ```sh or ```text.
 */

/** The markdown files whose ```ts blocks are compiled and run, relative to the repository root. */
export const DOC_FILES: readonly string[] = [
  'README.md',
  'docs/client.md',
  'docs/values-and-conflicts.md',
  'docs/streams.md',
  'docs/errors-and-retries.md',
  'docs/pool-and-cluster.md',
  'docs/security.md',
  'docs/cli.md',
  'docs/dev-server.md',
  'docs/testing-partitions.md',
  'docs/performance.md',
  'docs/troubleshooting.md',
  'docs/migrating.md',
  'docs/opentelemetry.md',
  'docs/how-it-works.md',
  'docs/operating.md',
];

/** The fence attribute of a block that is type-checked but not run. */
export const NO_RUN = 'no-run';

export const ROOT = root;

/** One ```ts block of a markdown file. */
export interface DocExample {
  /** The markdown file, relative to the repository root. */
  doc: string;
  /** The 1-based line of the block's first line of code in `doc`. */
  line: number;
  code: string;
  /** `js` for ```js / ```javascript blocks (checked with checkJs), else `ts`. */
  language: 'ts' | 'js';
  /** False for a ```ts no-run block: type-checked only. */
  run: boolean;
}

/** The ```ts and ```js blocks of a markdown text (fences of three or more backticks or tildes; `ts` or `typescript`). */
export function extractExamples(doc: string, markdown: string): DocExample[] {
  const examples: DocExample[] = [];
  const lines = markdown.split('\n');
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*(\S*)(.*)$/.exec(lines[i] ?? '');
    if (!open) continue;
    const fence = open[1] ?? '```';
    const language = open[2] ?? '';
    const run = !(open[3] ?? '').trim().split(/\s+/).includes(NO_RUN);
    const body: string[] = [];
    let j = i + 1;
    for (; j < lines.length && !(lines[j] ?? '').trimStart().startsWith(fence); j++) body.push(lines[j] ?? '');
    const code = body.join('\n');
    if (language === 'ts' || language === 'typescript') examples.push({ doc, line: i + 2, code, language: 'ts', run });
    else if (language === 'js' || language === 'javascript') examples.push({ doc, line: i + 2, code, language: 'js', run });
    i = j;
  }
  return examples;
}

/** Every example of {@link DOC_FILES}. */
export function docExamples(): DocExample[] {
  return DOC_FILES.flatMap((doc) => extractExamples(doc, readFileSync(join(ROOT, doc), 'utf8')));
}

/** The names a block declares at its top level (imports, variables, functions, classes). */
function topLevelNames(code: string): Set<string> {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, false);
  const names = new Set<string>();
  for (const statement of file.statements) {
    if (ts.isVariableStatement(statement)) {
      for (const declaration of statement.declarationList.declarations) if (ts.isIdentifier(declaration.name)) names.add(declaration.name.text);
    } else if ((ts.isFunctionDeclaration(statement) || ts.isClassDeclaration(statement)) && statement.name) {
      names.add(statement.name.text);
    } else if (ts.isImportDeclaration(statement) && statement.importClause) {
      const clause = statement.importClause;
      if (clause.name) names.add(clause.name.text);
      if (clause.namedBindings && ts.isNamedImports(clause.namedBindings)) for (const element of clause.namedBindings.elements) names.add(element.name.text);
      if (clause.namedBindings && ts.isNamespaceImport(clause.namedBindings)) names.add(clause.namedBindings.name.text);
    }
  }
  return names;
}

/**
 * What the hidden first line declares: the provided `client` and `server`, unless the block declares its own.
 * Kept on one line: diagnostics subtract it. A JavaScript block reads them from globalThis with JSDoc types.
 */
function prelude(dir: string, example: DocExample): string {
  const to = (path: string) => JSON.stringify(relative(dir, join(ROOT, path)).split('\\').join('/'));
  const own = topLevelNames(example.code);
  const provided = (['client', 'server'] as const).filter((name) => !own.has(name));
  const types = { client: `import(${to('src/client/riak-client.js')}).RiakClient`, server: `import(${to('src/server/index.js')}).DevServer` };
  if (example.language === 'js') {
    return `${provided.map((name) => `/** @type {${types[name]}} */ const ${name} = /** @type {any} */ (globalThis).${name};`).join(' ')} export {};`;
  }
  return `${provided.map((name) => `declare const ${name}: ${types[name]};`).join(' ')} export {};`;
}
const PRELUDE_LINES = 1;

/** `riak-pb` → src/index.js, `riak-pb/<entry>` → src/<entry>.js, relative to `dir`; other specifiers stay. */
function sourceSpecifier(specifier: string, dir: string): string | undefined {
  const match = /^riak-pb(?:\/([\w-]+))?$/.exec(specifier);
  if (!match) return undefined;
  const target = relative(dir, join(ROOT, 'src', `${match[1] ?? 'index'}.js`))
    .split('\\')
    .join('/');
  return target.startsWith('.') ? target : `./${target}`;
}

/** The code with its 'riak-pb' import (and export) specifiers pointed at the sources; lines and columns elsewhere unchanged. */
function withSourceImports(code: string, dir: string): string {
  const file = ts.createSourceFile('example.ts', code, ts.ScriptTarget.ES2022, true);
  const edits: { start: number; end: number; text: string }[] = [];
  const visit = (node: ts.Node): void => {
    const specifier =
      (ts.isImportDeclaration(node) || ts.isExportDeclaration(node)) && node.moduleSpecifier && ts.isStringLiteral(node.moduleSpecifier)
        ? node.moduleSpecifier
        : ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments[0] && ts.isStringLiteral(node.arguments[0])
          ? node.arguments[0]
          : undefined;
    const target = specifier && sourceSpecifier(specifier.text, dir);
    if (specifier && target) edits.push({ start: specifier.getStart(file), end: specifier.getEnd(), text: JSON.stringify(target) });
    ts.forEachChild(node, visit);
  };
  visit(file);
  let out = code;
  for (const edit of edits.sort((a, b) => b.start - a.start)) out = out.slice(0, edit.start) + edit.text + out.slice(edit.end);
  return out;
}

/** A written example: its temp module and where it came from. */
export interface WrittenExample extends DocExample {
  path: string;
}

/** Writes each example to its own module in a fresh temp directory inside the repository (so packages resolve). */
export function writeExamples(examples: readonly DocExample[]): { dir: string; written: WrittenExample[]; remove(): void } {
  const dir = join(ROOT, '.tmp', 'docs-examples', `${process.pid}-${Date.now()}`);
  mkdirSync(dir, { recursive: true });
  const written = examples.map((example, i) => {
    const name = `${example.doc.replace(/[^\w]+/g, '-')}-${String(i).padStart(2, '0')}-line-${example.line}.${example.language}`;
    const path = join(dir, name);
    writeFileSync(path, `${prelude(dir, example)}\n${withSourceImports(example.code, dir)}\n`);
    return { ...example, path };
  });
  const remove = (): void => {
    rmSync(dir, { recursive: true, force: true });
    rmSync(join(ROOT, '.build', relative(ROOT, dir)), { recursive: true, force: true });
  };
  return { dir, written, remove };
}

/** The compiler options examples are checked with: the strictest a user project might set. */
export const EXAMPLE_COMPILER_OPTIONS: ts.CompilerOptions = {
  strict: true,
  exactOptionalPropertyTypes: true,
  noUncheckedIndexedAccess: true,
  noImplicitOverride: true,
  noImplicitReturns: true,
  noFallthroughCasesInSwitch: true,
  target: ts.ScriptTarget.ES2022,
  lib: ['lib.es2023.d.ts'],
  module: ts.ModuleKind.NodeNext,
  moduleResolution: ts.ModuleResolutionKind.NodeNext,
  types: ['node'],
  esModuleInterop: true,
  isolatedModules: true,
  skipLibCheck: true,
  noEmit: true,
  allowJs: true,
  checkJs: true,
};

/**
 * Type-checks every written example in one program. Returns, per example
 * path, its diagnostics as `doc:line:column message` (lines of the markdown
 * file). Only the examples' own diagnostics count: the sources they import
 * are checked by the project's tsc run, under the project's settings.
 */
export function typeCheck(written: readonly WrittenExample[]): Map<string, string[]> {
  const program = ts.createProgram(
    written.map((example) => example.path),
    EXAMPLE_COMPILER_OPTIONS,
  );
  const result = new Map<string, string[]>();
  for (const example of written) {
    const file = program.getSourceFile(example.path);
    const diagnostics = file === undefined ? [] : ts.getPreEmitDiagnostics(program, file);
    result.set(
      example.path,
      diagnostics.map((diagnostic) => {
        const text = ts.flattenDiagnosticMessageText(diagnostic.messageText, '\n');
        if (diagnostic.file === undefined || diagnostic.start === undefined) return `${example.doc}:${example.line}: ${text}`;
        const { line, character } = diagnostic.file.getLineAndCharacterOfPosition(diagnostic.start);
        return `${example.doc}:${example.line + line - PRELUDE_LINES}:${character + 1}: TS${diagnostic.code}: ${text}`;
      }),
    );
  }
  return result;
}

/** An error's stack with the temp module's positions (`path:line:column`) given as the block's lines in its markdown file. */
export function inDocTerms(error: unknown, example: WrittenExample): string {
  const text = error instanceof Error ? (error.stack ?? error.message) : String(error);
  const escaped = example.path.replace(/[.*+?^$()|[\]{}\\]/g, '\\$&');
  const at = new RegExp(`(?:file://)?${escaped}:(\\d+)(?::(\\d+))?`, 'g');
  return text.replace(
    at,
    (_match, line: string, column: string | undefined) => `${example.doc}:${example.line + Number(line) - 1 - PRELUDE_LINES}${column ? `:${column}` : ''}`,
  );
}

/** The globals a block may use without declaring them. */
export interface ExampleGlobals {
  client: unknown;
  server: unknown;
}

/**
 * The module to import for a written example. Under tsx, the example itself.
 * In a compiled run, its transpiled copy at the same path under .build/, so
 * that its relative 'riak-pb' imports reach the compiled sources the test
 * itself runs on (one copy of each class: instanceof holds), with an inline
 * source map that names the example, so stacks still read as markdown lines.
 */
function runnable(example: WrittenExample): string {
  // A compiled run has no TypeScript loader: blocks are transpiled first.
  if (!compiledRun) return example.path;
  process.setSourceMapsEnabled(true);
  const out = join(ROOT, '.build', relative(ROOT, example.path)).replace(/\.(ts|js)$/, '.mjs');
  const { outputText } = ts.transpileModule(readFileSync(example.path, 'utf8'), {
    fileName: basename(example.path),
    compilerOptions: {
      module: ts.ModuleKind.ESNext,
      target: ts.ScriptTarget.ES2022,
      inlineSourceMap: true,
      sourceRoot: `${pathToFileURL(dirname(example.path)).href}/`,
    },
  });
  mkdirSync(dirname(out), { recursive: true });
  writeFileSync(out, outputText);
  return out;
}

/** Runs one written example: imports its module with `client` and `server` set as globals for the duration. */
export async function runExample(example: WrittenExample, globals: ExampleGlobals): Promise<void> {
  const scope = globalThis as unknown as Partial<ExampleGlobals>;
  scope.client = globals.client;
  scope.server = globals.server;
  try {
    await import(pathToFileURL(runnable(example)).href);
  } finally {
    delete scope.client;
    delete scope.server;
  }
}
