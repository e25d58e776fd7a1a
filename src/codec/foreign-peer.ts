import { Buffer } from 'node:buffer';

/**
 * Names the protocol a peer speaks from the first bytes it sent, for the
 * error a client reports when it was pointed at the wrong port. Riak PB
 * frames start with a big-endian length that is small in practice, so text
 * protocols (which start with ASCII letters) and TLS records (0x14–0x17,
 * then the 0x03 major version) never look like one.
 */
export function foreignProtocol(firstBytes: Uint8Array): string | undefined {
  const text = Buffer.from(firstBytes.buffer, firstBytes.byteOffset, firstBytes.byteLength).toString('latin1');
  if (text.startsWith('HTTP/')) return 'HTTP';
  if (text.startsWith('SSH-')) return 'SSH';
  if (firstBytes.length >= 3 && firstBytes[0] >= 0x14 && firstBytes[0] <= 0x17 && firstBytes[1] === 0x03 && firstBytes[2] <= 0x04) return 'TLS';
  return undefined;
}

/** The first bytes as text a person can read in an error message: printable ASCII kept, the rest as `\xNN`. */
export function printableBytes(bytes: Uint8Array, max = 32): string {
  let out = '';
  for (const byte of bytes.subarray(0, max)) {
    out += byte >= 0x20 && byte < 0x7f && byte !== 0x5c ? String.fromCharCode(byte) : `\\x${byte.toString(16).padStart(2, '0')}`;
  }
  return bytes.length > max ? `${out}...` : out;
}
