import type { Buffer } from 'node:buffer';
import { termToBinary } from '../../codec/erlang/etf.js';
import { iolistToBuffer } from '../erlang/iolist.js';
import { atom, ErlAtom, isTuple, NULL, type AnyTerm } from '../../codec/erlang/term.js';
import { encodeJson, MochiEncodeError } from '../json/mochijson2-encode.js';
import { frame } from '../json/stack.js';
import { ErlangError } from './erlang-error.js';

/**
 * riak_kv_pb_mapred:encode_mapred_phase/3: one RpbMapRedResp `response` per
 * phase and batch. JSON jobs get mochijson2 JSON (bucket/key inputs of a
 * job without a query as [Bucket, Key] lists, riak_kv_mapred_json:
 * jsonify_bkeys/2); Erlang-term jobs get term_to_binary of the batch, the
 * list of results as Erlang terms. A term mochijson2 cannot encode crashes
 * the connection ({@link ErlangError}, "Error processing stream message").
 */
export type ResultEncoding = 'json' | 'term';

const STREAM_FRAMES = [
  frame('riak_kv_pb_mapred', 'encode_mapred_phase', 3, 255),
  frame('riak_kv_pb_mapred', 'msgs_for_results', 4, 242),
  frame('riak_kv_pb_mapred', 'process_stream', 3, 126),
  frame('riak_api_pb_server', 'process_stream', 5, 425),
  frame('riak_api_pb_server', 'handle_info', 3, 334),
];

const orNull = (t: AnyTerm): AnyTerm => (t instanceof ErlAtom && t.name === 'undefined' ? NULL : t);

/** jsonify_bkeys_1/2, for a job without a query (its results are its inputs). */
function jsonifyBkeys(results: AnyTerm[]): AnyTerm[] {
  return results.map((r) => {
    if (isTuple(r, 2) && isTuple(r.items[0], 2)) {
      const [bk, data] = r.items;
      const [b, k] = (bk as { items: AnyTerm[] }).items;
      if (isTuple(b, 2)) return [b.items[1], k, orNull(data), b.items[0]];
      return data instanceof ErlAtom && data.name === 'undefined' ? [b, k] : [b, k, data];
    }
    if (isTuple(r, 2)) return [r.items[0], r.items[1]];
    throw new ErlangError('error', atom('function_clause'), [frame('riak_kv_mapred_json', 'jsonify_bkeys_1', [[r], []], 363), ...STREAM_FRAMES]);
  });
}

export function encodeResults(batch: AnyTerm[], encoding: ResultEncoding, hasQuery: boolean): Buffer {
  if (encoding === 'term') return termToBinary(batch);
  try {
    return iolistToBuffer(encodeJson(hasQuery ? batch : jsonifyBkeys(batch)));
  } catch (err) {
    if (err instanceof MochiEncodeError) throw new ErlangError(err.errorClass, err.reason, [...err.frames, ...STREAM_FRAMES]);
    throw err;
  }
}
