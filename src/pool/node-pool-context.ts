import type { Connection } from '../connection/connection.js';
import type { CallOptions, Operation } from '../connection/operation.js';
import type { RiakError } from '../errors.js';
import type { NodePool } from './node-pool.js';
import type { ResolvedPoolOptions } from './pool-options.js';

/** What a node pool needs from its cluster. */
export interface NodePoolContext {
  options: ResolvedPoolOptions;
  /** Opens one ready-to-use connection (TCP, and the security handshake when configured). */
  connect(node: NodePool): Promise<Connection>;
  onConnectionOpen(node: NodePool, connection: Connection): void;
  onConnectionClose(node: NodePool, connection: Connection, error: RiakError | undefined): void;
  onNodeDown(node: NodePool, error: unknown): void;
  onNodeUp(node: NodePool): void;
  /** Pipeline capacity may have freed up. */
  onCapacity(node: NodePool): void;
  /** A request sent on one of this node's connections failed: its retry, or the error rethrown. */
  recover<T>(node: NodePool, error: unknown, op: Operation<T>, options: CallOptions, startedAt: number): Promise<T>;
}
