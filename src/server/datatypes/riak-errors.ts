/**
 * The `RpbErrorResp.errmsg` texts Riak KV 3.0 sends for data type requests.
 * riak_api_pb_server formats `{format, Fmt, Args}` with io_lib:format and
 * `{format, Term}` with `~p`, so reasons given as plain strings arrive
 * wrapped in double quotes. Sources: riak_kv `src/riak_kv_pb_crdt.erl` and
 * `src/riak_kv_pb_counter.erl` (develop-3.0), riak_api
 * `src/riak_api_pb_server.erl` (send_error/2).
 */
import { Buffer } from 'node:buffer';
import { RiakServerError } from '../../errors.js';
import { formatTerm } from '../erlang/format.js';
import { formatAfter } from '../erlang/pretty.js';
import { FatalRequestError } from '../protocol/replies.js';
import { atom, tuple, type ErlTerm } from '../../codec/erlang/term.js';
import { FIELD_MODULE } from './crdt/field.js';
import type { Missing } from './crdt/precondition.js';

// Error terms are written with `~p` on one line; Riak's io_lib_pretty would
// wrap a term longer than 80 columns (only very long names get there).
function formatAtom(name: string): string {
  return formatTerm(atom(name));
}

/** Riak KV services always send errcode 0. */
function serverError(errmsg: string): RiakServerError {
  return new RiakServerError(errmsg, 0);
}

/** riak_kv_pb_crdt: `{format, "Error no bucket type `~p`", [BType]}`. */
export function noBucketType(type: Uint8Array): RiakServerError {
  return serverError(`Error no bucket type \`${formatTerm(Buffer.from(type))}\``);
}

/** riak_kv_pb_crdt: `{format, "Bucket must be allow_mult=true"}` (a `~p`'d string, hence the quotes). */
export function bucketMustAllowMult(): RiakServerError {
  return serverError('"Bucket must be allow_mult=true"');
}

/** riak_kv_pb_crdt maybe_fetch/3: the bucket type's datatype is not a CRDT Riak knows. */
export function fetchUnsupportedType(datatype: string | undefined): RiakServerError {
  return serverError(`\`${formatAtom(datatype ?? 'undefined')}\` is not a supported type`);
}

/** riak_kv_pb_crdt maybe_update/3: the same check on update, worded differently. */
export function updateUnsupportedType(datatype: string | undefined): RiakServerError {
  return serverError(`Bucket datatype \`${formatAtom(datatype ?? 'undefined')}\` is not a supported type`);
}

/** riak_kv_pb_crdt maybe_update/3. The double space is Riak's. */
export function operationTypeMismatch(opType: string, datatype: string): RiakServerError {
  return serverError(`Operation type is \`${formatAtom(opType)}\` but  bucket type is \`${formatAtom(datatype)}\`.`);
}

/** riak_kv_pb_crdt operation_to_amt/1: a non-counter DtOp on bucket type `default`. */
export function nonCounterOnDefaultBucket(): RiakServerError {
  return serverError('"non-counter operation on default bucket"');
}

/** riak_kv_pb_counter: legacy counters outside an allow_mult bucket. */
export function countersRequireAllowMult(): RiakServerError {
  return serverError('"Counters require bucket property \'allow_mult=true\'"');
}

/** riak_dt `{precondition,{not_present,X}}`, passed through the put FSM and `~p`'d. */
export function precondition(missing: Missing): RiakServerError {
  const what: ErlTerm =
    missing.kind === 'element'
      ? Buffer.from(missing.member, 'latin1')
      : tuple(Buffer.from(missing.field.name, 'latin1'), atom(FIELD_MODULE[missing.field.type]));
  return serverError(formatTerm(tuple(atom('precondition'), tuple(atom('not_present'), what))));
}

/**
 * A context that is not a term_to_binary'd clock makes binary_to_term raise
 * badarg in the coordinating vnode; the vnode and put FSM die and the client
 * is answered `{error, timeout}` when the request timeout (60 s) runs out.
 * We answer the same text at once.
 */
export function contextTimeout(): RiakServerError {
  return serverError('timeout');
}

/**
 * A request Riak has no clause for (a DtOp without an operation, a map
 * update without its sub-operation, a typeless counter update without a
 * key) crashes the request process; riak_api sends
 * "Error processing incoming message: error:function_clause:<stack>" and
 * closes the connection. We send the same prefix with a one-frame stack.
 */
export function functionClause(module: string, fun: string, arity: number): RiakServerError {
  return serverError(`Error processing incoming message: error:function_clause:[{${module},${fun},${arity}}]`);
}

/** Where the frames below point: riak_pb develop-3.0 and riak_api develop-3.0 sources. */
const at = (file: string, line: number): ErlTerm => [tuple(atom('file'), file), tuple(atom('line'), line)];
const frame = (module: string, fun: string, args: ErlTerm[] | number, location: ErlTerm): ErlTerm => tuple(atom(module), atom(fun), args, location);

/** riak_kv_crdt's ?MOD_MAP, the type mappings riak_kv_pb_crdt passes to the encoder for a non-map type. */
const MOD_MAP: ErlTerm = [
  tuple(atom('map'), atom('riak_dt_map')),
  tuple(atom('set'), atom('riak_dt_orswot')),
  tuple(atom('counter'), atom('riak_dt_pncounter')),
  tuple(atom('hll'), atom('riak_kv_hll')),
  tuple(atom('gset'), atom('riak_dt_gset')),
];

/**
 * A gset update with `return_body` on Riak KV 3.x: the update is stored,
 * then riak_pb_dt_codec:encode_update_response/5, which has no gset clause,
 * raises function_clause inside the connection process. riak_api_pb_server
 * answers "Error processing incoming message: ~p:~p:~p" of the class, the
 * reason and the stack, and closes the connection. The first frame carries
 * the call's arguments: `gset`, the set's members (sorted, as
 * riak_dt_gset:value/1 gives them), the key (only when the server made it
 * up, else `undefined`), the context (`undefined`: a gset has none) and the
 * type mappings. File names and line numbers are those of the sources; the
 * last two frames (OTP's) depend on the Erlang release a node runs.
 */
export function gsetReturnBodyCrash(members: Buffer[], generatedKey: Buffer | undefined): FatalRequestError {
  const stack: ErlTerm = [
    frame(
      'riak_pb_dt_codec',
      'encode_update_response',
      [atom('gset'), members, generatedKey ?? atom('undefined'), atom('undefined'), MOD_MAP],
      at('src/riak_pb_dt_codec.erl', 568),
    ),
    frame('riak_kv_pb_crdt', 'process_update_response', 2, at('src/riak_kv_pb_crdt.erl', 192)),
    frame('riak_api_pb_server', 'process_message', 4, at('src/riak_api_pb_server.erl', 402)),
    frame('riak_api_pb_server', 'connected', 2, at('src/riak_api_pb_server.erl', 242)),
    frame('gen_fsm', 'handle_msg', 8, at('gen_fsm.erl', 486)),
    frame('proc_lib', 'init_p_do_apply', 3, at('proc_lib.erl', 226)),
  ];
  return new FatalRequestError(formatAfter('Error processing incoming message: error:function_clause:', stack));
}
