import { Buffer } from 'node:buffer';

/**
 * erts atom.c atom_hash/1: hashpjw over an atom's name as the atom table
 * stores it (UTF-8), except that a two-byte sequence for U+0080..U+00FF is
 * hashed as its Latin-1 byte (the "latin1 clutch" kept since R16, so the
 * hashes of Latin-1 atoms did not change). The hash erlang:phash/2 and
 * erlang:phash2/1 mix in for an atom.
 */
export function atomHash(name: string): number {
  let h = 0;
  const step = (byte: number): void => {
    h = ((h << 4) + byte) >>> 0;
    const g = h & 0xf0000000;
    if (g !== 0) h = (h ^ (g >>> 24) ^ g) >>> 0;
  };
  for (const ch of name) {
    const code = ch.codePointAt(0) as number;
    if (code <= 0xff) step(code);
    else for (const byte of Buffer.from(ch, 'utf8')) step(byte);
  }
  return h;
}
