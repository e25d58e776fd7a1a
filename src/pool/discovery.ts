import { Buffer } from 'node:buffer';
import { loadMessageTable } from '../codec/load-message-table.js';
import type { ResponseOf } from '../codec/request-table.js';
import { nodeKey } from '../common/node-address.js';
import type { Operation } from '../connection/operation.js';
import { RiakServerError } from '../errors.js';

/**
 * What discovery needs of the pool whose node list it keeps: the pool
 * depends on discovery, discovery only on this view of it.
 */
export interface DiscoveryTarget {
  readonly closed: boolean;
  /** `host:port` of every node in the pool. */
  readonly nodes: string[];
  send<T>(op: Operation<T>): Promise<T>;
  /** Adds a node announced as `discovered`; false if it was already known. */
  addNode(spec: string, discovered: boolean): boolean;
  removeNode(node: string): boolean;
}

/**
 * Keeps the pool's node list equal to the cluster's up nodes, asked with
 * RpbMembershipReq (code 206, Riak 3.0.10+). A server that does not know the
 * message answers with an error: discovery then stops and the configured
 * nodes stay as they are.
 */
export class Discovery {
  readonly #pool: DiscoveryTarget;
  readonly #timer: NodeJS.Timeout;
  #stopped = false;
  /** Resolves after the first refresh (tests and start-up use it). */
  readonly ready: Promise<void>;

  constructor(pool: DiscoveryTarget, intervalMs: number) {
    this.#pool = pool;
    this.#timer = setInterval(() => void this.refresh(), intervalMs);
    this.#timer.unref();
    this.ready = new Promise((resolve) => setImmediate(() => void this.refresh().finally(resolve)));
  }

  /** One membership round trip; errors other than "unsupported" are retried next interval. */
  async refresh(): Promise<void> {
    if (this.#stopped || this.#pool.closed) return;
    let response: ResponseOf<'RpbMembershipReq'>;
    try {
      const { encodeRequest } = await loadMessageTable();
      response = await this.#pool.send(encodeRequest('RpbMembershipReq', {}));
    } catch (error) {
      if (error instanceof RiakServerError) this.stop();
      return;
    }
    if (this.#stopped) return;
    const members = response.upNodes.map((entry) => nodeKey({ host: Buffer.from(entry.ip).toString('utf8'), port: entry.port }));
    if (members.length === 0) return;
    for (const member of members) this.#pool.addNode(member, true);
    const current = new Set(members);
    for (const node of this.#pool.nodes) if (!current.has(node)) this.#pool.removeNode(node);
  }

  get stopped(): boolean {
    return this.#stopped;
  }

  stop(): void {
    this.#stopped = true;
    clearInterval(this.#timer);
  }
}
