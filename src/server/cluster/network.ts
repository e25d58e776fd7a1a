import type { NodeName } from './ring.js';

/**
 * Who can reach whom: the faults a test injects. A stopped node reaches
 * nobody and nobody reaches it; a partition splits the nodes into groups
 * that reach only their own group (each side sees the other as down, as
 * riak_core_node_watcher does after a netsplit); a slow node's vnodes get
 * their requests `ms` late (real time).
 */
export class NetworkState {
  readonly #down = new Set<NodeName>();
  /** Group number per node while partitioned; empty when healed. */
  readonly #group = new Map<NodeName, number>();
  readonly #slow = new Map<NodeName, number>();

  isStopped(node: NodeName): boolean {
    return this.#down.has(node);
  }

  stop(node: NodeName): void {
    this.#down.add(node);
  }

  start(node: NodeName): void {
    this.#down.delete(node);
  }

  /** Splits the nodes into `groups`; nodes named in no group form one more group together. */
  partition(groups: readonly (readonly NodeName[])[], all: readonly NodeName[]): void {
    this.#group.clear();
    groups.forEach((group, i) => {
      for (const node of group) this.#group.set(node, i);
    });
    for (const node of all) if (!this.#group.has(node)) this.#group.set(node, groups.length);
  }

  heal(): void {
    this.#group.clear();
  }

  get partitioned(): boolean {
    return this.#group.size > 0;
  }

  /** The groups of the current partition (empty when healed). */
  groups(): NodeName[][] {
    const byGroup = new Map<number, NodeName[]>();
    for (const [node, group] of this.#group) byGroup.set(group, [...(byGroup.get(group) ?? []), node]);
    return [...byGroup.keys()].sort((a, b) => a - b).map((g) => byGroup.get(g) as NodeName[]);
  }

  slow(node: NodeName, ms: number): void {
    if (ms === 0) this.#slow.delete(node);
    else this.#slow.set(node, ms);
  }

  /** How late `node`'s vnodes get their requests (0: at once). */
  delayOf(node: NodeName): number {
    return this.#slow.get(node) ?? 0;
  }

  /** Whether a message from `from` gets to `to` (a node always reaches itself while running). */
  reachable(from: NodeName, to: NodeName): boolean {
    if (this.#down.has(from) || this.#down.has(to)) return false;
    if (this.#group.size === 0) return true;
    return this.#group.get(from) === this.#group.get(to);
  }
}
