/**
 * CRC-32 (ISO-HDLC, zlib's `crc32`, Erlang's `erlang:crc32/1`): the check
 * RpbFetchResp carries over `replencoded_object`. Table-driven; Node's own
 * `zlib.crc32` arrived only in 20.15.
 */
const TABLE = new Uint32Array(256);
for (let n = 0; n < 256; n++) {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  TABLE[n] = c >>> 0;
}

export function crc32(bytes: Uint8Array): number {
  let crc = 0xffffffff;
  for (let i = 0; i < bytes.length; i++) crc = TABLE[(crc ^ bytes[i]) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}
