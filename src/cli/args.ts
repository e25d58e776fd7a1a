import { Buffer } from 'node:buffer';
import { readFile } from 'node:fs/promises';
import { UsageError, type CommandStdio } from './command.js';

/** A decimal integer argument; bigints beyond 2^53 (counter increments). */
export function parseInteger(flag: string, text: string, min?: number): number | bigint {
  if (!/^[-+]?\d+$/.test(text)) throw new UsageError(`${flag} expects an integer, got ${JSON.stringify(text)}`);
  const big = BigInt(text);
  if (min !== undefined && big < BigInt(min)) throw new UsageError(`${flag} expects an integer >= ${min}, got ${text}`);
  // Riak's counters are signed 64-bit: refused here, the flag named, not by the library.
  if (big !== BigInt.asIntN(64, big)) throw new UsageError(`${flag} expects an integer that fits in 64 bits, got ${text}`);
  return Number.isSafeInteger(Number(big)) ? Number(big) : big;
}

/** A positive integer argument that fits a number (counts, page sizes). */
export function parseCount(flag: string, text: string): number {
  const value = parseInteger(flag, text, 1);
  if (typeof value === 'bigint' || value > 0xffffffff) throw new UsageError(`${flag} expects an integer from 1 to 4294967295, got ${text}`);
  return value;
}

/** `NAME=VALUE` (the value may contain `=`; the name may not be empty). */
export function parseAssignment(flag: string, text: string): [name: string, value: string] {
  const eq = text.indexOf('=');
  if (eq <= 0) throw new UsageError(`${flag} expects NAME=VALUE, got ${JSON.stringify(text)}`);
  return [text.slice(0, eq), text.slice(eq + 1)];
}

/** Base64 text of an opaque value a previous command printed (vclock, continuation). */
export function parseBase64(flag: string, text: string): Buffer {
  if (!/^[A-Za-z0-9+/_-]*={0,2}$/.test(text) || text.length === 0)
    throw new UsageError(`${flag} expects the base64 text riak-pb printed, got ${JSON.stringify(text)}`);
  return Buffer.from(text, text.includes('-') || text.includes('_') ? 'base64url' : 'base64');
}

/** Reads all of stdin; refuses a terminal, where it would wait for input nobody announced. */
export async function readStdin(stdio: CommandStdio, what: string): Promise<Buffer> {
  if (stdio.stdin.isTTY === true) throw new UsageError(`no ${what}: give it as an argument, with --file, or pipe it on stdin`);
  const chunks: Buffer[] = [];
  for await (const chunk of stdio.stdin) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/** Reads a file named on the command line (`-` is stdin). */
export async function readInputFile(stdio: CommandStdio, flag: string, path: string, what: string): Promise<Buffer> {
  if (path === '-') return readStdin(stdio, what);
  try {
    return await readFile(path);
  } catch (error) {
    throw new UsageError(`cannot read ${flag} ${path}: ${(error as Error).message}`);
  }
}
