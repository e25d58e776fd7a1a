import process from 'node:process';
import { Buffer, isUtf8 } from 'node:buffer';
import { Readable, Writable } from 'node:stream';
import type { CommandIo, CommandStdio } from './command.js';

/**
 * The reader of stdout went away (EPIPE: `riak-pb list-keys b | head`).
 * Not a failure of the command: main.ts exits 0 without a message.
 */
export class OutputClosedError extends Error {
  constructor(cause: unknown) {
    super('stdout was closed', { cause });
  }
}

const failures = new WeakMap<Writable, unknown>();

/**
 * Records a stream's write errors instead of letting them crash the process
 * (an 'error' event without a listener throws). A pipe whose reader exited
 * fails every later write with EPIPE; {@link Output} checks before writing.
 */
export function guardStream(stream: Writable): void {
  stream.on('error', (error) => {
    if (!failures.has(stream)) failures.set(stream, error);
  });
}

/** The streams of `io`, or stand-ins built from `out` / `err` for in-process callers (tests). */
export function stdioOf(io: CommandIo): CommandStdio {
  if (io.stdio) return io.stdio;
  // Each write of the stand-ins is one `out()` / `err()` call without its final newline.
  const lines = (emit: (line: string) => void) =>
    new Writable({
      write(chunk: Buffer, _encoding, callback) {
        emit(chunk.toString('utf8').replace(/\n$/, ''));
        callback();
      },
    });
  return { stdin: Readable.from([]), stdout: lines(io.out), stderr: lines(io.err), env: process.env };
}

/** Writes to a stream with backpressure: resolves once the chunk is written or buffered below the high-water mark. */
export async function writeTo(stream: Writable, chunk: string | Uint8Array): Promise<void> {
  const failed = failures.get(stream);
  if (failed !== undefined || stream.destroyed) throw new OutputClosedError(failed);
  if (stream.write(chunk)) return;
  await new Promise<void>((resolve, reject) => {
    const done = (error?: unknown) => {
      stream.off('drain', onDrain);
      stream.off('error', onError);
      stream.off('close', onClose);
      if (error === undefined) resolve();
      else reject(new OutputClosedError(error));
    };
    const onDrain = () => done();
    const onError = (error: unknown) => done(error);
    const onClose = () => done(failures.get(stream) ?? new Error('closed'));
    stream.on('drain', onDrain);
    stream.on('error', onError);
    stream.on('close', onClose);
  });
}

/** What a command prints: raw bytes, lines, tables, JSON; all with backpressure on stdout. */
export class Output {
  readonly #stdio: CommandStdio;
  /** True when `--json` was given: print machine-readable JSON only. */
  readonly json: boolean;

  constructor(stdio: CommandStdio, json: boolean) {
    this.#stdio = stdio;
    this.json = json;
  }

  /** True when stdout is a terminal. */
  get isTTY(): boolean {
    return this.#stdio.stdout.isTTY === true;
  }

  raw(chunk: string | Uint8Array): Promise<void> {
    return writeTo(this.#stdio.stdout, chunk);
  }

  line(text: string): Promise<void> {
    return this.raw(`${text}\n`);
  }

  /** Pretty-printed JSON of `value` (Buffers converted by {@link jsonSafe}). */
  jsonValue(value: unknown): Promise<void> {
    return this.line(JSON.stringify(jsonSafe(value), null, 2));
  }

  /** An aligned table; `header` is printed first when given. */
  async table(rows: readonly (readonly string[])[], header?: readonly string[]): Promise<void> {
    const lines = formatTable(rows, header);
    if (lines.length > 0) await this.raw(`${lines.join('\n')}\n`);
  }

  /** A line on stderr (notes, progress), never on stdout. */
  note(text: string): void {
    this.#stdio.stderr.write(`${text}\n`);
  }

  /**
   * Streams a JSON array one element per line, so that scans print as they
   * run and the whole output is still one JSON document; each `push` writes
   * its elements in one write (a frame of a listing at a time).
   */
  jsonArray(): { push(values: readonly unknown[]): Promise<void>; end(): Promise<void> } {
    let count = 0;
    return {
      push: (values) => {
        let text = '';
        for (const value of values) text += `${count++ === 0 ? '[\n' : ',\n'}  ${JSON.stringify(jsonSafe(value))}`;
        return this.raw(text);
      },
      end: () => this.raw(count === 0 ? '[]\n' : '\n]\n'),
    };
  }
}

/**
 * Bytes for JSON output: a string when they are valid UTF-8, else
 * `{ "base64": "..." }`, so binary values survive and text stays readable.
 */
export function jsonBytes(bytes: Uint8Array): string | { base64: string } {
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return isUtf8(buffer) ? buffer.toString('utf8') : { base64: buffer.toString('base64') };
}

/** Bytes for human output: the text when valid UTF-8, else `base64:` and the base64. */
export function displayBytes(bytes: Uint8Array): string {
  const value = jsonBytes(bytes);
  return typeof value === 'string' ? value : `base64:${value.base64}`;
}

/** One {@link displayBytes} line per item, as one string (a frame of a listing in one write). */
export function displayLines(items: readonly Uint8Array[]): string {
  let text = '';
  for (const item of items) text += `${displayBytes(item)}\n`;
  return text;
}

/** Opaque bytes (vclocks, continuations, contexts): always base64. */
export function base64(bytes: Uint8Array | undefined): string | null {
  return bytes === undefined ? null : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('base64');
}

/**
 * A JSON-ready copy: bytes through {@link jsonBytes}, dates as ISO strings,
 * bigints as numbers when exact (else decimal strings), functions dropped.
 */
export function jsonSafe(value: unknown): unknown {
  if (value instanceof Uint8Array) return jsonBytes(value);
  if (value instanceof Date) return value.toISOString();
  if (typeof value === 'bigint') return Number.isSafeInteger(Number(value)) ? Number(value) : String(value);
  if (Array.isArray(value)) return value.map(jsonSafe);
  if (value !== null && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const [key, item] of Object.entries(value)) {
      if (typeof item !== 'function' && item !== undefined) out[key] = jsonSafe(item);
    }
    return out;
  }
  return value;
}

/** Control characters shown escaped, so one cell stays on one line. */
function cell(text: string): string {
  return text.replace(/[\u0000-\u001f\u007f]/g, (c) => JSON.stringify(c).slice(1, -1));
}

/** Left-aligned columns two spaces apart; the last column is not padded. */
export function formatTable(rows: readonly (readonly string[])[], header?: readonly string[]): string[] {
  const all = (header ? [header, ...rows] : rows).map((row) => row.map(cell));
  const columns = Math.max(0, ...all.map((row) => row.length));
  const widths = Array.from({ length: columns }, (_, i) => Math.max(0, ...all.map((row) => [...(row[i] ?? '')].length)));
  return all.map((row) =>
    row
      .map((text, i) => (i === row.length - 1 ? text : text + ' '.repeat(widths[i] - [...text].length)))
      .join('  ')
      .trimEnd(),
  );
}
