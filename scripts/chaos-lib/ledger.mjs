// What the workload did, for the checks: every call (to find hung and doubly
// settled ones, and to classify errors) and, per key, every write with its
// outcome. Each key has one owner (a caller that works one call at a time),
// so a key's writes are totally ordered.
import {
  QueueFullError,
  RiakClosedError,
  RiakConnectionError,
  RiakError,
  RiakInvalidArgumentError,
  RiakServerError,
  RiakTimeoutError,
} from '../../dist/index.js';

/** A write's outcome: `ok` (acknowledged), `unknown` (may have been applied), `unsent` (definitely not applied), `pending`. */
export const OK = 'ok';
export const UNKNOWN = 'unknown';
export const UNSENT = 'unsent';
export const PENDING = 'pending';

/**
 * Whether a failed write may have been applied. Definite: the pool says the
 * request never reached the wire, it never got a connection, or the server
 * answered with an error. Anything else (outcomeUnknown, a deadline that
 * passed on a node, a broken reply) may have been applied.
 */
export function writeOutcome(error) {
  if (error instanceof RiakConnectionError) return error.outcomeUnknown ? UNKNOWN : UNSENT;
  if (error instanceof RiakServerError || error instanceof QueueFullError || error instanceof RiakClosedError || error instanceof RiakInvalidArgumentError)
    return UNSENT;
  if (error instanceof RiakTimeoutError && error.node === undefined) return UNSENT;
  return UNKNOWN;
}

const CHARS = 'abcdefghijklmnopqrstuvwxyz0123456789';

/** The value of write `seq` of a key: names the key and the write, then filler derived from both. */
export function makeValue(label, seq, length) {
  const head = `${label}#${seq}#`;
  let x = (seq * 2654435761) >>> 0;
  for (let i = 0; i < label.length; i++) x = Math.imul(x ^ label.charCodeAt(i), 16777619) >>> 0;
  const out = Buffer.allocUnsafe(Math.max(length, head.length));
  out.write(head, 'latin1');
  for (let i = head.length; i < out.length; i++) {
    x = (Math.imul(x, 1103515245) + 12345) >>> 0;
    out[i] = CHARS.charCodeAt((x >>> 16) % CHARS.length);
  }
  return out;
}

/** The write seq a value says it is, if it names `label`. */
export function seqOf(label, value) {
  const text = value.toString('latin1', 0, Math.min(value.length, label.length + 24));
  if (!text.startsWith(`${label}#`)) return undefined;
  const end = text.indexOf('#', label.length + 1);
  const seq = Number(text.slice(label.length + 1, end));
  return end > 0 && Number.isInteger(seq) ? seq : undefined;
}

/** One KV key: its writes (seq → { length, status }) and the last write or delete that may have taken effect. */
export class KeyRecord {
  nextSeq = 1;
  writes = new Map();
  /** Seq of the last acknowledged put. */
  lastAckedSeq = 0;
  /** The last put or delete that was acknowledged or may have been applied: { kind: 'put' | 'delete', seq, status }. */
  lastEffect = undefined;
  /**
   * The seq of the first put made after a put or delete whose outcome is
   * unknown (Infinity: none yet). Such a request may still be on its way
   * (held by a slow node, a stalled socket) and be applied after the writes
   * that follow it, replacing or deleting what they stored.
   */
  firstAfterUnknown = Infinity;

  constructor(kind, owner, type, bucket, key) {
    this.kind = kind; // 'plain' | 'churn' | 'siblings'
    this.owner = owner;
    this.type = type;
    this.bucket = bucket;
    this.key = key;
    this.label = `${bucket}/${key}`;
  }

  /** Starts a put: its seq and value. */
  beginPut(length) {
    const seq = this.nextSeq++;
    this.writes.set(seq, { length, status: PENDING });
    return { seq, value: makeValue(this.label, seq, length) };
  }

  endPut(seq, status) {
    this.writes.get(seq).status = status;
    if (status === OK) this.lastAckedSeq = seq;
    if (status !== UNSENT) this.lastEffect = { kind: 'put', seq, status };
    if (status === UNKNOWN) this.firstAfterUnknown = Math.min(this.firstAfterUnknown, this.nextSeq);
  }

  endDelete(status) {
    if (status !== UNSENT) this.lastEffect = { kind: 'delete', status };
    if (status === UNKNOWN) this.firstAfterUnknown = Math.min(this.firstAfterUnknown, this.nextSeq);
  }

  /** Whether a put or delete made before write `seq` may have been applied after it (its outcome is unknown). */
  mayBeOvertaken(seq) {
    return this.firstAfterUnknown <= seq;
  }

  /**
   * Whether stored write `stored` may have been applied after write `seq`
   * (on an allow_mult false key, what replaces it): a later write, or an
   * earlier one whose outcome is unknown.
   */
  appliedAfter(stored, seq) {
    return stored > seq || (stored < seq && this.writes.get(stored)?.status === UNKNOWN && this.mayBeOvertaken(seq));
  }

  /**
   * Checks a value read for this key: `wrong` (no write of this key has it),
   * `phantom` (its write was reported as definitely not applied) or `ok`.
   */
  judge(value) {
    const seq = seqOf(this.label, value);
    const write = seq === undefined ? undefined : this.writes.get(seq);
    if (write === undefined || !makeValue(this.label, seq, write.length).equals(value)) return { verdict: 'wrong', seq };
    if (write.status === UNSENT) return { verdict: 'phantom', seq };
    return { verdict: 'ok', seq };
  }
}

/** One counter key: increments by outcome. */
export class CounterRecord {
  acked = 0;
  unknown = 0;
  unsent = 0;

  constructor(owner, type, bucket, key) {
    this.owner = owner;
    this.type = type;
    this.bucket = bucket;
    this.key = key;
  }

  end(amount, status) {
    if (status === OK) this.acked += amount;
    else if (status === UNSENT) this.unsent += amount;
    else this.unknown += amount;
  }
}

/** Every call made, to count hung, doubly settled and misclassified ones. */
export class CallLog {
  #nextId = 0;
  pending = new Map();
  settled = 0;
  settledTwice = 0;
  ok = {};
  failed = {};
  errorsByClass = {};
  /** RiakConnectionErrors with outcomeUnknown, by call kind. */
  outcomeUnknown = {};
  nonRiakErrors = [];
  /** One error message per class. */
  samples = {};
  unlocated = [];

  /**
   * Runs `start()` (a call to the client) and records how it settles. The
   * returned promise never rejects: it resolves to { ok, value } or { ok: false, error }.
   * `where` ({ type?, bucket, key? }) is what its errors must name. The
   * handlers go on the very object the client returned, so one that called
   * both, or either twice, would be counted.
   */
  track(kind, start, where) {
    const id = this.#nextId++;
    const call = { id, kind, where, startedAt: performance.now(), settles: 0 };
    this.pending.set(id, call);
    let promise;
    try {
      promise = start();
    } catch (error) {
      promise = Promise.reject(error);
    }
    return new Promise((resolve) => {
      promise.then(
        (value) => {
          this.#settle(call, undefined);
          resolve({ ok: true, value });
        },
        (error) => {
          this.#settle(call, error);
          resolve({ ok: false, error });
        },
      );
    });
  }

  #settle(call, error) {
    call.settles++;
    if (call.settles > 1) {
      this.settledTwice++;
      return;
    }
    this.pending.delete(call.id);
    this.settled++;
    if (error === undefined) this.ok[call.kind] = (this.ok[call.kind] ?? 0) + 1;
    else this.#failed(call, error);
  }

  #failed(call, error) {
    this.failed[call.kind] = (this.failed[call.kind] ?? 0) + 1;
    if (!(error instanceof RiakError)) {
      this.nonRiakErrors.push(`${call.kind}: ${error?.constructor?.name ?? typeof error}: ${error?.message ?? String(error)}`);
      return;
    }
    const name = error.constructor.name;
    this.errorsByClass[name] = (this.errorsByClass[name] ?? 0) + 1;
    if (error instanceof RiakConnectionError && error.outcomeUnknown) this.outcomeUnknown[call.kind] = (this.outcomeUnknown[call.kind] ?? 0) + 1;
    if (!located(error, call.where)) {
      this.unlocated.push(
        `${call.kind}: ${name} node=${error.node} request=${error.request} at=${error.bucketType}/${error.bucket}/${error.key}: ${error.message}`,
      );
    }
    this.samples[name] ??= `${call.kind}: ${error.message}`;
  }
}

/**
 * Every error names its request and its bucket and key (unless the arguments
 * were refused before anything was sent); and its node when the call reached
 * one: everything but a wait for a free connection, a full queue or a closed client.
 */
function located(error, where) {
  // Refused before anything is built or sent.
  if (error instanceof RiakInvalidArgumentError) return true;
  if (error.request === undefined) return false;
  if (where !== undefined) {
    if (error.bucketType !== (where.type ?? 'default') || error.bucket !== where.bucket) return false;
    if (where.key !== undefined && error.key !== where.key) return false;
  }
  const neverPlaced =
    error instanceof QueueFullError ||
    error instanceof RiakClosedError ||
    (error instanceof RiakTimeoutError && /waiting for a free connection/.test(error.message));
  return neverPlaced || (typeof error.node === 'string' && error.node !== '');
}
