import { isIPv4, isIPv6 } from 'node:net';

/**
 * CIDRs as riak_core_security keeps them: an address tuple and a mask
 * length, anchored to the network's first address (anchor_mask/2), and
 * matched by comparing the first `bits` bits of the two addresses
 * (mask_address/2). The comparison works on each address's own bits, so a
 * /0 source matches IPv4 and IPv6 peers alike.
 */
export interface Cidr {
  /** The address's bits, most significant first. */
  readonly address: bigint;
  /** 32 or 128. */
  readonly width: 32 | 128;
  readonly bits: number;
}

/** Parses `a.b.c.d/N` or `ipv6/N` (riak-admin's parse_cidr/1), anchored; undefined when it is not one. */
export function parseCidr(text: string): Cidr | undefined {
  const slash = text.indexOf('/');
  if (slash < 0 || text.indexOf('/', slash + 1) >= 0) return undefined;
  const address = parseAddress(text.slice(0, slash));
  const maskText = text.slice(slash + 1);
  if (address === undefined || !/^\d+$/.test(maskText)) return undefined;
  const bits = Number(maskText);
  // riak_core_security:anchor_mask/2 cannot take more bits than the address has.
  if (bits > address.width) return undefined;
  return { width: address.width, bits, address: prefix(address.address, address.width, bits) << BigInt(address.width - bits) };
}

/** An address as bits; IPv4-mapped IPv6 peers (`::ffff:a.b.c.d`, from a dual-stack listener) count as IPv4. */
export function parseAddress(text: string): { address: bigint; width: 32 | 128 } | undefined {
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(text);
  if (mapped) return parseAddress(mapped[1]);
  if (isIPv4(text)) return { address: text.split('.').reduce((acc, part) => (acc << 8n) | BigInt(Number(part)), 0n), width: 32 };
  if (!isIPv6(text)) return undefined;
  return { address: ipv6Bits(text), width: 128 };
}

/**
 * mask_address(IP, Mask) == mask_address(PeerIP, Mask). Undefined when the
 * mask is longer than the peer's address, where Riak's binary match fails
 * and the connection process crashes.
 */
export function cidrMatches(cidr: Cidr, peer: { address: bigint; width: 32 | 128 }): boolean | undefined {
  if (cidr.bits > peer.width) return undefined;
  return prefix(cidr.address, cidr.width, cidr.bits) === prefix(peer.address, peer.width, cidr.bits);
}

/** Same network and mask: riak_core_security keys sources by the anchored CIDR. */
export function sameCidr(a: Cidr, b: Cidr): boolean {
  return a.address === b.address && a.width === b.width && a.bits === b.bits;
}

function prefix(address: bigint, width: number, bits: number): bigint {
  return address >> BigInt(width - bits);
}

function ipv6Bits(text: string): bigint {
  let head = text;
  let tail = '';
  const double = text.indexOf('::');
  if (double >= 0) {
    head = text.slice(0, double);
    tail = text.slice(double + 2);
  }
  const groups = (part: string): number[] => {
    if (part === '') return [];
    const out: number[] = [];
    for (const piece of part.split(':')) {
      if (piece.includes('.')) {
        const v4 = piece.split('.').map(Number);
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else {
        out.push(parseInt(piece, 16));
      }
    }
    return out;
  };
  const first = groups(head);
  const last = groups(tail);
  const all = double >= 0 ? [...first, ...new Array<number>(8 - first.length - last.length).fill(0), ...last] : first;
  return all.reduce((acc, group) => (acc << 16n) | BigInt(group), 0n);
}
