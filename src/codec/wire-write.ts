import { Buffer } from 'node:buffer';

/*
 * The byte writes the hand-written request encoders (flat-encoder.ts,
 * get-frame.ts, put-frame.ts) share: varints, the frame header, and text and
 * bytes copied straight into a frame.
 */

export function varintSize(value: number): number {
  return value < 0x80 ? 1 : value < 0x4000 ? 2 : value < 0x200000 ? 3 : value < 0x10000000 ? 4 : 5;
}

export function writeVarint(buffer: Buffer, offset: number, value: number): number {
  while (value >= 0x80) {
    buffer[offset++] = (value & 0x7f) | 0x80;
    value = Math.floor(value / 128);
  }
  buffer[offset++] = value;
  return offset;
}

/** The frame header: the length (big-endian, code byte included) and the code; plain stores cost less than writeUInt32BE's checks. */
export function writeHeader(frame: Buffer, start: number, length: number, code: number): void {
  frame[start] = length >>> 24;
  frame[start + 1] = (length >>> 16) & 0xff;
  frame[start + 2] = (length >>> 8) & 0xff;
  frame[start + 3] = length & 0xff;
  frame[start + 4] = code;
}

/**
 * Up to this length a JS loop copies bytes faster than `set`, a native call
 * of flat cost (Node 20: `set` ~15 ns, the loop ~1.1 ns a byte).
 */
const SHORT_BYTES = 12;
/** Buckets, keys and content types are mostly short ASCII: copying those in JS beats the native UTF-8 write. */
const SHORT_TEXT = 64;

/** Up to this length a JS scan measures text faster than Buffer.byteLength (a fast native call of ~12 ns). */
const SCAN_TEXT = 8;

export function utf8Length(text: string): number {
  if (text.length <= SCAN_TEXT) {
    let i = 0;
    while (i < text.length && text.charCodeAt(i) < 0x80) i++;
    if (i === text.length) return text.length;
  }
  return Buffer.byteLength(text, 'utf8');
}

/**
 * `Uint8Array.prototype.set`, called on a frame: `frame.set` is a generic
 * property load in optimized code (Buffer's prototype chain defeats V8's
 * inline lookup), about 4 ns a call.
 */
const setBytes = Uint8Array.prototype.set;

/** Short byte strings are copied in JS: `set` is a native call. */
export function writeBytes(frame: Buffer, offset: number, bytes: Uint8Array): number {
  const length = bytes.length;
  if (length <= SHORT_BYTES) for (let i = 0; i < length; i++) frame[offset + i] = bytes[i];
  else setBytes.call(frame, bytes, offset);
  return offset + length;
}

/** Short ASCII text (as long in bytes as in characters) is copied in JS. */
export function writeText(frame: Buffer, offset: number, text: string, byteLength: number): number {
  if (byteLength === text.length && byteLength <= SHORT_TEXT) {
    for (let i = 0; i < byteLength; i++) frame[offset + i] = text.charCodeAt(i);
    return offset + byteLength;
  }
  return offset + frame.write(text, offset, byteLength, 'utf8');
}

/** Text (written as UTF-8) or bytes: a length-delimited field's value. */
export type Bytes = string | Uint8Array;

/** The bytes a length-delimited field's value takes. */
export function byteLength(field: Bytes): number {
  return typeof field === 'string' ? utf8Length(field) : field.length;
}

/** A length-delimited field with a one-byte key; `length` is the value's {@link byteLength}. */
export function writeField(frame: Buffer, offset: number, key: number, field: Bytes, length: number): number {
  frame[offset++] = key;
  if (length < 0x80) frame[offset++] = length;
  else offset = writeVarint(frame, offset, length);
  return typeof field === 'string' ? writeText(frame, offset, field, length) : writeBytes(frame, offset, field);
}

/** A uint32 field with a one-byte key. */
export function writeUint(frame: Buffer, offset: number, key: number, value: number): number {
  frame[offset] = key;
  return writeVarint(frame, offset + 1, value);
}

/** A bool field with a one-byte key. */
export function writeBool(frame: Buffer, offset: number, key: number, value: boolean): number {
  frame[offset] = key;
  frame[offset + 1] = value ? 1 : 0;
  return offset + 2;
}

/** Texts longer than this are not kept as bytes (content types and bucket names are far shorter). */
const REPEATED_TEXT_MAX = 64;

/**
 * The UTF-8 bytes of the text one field had in the last two calls, when it
 * was the same both times: a put's content type and bucket are mostly the
 * same from call to call, and copying their bytes costs less than measuring
 * and converting the text each time (24 characters: about 15 ns against
 * 60). A text that changes every call costs a compare, nothing more.
 */
export class RepeatedText {
  #text: string | undefined = undefined;
  #bytes: Uint8Array = new Uint8Array(0);
  #previous: string | undefined = undefined;

  /** `field` as bytes when it repeats, else `field` as given. */
  of(field: Bytes): Bytes {
    // Kept this small so the encoders inline it (V8 inlines a limited amount of code into one function).
    return field === this.#text ? this.#bytes : this.#changed(field);
  }

  #changed(field: Bytes): Bytes {
    // A long text is neither kept nor remembered (a caller's huge string must not stay pinned here).
    if (typeof field !== 'string' || field.length > REPEATED_TEXT_MAX) return field;
    if (field === this.#previous) {
      this.#text = field;
      this.#bytes = Buffer.from(field, 'utf8');
      return this.#bytes;
    }
    this.#previous = field;
    return field;
  }
}
