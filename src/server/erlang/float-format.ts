/**
 * The shortest decimal digits that read back as `value` (what Ryu and
 * Steele-White free-format printing both produce), with the scientific
 * exponent of the first digit: 1234.5 → { digits: '12345', exponent: 3 }.
 */
export function shortestDigits(value: number): { digits: string; exponent: number } {
  const [mantissa, exp] = Math.abs(value).toExponential().split('e');
  return { digits: mantissa.replace('.', ''), exponent: Number(exp) };
}

/**
 * `io_lib:format("~p", [Float])` on OTP 25 (io_lib_format:fwrite_g/1): the
 * shortest round-trip digits, written plainly unless the exponent form is
 * shorter (so 100.0 but 1.0e3, 0.001 but 1.0e-4), and integral values from
 * 2^53 up always with an exponent.
 */
export function formatErlangFloat(value: number): string {
  if (value === 0) return Object.is(value, -0) ? '-0.0' : '0.0';
  const { digits, exponent } = shortestDigits(value);
  const sign = value < 0 ? '-' : '';
  const len = digits.length;
  const place = exponent - len + 1; // the power of ten of the last digit
  const expText = String(exponent);
  const expCost = expText.length + 2;
  const withExp = (): string => (len === 1 ? `${digits}.0e${expText}` : `${digits[0]}.${digits.slice(1)}e${expText}`);
  if (place < 0) {
    if (exponent >= 0) return `${sign}${digits.slice(0, len + place)}.${digits.slice(len + place)}`;
    if (2 - place - len <= expCost) return `${sign}0.${'0'.repeat(-place - len)}${digits}`;
    return sign + withExp();
  }
  const dot = len === 1 ? 1 : 0;
  if (expCost + dot >= place + 2 && Math.abs(value) < 2 ** 53) return `${sign}${digits}${'0'.repeat(place)}.0`;
  return sign + withExp();
}

const TEN_20 = 10n ** 20n;
const TEN_21 = 10n ** 21n;

/** A finite double as an exact fraction: numerator and power-of-two denominator. */
function exactFraction(x: number): { num: bigint; den: bigint } {
  const view = new DataView(new ArrayBuffer(8));
  view.setFloat64(0, x);
  const bits = view.getBigUint64(0);
  const biased = Number((bits >> 52n) & 0x7ffn);
  const fraction = bits & ((1n << 52n) - 1n);
  const mantissa = biased === 0 ? fraction : fraction | (1n << 52n);
  const exponent = biased === 0 ? -1074 : biased - 1075;
  return exponent >= 0 ? { num: mantissa << BigInt(exponent), den: 1n } : { num: mantissa, den: 1n << BigInt(-exponent) };
}

/**
 * `float_to_list/1` (and `float_to_binary/1`): erts prints with C's
 * `"%.20e"` (sys_double_to_chars_ext), so 21 significant digits of the
 * double's exact value, rounded half to even as glibc does, and an exponent
 * of at least two digits: 2.5 → "2.50000000000000000000e+00",
 * 0.1 → "1.00000000000000005551e-01".
 */
export function floatToList(value: number): string {
  const sign = value < 0 || Object.is(value, -0) ? '-' : '';
  const x = Math.abs(value);
  if (x === 0) return `${sign}0.${'0'.repeat(20)}e+00`;
  const { num, den } = exactFraction(x);
  // value × 10^(20 - e) as a fraction, for the decimal exponent e of its first digit.
  const scaled = (e: number): { n: bigint; d: bigint } => {
    const p = 20 - e;
    return p >= 0 ? { n: num * 10n ** BigInt(p), d: den } : { n: num, d: den * 10n ** BigInt(-p) };
  };
  let e = Math.floor(Math.log10(x));
  while (scaled(e).n / scaled(e).d >= TEN_21) e++;
  while (scaled(e).n / scaled(e).d < TEN_20) e--;
  const { n, d } = scaled(e);
  let q = n / d;
  const twice = (n % d) * 2n;
  if (twice > d || (twice === d && q % 2n === 1n)) q++;
  if (q === TEN_21) {
    q = TEN_20;
    e++;
  }
  const digits = q.toString();
  const exp = `${e < 0 ? '-' : '+'}${String(Math.abs(e)).padStart(2, '0')}`;
  return `${sign}${digits[0]}.${digits.slice(1)}e${exp}`;
}
