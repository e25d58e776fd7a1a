import { Buffer } from 'node:buffer';
import { atom, ErlFloat, ErlTuple, tuple, type AnyTerm } from '../../codec/erlang/term.js';
import { bif, frame, type StackFrame } from './stack.js';

/**
 * mochijson2:decode/1 as Riak 3.2 runs it (basho/mochiweb develop-3.2,
 * src/mochijson2.erl): JSON text to Erlang terms, with mochijson2's grammar
 * and failures rather than RFC 8259's.
 *
 * What it accepts that strict JSON does not: an unknown escape (`\w`, `\'`)
 * keeps its backslash; raw control characters inside strings; a trailing
 * comma in arrays and objects (`[1,]`, `{"a":1,}`); keys that are not
 * strings (`{1:2}`, `{true:1}`); UTF-8 that encodes surrogates or overlong
 * 3- and 4-byte forms. What it refuses: NaN, Infinity, leading `+`, `.5`,
 * `1.`, whitespace other than space/tab/CR/LF, trailing data.
 *
 * Terms: strings are binaries, integers numbers (bigints beyond 2^53),
 * fractions and exponents {@link ErlFloat}, true/false/null atoms, arrays
 * lists, objects `{struct, [{Key, Value}]}`.
 *
 * Failures are Erlang's: {@link MochiThrow} for `throw(invalid_utf8)`
 * (invalid UTF-8, an unterminated string), {@link MochiDecodeError} for an
 * error, with its reason (`{case_clause, ...}`, `{badmatch, ...}`,
 * `badarg`) and the stack frames Erlang records, innermost first, each
 * pointing at the line of mochijson2.erl that failed.
 */

export class MochiThrow extends Error {
  constructor(readonly value: AnyTerm) {
    super('mochijson2 throw');
  }
}

export class MochiDecodeError extends Error {
  constructor(
    readonly reason: AnyTerm,
    readonly frames: StackFrame[],
  ) {
    super('mochijson2 error');
  }
}

type State = 'null' | 'any' | 'key' | 'comma' | 'trim';

/** The #decoder{} record: printed in error reasons as {decoder,null,Offset,Line,Column,State}. */
interface Decoder {
  offset: number;
  line: number;
  column: number;
  state: State;
}

type Token = { kind: 'start_object' | 'end_object' | 'start_array' | 'end_array' | 'comma' | 'colon' | 'eof' } | { kind: 'const'; value: AnyTerm };

interface Container {
  kind: 'object' | 'array';
  items: AnyTerm[];
  key?: AnyTerm;
  /** The frame of the non-tail call that is decoding this container (its parent's call site). */
  site: StackFrame;
}

const mj = (fun: string, arity: number | AnyTerm[], line: number): StackFrame => frame('mochijson2', fun, arity, line);

const decoderTerm = (s: Decoder): AnyTerm => tuple(atom('decoder'), atom('null'), s.offset, s.line, s.column, atom(s.state));

function tokenTerm(token: Token, s: Decoder): AnyTerm {
  const head = token.kind === 'const' ? tuple(atom('const'), token.value) : atom(token.kind);
  return tuple(head, decoderTerm(s));
}

const isWhitespace = (c: number): boolean => c === 0x20 || c === 0x09 || c === 0x0d || c === 0x0a;
const isDigit = (c: number | undefined): boolean => c !== undefined && c >= 0x30 && c <= 0x39;
const isCont = (c: number | undefined): boolean => c !== undefined && c >= 128 && c <= 191;

/** The width of a UTF-8 sequence mochijson2 accepts at `o`, or 0. */
function utf8Width(b: Buffer, o: number): number {
  const c = b[o];
  if (c >= 194 && c <= 223 && isCont(b[o + 1])) return 2;
  if (c >= 224 && c <= 239 && isCont(b[o + 1]) && isCont(b[o + 2])) return 3;
  if (c >= 240 && c <= 244 && isCont(b[o + 1]) && isCont(b[o + 2]) && isCont(b[o + 3])) return 4;
  return 0;
}

const advance = (s: Decoder, n: number): Decoder => ({ ...s, offset: s.offset + n, column: s.column + n });
const incChar = (s: Decoder, c: number): Decoder =>
  c === 0x0a ? { ...s, offset: s.offset + 1, line: s.line + 1, column: 1 } : { ...s, offset: s.offset + 1, column: s.column + 1 };

/** erlang:list_to_integer(Chars, 16): an optional sign, then hex digits. */
function hexInteger(chars: number[]): number | undefined {
  const text = String.fromCharCode(...chars);
  return /^[+-]?[0-9a-fA-F]+$/.test(text) ? parseInt(text, 16) : undefined;
}

/** unicode:characters_to_binary([C]): UTF-8, or the error tuple for a surrogate or a non-character. */
function charToBinary(c: number): AnyTerm {
  if (c < 0 || (c >= 0xd800 && c <= 0xdfff) || c > 0x10ffff) return tuple(atom('error'), Buffer.alloc(0), [c]);
  return Buffer.from(String.fromCodePoint(c), 'utf8');
}

class JsonDecoder {
  /** The arrays and objects being decoded, outermost first, each with the frame of the call decoding it. */
  readonly #open: Container[] = [];
  #s: Decoder = { offset: 0, line: 1, column: 1, state: 'null' };

  constructor(readonly b: Buffer) {}

  /** Raises an Erlang error: `inner` frames (innermost first), then the frames of the open containers. */
  fail(reason: AnyTerm, inner: StackFrame[]): never {
    throw new MochiDecodeError(reason, [...inner, ...this.#open.map((c) => c.site).reverse()]);
  }

  caseClause(value: AnyTerm, inner: StackFrame[]): never {
    return this.fail(tuple(atom('case_clause'), value), inner);
  }

  /** tokenize/2 on the current decoder; `at` are the frames of its caller, innermost first. */
  tokenize(s: Decoder, at: StackFrame[]): [Token, Decoder] {
    const { b } = this;
    for (;;) {
      const o = s.offset;
      if (o >= b.length) {
        // `trim = S#decoder.state`: only the check after the value may meet the end.
        if (s.state !== 'trim') this.fail(tuple(atom('badmatch'), atom(s.state)), [mj('tokenize', 2, 610), ...at]);
        return [{ kind: 'eof' }, s];
      }
      const c = b[o];
      if (isWhitespace(c)) {
        s = incChar(s, c);
        continue;
      }
      const punctuation = PUNCTUATION[c];
      if (punctuation !== undefined) return [{ kind: punctuation }, advance(s, 1)];
      if (c === 0x22) return this.string(advance(s, 1), at);
      for (const word of ['null', 'true', 'false']) {
        if (b.toString('latin1', o, o + word.length) === word) return [{ kind: 'const', value: atom(word) }, advance(s, word.length)];
      }
      if (isDigit(c) || c === 0x2d) return this.number(s, at);
      // No clause matches: case_clause with the whole input.
      return this.caseClause(b, [mj('tokenize', 2, 583), ...at]);
    }
  }

  /** tokenize_string/2: the fast scan up to the closing quote or the first backslash. */
  string(s: Decoder, at: StackFrame[]): [Token, Decoder] {
    const { b } = this;
    let o = s.offset;
    for (;;) {
      if (o >= b.length) throw new MochiThrow(atom('invalid_utf8'));
      const c = b[o];
      if (c === 0x22) return [{ kind: 'const', value: Buffer.from(b.subarray(s.offset, o)) }, advance(s, o - s.offset + 1)];
      if (c === 0x5c) break;
      const width = c < 128 ? 1 : utf8Width(b, o);
      if (width === 0) throw new MochiThrow(atom('invalid_utf8'));
      o += width;
    }
    return this.slowString(advance(s, o - s.offset), [...b.subarray(s.offset, o)], at);
  }

  /** tokenize_string/3: escapes, collected as an iolist (bytes, binaries, and error tuples for bad \u escapes). */
  slowString(s: Decoder, acc: AnyTerm[], at: StackFrame[]): [Token, Decoder] {
    const { b } = this;
    const here = (line: number): StackFrame => mj('tokenize_string', 3, line);
    for (;;) {
      const o = s.offset;
      if (o >= b.length) throw new MochiThrow(atom('invalid_utf8'));
      const c = b[o];
      if (c === 0x22) {
        // iolist_to_binary(lists:reverse(Acc)): an error tuple from a bad \u escape is not an iolist.
        if (acc.some((part) => part instanceof ErlTuple)) this.fail(atom('badarg'), [bif('iolist_to_binary', [acc]), here(464), ...at]);
        return [{ kind: 'const', value: Buffer.concat(acc.map((part) => (Buffer.isBuffer(part) ? part : Buffer.from([part as number])))) }, advance(s, 1)];
      }
      const next = b[o + 1];
      if (c === 0x5c && next !== undefined && ESCAPES[next] !== undefined) {
        acc.push(ESCAPES[next]);
        s = advance(s, 2);
      } else if (c === 0x5c && next === 0x75 && o + 6 <= b.length) {
        s = this.unicodeEscape(s, acc, at, here);
      } else if (c < 128) {
        // Also a backslash that starts no escape mochijson2 knows (\w, \'): it stays in the string.
        acc.push(c);
        s = incChar(s, c);
      } else {
        const width = utf8Width(b, o);
        if (width === 0) throw new MochiThrow(atom('invalid_utf8'));
        acc.push(...b.subarray(o, o + width));
        s = advance(s, width);
      }
    }
  }

  /** `\uXXXX`, and a UTF-16 surrogate pair `\uD8XX\uDCXX`. */
  unicodeEscape(s: Decoder, acc: AnyTerm[], at: StackFrame[], here: (line: number) => StackFrame): Decoder {
    const { b } = this;
    const o = s.offset;
    const digits = [...b.subarray(o + 2, o + 6)];
    const code = hexInteger(digits);
    if (code === undefined) this.fail(atom('badarg'), [bif('list_to_integer', [digits, 16]), here(482), ...at]);
    if (!(code > 0xd7ff && code < 0xdc00)) {
      acc.push(charToBinary(code));
      return advance(s, 6);
    }
    const rest = b.subarray(o + 6);
    if (!(rest.length >= 6 && rest[0] === 0x5c && rest[1] === 0x75)) this.fail(tuple(atom('badmatch'), Buffer.from(rest)), [here(485), ...at]);
    const lowDigits = [...rest.subarray(2, 6)];
    const low = hexInteger(lowDigits);
    if (low === undefined) this.fail(atom('badarg'), [bif('list_to_integer', [lowDigits, 16]), here(486), ...at]);
    acc.push(
      low >= 0xdc00 && low <= 0xdfff
        ? Buffer.from(String.fromCodePoint(0x10000 + ((code - 0xd800) << 10) + (low - 0xdc00)), 'utf8')
        : tuple(atom('error'), Buffer.alloc(0), Buffer.from([code >> 8, code & 0xff, (low >> 8) & 0xff, low & 0xff])),
    );
    return advance(s, 12);
  }

  /** tokenize_number/2 and /4: integers, and floats as list_to_float reads them ("1e5" as "1.0e5"). */
  number(s: Decoder, at: StackFrame[]): [Token, Decoder] {
    const { b } = this;
    const start = s.offset;
    let o = start;
    let text = '';
    const digits = (): void => {
      while (isDigit(b[o])) text += String.fromCharCode(b[o++]);
    };
    const stuck = (line: number): never => this.caseClause(b, [mj('tokenize_number', 4, line), mj('tokenize_number', 2, 516), ...at]);
    if (b[o] === 0x2d) {
      text += '-';
      o++;
    }
    if (b[o] === 0x30) {
      text += '0';
      o++;
    } else if (isDigit(b[o])) {
      digits();
    } else {
      stuck(531);
    }
    let float = false;
    if (b[o] === 0x2e && isDigit(b[o + 1])) {
      float = true;
      text += '.';
      o++;
      digits();
    } else if (b[o] === 0x65 || b[o] === 0x45) {
      text += '.0';
    }
    if (b[o] === 0x65 || b[o] === 0x45) {
      float = true;
      text += 'e';
      o++;
      if (b[o] === 0x2d || b[o] === 0x2b) text += String.fromCharCode(b[o++]);
      if (!isDigit(b[o])) stuck(570);
      digits();
    }
    const next = advance(s, o - start);
    if (!float) {
      const big = BigInt(text);
      return [{ kind: 'const', value: big >= BigInt(Number.MIN_SAFE_INTEGER) && big <= BigInt(Number.MAX_SAFE_INTEGER) ? Number(big) : big }, next];
    }
    const value = Number(text);
    if (!Number.isFinite(value)) this.fail(atom('badarg'), [bif('list_to_float', [text]), mj('tokenize_number', 2, 520), ...at]);
    return [{ kind: 'const', value: new ErlFloat(value) }, next];
  }

  /** decode1/2 called from `site`: a scalar is returned; `[` or `{` opens a container decoded under `site`. */
  decode1(site: StackFrame): AnyTerm | undefined {
    const at = [mj('decode1', 2, 360), site];
    const [token, s1] = this.tokenize({ ...this.#s, state: 'any' }, at);
    this.#s = s1;
    if (token.kind === 'const') return token.value;
    if (token.kind === 'start_array') return this.open('array', site);
    if (token.kind === 'start_object') return this.open('object', site);
    return this.caseClause(tokenTerm(token, s1), at);
  }

  open(kind: Container['kind'], site: StackFrame): undefined {
    this.#open.push({ kind, items: [], site });
    this.#s = { ...this.#s, state: kind === 'object' ? 'key' : 'any' };
    return undefined;
  }

  /** The innermost container is complete: its term, and the decoder back in state null. */
  close(): AnyTerm {
    const done = this.#open.pop() as Container;
    this.#s = { ...this.#s, state: 'null' };
    return done.kind === 'object' ? tuple(atom('struct'), done.items) : done.items;
  }

  /** One step of decode_object/3 on `top`: a finished value, or undefined to go on. */
  objectStep(top: Container): AnyTerm | undefined {
    const s = this.#s;
    if (s.state === 'key') {
      const at = [mj('decode_object', 3, 382)];
      const [token, s1] = this.tokenize(s, at);
      this.#s = s1;
      if (token.kind === 'end_object') return this.close();
      if (token.kind !== 'const') return this.caseClause(tokenTerm(token, s1), at);
      top.key = token.value;
      const colonAt = mj('decode_object', 3, 387);
      const [colon, s2] = this.tokenize(s1, [colonAt]);
      if (colon.kind !== 'colon') this.fail(tuple(atom('badmatch'), tokenTerm(colon, s2)), [colonAt]);
      this.#s = s2;
      return this.decode1(mj('decode_object', 3, 388));
    }
    const at = [mj('decode_object', 3, 392)];
    const [token, s1] = this.tokenize(s, at);
    this.#s = s1;
    if (token.kind === 'end_object') return this.close();
    if (token.kind !== 'comma') return this.caseClause(tokenTerm(token, s1), at);
    this.#s = { ...s1, state: 'key' };
    return undefined;
  }

  /** One step of decode_array/3. */
  arrayStep(): AnyTerm | undefined {
    const s = this.#s;
    const at = [mj('decode_array', 3, s.state === 'any' ? 404 : 417)];
    const [token, s1] = this.tokenize(s, at);
    this.#s = s1;
    if (token.kind === 'end_array') return this.close();
    if (s.state === 'any') {
      if (token.kind === 'start_array') return this.open('array', mj('decode_array', 3, 408));
      if (token.kind === 'start_object') return this.open('object', mj('decode_array', 3, 411));
      if (token.kind === 'const') return token.value;
    } else if (token.kind === 'comma') {
      this.#s = { ...s1, state: 'any' };
      return undefined;
    }
    return this.caseClause(tokenTerm(token, s1), at);
  }

  /** json_decode/2: the value, then nothing but whitespace. */
  decode(): AnyTerm {
    let value = this.decode1(mj('json_decode', 2, 355));
    while (this.#open.length > 0) {
      const top = this.#open[this.#open.length - 1];
      value = top.kind === 'object' ? this.objectStep(top) : this.arrayStep();
      // A finished value (a scalar, or the container that just closed) joins the innermost open container.
      if (value !== undefined && this.#open.length > 0) {
        const into = this.#open[this.#open.length - 1];
        into.items.push(into.kind === 'object' ? tuple(into.key as AnyTerm, value) : value);
        this.#s = { ...this.#s, state: 'comma' };
      }
    }
    const at = mj('json_decode', 2, 356);
    const [token, s1] = this.tokenize({ ...this.#s, state: 'trim' }, [at]);
    if (token.kind !== 'eof') this.fail(tuple(atom('badmatch'), tokenTerm(token, s1)), [at]);
    return value as AnyTerm;
  }
}

const PUNCTUATION: Record<number, 'start_object' | 'end_object' | 'start_array' | 'end_array' | 'comma' | 'colon'> = {
  0x7b: 'start_object',
  0x7d: 'end_object',
  0x5b: 'start_array',
  0x5d: 'end_array',
  0x2c: 'comma',
  0x3a: 'colon',
};

/** The escapes tokenize_string/3 knows, by the character after the backslash. */
const ESCAPES: Record<number, number> = { 0x22: 0x22, 0x5c: 0x5c, 0x2f: 0x2f, 0x62: 8, 0x66: 12, 0x6e: 10, 0x72: 13, 0x74: 9 };

/** mochijson2:decode(Bytes). */
export function decodeJson(bytes: Buffer): AnyTerm {
  return new JsonDecoder(bytes).decode();
}
