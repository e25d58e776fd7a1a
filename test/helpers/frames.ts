/** Builds a raw Riak frame: `<length u32 BE><code><payload>`, length = 1 + payload. */
export function frame(code: number, payload: Uint8Array = new Uint8Array(0)): Buffer {
  const out = Buffer.alloc(5 + payload.length);
  out.writeUInt32BE(payload.length + 1, 0);
  out[4] = code;
  out.set(payload, 5);
  return out;
}

/** A frame header claiming `length` bytes (code + payload), with nothing after it. */
export function header(length: number, code = 10): Buffer {
  const out = Buffer.alloc(5);
  out.writeUInt32BE(length, 0);
  out[4] = code;
  return out;
}

/** Splits `bytes` at the given offsets. */
export function splitAt(bytes: Buffer, offsets: number[]): Buffer[] {
  const parts: Buffer[] = [];
  let start = 0;
  for (const offset of [...offsets].sort((a, b) => a - b)) {
    parts.push(bytes.subarray(start, offset));
    start = offset;
  }
  parts.push(bytes.subarray(start));
  return parts;
}

/** A protobuf varint's bytes (any non-negative safe integer), for hand-built payloads. */
export function varint(value: number): number[] {
  const out: number[] = [];
  let v = value;
  while (v >= 0x80) {
    out.push((v % 0x80) | 0x80);
    v = Math.floor(v / 0x80);
  }
  out.push(v);
  return out;
}
