import test from 'ava';
import type { Operation } from '../../src/connection/operation.js';
import { RiakConnectionError, RiakServerError } from '../../src/errors.js';
import { Discovery, type DiscoveryTarget } from '../../src/pool/discovery.js';

// Discovery depends on a narrow view of the pool (issue 15: no pool <-> discovery
// cycle), so it runs here against a target that is not a pool at all.

/** A target whose membership answer is `answer()`, recording what discovery does to its node list. */
function target(initial: string[], answer: () => Promise<unknown>) {
  const nodes = [...initial];
  const log: string[] = [];
  const t: DiscoveryTarget & { log: string[] } = {
    closed: false,
    get nodes() {
      return [...nodes];
    },
    log,
    send: <T>(op: Operation<T>) => {
      log.push(`send ${op.name}`);
      return answer() as Promise<T>;
    },
    addNode: (spec, discovered) => {
      log.push(`add ${spec}${discovered ? ' (discovered)' : ''}`);
      if (nodes.includes(spec)) return false;
      nodes.push(spec);
      return true;
    },
    removeNode: (node) => {
      log.push(`remove ${node}`);
      nodes.splice(nodes.indexOf(node), 1);
      return true;
    },
  };
  return t;
}

const member = (ip: string, port: number) => ({ ip: Buffer.from(ip), port });

test('the node list follows the cluster’s up nodes, announced as discovered', async (t) => {
  const pool = target(['10.0.0.1:8087', '10.0.0.9:8087'], async () => ({ upNodes: [member('10.0.0.1', 8087), member('::1', 8087)] }));
  const discovery = new Discovery(pool, 60_000);
  t.teardown(() => discovery.stop());
  await discovery.ready;
  t.deepEqual(pool.log, ['send RpbMembershipReq', 'add 10.0.0.1:8087 (discovered)', 'add [::1]:8087 (discovered)', 'remove 10.0.0.9:8087']);
  t.deepEqual(pool.nodes, ['10.0.0.1:8087', '[::1]:8087']);
  t.false(discovery.stopped);
});

test('a server that does not know RpbMembershipReq stops discovery; other failures and empty answers change nothing', async (t) => {
  const failing = target(['a:1'], async () => {
    throw new RiakConnectionError('lost', 'a:1');
  });
  const retried = new Discovery(failing, 60_000);
  t.teardown(() => retried.stop());
  await retried.ready;
  t.false(retried.stopped, 'a lost connection is retried at the next interval');
  const empty = target(['a:1'], async () => ({ upNodes: [] }));
  const kept = new Discovery(empty, 60_000);
  t.teardown(() => kept.stop());
  await kept.ready;
  t.deepEqual(empty.nodes, ['a:1']);
  const unknown = target(['a:1'], async () => {
    throw new RiakServerError('Unknown message code: 206', 0);
  });
  const stopped = new Discovery(unknown, 60_000);
  await stopped.ready;
  t.true(stopped.stopped);
  t.deepEqual(unknown.log, ['send RpbMembershipReq']);
});
