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
