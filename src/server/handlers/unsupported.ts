import { MessageCode } from '../../codec/message-codes.js';
import { riakError } from '../protocol/replies.js';

/**
 * Codes no service registers on a stock Riak KV 3.x node: Yokozuna search
 * (27, 54-60; shipped disabled since 3.0), Riak TS (90-104) and coverage
 * plans (70; TS builds only), auth (253) while security is off, and any code
 * Riak does not define. riak_api_pb_server answers these with
 * "Unknown message code: ~p" and keeps the connection; STARTTLS while
 * security is off gets its own text. Codes a real 3.x node serves but this
 * dev server does not implement (NextGenRepl fetch/push 202-205, AAE folds
 * 210-231) get the same answer.
 */
export function unknownCode(code: number): Error {
  if (code === MessageCode.RpbStartTls) return riakError('Security not enabled; STARTTLS not allowed.');
  return riakError(`Unknown message code: ${code}`);
}
