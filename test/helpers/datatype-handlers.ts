import type { ExecutionContext } from 'ava';
import { DtFetchReq, DtFetchResp, DtUpdateReq, DtUpdateResp, MapField } from '../../generated/riak.js';
import { RiakServerError } from '../../src/errors.js';
import {
  type DatatypeValue,
  createDatatypeHandlers,
  type DatatypeBucketProps,
  type DatatypeHandlers,
  type DatatypeStore,
} from '../../src/server/datatypes/handlers.js';

/*
 * The datatype handlers tested directly, without TCP (test/server/datatypes-*.test.ts):
 * a small store standing in for the dev server's core, and requests and
 * replies put through the protobuf codec.
 */

export class MemoryStore implements DatatypeStore {
  readonly values = new Map<string, DatatypeValue>();
  readonly types = new Map<string, DatatypeBucketProps>([
    ['default', { allowMult: false, nVal: 3 }],
    ['maps', { datatype: 'map', allowMult: true, nVal: 3 }],
    ['sets', { datatype: 'set', allowMult: true, nVal: 3 }],
    ['counters', { datatype: 'counter', allowMult: true, nVal: 3 }],
    ['hlls', { datatype: 'hll', allowMult: true, nVal: 3 }],
    ['hll10', { datatype: 'hll', allowMult: true, nVal: 3, hllPrecision: 10 }],
    ['gsets', { datatype: 'gset', allowMult: true, nVal: 3 }],
    ['plain', { allowMult: true, nVal: 3 }],
    ['lww', { allowMult: false, nVal: 3 }],
  ]);
  /** Default-type buckets whose allow_mult was set to true. */
  readonly multBuckets = new Set<string>();
  #keys = 0;

  bucketProps(type: Buffer, bucket: Buffer): DatatypeBucketProps {
    const props = this.types.get(type.toString());
    if (props === undefined) throw new RiakServerError(`No bucket-type named '${type.toString()}'`, 0);
    return type.toString() === 'default' && this.multBuckets.has(bucket.toString()) ? { ...props, allowMult: true } : props;
  }

  get(type: Buffer, bucket: Buffer, key: Buffer): DatatypeValue | undefined {
    return this.values.get(`${type.toString('hex')}/${bucket.toString('hex')}/${key.toString('hex')}`);
  }

  put(type: Buffer, bucket: Buffer, key: Buffer, value: DatatypeValue): void {
    this.values.set(`${type.toString('hex')}/${bucket.toString('hex')}/${key.toString('hex')}`, value);
  }

  newKey(): Buffer {
    this.#keys += 1;
    return Buffer.from(`generated${this.#keys}`);
  }
}

export function setup(): { store: MemoryStore; h: DatatypeHandlers } {
  const store = new MemoryStore();
  return { store, h: createDatatypeHandlers(store, { actor: Buffer.from('node1') }) };
}

export const B = (text: string) => Buffer.from(text);
export const texts = (values: Uint8Array[] | null | undefined) => (values ?? []).map((v) => Buffer.from(v).toString());
export const text = (value: Uint8Array | null | undefined) => Buffer.from(value ?? []).toString();

// Requests go through the protobuf codec, so presence works as on the wire.
export function fetchReq(props: DtFetchReq.$Properties): DtFetchReq {
  return DtFetchReq.decode(DtFetchReq.encode(props).finish());
}
export function updateReq(props: DtUpdateReq.$Properties): DtUpdateReq {
  return DtUpdateReq.decode(DtUpdateReq.encode(props).finish());
}
// ...and so do responses, which proves they encode.
export function fetch(h: DatatypeHandlers, props: DtFetchReq.$Properties): DtFetchResp {
  return DtFetchResp.decode(DtFetchResp.encode(h.fetch(fetchReq(props))).finish());
}
export function update(h: DatatypeHandlers, props: DtUpdateReq.$Properties): DtUpdateResp {
  return DtUpdateResp.decode(DtUpdateResp.encode(h.update(updateReq(props))).finish());
}

export function throwsRiak(t: ExecutionContext, fn: () => unknown, errmsg: string): void {
  const error = t.throws(fn, { instanceOf: RiakServerError });
  t.is(error?.errmsg, errmsg);
  t.is(error?.errcode, 0);
}

export const field = (name: string, type: MapField.MapFieldType) => ({ name: B(name), type });
export const { COUNTER, SET, REGISTER, FLAG, MAP } = MapField.MapFieldType;
