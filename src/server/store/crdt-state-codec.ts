import { Buffer } from 'node:buffer';
import type { EmCounterState } from '../datatypes/crdt/em-counter.js';
import type { Field, FieldType } from '../datatypes/crdt/field.js';
import type { GSetState } from '../datatypes/crdt/gset.js';
import type { HllState } from '../datatypes/crdt/hll.js';
import type { LwwRegisterState } from '../datatypes/crdt/lww-register.js';
import type { OdFlagState } from '../datatypes/crdt/od-flag.js';
import type { EmbeddedState, FieldEntryState, OrMapState } from '../datatypes/crdt/or-map.js';
import type { OrswotState } from '../datatypes/crdt/orswot.js';
import type { PnCounterState, Tally } from '../datatypes/crdt/pn-counter.js';
import type { Dot, VClock } from '../datatypes/crdt/vclock.js';
import type { ByteReader, ByteWriter } from './byte-writer.js';

/**
 * The CRDTs' exported states (their `exportState()`) as bytes, and back:
 * everything a CRDT holds, so a datatype read from disk behaves as it did
 * before it was written (same value and context, and the same answer to
 * any later operation). Layout, with varints for counts (byte-writer.ts):
 *
 *   Clock     = Count, (Actor:latin1, Counter)*
 *   Number    = 0, Varint | 1, Float64BE   (a count or a microsecond time that is not a safe non-negative integer)
 *   Counter   = Count, (Actor, Inc:Number, Dec:Number)*
 *   Set       = Clock, Count, (Member, Dots:Clock)*, Count, (Ctx:Clock, Count, Member*)*
 *   Map       = Clock, Count, Field*, Count, (Ctx:Clock, Count, FieldId*)*
 *   Field     = FieldId, Count, (Actor, Counter, Embedded)*, Tombstone:Embedded
 *   FieldId   = Name:latin1, Type:8
 *   Embedded  = by the field's type: EmCounter | Set | Register | Flag | Map
 *   EmCounter = Clock, Count, (Actor, Event, Inc:Number, Dec:Number)*
 *   Register  = 0 (undefined) | 1, Value:latin1; then Timestamp:Number
 *   Flag      = Clock, Dots:Clock, Count, Ctx:Clock*
 *   Hll       = Precision:8, 0, Registers:bytes | 1, Count, (Index, Rank:8)*  (dense or sparse)
 *   GSet      = Count, Member*
 */

const FIELD_TYPES: readonly FieldType[] = ['counter', 'set', 'register', 'flag', 'map'];

const NUMBER_VARINT = 0;
const NUMBER_FLOAT = 1;
const HLL_DENSE = 0;
const HLL_SPARSE = 1;

function writeNumber(w: ByteWriter, value: number): void {
  if (Number.isSafeInteger(value) && value >= 0) {
    w.byte(NUMBER_VARINT);
    w.varint(value);
    return;
  }
  const bytes = Buffer.alloc(8);
  bytes.writeDoubleBE(value);
  w.byte(NUMBER_FLOAT);
  w.raw(bytes);
}

function readNumber(r: ByteReader): number {
  const tag = r.byte();
  if (tag === NUMBER_VARINT) return r.varint();
  if (tag !== NUMBER_FLOAT) throw new RangeError(`unknown stored number tag ${tag}`);
  return r.raw(8).readDoubleBE(0);
}

function writeClock(w: ByteWriter, clock: VClock): void {
  w.varint(clock.size);
  for (const [actor, counter] of clock) {
    w.latin1(actor);
    w.varint(counter);
  }
}

function readClock(r: ByteReader): VClock {
  const clock = new Map<string, number>();
  for (let n = r.varint(); n > 0; n--) {
    const actor = r.latin1();
    clock.set(actor, r.varint());
  }
  return clock;
}

/** `count` items read by `read`. */
function readList<T>(r: ByteReader, read: () => T): T[] {
  const out: T[] = [];
  for (let n = r.varint(); n > 0; n--) out.push(read());
  return out;
}

function writeFieldId(w: ByteWriter, field: Field): void {
  w.latin1(field.name);
  w.byte(FIELD_TYPES.indexOf(field.type));
}

function readFieldId(r: ByteReader): Field {
  const name = r.latin1();
  const type = FIELD_TYPES[r.byte()];
  if (type === undefined) throw new RangeError('unknown stored map field type');
  return { name, type };
}

export function writePnCounter(w: ByteWriter, state: PnCounterState): void {
  w.varint(state.tallies.size);
  for (const [actor, { inc, dec }] of state.tallies) {
    w.latin1(actor);
    writeNumber(w, inc);
    writeNumber(w, dec);
  }
}

export function readPnCounter(r: ByteReader): PnCounterState {
  const tallies = new Map<string, Tally>();
  for (let n = r.varint(); n > 0; n--) {
    const actor = r.latin1();
    tallies.set(actor, { inc: readNumber(r), dec: readNumber(r) });
  }
  return { tallies };
}

export function writeOrswot(w: ByteWriter, state: OrswotState): void {
  writeClock(w, state.clock);
  w.varint(state.entries.size);
  for (const [member, dots] of state.entries) {
    w.latin1(member);
    writeClock(w, dots);
  }
  w.varint(state.deferred.length);
  for (const { ctx, members } of state.deferred) {
    writeClock(w, ctx);
    w.varint(members.length);
    for (const member of members) w.latin1(member);
  }
}

export function readOrswot(r: ByteReader): OrswotState {
  const clock = readClock(r);
  const entries = new Map<string, VClock>();
  for (let n = r.varint(); n > 0; n--) {
    const member = r.latin1();
    entries.set(member, readClock(r));
  }
  const deferred = readList(r, () => ({ ctx: readClock(r), members: readList(r, () => r.latin1()) }));
  return { clock, entries, deferred };
}

function writeEmCounter(w: ByteWriter, state: EmCounterState): void {
  writeClock(w, state.clock);
  w.varint(state.entries.size);
  for (const [actor, { event, inc, dec }] of state.entries) {
    w.latin1(actor);
    w.varint(event);
    writeNumber(w, inc);
    writeNumber(w, dec);
  }
}

function readEmCounter(r: ByteReader): EmCounterState {
  const clock = readClock(r);
  const entries = new Map<string, { event: number; inc: number; dec: number }>();
  for (let n = r.varint(); n > 0; n--) {
    const actor = r.latin1();
    entries.set(actor, { event: r.varint(), inc: readNumber(r), dec: readNumber(r) });
  }
  return { clock, entries };
}

function writeRegister(w: ByteWriter, state: LwwRegisterState): void {
  if (state.value === undefined) {
    w.byte(0);
  } else {
    w.byte(1);
    w.latin1(state.value);
  }
  writeNumber(w, state.timestamp);
}

function readRegister(r: ByteReader): LwwRegisterState {
  const value = r.byte() === 1 ? r.latin1() : undefined;
  return { value, timestamp: readNumber(r) };
}

function writeFlag(w: ByteWriter, state: OdFlagState): void {
  writeClock(w, state.clock);
  writeClock(w, state.dots);
  w.varint(state.deferred.length);
  for (const ctx of state.deferred) writeClock(w, ctx);
}

function readFlag(r: ByteReader): OdFlagState {
  return { clock: readClock(r), dots: readClock(r), deferred: readList(r, () => readClock(r)) };
}

function writeEmbedded(w: ByteWriter, embedded: EmbeddedState): void {
  if (embedded.type === 'counter') writeEmCounter(w, embedded.state);
  else if (embedded.type === 'set') writeOrswot(w, embedded.state);
  else if (embedded.type === 'register') writeRegister(w, embedded.state);
  else if (embedded.type === 'flag') writeFlag(w, embedded.state);
  else writeOrMap(w, embedded.state);
}

function readEmbedded(r: ByteReader, type: FieldType): EmbeddedState {
  switch (type) {
    case 'counter':
      return { type, state: readEmCounter(r) };
    case 'set':
      return { type, state: readOrswot(r) };
    case 'register':
      return { type, state: readRegister(r) };
    case 'flag':
      return { type, state: readFlag(r) };
    case 'map':
      return { type, state: readOrMap(r) };
  }
}

export function writeOrMap(w: ByteWriter, state: OrMapState): void {
  writeClock(w, state.clock);
  w.varint(state.fields.length);
  for (const { field, dots, tombstone } of state.fields) {
    writeFieldId(w, field);
    w.varint(dots.length);
    for (const { dot, value } of dots) {
      w.latin1(dot[0]);
      w.varint(dot[1]);
      writeEmbedded(w, value);
    }
    writeEmbedded(w, tombstone);
  }
  w.varint(state.deferred.length);
  for (const { ctx, fields } of state.deferred) {
    writeClock(w, ctx);
    w.varint(fields.length);
    for (const field of fields) writeFieldId(w, field);
  }
}

export function readOrMap(r: ByteReader): OrMapState {
  const clock = readClock(r);
  const fields = readList(r, (): FieldEntryState => {
    const field = readFieldId(r);
    const dots = readList(r, () => {
      const dot: Dot = [r.latin1(), r.varint()];
      return { dot, value: readEmbedded(r, field.type) };
    });
    return { field, dots, tombstone: readEmbedded(r, field.type) };
  });
  const deferred = readList(r, () => ({ ctx: readClock(r), fields: readList(r, () => readFieldId(r)) }));
  return { clock, fields, deferred };
}

export function writeHll(w: ByteWriter, state: HllState): void {
  w.byte(state.precision);
  const used: number[] = [];
  state.registers.forEach((rank, index) => {
    if (rank !== 0) used.push(index);
  });
  // Sparse while (index, rank) pairs take less room than every register.
  if (used.length * 4 < state.registers.length) {
    w.byte(HLL_SPARSE);
    w.varint(used.length);
    for (const index of used) {
      w.varint(index);
      w.byte(state.registers[index]);
    }
  } else {
    w.byte(HLL_DENSE);
    w.bytes(state.registers);
  }
}

export function readHll(r: ByteReader): HllState {
  const precision = r.byte();
  const mode = r.byte();
  if (mode === HLL_DENSE) return { precision, registers: Uint8Array.from(r.bytes()) };
  if (mode !== HLL_SPARSE) throw new RangeError(`unknown stored HLL layout ${mode}`);
  if (precision > 16) throw new RangeError(`stored HLL precision ${precision} is out of range`);
  const registers = new Uint8Array(1 << precision);
  for (let n = r.varint(); n > 0; n--) {
    const index = r.varint();
    if (index >= registers.length) throw new RangeError('stored HLL register index is out of range');
    registers[index] = r.byte();
  }
  return { precision, registers };
}

export function writeGSet(w: ByteWriter, state: GSetState): void {
  w.varint(state.members.length);
  for (const member of state.members) w.latin1(member);
}

export function readGSet(r: ByteReader): GSetState {
  return { members: readList(r, () => r.latin1()) };
}
