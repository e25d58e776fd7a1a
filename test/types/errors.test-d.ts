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

// On any RiakError, the code is exactly RiakErrorCode: a switch over every
// code is exhaustive, and a code riak-pb does not have is a type error.
expectType<Equal<RiakError['code'], RiakErrorCode>>();
export function describeAny(error: RiakError): string {
  switch (error.code) {
    case 'RIAK_ERROR':
    case 'RIAK_SERVER_ERROR':
    case 'RIAK_CONNECTION_ERROR':
    case 'RIAK_TIMEOUT':
    case 'RIAK_ABORTED':
    case 'RIAK_PROTOCOL_ERROR':
    case 'RIAK_INVALID_ARGUMENT':
    case 'RIAK_CLOSED':
    case 'RIAK_QUEUE_FULL':
    case 'RIAK_AUTH_ERROR':
    case 'RIAK_TLS_ERROR':
    case 'RIAK_VALUE_DECODE_ERROR':
    case 'RIAK_VALUE_ENCODE_ERROR':
    case 'RIAK_UNRESOLVED_SIBLINGS':
    case 'RIAK_UPDATE_CONFLICT':
      return error.code;
    default: {
      const unreachable: never = error.code;
      return unreachable;
    }
  }
}
export function unknownCode(error: RiakError): boolean {
  // @ts-expect-error 'RIAK_NOPE' is no RiakError's code
  return error.code === 'RIAK_NOPE';
}
