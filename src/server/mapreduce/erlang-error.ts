import { formatAfter } from '../erlang/pretty.js';
import { atom, type AnyTerm } from '../../codec/erlang/term.js';
import { BACKTRACE_DEPTH, type StackFrame } from '../json/stack.js';

/**
 * An Erlang exception raised while riak_kv handles a MapReduce request:
 * class, reason and the innermost stack frames known here. Where riak_kv
 * catches it, it becomes a reason in an error reply; where nothing does,
 * the connection process crashes and riak_api_pb_server sends
 * "Error processing incoming message: Class:Reason:Stack" and closes.
 */
export class ErlangError extends Error {
  constructor(
    readonly errorClass: 'error' | 'exit' | 'throw',
    readonly reason: AnyTerm,
    readonly frames: StackFrame[] = [],
  ) {
    super(`Erlang ${errorClass}`);
  }
}

export const functionClause = (frame?: StackFrame): ErlangError => new ErlangError('error', atom('function_clause'), frame === undefined ? [] : [frame]);
export const badarg = (frame?: StackFrame): ErlangError => new ErlangError('error', atom('badarg'), frame === undefined ? [] : [frame]);

/**
 * riak_api_pb_server's crash text: `io_lib:format(Prefix ++ "~p:~p:~p",
 * [Class, Reason, Stack])`, each term laid out from where the text before
 * it ends, the stack cut to Erlang's backtrace depth.
 */
export function crashText(prefix: string, err: ErlangError): string {
  let text = formatAfter(prefix, atom(err.errorClass));
  text = formatAfter(`${text}:`, err.reason);
  return formatAfter(`${text}:`, err.frames.slice(0, BACKTRACE_DEPTH));
}
