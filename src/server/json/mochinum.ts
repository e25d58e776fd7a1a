import { shortestDigits } from '../erlang/float-format.js';

/**
 * mochinum:digits/1 (basho/mochiweb develop-3.2, src/mochinum.erl): how
 * mochijson2 writes a float. The shortest digits that read back as the
 * float, placed by insert_decimal/2: plain up to five padding zeros or
 * five leading zeros, otherwise an explicit-sign exponent (1.0e+21,
 * 1.0e-7); always with a fraction (3.0).
 */
export function mochinumDigits(value: number): string {
  if (value === 0) return '0.0';
  const { digits, exponent } = shortestDigits(value);
  const text = insertDecimal(exponent + 1, digits);
  return value < 0 ? `-${text}` : text;
}

function insertDecimal(place: number, s: string): string {
  if (place === 0) return `0.${s}`;
  if (place > 0) {
    const n = place - s.length;
    if (n === 0) return `${s}.0`;
    if (n < 0) return `${s.slice(0, s.length + n)}.${s.slice(s.length + n)}`;
    if (n < 6) return `${s}${'0'.repeat(n)}.0`;
    return exponentForm(place, s);
  }
  if (place > -6) return `0.${'0'.repeat(-place)}${s}`;
  return exponentForm(place, s);
}

function exponentForm(place: number, s: string): string {
  const rest = s.length > 1 ? s.slice(1) : '0';
  return `${s[0]}.${rest}e${place < 0 ? '-' : '+'}${Math.abs(place - 1)}`;
}
