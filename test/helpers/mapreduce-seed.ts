import type { RiakClient } from '../../src/client/riak-client.js';

/** The MapReduce tests' bucket `nums`: keys a, b, c holding 3, 5 and 10, each indexed by its number in `n_int`. */
export async function seedNums(client: RiakClient): Promise<void> {
  for (const [key, n] of [
    ['a', 3],
    ['b', 5],
    ['c', 10],
  ] as const) {
    await client.put({ bucket: 'nums', key, value: String(n), contentType: 'text/plain', indexes: [{ key: 'n_int', value: n }] });
  }
}
