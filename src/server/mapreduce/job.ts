import type { AnyTerm } from '../../codec/erlang/term.js';

/**
 * A parsed MapReduce request, as riak_kv_mapred_json / riak_kv_mapred_term
 * return it: the inputs and the query (a list of `{map | reduce | link, ...}`
 * phases) as Erlang terms, whichever content type carried them.
 */
export interface MapRedJob {
  readonly inputs: AnyTerm;
  readonly query: AnyTerm;
  readonly timeout: AnyTerm;
}

/** `{error, Reason}` from parse_request: riak_kv_pb_mapred replies `{format, Reason}`, i.e. Reason printed with ~p. */
export class JobError extends Error {
  constructor(readonly reason: AnyTerm) {
    super('invalid MapReduce job');
  }
}
