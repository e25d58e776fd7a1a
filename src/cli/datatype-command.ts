import type { Buffer } from 'node:buffer';
import { UsageError } from './command.js';
import { displayBytes, type Output } from './output.js';

/** Where a datatype lives: the bucket type defaults to the conventional one for the datatype. */
export interface DatatypeTarget {
  type: string;
  bucket: string;
  key: string | undefined;
}

/** `--type` help for a datatype command whose conventional bucket type is `type`. */
export function typeHelp(type: string): string {
  return `  --type TYPE            bucket type holding the datatype (default: ${type})`;
}

export function targetOf(values: { type?: string }, positionals: string[], defaultType: string): DatatypeTarget {
  const [bucket, key] = positionals;
  return { type: values.type ?? defaultType, bucket, key };
}

/** The key, which reads (and removals, which need a read's context) cannot do without. */
export function requireKey(target: DatatypeTarget, why: string): string {
  if (target.key === undefined) throw new UsageError(`KEY is required ${why}`);
  return target.key;
}

/**
 * Prints a fetch or update result. `--json`: always `{"type", "bucket",
 * "key", "found", "value"}` (an update leaves the datatype there: found),
 * so scripts read one shape. Text: the value through `human`, or only the key
 * when Riak generated it.
 */
export async function printDatatype(
  out: Output,
  target: DatatypeTarget,
  result: { found?: boolean; key?: Buffer | undefined; value: unknown },
  human: () => Promise<void>,
): Promise<void> {
  const generated = target.key === undefined ? result.key : undefined;
  if (out.json) {
    await out.jsonValue({
      type: target.type,
      bucket: target.bucket,
      key: target.key ?? generated ?? null,
      found: result.found ?? true,
      value: result.value ?? null,
    });
  } else if (generated !== undefined) {
    await out.line(displayBytes(generated));
  } else {
    await human();
  }
}
