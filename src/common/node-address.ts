/** A Riak node's address. */
export interface NodeAddress {
  host: string;
  port: number;
}

/**
 * `host:port`, with an IPv6 host in brackets (`[::1]:8087`): the name of a
 * node everywhere (pool stats and events, errors, diagnostics).
 */
export function nodeKey(address: NodeAddress): string {
  return address.host.includes(':') ? `[${address.host}]:${address.port}` : `${address.host}:${address.port}`;
}
