import { Buffer } from 'node:buffer';
import { RiakProtocolError } from '../../errors.js';

/**
 * A reader for the Erlang external term format, for the few terms a
 * replicated object carries (vclocks, metadata values): integers, binaries,
 * atoms, tuples and lists. Anything else is a protocol error.
 */
export type Term = Buffer | number | bigint | Atom | Tuple | Term[];

export class Atom {
  constructor(readonly name: string) {}
}

export class Tuple {
  constructor(readonly items: Term[]) {}
}

export function binaryToTerm(bytes: Buffer): Term {
  if (bytes[0] !== 131) throw new RiakProtocolError('Not an Erlang term (no version byte 131)');
  const cursor = { at: 1 };
  const term = read(bytes, cursor);
  if (cursor.at !== bytes.length) throw new RiakProtocolError('Trailing bytes after an Erlang term');
  return term;
}

function need(bytes: Buffer, at: number, n: number): void {
  if (at + n > bytes.length) throw new RiakProtocolError('Truncated Erlang term');
}

function read(bytes: Buffer, c: { at: number }): Term {
  need(bytes, c.at, 1);
  const tag = bytes[c.at++];
  const u8 = (): number => (need(bytes, c.at, 1), bytes[c.at++]);
  const u16 = (): number => (need(bytes, c.at, 2), (c.at += 2), bytes.readUInt16BE(c.at - 2));
  const u32 = (): number => (need(bytes, c.at, 4), (c.at += 4), bytes.readUInt32BE(c.at - 4));
  const take = (n: number): Buffer => (need(bytes, c.at, n), (c.at += n), bytes.subarray(c.at - n, c.at));
  switch (tag) {
    case 97: // SMALL_INTEGER_EXT
      return u8();
    case 98: // INTEGER_EXT
      return u32() | 0;
    case 110: // SMALL_BIG_EXT
    case 111: {
      // LARGE_BIG_EXT
      const n = tag === 110 ? u8() : u32();
      const sign = u8();
      const digits = take(n);
      let value = 0n;
      for (let i = n - 1; i >= 0; i--) value = (value << 8n) | BigInt(digits[i]);
      if (sign) value = -value;
      return value >= BigInt(Number.MIN_SAFE_INTEGER) && value <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(value) : value;
    }
    case 109: // BINARY_EXT
      return take(u32());
    case 107: // STRING_EXT: a list of bytes
      return [...take(u16())];
    case 106: // NIL_EXT
      return [];
    case 108: {
      // LIST_EXT
      const n = u32();
      const items: Term[] = [];
      for (let i = 0; i < n; i++) items.push(read(bytes, c));
      const tail = read(bytes, c);
      if (!(Array.isArray(tail) && tail.length === 0)) throw new RiakProtocolError('Improper list in an Erlang term');
      return items;
    }
    case 104:
    case 105: {
      // SMALL_TUPLE_EXT, LARGE_TUPLE_EXT
      const n = tag === 104 ? u8() : u32();
      const items: Term[] = [];
      for (let i = 0; i < n; i++) items.push(read(bytes, c));
      return new Tuple(items);
    }
    case 100: // ATOM_EXT
    case 118: // ATOM_UTF8_EXT
      return new Atom(take(u16()).toString(tag === 100 ? 'latin1' : 'utf8'));
    case 115: // SMALL_ATOM_EXT
    case 119: // SMALL_ATOM_UTF8_EXT
      return new Atom(take(u8()).toString(tag === 115 ? 'latin1' : 'utf8'));
    default:
      throw new RiakProtocolError(`Unsupported Erlang term tag ${tag}`);
  }
}

/** An Erlang string (list of character codes) or binary as text; undefined for anything else. */
export function termText(term: Term): string | undefined {
  if (Buffer.isBuffer(term)) return term.toString('utf8');
  if (Array.isArray(term) && term.every((t) => typeof t === 'number')) return Buffer.from(term as number[]).toString('utf8');
  return undefined;
}
