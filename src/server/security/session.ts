import { Buffer } from 'node:buffer';
import type { Socket } from 'node:net';
import { createServer as createTlsServer, type Server as TlsServer, type TLSSocket } from 'node:tls';
import * as pb from '../../../generated/riak.js';
import { emptyFrame } from '../../codec/frame-encoder.js';
import { MessageCode } from '../../codec/message-codes.js';
import { errorFrame } from '../protocol/replies.js';
import { authenticate } from './authenticate.js';
import { checkPermissions, type GrantSet } from './grants.js';
import type { DevServerAuthStats, ResolvedSecurity } from './options.js';
import { hasLinkPhase, requiredPermissions } from './request-permissions.js';

// riak_api_pb_server's texts, verbatim (no trailing period, unlike
// "Security not enabled; STARTTLS not allowed.", which the router sends).
export const STARTTLS_FIRST = 'Security is enabled, please STARTTLS first';
export const AUTHENTICATE_FIRST = 'Security is enabled, please authenticate first';
export const AUTHENTICATION_FAILED = 'Authentication failed';
/** riak_kv_pb_mapred's `{error, {format, Msg}}`: the string formatted with ~p, quotes included. */
export const LINK_WALKING = '"Link walking is deprecated in Riak 2.0 and is not compatible with security."';

/** riak_api_pb_server's `retries = 3`: the third failure on a connection closes it. */
const AUTH_TRIES = 3;

/** The bare acks: `<<1:32, 255>>` for STARTTLS and `<<1:32, 254>>` for a successful auth. */
const STARTTLS_ACK = emptyFrame(MessageCode.RpbStartTls);
const AUTH_OK = emptyFrame(MessageCode.RpbAuthResp);

/** What a session may do to its connection; implemented by ServerConnection. */
export interface SessionHost {
  /** The socket requests currently arrive on (the plain one until STARTTLS). */
  readonly socket: Socket;
  /** Frames queued after the one being handled, or a partial frame. */
  readonly hasPendingInput: boolean;
  /** `host:port` of the client. */
  readonly peer: string;
  write(frame: Buffer): void;
  /** Sends an RpbErrorResp, then closes (send_error_and_flush + stop). */
  fail(errmsg: string): void;
  /** Closes without a reply. */
  destroy(): void;
  /** Stops handling frames until {@link release} (Riak's FSM is busy). */
  hold(): void;
  release(): void;
  /** Stops reading the socket and removes the connection's listeners, so TLS can take it over. */
  detach(): void;
  /** Reads and writes through `socket` from now on. */
  attach(socket: Socket): void;
}

/** Per-connection gate in front of the router; `handle` returns true when it consumed the frame. */
export interface ConnectionSecurity {
  handle(code: number, payload: Buffer, host: SessionHost): boolean;
  /** The connection closed: cancel timers. */
  close(): void;
}

/**
 * Server-wide security: the resolved users and certificates, the counters,
 * and a session per connection. Without options it only counts (security
 * off: STARTTLS and auth reach the router, which refuses them as Riak does).
 */
export class ServerSecurity {
  readonly stats: DevServerAuthStats = { startTls: 0, authRequests: 0, authSuccesses: 0, authFailures: 0 };

  constructor(
    readonly resolved: ResolvedSecurity | undefined,
    readonly log: ((line: string) => void) | undefined,
  ) {}

  session(): ConnectionSecurity {
    if (this.resolved === undefined) return new CountingGate(this.stats);
    return new SecureSession(this, this.resolved);
  }
}

class CountingGate implements ConnectionSecurity {
  constructor(readonly stats: DevServerAuthStats) {}

  handle(code: number): boolean {
    if (code === MessageCode.RpbStartTls) this.stats.startTls++;
    else if (code === MessageCode.RpbAuthReq) this.stats.authRequests++;
    return false;
  }

  close(): void {}
}

type State = 'wait_for_tls' | 'upgrading' | 'wait_for_auth' | 'connected';

/**
 * riak_api_pb_server's states with security on:
 *
 *   wait_for_tls ──RpbStartTls──▶ (ack, TLS handshake) ──▶ wait_for_auth ──RpbAuthReq ok──▶ connected
 *     │ any other request:          │ handshake fails,        │ other request: "please authenticate first"
 *     │ "please STARTTLS first"     │ or an untrusted client  │ failure: delay, "Authentication failed";
 *     ▼ (connection stays open)     ▼ certificate: close      ▼ the 3rd failure also closes
 */
class SecureSession implements ConnectionSecurity {
  #state: State = 'wait_for_tls';
  #triesLeft = AUTH_TRIES;
  #commonName: string | undefined;
  /** The authenticated user (stored name) and the grants checked on each request (undefined: every permission). */
  #user: string | undefined;
  #grants: GrantSet | undefined;
  #timer: NodeJS.Timeout | undefined;
  #closed = false;

  constructor(
    readonly server: ServerSecurity,
    readonly options: ResolvedSecurity,
  ) {}

  handle(code: number, payload: Buffer, host: SessionHost): boolean {
    switch (this.#state) {
      case 'connected':
        // From here on Riak dispatches as usual (a second STARTTLS gets
        // "Security not enabled; STARTTLS not allowed." and an RpbAuthReq
        // "Unknown message code: 253", both from the router), after the
        // permission check riak_api_pb_server makes between decode and process.
        return this.#authorize(code, payload, host);
      case 'wait_for_tls':
        if (code === MessageCode.RpbStartTls) this.#startTls(host);
        else host.write(errorFrame(STARTTLS_FIRST));
        return true;
      case 'wait_for_auth':
        if (code === MessageCode.RpbAuthReq) this.#authenticate(payload, host);
        else host.write(errorFrame(AUTHENTICATE_FIRST));
        return true;
      case 'upgrading':
        // Unreachable: the connection is held and detached while upgrading.
        host.destroy();
        return true;
    }
  }

  /** Answers (and consumes) a request the user may not make; lets the others through. */
  #authorize(code: number, payload: Buffer, host: SessionHost): boolean {
    // Without grants configured every permission is held: skip decoding the request twice.
    const permissions = this.#grants === undefined ? undefined : requiredPermissions(code, payload);
    const result = permissions === undefined ? undefined : checkPermissions(this.#user ?? '', this.#grants, permissions);
    if (result !== undefined && !result.ok) {
      if (result.fatal) host.fail(result.errmsg);
      else host.write(errorFrame(result.errmsg));
      return true;
    }
    if (code === MessageCode.RpbMapRedReq && hasLinkPhase(code, payload)) {
      host.write(errorFrame(LINK_WALKING));
      return true;
    }
    return false;
  }

  close(): void {
    this.#closed = true;
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #startTls(host: SessionHost): void {
    this.server.stats.startTls++;
    // Plaintext already sent behind STARTTLS would be read as if it came
    // over TLS (the STARTTLS command-injection attack); Riak keeps such bytes
    // in its buffer, the dev server refuses them.
    if (host.hasPendingInput) {
      host.destroy();
      return;
    }
    this.#state = 'upgrading';
    host.hold();
    const raw = host.socket;
    host.detach();
    // The ack must leave as plaintext before TLS owns the socket.
    raw.write(STARTTLS_ACK, (error) => {
      if (error || this.#closed) return;
      this.#handshake(raw, host);
    });
  }

  /**
   * TLS over the same socket, through a `tls.Server` the socket is handed to
   * (so Node verifies the client certificate and sets `authorized`). Riak's
   * `verify_peer` without `fail_if_no_peer_cert`: a client certificate is
   * optional, but one that does not verify ends the connection.
   */
  #handshake(raw: Socket, host: SessionHost): void {
    let tlsServer: TlsServer;
    try {
      // One (never listening) server per upgrade: its 'secureConnection' is this socket's.
      tlsServer = createTlsServer({ ...this.options.tls, requestCert: true, rejectUnauthorized: false });
    } catch (error) {
      this.server.log?.(`STARTTLS with ${host.peer} failed: ${(error as Error).message}`);
      host.destroy();
      return;
    }
    tlsServer.once('secureConnection', (socket: TLSSocket) => {
      if (this.#closed) {
        socket.destroy();
        return;
      }
      const cert = socket.getPeerCertificate();
      const presented = cert !== null && Object.keys(cert).length > 0;
      if (presented && !socket.authorized) {
        this.server.log?.(`TLS from ${host.peer} refused: client certificate not trusted (${String(socket.authorizationError)})`);
        socket.destroy();
        host.destroy();
        return;
      }
      const cn = presented ? (cert.subject as Record<string, string | string[] | undefined> | undefined)?.CN : undefined;
      this.#commonName = Array.isArray(cn) ? cn[0] : cn;
      this.#state = 'wait_for_auth';
      host.attach(socket);
      host.release();
    });
    tlsServer.once('tlsClientError', (error: Error) => {
      this.server.log?.(`STARTTLS with ${host.peer} failed: ${error.message}`);
      host.destroy();
    });
    tlsServer.emit('connection', raw);
  }

  #authenticate(payload: Buffer, host: SessionHost): void {
    this.server.stats.authRequests++;
    let request: pb.RpbAuthReq;
    try {
      request = pb.RpbAuthReq.decode(payload);
    } catch {
      // riak_pb_codec:decode crashes the FSM in wait_for_auth: no reply, closed.
      host.destroy();
      return;
    }
    // Names are compared as the bytes sent (stored names are the UTF-8 of the configured ones).
    const user = Buffer.from(request.user).toString('latin1');
    const shown = JSON.stringify(Buffer.from(request.user).toString('utf8'));
    const result = authenticate(this.options, user, Buffer.from(request.password), { commonName: this.#commonName, address: host.socket.remoteAddress });
    if (!result.ok && result.reason === 'crash') {
      // A source mask longer than the client's address: riak_core_security's binary match fails in wait_for_auth.
      this.server.log?.(`authentication of ${shown} from ${host.peer} crashed: a source's mask is longer than the client's address`);
      host.destroy();
      return;
    }
    if (result.ok) {
      this.server.stats.authSuccesses++;
      this.server.log?.(`authenticated ${shown} from ${host.peer}`);
      this.#user = result.user;
      this.#grants = this.options.grants?.get(result.user);
      this.#state = 'connected';
      host.write(AUTH_OK);
      return;
    }
    this.server.stats.authFailures++;
    this.server.log?.(`authentication of ${shown} from ${host.peer} failed: ${result.reason}`);
    // Riak sleeps in the connection's process: nothing else is handled meanwhile.
    host.hold();
    this.#timer = setTimeout(() => {
      this.#timer = undefined;
      if (this.#closed) return;
      this.#triesLeft--;
      if (this.#triesLeft <= 0) {
        host.fail(AUTHENTICATION_FAILED);
        return;
      }
      host.write(errorFrame(AUTHENTICATION_FAILED));
      host.release();
    }, this.options.authFailureDelayMs);
    this.#timer.unref();
  }
}
