/**
 * Where stored bytes live. Copies of small values go into 64 KiB slabs owned
 * by the store, so a stored value never shares (and pins) Node's 8 KiB
 * Buffer pool slab with short-lived frames, and costs only its own bytes
 * plus one view. Large values get an allocation of their own. A slab is
 * freed once no stored value points into it.
 */
const SLAB_BYTES = 64 * 1024;
const SMALL_BYTES = 2048;
const EMPTY = Buffer.alloc(0);

let slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
let offset = 0;

/** Copies bytes to keep them for as long as the key lives. */
export function storeBytes(source: Uint8Array): Buffer {
  const length = source.length;
  if (length === 0) return EMPTY;
  if (length > SMALL_BYTES) {
    const own = Buffer.allocUnsafeSlow(length);
    own.set(source);
    return own;
  }
  if (offset + length > SLAB_BYTES) {
    slab = Buffer.allocUnsafeSlow(SLAB_BYTES);
    offset = 0;
  }
  const copy = slab.subarray(offset, offset + length);
  copy.set(source);
  offset += (length + 7) & ~7;
  return copy;
}

const INTERN_MAX_BYTES = 64;
const INTERN_MAX_ENTRIES = 10000;
const interned = new Map<string, Buffer>();

/**
 * One shared copy per distinct short metadata value (content types,
 * charsets, link tags, usermeta names): a million JSON objects share one
 * `application/json`. Callers must not modify the result.
 */
export function internBytes(source: Uint8Array): Buffer {
  if (source.length > INTERN_MAX_BYTES) return storeBytes(source);
  const id = Buffer.from(source.buffer, source.byteOffset, source.byteLength).toString('latin1');
  let shared = interned.get(id);
  if (shared === undefined) {
    shared = storeBytes(source);
    if (interned.size < INTERN_MAX_ENTRIES) interned.set(id, shared);
  }
  return shared;
}
