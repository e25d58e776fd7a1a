import { isIP } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions as TlsOptions, type TLSSocket } from 'node:tls';
import { requestOperation } from '../codec/message-table.js';
import { RiakAuthError, RiakError, RiakServerError, RiakTlsError } from '../errors.js';
import type { Connection } from './connection.js';

/** Credentials for a Riak cluster with security enabled. */
export interface AuthOptions {
  user: string;
  /** Riak `password` source. With certificate auth (`tls.cert`/`tls.key`) it may be empty. */
  password?: string;
}

export interface SecurityOptions {
  /** Options for the TLS upgrade; certificate verification is on unless `rejectUnauthorized: false`. */
  tls?: TlsOptions;
  auth?: AuthOptions;
}

const START_TLS = requestOperation('RpbStartTls', undefined);

/**
 * Secures a fresh connection the way Riak requires: RpbStartTls (255), its
 * empty ack, a TLS handshake on the same socket, then RpbAuthReq (253) and
 * RpbAuthResp (254). Nothing else is sent before it completes, and a refusal
 * never falls back to plaintext.
 */
export async function secureConnection(connection: Connection, host: string, security: SecurityOptions, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  try {
    await connection.send(START_TLS, { requestTimeout: left() });
  } catch (error) {
    if (error instanceof RiakServerError) {
      throw new RiakTlsError(`${connection.node} refused STARTTLS: ${error.errmsg}`, { cause: error });
    }
    throw error;
  }
  const plain = connection.socket;
  const tlsOptions: TlsOptions = {
    // SNI and host name checks need a name; an IP address is checked against the certificate's IP SANs.
    ...(isIP(host) === 0 ? { servername: host } : {}),
    ...security.tls,
    rejectUnauthorized: security.tls?.rejectUnauthorized ?? true,
    socket: plain,
  };
  // Detach before the handshake so TLS records never reach the frame decoder.
  connection.detachForUpgrade();
  const secure = await new Promise<TLSSocket>((resolve, reject) => {
    const socket = tlsConnect(tlsOptions);
    const timer = setTimeout(() => fail(new RiakTlsError(`TLS handshake with ${connection.node} timed out`)), left());
    const fail = (error: Error) => {
      clearTimeout(timer);
      socket.destroy();
      reject(error instanceof RiakError ? error : new RiakTlsError(`TLS handshake with ${connection.node} failed: ${error.message}`, { cause: error }));
    };
    socket.once('secureConnect', () => {
      clearTimeout(timer);
      socket.off('error', fail);
      resolve(socket);
    });
    socket.once('error', fail);
  });
  connection.upgrade(secure);
  const auth = security.auth;
  if (auth === undefined) return;
  try {
    await connection.send(
      requestOperation('RpbAuthReq', { user: Buffer.from(auth.user, 'utf8'), password: Buffer.from(auth.password ?? '', 'utf8') }),
      { requestTimeout: left() },
    );
  } catch (error) {
    if (error instanceof RiakServerError) {
      throw new RiakAuthError(`Authentication as ${JSON.stringify(auth.user)} on ${connection.node} failed: ${error.errmsg}`, { cause: error });
    }
    throw error;
  }
}
