import { Buffer } from 'node:buffer';
import { has } from '../../common/fields.js';
import { FatalRequestError } from './replies.js';

interface Decodable<T> {
  decode(reader: Uint8Array): T;
}

/**
 * Decodes a request payload. A payload that does not decode makes Riak's
 * codec crash inside riak_api_pb_server, which answers
 * "Error processing incoming message: ..." and closes the connection; the
 * term after the prefix is ours (gpb's would name Erlang internals).
 */
export function decodeRequest<T>(type: Decodable<T>, payload: Buffer, name: string): T {
  try {
    return type.decode(payload);
  } catch (err) {
    const reason = err instanceof Error ? err.message : String(err);
    throw new FatalRequestError(`Error processing incoming message: error:{gpb_error,{decoding_failure,{${name},${JSON.stringify(reason)}}}}:[]`);
  }
}

/** Handlers import it from here with the other request readers. */
export { has };

/** An optional bytes field, or undefined when the request did not send it. */
export function optionalBytes(message: object, field: string): Buffer | undefined {
  if (!has(message, field)) return undefined;
  const value = (message as Record<string, unknown>)[field] as Uint8Array;
  return Buffer.isBuffer(value) ? value : Buffer.from(value.buffer, value.byteOffset, value.byteLength);
}

/** An optional scalar field, or undefined when absent. */
export function optional<T>(message: object, field: string): T | undefined {
  return has(message, field) ? ((message as Record<string, unknown>)[field] as T) : undefined;
}

/** Bytes as a byte string (latin1): the server's key for names and keys. */
export function byteString(bytes: Uint8Array): string {
  return (Buffer.isBuffer(bytes) ? bytes : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength)).toString('latin1');
}
