import { Buffer } from 'node:buffer';
import { isIP } from 'node:net';
import { connect as tlsConnect, type ConnectionOptions as TlsOptions, type TLSSocket } from 'node:tls';
import { loadMessageTable } from '../codec/load-message-table.js';
import { bodylessRequest } from '../codec/request-table.js';
import { RiakAuthError, RiakError, RiakServerError, RiakTimeoutError, RiakTlsError } from '../errors.js';
import type { Connection } from './connection.js';

/**
 * Credentials for a Riak cluster with security enabled.
 * @category Security
 */
export interface AuthOptions {
  /**
   * The Riak user. With certificate auth it must equal the client
   * certificate's CN (lowercase, as riak-admin stores names); when `auth` is
   * left out and `tls.cert` is set, the CN is used.
   */
  user: string;
  /** Riak `password` source. With certificate auth (`tls.cert`/`tls.key`) it may be empty. */
  password?: string;
}

/** @category Security */
export interface SecurityOptions {
  /** Options for the TLS upgrade; certificate verification is on unless `rejectUnauthorized: false`. */
  tls?: TlsOptions;
  auth?: AuthOptions;
}

const START_TLS = bodylessRequest('RpbStartTls');

/** riak_api_pb_server sleeps this long before answering a failed authentication. */
const RIAK_AUTH_FAILURE_DELAY_MS = 5000;

/**
 * Secures a fresh connection the way Riak requires: RpbStartTls (255), its
 * empty ack, a TLS handshake on the same socket, then RpbAuthReq (253) and
 * RpbAuthResp (254). Nothing else is sent before it completes, and a refusal
 * never falls back to plaintext.
 * @category Security
 */
export async function secureConnection(connection: Connection, host: string, security: SecurityOptions, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  const left = () => Math.max(1, deadline - Date.now());
  try {
    await connection.send(START_TLS, { requestTimeout: left() });
  } catch (error) {
    if (error instanceof RiakServerError) {
      // "Security not enabled; STARTTLS not allowed.": never fall back to plaintext.
      throw new RiakTlsError(`${connection.node} refused STARTTLS (no credentials were sent): ${error.errmsg}`, { cause: error });
    }
    throw error;
  }
  const plain = connection.socket;
  const tlsOptions: TlsOptions = {
    // The certificate is checked against `servername ?? host`: a DNS name
    // against its DNS SANs, an IP address against its IP SANs. An IP is not
    // a valid SNI name (RFC 6066), so it only goes in `host`.
    host,
    ...(isIP(host) === 0 ? { servername: host } : {}),
    ...security.tls,
    rejectUnauthorized: security.tls?.rejectUnauthorized ?? true,
    socket: plain,
  };
  // Detach before the handshake so TLS records never reach the frame decoder.
  connection.detachForUpgrade();
  const secure = await new Promise<TLSSocket>((resolve, reject) => {
    let socket: TLSSocket;
    try {
      socket = tlsConnect(tlsOptions);
    } catch (error) {
      // Unusable TLS options (a key that does not parse, ...).
      plain.destroy();
      reject(new RiakTlsError(`TLS with ${connection.node} cannot start: ${(error as Error).message}`, { cause: error }));
      return;
    }
    const timeoutMs = left();
    const timer = setTimeout(
      () => fail(new RiakTimeoutError(`TLS handshake with ${connection.node} timed out (connectTimeout covers TCP, STARTTLS and auth)`, timeoutMs)),
      timeoutMs,
    );
    const fail = (error: Error & { code?: string }) => {
      clearTimeout(timer);
      socket.destroy();
      if (error instanceof RiakError) {
        reject(error);
        return;
      }
      const code = error.code === undefined ? '' : ` (${error.code})`;
      // OpenSSL's reason may span lines: one line reads better in a log (the cause keeps it as it was).
      const reason = error.message.replace(/\s*\n\s*/g, ' ').trim();
      reject(new RiakTlsError(`TLS handshake with ${connection.node} failed: ${reason}${code}`, { cause: error }));
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
  // RpbAuthReq has a body: the generated classes are loaded (once), within the connect deadline.
  const { encodeRequest } = await loadMessageTable();
  const authTimeoutMs = left();
  try {
    // Sent for every source, certificate and trust included: Riak names the
    // user here and checks the certificate's CN against it.
    await connection.send(encodeRequest('RpbAuthReq', { user: Buffer.from(auth.user, 'utf8'), password: Buffer.from(auth.password ?? '', 'utf8') }), {
      requestTimeout: authTimeoutMs,
    });
  } catch (error) {
    if (error instanceof RiakServerError) {
      // "Authentication failed": the same text for an unknown user, a bad password and a certificate mismatch.
      throw new RiakAuthError(`Authentication as ${JSON.stringify(auth.user)} on ${connection.node} failed: ${error.errmsg}`, { cause: error });
    }
    if (error instanceof RiakTimeoutError && authTimeoutMs < RIAK_AUTH_FAILURE_DELAY_MS + 1000) {
      throw new RiakTimeoutError(
        `No reply from ${connection.node} to authentication as ${JSON.stringify(auth.user)} within ${authTimeoutMs} ms. ` +
          `Riak answers a failed authentication only after ${RIAK_AUTH_FAILURE_DELAY_MS} ms; a connectTimeout above that shows its answer`,
        authTimeoutMs,
        { cause: error },
      );
    }
    throw error;
  }
}
