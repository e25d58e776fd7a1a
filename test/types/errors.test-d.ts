/*
 * Compile-time tests of the error codes (issue 15), checked by `npm run
 * typecheck` (tsc over test/**). Never run. Each `@ts-expect-error` line
 * must fail to compile: if it ever compiles, tsc reports the directive as
 * unused and the type check fails.
 */
import type {
  QueueFullError,
  RiakAbortError,
  RiakAuthError,
  RiakClosedError,
  RiakConnectionError,
  RiakError,
  RiakErrorCode,
  RiakProtocolError,
  RiakQueueFullError,
  RiakServerError,
  RiakTimeoutError,
  RiakTlsError,
} from '../../src/index.js';

/** Compiles only when A and B are the same type. */
type Equal<A, B> = (<V>() => V extends A ? 1 : 2) extends <V>() => V extends B ? 1 : 2 ? true : false;
function expectType<T extends true>(_proof?: T): void {}

// Each class's code is its literal, one of RiakErrorCode.
expectType<Equal<RiakServerError['code'], 'RIAK_SERVER_ERROR'>>();
expectType<Equal<RiakConnectionError['code'], 'RIAK_CONNECTION_ERROR'>>();
expectType<Equal<RiakTimeoutError['code'], 'RIAK_TIMEOUT'>>();
expectType<Equal<RiakAbortError['code'], 'RIAK_ABORTED'>>();
expectType<Equal<RiakProtocolError['code'], 'RIAK_PROTOCOL_ERROR'>>();
expectType<Equal<RiakClosedError['code'], 'RIAK_CLOSED'>>();
expectType<Equal<RiakQueueFullError['code'], 'RIAK_QUEUE_FULL'>>();
expectType<Equal<RiakAuthError['code'], 'RIAK_AUTH_ERROR'>>();
expectType<Equal<RiakTlsError['code'], 'RIAK_TLS_ERROR'>>();

// QueueFullError is the deprecated alias of RiakQueueFullError: the same class and instance type.
expectType<Equal<typeof QueueFullError, typeof RiakQueueFullError>>();
expectType<Equal<QueueFullError, RiakQueueFullError>>();

// A switch on a subclass's code is exhaustive with its one case, and a misspelt case does not compile.
export function exhaustive(error: RiakTimeoutError): number {
  switch (error.code) {
    case 'RIAK_TIMEOUT':
      return error.timeoutMs;
    default: {
      const unreachable: never = error.code;
      return unreachable;
    }
  }
}
export function misspelt(error: RiakServerError): boolean {
  // @ts-expect-error 'RIAK_SERVR_ERROR' is not RiakServerError's code
  return error.code === 'RIAK_SERVR_ERROR';
}

// On any RiakError, the code is one of RiakErrorCode (offered by editors); it is
// typed open-ended (`| (string & {})`) while the value API's error classes
// declare their code as `string`, so a switch on it cannot narrow yet.
expectType<Equal<RiakError['code'], RiakErrorCode | (string & {})>>();
