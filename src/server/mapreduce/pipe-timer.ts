import { randomInt } from 'node:crypto';
import { setTimeout as sleep } from 'node:timers/promises';
import type { ServerContext } from '../context.js';
import { atom, ErlPid, ErlRef, tuple, type AnyTerm } from '../../codec/erlang/term.js';
import { bif, frame } from '../json/stack.js';
import { requestDeadline, type Deadline } from '../request-deadline.js';
import { ErlangError } from './erlang-error.js';

/**
 * A MapReduce job's `timeout` (riak_kv/src/riak_kv_mrc_pipe.erl,
 * riak_kv_pb_mapred.erl). The job carries it (RpbMapRedReq has no timeout
 * field): `"timeout"` of a JSON job (riak_kv_mapred_json keeps a positive
 * number, anything else is 60000), `{timeout, T}` of an Erlang-term job
 * (taken as it is, 60000 when absent). Once the pipe is built,
 * mapred_stream_sink/4 starts `erlang:send_after(Timeout, self(),
 * {pipe_timeout, Ref})`; when that message reaches the connection before
 * the job is done, riak_kv_pb_mapred destroys the pipe and answers the
 * error "timeout". Here the job asks {@link PipeTimer.check} between inputs
 * and phases, so a long job stops there with {@link PipeTimeout}.
 */
export class PipeTimeout extends Error {
  constructor() {
    super('timeout');
  }
}

/** erlang:send_after/3 takes a relative time of 0 to 2^32 - 1 ms. */
const MAX_TIMER_MS = 4_294_967_295;
const MAX_NODE_TIMER_MS = 2_147_483_647;

/** The frames under erlang:send_after/3 when riak_kv_pb_mapred:process/2 builds the pipe (develop-3.2 line numbers). */
const SINK_CALLERS = [
  frame('riak_kv_mrc_pipe', 'mapred_stream_sink', 4, 299),
  frame('riak_kv_pb_mapred', 'pipe_mapreduce', 5, 207),
  frame('riak_kv_pb_mapred', 'process', 2, 107),
  frame('riak_api_pb_server', 'process_message', 4, 402),
  frame('riak_api_pb_server', 'connected', 2, 242),
];

export class PipeTimer {
  readonly #deadline: Deadline;
  readonly #ms: number;

  private constructor(deadline: Deadline, ms: number) {
    this.#deadline = deadline;
    this.#ms = ms;
  }

  /**
   * Starts the job's timer, as mapred_stream_sink/4 does once the pipe is
   * built: a timeout send_after/3 refuses (a float, a negative or too large
   * integer, an atom such as `infinity`) is its badarg, which nothing in
   * riak_kv catches: the connection crashes ({@link ErlangError}).
   */
  static start(server: ServerContext, timeout: AnyTerm): PipeTimer {
    const ms = typeof timeout === 'bigint' && timeout >= 0n && timeout <= BigInt(MAX_TIMER_MS) ? Number(timeout) : timeout;
    if (!(typeof ms === 'number' && ms >= 0 && ms <= MAX_TIMER_MS)) {
      // self() is the connection's process and Ref the pipe's sink reference; any such values print alike.
      const self = new ErlPid(atom(server.nodeName), randomInt(1000, 32768), 0, 0);
      const ref = new ErlRef(atom(server.nodeName), 0, [randomInt(0, 2 ** 18), randomInt(0, 2 ** 32), randomInt(0, 2 ** 32)]);
      throw new ErlangError('error', atom('badarg'), [bif('send_after', [timeout, self, tuple(atom('pipe_timeout'), ref)]), ...SINK_CALLERS]);
    }
    return new PipeTimer(requestDeadline(server, ms), ms);
  }

  /** The deadline itself, for scans that stop on it (secondary-index.ts scanIndex). */
  get deadline(): Deadline {
    return this.#deadline;
  }

  /**
   * Waits out the job's whole timeout on the real clock, then throws
   * {@link PipeTimeout}: what a job whose pipe never answers gets (the
   * {pipe_timeout, Ref} message). The timer does not keep the process alive.
   */
  async expiry(): Promise<never> {
    // Node's timers take at most 2^31 - 1 ms; send_after/3 takes up to 2^32 - 1.
    for (let left = this.#ms; left > 0; left -= MAX_NODE_TIMER_MS) await sleep(Math.min(left, MAX_NODE_TIMER_MS), undefined, { ref: false });
    throw new PipeTimeout();
  }

  /** Throws {@link PipeTimeout} once the job's time is up; call once per item a step handles. */
  check(): void {
    if (this.#deadline.expired()) throw new PipeTimeout();
  }
}
