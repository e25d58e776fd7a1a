import { RiakAuthError, RiakServerError } from '../errors.js';

/**
 * riak_api_pb_server's replies to a request sent before the connection is
 * secured (texts verbatim; the connection stays open). They mean the client
 * is not configured for a secured cluster, so they surface as
 * {@link RiakAuthError}, with the server's reply as `cause`.
 */
const NOT_SECURED: ReadonlyMap<string, string> = new Map([
  ['Security is enabled, please STARTTLS first', 'requires STARTTLS and authentication (set the `tls` and `auth` options)'],
  ['Security is enabled, please authenticate first', 'requires authentication (set the `auth` option)'],
]);

/** An RpbErrorResp as the error a caller sees: a RiakAuthError for the security-state replies, else a RiakServerError. */
export function serverErrorFor(node: string, errmsg: string, errcode: number): RiakServerError | RiakAuthError {
  const error = new RiakServerError(errmsg, errcode);
  const hint = NOT_SECURED.get(errmsg);
  return hint === undefined ? error : new RiakAuthError(`${node} ${hint}: ${errmsg}`, { cause: error });
}
