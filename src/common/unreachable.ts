/**
 * The end of an exhaustive `switch` whose cases the types prove complete
 * (`default: return unreachable(value, 'map field type')`): reached only if
 * a value of a kind the types do not know comes in.
 */
export function unreachable(value: never, what: string): never {
  throw new Error(`unknown ${what} in ${JSON.stringify(value)}`);
}
