import { atom, ErlMap, tuple, type AnyTerm } from '../../codec/erlang/term.js';

/**
 * Stack frames as Erlang records them in an error's stacktrace (OTP 25):
 * `{Module, Function, Arity, [{file, File}, {line, Line}]}`, and for a
 * failing BIF `{erlang, Name, Args, [{error_info, #{module => erl_erts_errors}}]}`.
 * Riak's own frames carry the absolute path of the source file on the
 * machine that built the release; here it is the path inside the app.
 */
export type StackFrame = AnyTerm;

/** A frame in `module`'s source at `line`. */
export function frame(module: string, fun: string, arity: number | AnyTerm[], line: number): StackFrame {
  return tuple(atom(module), atom(fun), arity, [tuple(atom('file'), `src/${module}.erl`), tuple(atom('line'), line)]);
}

/** The frame of a BIF that raised badarg, with its arguments. */
export function bif(name: string, args: AnyTerm[]): StackFrame {
  return tuple(atom('erlang'), atom(name), args, [tuple(atom('error_info'), new ErlMap([[atom('module'), atom('erl_erts_errors')]]))]);
}

/** Erlang keeps the innermost 8 frames of a stacktrace (the default backtrace_depth). */
export const BACKTRACE_DEPTH = 8;

/** A frame whose location is not known here (an OTP module's line): `[]`. */
export function frameWithoutLocation(module: string, fun: string, arity: number | AnyTerm[]): StackFrame {
  return tuple(atom(module), atom(fun), arity, []);
}
