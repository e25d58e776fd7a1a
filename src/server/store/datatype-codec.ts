import { Buffer } from 'node:buffer';
import { GSet } from '../datatypes/crdt/gset.js';
import { Hll } from '../datatypes/crdt/hll.js';
import { OrMap } from '../datatypes/crdt/or-map.js';
import { Orswot } from '../datatypes/crdt/orswot.js';
import { PnCounter } from '../datatypes/crdt/pn-counter.js';
import { DatatypeValue, type DatatypeKind } from '../datatypes/datatype-value.js';
import { ByteReader, ByteWriter } from './byte-writer.js';
import { readGSet, readHll, readOrMap, readOrswot, readPnCounter, writeGSet, writeHll, writeOrMap, writeOrswot, writePnCounter } from './crdt-state-codec.js';
import { decodeLegacyDatatype, LEGACY_JSON_FORMAT } from './legacy-datatype-codec.js';

/**
 * Datatype values on a durable backend: the CRDT's whole exported state
 * (crdt-state-codec.ts), so a value read back after a restart is the value
 * written (same dots, tombstones, deferred removes, per-actor counts, HLL
 * registers), not a rebuild from what clients see.
 *
 *   Payload = 0x01 (format), Kind:8, State   (a counter adds Legacy:8 before its state)
 *
 * Records of the first format (JSON, starting `{`) still load, rebuilt
 * approximately (legacy-datatype-codec.ts).
 */

const STATE_FORMAT = 0x01;
const KINDS: readonly DatatypeKind[] = ['counter', 'set', 'map', 'hll', 'gset'];

export function encodeDatatype(value: DatatypeValue): Buffer {
  const state = value.state;
  const w = new ByteWriter(64);
  w.byte(STATE_FORMAT);
  w.byte(KINDS.indexOf(state.kind));
  switch (state.kind) {
    case 'counter':
      w.byte(state.legacy ? 1 : 0);
      writePnCounter(w, state.crdt.exportState());
      break;
    case 'set':
      writeOrswot(w, state.crdt.exportState());
      break;
    case 'map':
      writeOrMap(w, state.crdt.exportState());
      break;
    case 'hll':
      writeHll(w, state.crdt.exportState());
      break;
    case 'gset':
      writeGSet(w, state.crdt.exportState());
      break;
  }
  return Buffer.from(w.view());
}

export function decodeDatatype(bytes: Buffer): DatatypeValue {
  if (bytes[0] === LEGACY_JSON_FORMAT) return decodeLegacyDatatype(bytes);
  if (bytes[0] !== STATE_FORMAT) throw new RangeError(`unknown stored datatype format ${bytes[0]}`);
  const r = new ByteReader(bytes, 1);
  const value = readValue(r);
  if (!r.done) throw new RangeError('stored datatype has trailing bytes');
  return value;
}

function readValue(r: ByteReader): DatatypeValue {
  const kind = KINDS[r.byte()];
  switch (kind) {
    case 'counter': {
      const legacy = r.byte() === 1;
      return DatatypeValue.of({ kind, crdt: PnCounter.importState(readPnCounter(r)), legacy });
    }
    case 'set':
      return DatatypeValue.of({ kind, crdt: Orswot.importState(readOrswot(r)) });
    case 'map':
      return DatatypeValue.of({ kind, crdt: OrMap.importState(readOrMap(r)) });
    case 'hll':
      return DatatypeValue.of({ kind, crdt: Hll.importState(readHll(r)) });
    case 'gset':
      return DatatypeValue.of({ kind, crdt: GSet.importState(readGSet(r)) });
    default:
      throw new RangeError('unknown stored datatype kind');
  }
}
