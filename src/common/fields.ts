/**
 * Whether a decoded protobuf message carries `field`. protobufjs keeps
 * defaults on the prototype, so a field was sent iff it is an own property
 * (plain objects built by hand behave the same way).
 */
export function has(message: object, field: string): boolean {
  return Object.hasOwn(message, field);
}
