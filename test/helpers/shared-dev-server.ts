import type { TestFn } from 'ava';
import { RiakClient } from '../../src/client/riak-client.js';
import { startDevServer, type DevServer } from '../../src/server/index.js';

export interface SharedDevServer {
  readonly server: DevServer;
  readonly client: RiakClient;
}

/**
 * One dev server and client for every test of a file: started before the
 * first test, closed after the last. Read `server`/`client` inside tests.
 */
export function useSharedDevServer(test: TestFn): SharedDevServer {
  const shared = {} as { server: DevServer; client: RiakClient };
  test.before(async () => {
    shared.server = await startDevServer({ port: 0 });
    shared.client = new RiakClient({ nodes: [`${shared.server.host}:${shared.server.port}`] });
  });
  test.after.always(async () => {
    await shared.client?.close();
    await shared.server?.close();
  });
  return shared;
}
