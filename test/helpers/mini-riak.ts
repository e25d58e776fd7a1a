import { RpbGetReq } from '../../generated/riak.js';
import { encodeMessage } from '../../src/codec/message-table.js';
import { startFakePeer, type FakePeer } from './fake-peer.js';

/**
 * A tiny scripted Riak for pool tests: ping, get (echoes the key in the
 * vclock), put (empty reply), server info, and membership (when given).
 */
export function startMiniRiak(options: { members?: () => { ip: string; port: number }[]; name?: string } = {}): Promise<FakePeer> {
  return startFakePeer(({ code, payload, socket }) => {
    if (socket.destroyed) return;
    switch (code) {
      case 1:
        socket.write(encodeMessage('RpbPingResp', undefined));
        break;
      case 7:
        socket.write(encodeMessage('RpbGetServerInfoResp', { node: Buffer.from(options.name ?? 'riak@127.0.0.1'), serverVersion: Buffer.from('3.2.0') }));
        break;
      case 9:
        socket.write(encodeMessage('RpbGetResp', { vclock: RpbGetReq.decode(payload).key }));
        break;
      case 11:
        socket.write(encodeMessage('RpbPutResp', {}));
        break;
      case 206:
        if (options.members) {
          const upNodes = options.members().map((m) => ({ ip: Buffer.from(m.ip), port: m.port }));
          socket.write(encodeMessage('RpbMembershipResp', { upNodes }));
        } else {
          socket.write(encodeMessage('RpbErrorResp', { errmsg: Buffer.from('Unknown message code: 206'), errcode: 0 }));
        }
        break;
      default:
        socket.write(encodeMessage('RpbErrorResp', { errmsg: Buffer.from(`Unknown message code: ${code}`), errcode: 0 }));
    }
  });
}
