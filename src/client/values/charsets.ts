/**
 * Text in a stored charset, exactly. Node's Buffer encodes four charsets
 * losslessly (UTF-8, ISO-8859-1, US-ASCII, UTF-16LE); those are the ones a
 * text codec writes, and each refuses a string it cannot hold instead of
 * storing replacement bytes. Reads also take any other charset the WHATWG
 * TextDecoder knows (windows-1252, Shift_JIS, ...), as other clients may
 * have stored them. WHATWG maps the labels `iso-8859-1` and `ascii` to
 * windows-1252; here they keep their IANA meaning, so bytes 0x80-0x9F read
 * back as the characters that were written.
 */
import { Buffer } from 'node:buffer';

/** The charsets text codecs write, by canonical (IANA) name. */
const WRITABLE = {
  'UTF-8': 'utf8',
  'ISO-8859-1': 'latin1',
  'US-ASCII': 'ascii',
  'UTF-16LE': 'utf16le',
} as const;
/** @category Values and conflicts */
export type WritableCharset = keyof typeof WRITABLE;

const ALIASES: Readonly<Record<string, WritableCharset>> = {
  'utf-8': 'UTF-8',
  utf8: 'UTF-8',
  'iso-8859-1': 'ISO-8859-1',
  iso8859_1: 'ISO-8859-1',
  'iso8859-1': 'ISO-8859-1',
  'iso_8859-1': 'ISO-8859-1',
  latin1: 'ISO-8859-1',
  l1: 'ISO-8859-1',
  'us-ascii': 'US-ASCII',
  ascii: 'US-ASCII',
  'utf-16le': 'UTF-16LE',
  utf16le: 'UTF-16LE',
};

/**
 * The canonical name of a charset text codecs can write, or undefined.
 * @category Values and conflicts
 */
export function writableCharset(label: string): WritableCharset | undefined {
  return ALIASES[label.trim().toLowerCase()];
}

/**
 * The charsets text codecs write, for error messages.
 * @category Values and conflicts
 */
export const WRITABLE_CHARSETS = Object.keys(WRITABLE).join(', ');

// With the u flag a surrogate pair is one code point: only unpaired halves match.
const LONE_SURROGATE = /[\uD800-\uDFFF]/u;

/**
 * Why `text` cannot be stored in `charset`, or undefined when it can (exactly).
 * @category Values and conflicts
 */
export function unencodable(text: string, charset: WritableCharset): string | undefined {
  switch (charset) {
    case 'UTF-8':
      return LONE_SURROGATE.test(text) ? 'it holds a lone surrogate, which UTF-8 cannot encode' : undefined;
    case 'ISO-8859-1':
    case 'US-ASCII': {
      const max = charset === 'US-ASCII' ? 0x7f : 0xff;
      for (let i = 0; i < text.length; i++) {
        const code = text.charCodeAt(i);
        if (code > max) return `character U+${code.toString(16).toUpperCase().padStart(4, '0')} at index ${i} is not in ${charset}`;
      }
      return undefined;
    }
    case 'UTF-16LE':
      return undefined;
  }
}

/**
 * `text` in `charset`; call {@link unencodable} first: Buffer would substitute what it cannot encode.
 * @category Values and conflicts
 */
export function encodeText(text: string, charset: WritableCharset): Buffer {
  return Buffer.from(text, WRITABLE[charset]);
}

// ignoreBOM keeps a leading U+FEFF: it is part of the text that was stored.
const UTF8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

/**
 * Decodes stored text in `charset` (UTF-8 when none); throws on bytes that are not valid text in it, or an unknown charset.
 * @category Values and conflicts
 */
export function decodeText(bytes: Buffer, charset: string | undefined): string {
  const writable = charset === undefined ? 'UTF-8' : writableCharset(charset);
  switch (writable) {
    case 'UTF-8':
      return UTF8.decode(bytes);
    case 'ISO-8859-1':
      return bytes.toString('latin1');
    case 'US-ASCII': {
      const at = bytes.findIndex((byte) => byte > 0x7f);
      if (at >= 0) throw new Error(`byte 0x${bytes[at].toString(16)} at offset ${at} is not US-ASCII`);
      return bytes.toString('latin1');
    }
    case 'UTF-16LE':
      if (bytes.length % 2 !== 0) throw new Error(`${bytes.length} bytes cannot be UTF-16LE text (an odd length)`);
      return bytes.toString('utf16le');
    case undefined:
      return WINDOWS_1252.has((charset as string).trim().toLowerCase()) ? windows1252(bytes) : otherCharset(bytes, charset as string);
  }
}

// Node 20's TextDecoder('windows-1252') drops bytes 0x80-0x9F, so this
// common charset (what WHATWG calls Latin-1) is decoded here: Latin-1 except
// for those 32 bytes (WHATWG's index; its 5 unassigned bytes stay C1 controls).
const WINDOWS_1252 = new Set(['windows-1252', 'cp1252', 'x-cp1252']);
const C1_1252 = '€\u0081‚ƒ„…†‡ˆ‰Š‹Œ\u008DŽ\u008F\u0090‘’“”•–—˜™š›œ\u009DžŸ';

function windows1252(bytes: Buffer): string {
  return bytes.toString('latin1').replace(/[\x80-\x9f]/g, (c1) => C1_1252[c1.charCodeAt(0) - 0x80]);
}

function otherCharset(bytes: Buffer, charset: string): string {
  let decoder: InstanceType<typeof TextDecoder>;
  try {
    decoder = new TextDecoder(charset.trim(), { fatal: true });
  } catch {
    throw new Error(`unknown charset ${JSON.stringify(charset)}`);
  }
  return decoder.decode(bytes);
}
