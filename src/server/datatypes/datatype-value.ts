import { Buffer } from 'node:buffer';
import { GSet } from './crdt/gset.js';
import { Hll } from './crdt/hll.js';
import type { MapEntryValue } from './crdt/map-change.js';
import { OrMap } from './crdt/or-map.js';
import { Orswot } from './crdt/orswot.js';
import { PnCounter } from './crdt/pn-counter.js';

/** The bucket-type `datatype` values Riak supports (riak_kv_types.hrl `MOD_MAP`). */
export type DatatypeKind = 'counter' | 'set' | 'map' | 'hll' | 'gset';

/** A CRDT and its kind. `legacy` marks a Riak 1.4 counter (default bucket type, codes 50-53). */
export type DatatypeState =
  | { readonly kind: 'counter'; readonly crdt: PnCounter; readonly legacy: boolean }
  | { readonly kind: 'set'; readonly crdt: Orswot }
  | { readonly kind: 'map'; readonly crdt: OrMap }
  | { readonly kind: 'hll'; readonly crdt: Hll }
  | { readonly kind: 'gset'; readonly crdt: GSet };

// riak_kv_types.hrl: each CRDT's content type and the module named in its stored binary.
const CONTENT_TYPE: Readonly<Record<DatatypeKind, string>> = {
  counter: 'application/riak_counter',
  set: 'application/riak_set',
  map: 'application/riak_map',
  hll: 'application/riak_hll',
  gset: 'application/riak_gset',
};
const MODULE: Readonly<Record<DatatypeKind, string>> = {
  counter: 'riak_dt_pncounter',
  set: 'riak_dt_orswot',
  map: 'riak_dt_map',
  hll: 'riak_kv_hll',
  gset: 'riak_dt_gset',
};
/** riak_kv_crdt `?TAG`: the first byte of every stored CRDT. */
const CRDT_TAG = 69;

/**
 * A stored data type value, opaque to the dev-server core: it keeps it
 * under (type, bucket, key) and may show it to KV reads via
 * {@link contentType} and {@link toBinary}. Immutable; updates produce a new
 * value.
 */
export class DatatypeValue {
  readonly #state: DatatypeState;

  private constructor(state: DatatypeState) {
    this.#state = state;
  }

  /** @internal Wraps a CRDT; used by the datatype handlers. */
  static of(state: DatatypeState): DatatypeValue {
    return new DatatypeValue(state);
  }

  /** @internal A new, empty value of `kind`; `hllPrecision` only matters for `hll`. */
  static empty(kind: DatatypeKind, hllPrecision?: number): DatatypeValue {
    switch (kind) {
      case 'counter':
        return new DatatypeValue({ kind, crdt: PnCounter.empty(), legacy: false });
      case 'set':
        return new DatatypeValue({ kind, crdt: Orswot.empty() });
      case 'map':
        return new DatatypeValue({ kind, crdt: OrMap.empty() });
      case 'hll':
        return new DatatypeValue({ kind, crdt: Hll.empty(hllPrecision) });
      case 'gset':
        return new DatatypeValue({ kind, crdt: GSet.empty() });
    }
  }

  get kind(): DatatypeKind {
    return this.#state.kind;
  }

  /** @internal The CRDT itself. */
  get state(): DatatypeState {
    return this.#state;
  }

  /** What a KV get reports as the content type, e.g. `application/riak_map`. */
  get contentType(): string {
    return CONTENT_TYPE[this.#state.kind];
  }

  /**
   * A KV-visible body. The header matches riak_kv_crdt:to_binary
   * (`<<69, 2, ModLen:32, Mod, ...>>`, or `<<69, 1, ...>>` for a 1.4
   * counter) so tag checks recognise it; the rest is a JSON rendering of the
   * value, not Riak's term-encoded CRDT.
   */
  toBinary(): Buffer {
    const body = Buffer.from(JSON.stringify(plainValue(this.#state)), 'utf8');
    if (this.#state.kind === 'counter' && this.#state.legacy) return Buffer.concat([Buffer.from([CRDT_TAG, 1]), body]);
    const mod = Buffer.from(MODULE[this.#state.kind], 'latin1');
    const head = Buffer.alloc(6);
    head.writeUInt8(CRDT_TAG, 0);
    head.writeUInt8(2, 1);
    head.writeUInt32BE(mod.length, 2);
    return Buffer.concat([head, mod, body]);
  }
}

type Plain = number | string | boolean | null | Plain[] | { [key: string]: Plain };

function plainValue(state: DatatypeState): Plain {
  switch (state.kind) {
    case 'counter':
    case 'hll':
      return state.crdt.value();
    case 'set':
    case 'gset':
      return state.crdt.value();
    case 'map':
      return plainMap(state.crdt.value());
  }
}

function plainMap(entries: readonly MapEntryValue[]): Plain {
  return entries.map((entry): Plain => {
    const value: Plain = entry.type === 'map' ? plainMap(entry.value) : entry.type === 'set' ? [...entry.value] : (entry.value ?? null);
    return { name: entry.field.name, type: entry.type, value };
  });
}
