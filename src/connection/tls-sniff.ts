import { connect as tlsConnect } from 'node:tls';

/**
 * Whether `host:port` completes (or at least answers) a TLS handshake: used
 * only to explain a peer that hung up on a Riak PB frame. Certificates are
 * not checked and nothing is sent after the handshake.
 */
export function speaksTls(host: string, port: number, timeoutMs: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = tlsConnect({ host, port, rejectUnauthorized: false, ...(isHostName(host) ? { servername: host } : {}) });
    const done = (answer: boolean) => {
      clearTimeout(timer);
      socket.removeAllListeners();
      socket.on('error', () => {});
      socket.destroy();
      resolve(answer);
    };
    const timer = setTimeout(() => done(false), timeoutMs);
    socket.once('secureConnect', () => done(true));
    // An alert from the server (it wants a client certificate, or dislikes our
    // offer) is still TLS; a reset or a hang-up without a record is not.
    socket.once('error', (error: Error & { code?: string }) => done(error.code?.startsWith('ERR_SSL_') === true && /alert/i.test(error.message)));
  });
}

function isHostName(host: string): boolean {
  return !/^[\d.]+$/.test(host) && !host.includes(':');
}
