import { contentFromPut, nowMicros } from '../../src/server/store/content-codec.js';
import type { StoredEntry } from '../../src/server/store/database.js';
import { storedObjectSize } from '../../src/server/store/object-size.js';
import { gregorianSeconds, increment } from '../../src/server/vclock.js';

/** The entry a plain put of `value` stores (the path handlers/kv.ts takes). */
export function putEntry(value: Buffer, actor: Buffer): StoredEntry {
  const micros = nowMicros();
  const content = contentFromPut({ value, contentType: Buffer.from('application/octet-stream') }, undefined, micros);
  const vclock = increment([], actor, gregorianSeconds(micros / 1000));
  return { vclock, contents: [content], datatype: undefined, size: storedObjectSize(vclock, [content]) };
}
