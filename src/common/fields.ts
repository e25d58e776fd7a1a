/**
 * Whether a decoded protobuf message carries `field`. protobufjs keeps
 * defaults on the prototype, so a field was sent iff it is an own property
 * (plain objects built by hand behave the same way).
 */
export function has(message: object, field: string): boolean {
  return Object.hasOwn(message, field);
}

/**
 * {@link has}, also refusing a field set to `null` or `undefined` (which a
 * message built by hand may hold), and narrowing the field to its value's
 * type: for code that reads the field right after the check.
 */
export function hasValue<T extends object, K extends keyof T>(message: T, field: K): message is T & { [P in K]-?: NonNullable<T[P]> } {
  return Object.hasOwn(message, field) && message[field] !== null && message[field] !== undefined;
}

/** An integer from 0 to 2^32 - 1: what a protobuf uint32 field holds. */
export function isUint32(value: unknown): value is number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0 && value <= 0xffffffff;
}
