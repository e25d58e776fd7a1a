import { DEFAULT_BUCKET_TYPE } from '../../common/bucket-type.js';
import { customTypeDefaults, defaultTypeProps, mergeProps, type PropList, type Props, type PropValue, type QuorumValue } from './bucket-props.js';
import { validateDefaultBucketUpdate, validateTypeCreate, validateTypedUpdate, type PropError } from './validate-props.js';

/** The props the request paths read on every call, resolved once per bucket. */
export interface ResolvedProps {
  readonly props: Props;
  readonly nVal: number;
  readonly allowMult: boolean;
  readonly lastWriteWins: boolean;
  readonly dvvEnabled: boolean;
  readonly writeOnce: boolean;
  readonly datatype: string | undefined;
  readonly r: QuorumValue;
  readonly pr: QuorumValue;
  readonly w: QuorumValue;
  readonly pw: QuorumValue;
  readonly dw: QuorumValue;
  readonly rw: QuorumValue;
  readonly nodeConfirms: QuorumValue;
  readonly notfoundOk: boolean;
  readonly basicQuorum: boolean;
}

function resolve(props: Props): ResolvedProps {
  const quorum = (name: string, fallback: QuorumValue): QuorumValue => (props.get(name) as QuorumValue | undefined) ?? fallback;
  const datatype = props.get('datatype');
  return {
    props,
    nVal: (props.get('n_val') as number | undefined) ?? 3,
    allowMult: props.get('allow_mult') === true,
    lastWriteWins: props.get('last_write_wins') === true,
    dvvEnabled: props.get('dvv_enabled') === true,
    writeOnce: props.get('write_once') === true,
    datatype: datatype === undefined ? undefined : String(datatype),
    r: quorum('r', 'quorum'),
    pr: quorum('pr', 0),
    w: quorum('w', 'quorum'),
    pw: quorum('pw', 0),
    dw: quorum('dw', 'quorum'),
    rw: quorum('rw', 'quorum'),
    nodeConfirms: quorum('node_confirms', 0),
    notfoundOk: props.get('notfound_ok') !== false,
    basicQuorum: props.get('basic_quorum') === true,
  };
}

export type UpdateResult = { ok: true } | { ok: false; reason: 'no_type' } | { ok: false; reason: 'invalid'; errors: PropError[] };

/** Why a bucket type could not be updated (riak_core_bucket_type:update/2 reasons). */
export type TypeUpdateResult = { ok: true } | { ok: false; reason: string } | { ok: false; reason: 'invalid'; errors: PropError[] };

/**
 * Bucket types and per-bucket props, the way riak_core keeps them: the
 * `default` type's props are the app defaults; a bucket with its own props
 * stores a full copy (riak_core_bucket:set_bucket merges into the current
 * props), so later type changes only reach buckets without their own props.
 * Names are byte strings (latin1), so any bytes work.
 */
export class BucketRegistry {
  readonly #types = new Map<string, ResolvedProps>();
  readonly #buckets = new Map<string, Map<string, ResolvedProps>>();
  /** riak.conf `buckets.default.n_val`: the default type's n_val and the one new types start from. */
  readonly #nVal: number;

  constructor(options: { nVal?: number } = {}) {
    this.#nVal = options.nVal ?? 3;
    this.#types.set(DEFAULT_BUCKET_TYPE, resolve(new Map([...defaultTypeProps(), ['n_val', this.#nVal]])));
  }

  /**
   * Creates (and activates) a bucket type from user props over the new-type
   * defaults, as `riak-admin bucket-type create` + `activate` do. Throws on
   * props Riak would refuse.
   */
  createType(name: string, props: PropList): void {
    if (name === DEFAULT_BUCKET_TYPE) throw new Error('The bucket type "default" cannot be created (it always exists)');
    if (this.#types.has(name)) throw new Error(`Bucket type ${JSON.stringify(name)} already exists`);
    const defaults = new Map([...customTypeDefaults(), ['n_val', this.#nVal]]);
    const result = validateTypeCreate([...mergeProps(props, defaults)]);
    if (!result.ok) throw new Error(`Invalid props for bucket type ${JSON.stringify(name)}: ${JSON.stringify(result.errors.map(([p, r]) => [p, String(r)]))}`);
    this.#types.set(name, resolve(new Map(result.props)));
  }

  hasType(name: string): boolean {
    return this.#types.has(name);
  }

  typeNames(): string[] {
    return [...this.#types.keys()];
  }

  /** A type's props (riak_core_bucket_type:get/1), or undefined for an unknown type. */
  type(name: string): ResolvedProps | undefined {
    return this.#types.get(name);
  }

  /** A bucket's effective props (riak_core_bucket:get_bucket/1), or undefined when its type does not exist. */
  bucket(type: string, bucket: string): ResolvedProps | undefined {
    const own = this.#buckets.get(type)?.get(bucket);
    if (own) return own;
    return this.#types.get(type);
  }

  /** RpbSetBucketReq: validate and store the bucket's new props. */
  setBucket(type: string, bucket: string, incoming: PropList): UpdateResult {
    const current = this.bucket(type, bucket);
    if (current === undefined) return { ok: false, reason: 'no_type' };
    const result = type === DEFAULT_BUCKET_TYPE ? validateDefaultBucketUpdate(current.props, incoming) : validateTypedUpdate(current.props, incoming);
    if (!result.ok) return { ok: false, reason: 'invalid', errors: result.errors };
    let buckets = this.#buckets.get(type);
    if (!buckets) {
      buckets = new Map();
      this.#buckets.set(type, buckets);
    }
    buckets.set(bucket, resolve(new Map(result.props)));
    return { ok: true };
  }

  /** RpbResetBucketReq: back to the type's props (a no-op for unknown types, as in Riak). */
  resetBucket(type: string, bucket: string): void {
    this.#buckets.get(type)?.delete(bucket);
  }

  /** RpbSetBucketTypeReq (riak_core_bucket_type:update/2). */
  setType(type: string, incoming: PropList): TypeUpdateResult {
    if (type === DEFAULT_BUCKET_TYPE) return { ok: false, reason: 'no_default_update' };
    const current = this.#types.get(type);
    if (current === undefined) return { ok: false, reason: 'not_active' };
    const result = validateTypedUpdate(current.props, incoming);
    const errors = result.ok ? [] : result.errors;
    if (type === 'any') errors.push(['reserved_name', "The name 'any' may not be used for bucket types"]);
    if (!result.ok || errors.length > 0) return { ok: false, reason: 'invalid', errors };
    this.#types.set(type, resolve(new Map(result.props)));
    return { ok: true };
  }
}

export type { PropValue };
