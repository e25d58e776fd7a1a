import type { ImportEdge } from './import-graph.js';
import { LAYERS, type LayerName, layerOf } from './layer-rules.js';

/** An import that breaks a layer rule: the importing file, the imported file and the rule. */
export interface LayerViolation {
  readonly edge: ImportEdge;
  readonly fromLayer: LayerName;
  readonly toLayer: LayerName | undefined;
  readonly rule: string;
}

/** `from -> to`: how a violation is named in failures and in the allow-list. */
export function violationKey(v: { edge: { from: string; to: string } }): string {
  return `${v.edge.from} -> ${v.edge.to}`;
}

/** A violation as one line a failing test prints. */
export function describeViolation(v: LayerViolation): string {
  const { from, to, line, kind } = v.edge;
  const allowed = LAYERS[v.fromLayer].mayImport.join(', ') || 'nothing';
  return `${from}:${line} (${v.fromLayer}) ${kind} ${to} (${v.toLayer ?? 'no layer'}): breaks "${v.rule}" (${v.fromLayer} may import: ${allowed})`;
}

/** Files no layer rule places (a new top-level folder or entry needs a row in layer-rules.ts). */
export function unplacedFiles(files: readonly string[]): string[] {
  return files.filter((file) => layerOf(file) === undefined);
}

/** Every import that goes to a layer its file's layer may not import. */
export function layerViolations(edges: readonly ImportEdge[]): LayerViolation[] {
  const violations: LayerViolation[] = [];
  for (const edge of edges) {
    const fromLayer = layerOf(edge.from);
    if (fromLayer === undefined) continue; // reported by unplacedFiles
    const toLayer = layerOf(edge.to);
    const rule = LAYERS[fromLayer];
    if (toLayer === fromLayer || (toLayer !== undefined && rule.mayImport.includes(toLayer))) continue;
    violations.push({ edge, fromLayer, toLayer, rule: rule.rule });
  }
  return violations;
}

/** The strongly connected groups (more than one node) of a directed graph, each sorted, in a stable order (Tarjan). */
export function cycles<N extends string>(arrows: ReadonlyMap<N, ReadonlySet<N>>): N[][] {
  const seen = new Map<N, { index: number; low: number }>();
  const stack: N[] = [];
  const onStack = new Set<N>();
  const groups: N[][] = [];
  const connect = (node: N): { index: number; low: number } => {
    const mark = { index: seen.size, low: seen.size };
    seen.set(node, mark);
    stack.push(node);
    onStack.add(node);
    for (const next of arrows.get(node) ?? []) {
      const visited = seen.get(next);
      if (visited === undefined) mark.low = Math.min(mark.low, connect(next).low);
      else if (onStack.has(next)) mark.low = Math.min(mark.low, visited.index);
    }
    if (mark.low === mark.index) {
      const group = stack.splice(stack.indexOf(node));
      for (const member of group) onStack.delete(member);
      if (group.length > 1) groups.push(group.sort());
    }
    return mark;
  };
  for (const node of [...arrows.keys()].sort()) if (!seen.has(node)) connect(node);
  return groups.sort((a, b) => a[0].localeCompare(b[0]));
}

/** The arrows between different layers, each with the imports that draw it. */
export function layerArrows(edges: readonly ImportEdge[]): Map<LayerName, Map<LayerName, ImportEdge[]>> {
  const arrows = new Map<LayerName, Map<LayerName, ImportEdge[]>>();
  for (const edge of edges) {
    const from = layerOf(edge.from);
    const to = layerOf(edge.to);
    if (from === undefined || to === undefined || from === to) continue;
    const out = arrows.get(from) ?? new Map<LayerName, ImportEdge[]>();
    arrows.set(from, out);
    out.set(to, [...(out.get(to) ?? []), edge]);
  }
  return arrows;
}

/** Import cycles between layers, each as its layers and one import per arrow inside it. */
export function layerCycles(edges: readonly ImportEdge[]): { layers: LayerName[]; imports: ImportEdge[] }[] {
  const arrows = layerArrows(edges);
  const graph = new Map([...arrows].map(([from, out]) => [from, new Set(out.keys())] as const));
  return cycles(graph).map((layers) => ({
    layers,
    imports: layers.flatMap((from) => [...(arrows.get(from) ?? [])].filter(([to]) => layers.includes(to)).map(([, list]) => list[0])),
  }));
}
