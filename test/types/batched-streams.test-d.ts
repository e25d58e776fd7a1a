/*
 * Compile-time tests of the batched listings' public types, checked by `npm
 * run typecheck` (tsc over test/**). Never run. Each `@ts-expect-error` line
 * must fail to compile.
 */
import { text, type BatchedStream, type IndexMatch, type IndexStream, type PagedBatchedStream, type RiakClient } from '../../src/index.js';

/** Compiles only when A and B are the same type. */
type Equal<A, B> = (<V>() => V extends A ? 1 : 2) extends <V>() => V extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof?: T): void {}

export async function listings(client: RiakClient): Promise<void> {
  // The client's listings and 2i stream, by name.
  expectType<Equal<ReturnType<RiakClient['listKeys']>, BatchedStream<Buffer>>>();
  expectType<Equal<ReturnType<RiakClient['listBuckets']>, BatchedStream<Buffer>>>();
  expectType<Equal<IndexStream, PagedBatchedStream<IndexMatch>>>();
  expectType<Equal<ReturnType<RiakClient['streamIndex']>, PagedBatchedStream<IndexMatch>>>();

  // A bucket handle's listings keep `.batches()`.
  const users = client.bucket({ bucket: 'users', codec: text() });
  expectType<Equal<ReturnType<typeof users.keys>, BatchedStream<Buffer>>>();
  expectType<Equal<ReturnType<typeof users.query>, PagedBatchedStream<IndexMatch>>>();
  for await (const keys of users.keys().batches()) expectType<Equal<typeof keys, Buffer[]>>();
  for await (const matches of users.query('age_int', [18, 65]).batches()) expectType<Equal<typeof matches, IndexMatch[]>>();

  // How listings read their frames is not part of the client's API.
  // @ts-expect-error streamDecoded is private
  client.streamDecoded;
}
