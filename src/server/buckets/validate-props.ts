import { Buffer } from 'node:buffer';
import { atom, type ErlTerm } from '../../codec/erlang/term.js';
import { formatTerm } from '../erlang/format.js';
import { mergeProps, type PropList, type Props, type PropValue } from './bucket-props.js';

/**
 * riak_kv_bucket:validate/4 (the bucket validator Riak KV registers with
 * riak_core), for the cases the PB API reaches: updating a bucket of the
 * default type, a bucket of another type, or a bucket type, plus creating a
 * bucket type (the dev server's `bucketTypes` option).
 *
 * Errors are `{Prop, Reason}` pairs in Riak's order: each check prepends, so
 * the list runs backwards through the request's props.
 */
export type PropError = [string, ErlTerm];
export type Validation = { ok: true; props: PropList } | { ok: false; errors: PropError[] };

/** riak_kv_crdt:supported/1 in Riak KV 3.x. */
const SUPPORTED_DATATYPES = new Set(['counter', 'set', 'map', 'hll', 'gset']);
const HLL_DEFAULT_PRECISION = 14;

const ERROR_ALLOW_MULT_CREATE = 'Data Type buckets must be allow_mult=true';

function coerceBool(value: PropValue | undefined): boolean | 'error' {
  if (typeof value === 'boolean') return value;
  if (typeof value === 'number') return value > 0;
  if (typeof value === 'string' || Buffer.isBuffer(value)) {
    const text = String(value).toLowerCase();
    if (text === 'true') return true;
    if (text === 'false') return false;
  }
  return 'error';
}

function isQuorum(value: PropValue): boolean {
  return (typeof value === 'number' && Number.isInteger(value) && value > 0) || value === 'one' || value === 'quorum' || value === 'all';
}

function isOptQuorum(value: PropValue): boolean {
  return (typeof value === 'number' && Number.isInteger(value) && value >= 0) || isQuorum(value);
}

/** riak_kv_bucket:validate/3: generic per-prop checks; unknown props pass. */
function validateGeneric(props: PropList, valid: PropList, errors: PropError[]): void {
  for (const [name, value] of props) {
    switch (name) {
      case 'allow_mult':
      case 'basic_quorum':
      case 'last_write_wins':
      case 'notfound_ok':
      case 'stat_tracked': {
        const bool = coerceBool(value);
        if (bool === 'error') errors.unshift([name, atom('not_boolean')]);
        else valid.unshift([name, bool]);
        break;
      }
      case 'write_once':
        if (value === false) valid.unshift([name, false]);
        else errors.unshift([name, 'cannot update write_once property']);
        break;
      case 'consistent':
        if (value === false) valid.unshift([name, false]);
        else errors.unshift([name, 'cannot update consistent property']);
        break;
      case 'big_vclock':
      case 'n_val':
      case 'old_vclock':
      case 'small_vclock':
        if (typeof value === 'number' && Number.isInteger(value) && value > 0) valid.unshift([name, value]);
        else errors.unshift([name, atom('not_integer')]);
        break;
      case 'r':
      case 'rw':
      case 'w':
        if (isQuorum(value)) valid.unshift([name, value]);
        else errors.unshift([name, atom('not_valid_quorum')]);
        break;
      case 'dw':
      case 'pw':
      case 'node_confirms':
      case 'pr':
        if (isOptQuorum(value)) valid.unshift([name, value]);
        else errors.unshift([name, atom('not_valid_quorum')]);
        break;
      default:
        valid.unshift([name, value]);
    }
  }
}

/** validate_post_merge/2: last_write_wins=true is incompatible with dvv_enabled=true. */
function postMerge(props: Map<string, PropValue>, errors: PropError[]): void {
  if (coerceBool(props.get('last_write_wins')) === true && coerceBool(props.get('dvv_enabled')) === true) {
    props.delete('dvv_enabled');
    errors.unshift(['dvv_enabled', 'If last_write_wins is true, dvv_enabled must be false']);
  }
}

function take(props: PropList, name: string): PropValue | undefined {
  const index = props.findIndex(([key]) => key === name);
  if (index < 0) return undefined;
  const [[, value]] = props.splice(index, 1);
  return value;
}

function get(props: PropList, name: string): PropValue | undefined {
  return props.find(([key]) => key === name)?.[1];
}

/** ensure_not_present/4: `[name, message]` rejects the prop outright; `[name, value, message]` rejects that value. */
function ensureNotPresent(unvalidated: PropList, errors: PropError[], specs: ([string, string] | [string, boolean, string])[]): void {
  for (const spec of specs) {
    const index = unvalidated.findIndex(([key]) => key === spec[0]);
    if (index < 0) continue;
    if (spec.length === 2) {
      unvalidated.splice(index, 1);
      errors.unshift([spec[0], spec[1]]);
    } else if (coerceBool(unvalidated[index][1]) === spec[1]) {
      unvalidated.splice(index, 1);
      errors.unshift([spec[0], spec[2]]);
    }
  }
}

/** The DT_PROPS_CHECK_CREATE fold (validate_dt_props/2), used by Riak on create and, as written, on update too. */
function validateDatatypeProps(unvalidated: PropList, valid: PropList, errors: PropError[], existing: Props): void {
  // datatype
  {
    const next = take(unvalidated, 'datatype');
    const old = existing.get('datatype');
    let result: PropValue | false | undefined;
    if (next === undefined) result = old;
    else if (old === undefined) result = SUPPORTED_DATATYPES.has(String(next)) ? next : false;
    else result = next === old ? next : false;
    if (result === false) errors.unshift(['datatype', `${formatTerm(atom(String(next)))} not supported for bucket datatype property`]);
    else if (result !== undefined) valid.unshift(['datatype', result]);
  }
  // allow_mult
  {
    const next = take(unvalidated, 'allow_mult');
    if (next !== undefined) {
      const bool = coerceBool(next);
      if (bool === true) valid.unshift(['allow_mult', true]);
      else errors.unshift(['allow_mult', ERROR_ALLOW_MULT_CREATE]);
    }
  }
  // hll_precision
  {
    const next = take(unvalidated, 'hll_precision');
    const old = existing.get('hll_precision');
    const datatype = get(valid, 'datatype') ?? existing.get('datatype');
    if (datatype === 'hll') {
      const p = typeof next === 'number' ? next : next === undefined ? undefined : Number.parseInt(String(next), 10) || 0;
      let result: number | false;
      if (p === undefined) result = typeof old === 'number' ? old : HLL_DEFAULT_PRECISION;
      else if (p > 3 && p < 17 && (typeof old !== 'number' || p <= old)) result = p;
      else result = false;
      if (result === false) {
        errors.unshift([
          'hll_precision',
          `${formatTerm(next as number)} not supported for Hyperloglog precision property for bucket type. Precision must be an integer between 4 and 16, inclusive (3 < p < 17) and precision can be reduced but never increased after initial setting`,
        ]);
      } else {
        valid.unshift(['hll_precision', result]);
      }
    }
  }
}

type BucketKind = 'consistent' | 'write_once' | 'datatype' | 'default';

function kindOf(props: Props): BucketKind {
  if (props.get('consistent') === true) return 'consistent';
  if (props.get('write_once') === true) return 'write_once';
  if (props.get('datatype') !== undefined) return 'datatype';
  return 'default';
}

function finish(good: PropList, errors: PropError[], existing: Props | undefined): Validation {
  const merged = existing ? mergeProps(good, existing) : new Map(good);
  postMerge(merged, errors);
  return errors.length > 0 ? { ok: false, errors } : { ok: true, props: [...merged] };
}

/**
 * Update of a bucket of the default type (validate_default_bucket/2): only
 * the generic checks, so even `datatype` can be set there. Returns the
 * bucket's full new props.
 */
export function validateDefaultBucketUpdate(existing: Props, incoming: PropList): Validation {
  const valid: PropList = [];
  const errors: PropError[] = [];
  validateGeneric(incoming, valid, errors);
  return finish(valid, errors, existing);
}

/**
 * Update of a bucket type or of a bucket of a non-default type
 * (validate_update_bucket_type/2). Returns the full new props.
 */
export function validateTypedUpdate(existing: Props, incoming: PropList): Validation {
  const unvalidated: PropList = incoming.map(([name, value]) => [name, value]);
  const valid: PropList = [];
  const errors: PropError[] = [];
  switch (kindOf(existing)) {
    case 'datatype':
      validateDatatypeProps(unvalidated, valid, errors, existing);
      break;
    case 'write_once': {
      const next = take(unvalidated, 'write_once');
      if (next === undefined || coerceBool(next) === true) {
        valid.unshift(['write_once', true]);
      } else {
        errors.unshift(['write_once', 'Cannot modify write_once property once set to true']);
      }
      ensureNotPresent(unvalidated, errors, [
        ['consistent', true, 'Write once buckets must not be consistent=true'],
        ['datatype', 'Write once buckets must not have datatype defined'],
      ]);
      break;
    }
    case 'consistent': {
      const nextConsistent = take(unvalidated, 'consistent');
      const nextN = take(unvalidated, 'n_val');
      const oldN = existing.get('n_val');
      const n = nextN ?? oldN;
      if (nextN !== undefined && nextN !== oldN) errors.unshift(['n_val', 'n_val cannot be modified for existing consistent type']);
      else if (nextN !== undefined) valid.unshift(['n_val', n as number]);
      if (nextConsistent !== undefined && nextConsistent !== true) errors.unshift(['consistent', 'cannot update consistent property']);
      break;
    }
    case 'default':
      ensureNotPresent(unvalidated, errors, [
        ['datatype', '`datatype` must not be defined.'],
        ['consistent', true, 'Write once buckets must not be consistent=true'],
        ['write_once', true, 'Cannot set existing bucket type to `write_once`'],
      ]);
      break;
  }
  validateGeneric(unvalidated, valid, errors);
  return finish(valid, errors, existing);
}

/**
 * Creation of a bucket type from user props merged over the new-type
 * defaults (validate_create_bucket_type/1).
 */
export function validateTypeCreate(props: PropList): Validation {
  const unvalidated: PropList = props.map(([name, value]) => [name, value]);
  const valid: PropList = [];
  const errors: PropError[] = [];
  const consistent = take(unvalidated, 'consistent');
  if (consistent === true) {
    if (coerceBool(get(unvalidated, 'write_once')) === true) errors.unshift(['consistent', 'Write once buckets must be not be consistent=true']);
    else valid.unshift(['consistent', true]);
  } else if (consistent === false) {
    valid.unshift(['consistent', false]);
  }
  if (consistent !== true) {
    if (coerceBool(get(unvalidated, 'write_once')) === true) {
      take(unvalidated, 'write_once');
      valid.unshift(['write_once', true]);
      ensureNotPresent(unvalidated, errors, [
        ['consistent', true, 'Write once buckets must not be consistent=true'],
        ['datatype', 'Write once buckets must not have datatype defined'],
      ]);
    } else if (get(unvalidated, 'datatype') !== undefined) {
      validateDatatypeProps(unvalidated, valid, errors, new Map());
    }
  }
  validateGeneric(unvalidated, valid, errors);
  return finish(valid, errors, undefined);
}
