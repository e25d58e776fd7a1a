import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, posix } from 'node:path';
import ts from 'typescript';

/** How a file names another: each form reaches the other file's layer, types included. */
export type ImportKind = 'import' | 'import type' | 'export from' | 'import()' | "import('…') type";

/** One arrow of the graph, with repository-relative paths and the line of the import. */
export interface ImportEdge {
  readonly from: string;
  readonly to: string;
  readonly line: number;
  readonly kind: ImportKind;
  readonly specifier: string;
}

/** A relative specifier that names no file: reported, never dropped. */
export interface UnresolvedImport {
  readonly from: string;
  readonly line: number;
  readonly specifier: string;
}

/** The package's own entry points, as tsconfig's `paths` maps them (examples/ import the package by name). */
const SELF_ENTRIES: Readonly<Record<string, string>> = {
  'riak-pb': 'src/index.ts',
  'riak-pb/dev-server': 'src/dev-server.ts',
  'riak-pb/protocol': 'src/protocol.ts',
};

/** Every .ts file under `dir` (repository-relative, '/'-separated), sorted. */
export function sourceFiles(root: string, dir: string): string[] {
  const files: string[] = [];
  for (const entry of readdirSync(join(root, dir), { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) files.push(...sourceFiles(root, path));
    else if (entry.isFile() && entry.name.endsWith('.ts')) files.push(path);
  }
  return files.sort();
}

/** The specifiers one file imports, with the form and line of each (`text` is the file's source). */
export function importsOf(text: string, fileName = 'file.ts'): { specifier: string; kind: ImportKind; line: number }[] {
  const source = ts.createSourceFile(fileName, text, ts.ScriptTarget.Latest, true, ts.ScriptKind.TS);
  const found: { specifier: string; kind: ImportKind; line: number }[] = [];
  const add = (literal: ts.Expression, kind: ImportKind) => {
    if (!ts.isStringLiteralLike(literal)) return; // import(variable): a package loaded at run time, not a source file
    found.push({ specifier: literal.text, kind, line: source.getLineAndCharacterOfPosition(literal.getStart(source)).line + 1 });
  };
  const visit = (node: ts.Node): void => {
    if (ts.isImportDeclaration(node)) {
      add(node.moduleSpecifier, node.importClause?.isTypeOnly ? 'import type' : 'import');
    } else if (ts.isExportDeclaration(node) && node.moduleSpecifier !== undefined) {
      add(node.moduleSpecifier, 'export from');
    } else if (ts.isImportEqualsDeclaration(node) && ts.isExternalModuleReference(node.moduleReference)) {
      add(node.moduleReference.expression, 'import');
    } else if (ts.isCallExpression(node) && node.expression.kind === ts.SyntaxKind.ImportKeyword && node.arguments.length > 0) {
      add(node.arguments[0], 'import()');
    } else if (ts.isImportTypeNode(node) && ts.isLiteralTypeNode(node.argument)) {
      add(node.argument.literal, "import('…') type");
    }
    ts.forEachChild(node, visit);
  };
  visit(source);
  return found;
}

/** The repository-relative file a specifier names, '' for a package (not part of the graph), undefined if nothing is there. */
function resolve(root: string, from: string, specifier: string): string | undefined {
  if (specifier in SELF_ENTRIES) return SELF_ENTRIES[specifier];
  if (!specifier.startsWith('.')) return '';
  const target = posix.normalize(posix.join(posix.dirname(from), specifier));
  // ESM specifiers carry .js; the source is .ts (generated/ ships .js with a .d.ts).
  const stem = target.replace(/\.js$/, '');
  for (const candidate of [`${stem}.ts`, target, `${stem}.d.ts`, `${target}/index.ts`]) {
    if (existsSync(join(root, candidate))) return candidate;
  }
  return undefined;
}

/** The import graph of the given files (repository-relative), read with the TypeScript parser. */
export function importGraph(root: string, files: readonly string[]): { edges: ImportEdge[]; unresolved: UnresolvedImport[] } {
  const edges: ImportEdge[] = [];
  const unresolved: UnresolvedImport[] = [];
  for (const from of files) {
    for (const { specifier, kind, line } of importsOf(readFileSync(join(root, from), 'utf8'), from)) {
      const to = resolve(root, from, specifier);
      if (to === undefined) unresolved.push({ from, line, specifier });
      else if (to !== '') edges.push({ from, to, line, kind, specifier });
    }
  }
  return { edges, unresolved };
}
