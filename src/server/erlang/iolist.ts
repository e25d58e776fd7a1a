import { Buffer } from 'node:buffer';
import { charCodes, type AnyTerm } from '../../codec/erlang/term.js';

/** Thrown by {@link iolistToBuffer} on a term that is not an iolist (Erlang's badarg). */
export class NotIolistError extends Error {}

/**
 * `iolist_to_binary(IoList)`: bytes (integers 0..255), binaries and nested
 * lists of them, flattened. A JS string is a list of character codes.
 */
export function iolistToBuffer(iolist: AnyTerm): Buffer {
  const parts: Buffer[] = [];
  const bytes: number[] = [];
  const flush = (): void => {
    if (bytes.length > 0) parts.push(Buffer.from(bytes.splice(0)));
  };
  const walk = (term: AnyTerm): void => {
    if (Buffer.isBuffer(term)) {
      flush();
      parts.push(term);
    } else if (typeof term === 'string') {
      for (const code of charCodes(term)) pushByte(code);
    } else if (Array.isArray(term)) {
      for (const item of term) {
        if (typeof item === 'number') pushByte(item);
        else walk(item);
      }
    } else {
      throw new NotIolistError('badarg');
    }
  };
  const pushByte = (code: number): void => {
    if (!Number.isInteger(code) || code < 0 || code > 255) throw new NotIolistError('badarg');
    bytes.push(code);
  };
  walk(iolist);
  flush();
  return Buffer.concat(parts);
}
