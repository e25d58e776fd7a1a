import { MapUpdate, type MapValue } from '../../index.js';
import { parseAssignment, parseInteger } from '../args.js';
import { UsageError } from '../command.js';
import { defineClientCommand } from '../client-command.js';
import { printDatatype, requireKey, targetOf, typeHelp } from '../datatype-command.js';
import { displayBytes } from '../output.js';

const FIELD_TYPES = ['counter', 'set', 'register', 'flag', 'map'] as const;
type FieldType = (typeof FIELD_TYPES)[number];

/** Applies `edit` to the field at a dotted PATH: `address.city` is `city` in the nested map `address`. */
function atPath(update: MapUpdate, flag: string, path: string, edit: (map: MapUpdate, name: string) => void): void {
  const names = path.split('.');
  if (names.some((name) => name === '')) throw new UsageError(`${flag}: invalid field path ${JSON.stringify(path)}`);
  const [head, ...rest] = names;
  if (rest.length === 0) edit(update, head);
  else update.updateMap(head, (nested) => atPath(nested, flag, rest.join('.'), edit));
}

function parseFlag(field: string, text: string): boolean {
  if (/^(on|true|enable)$/i.test(text)) return true;
  if (/^(off|false|disable)$/i.test(text)) return false;
  throw new UsageError(`--flag ${field}: expected on or off, got ${JSON.stringify(text)}`);
}

/** The `MapUpdate` of the update flags, and whether it needs a context (removals, disabling a flag). */
function buildUpdate(values: {
  counter?: string[];
  register?: string[];
  flag?: string[];
  'add-set'?: string[];
  'remove-set'?: string[];
  'remove-field'?: string[];
}): { update: MapUpdate; needsContext: boolean } {
  const update = new MapUpdate();
  let needsContext = false;
  for (const spec of values.counter ?? []) {
    const [path, text] = parseAssignment('--counter', spec);
    const by = parseInteger(`--counter ${path}`, text);
    atPath(update, '--counter', path, (map, name) => map.incrementCounter(name, by));
  }
  for (const spec of values.register ?? []) {
    const [path, value] = parseAssignment('--register', spec);
    atPath(update, '--register', path, (map, name) => map.setRegister(name, value));
  }
  for (const spec of values.flag ?? []) {
    const [path, text] = parseAssignment('--flag', spec);
    const on = parseFlag(path, text);
    needsContext ||= !on;
    atPath(update, '--flag', path, (map, name) => (on ? map.enableFlag(name) : map.disableFlag(name)));
  }
  for (const spec of values['add-set'] ?? []) {
    const [path, member] = parseAssignment('--add-set', spec);
    atPath(update, '--add-set', path, (map, name) => map.addToSet(name, member));
  }
  for (const spec of values['remove-set'] ?? []) {
    const [path, member] = parseAssignment('--remove-set', spec);
    needsContext = true;
    atPath(update, '--remove-set', path, (map, name) => map.removeFromSet(name, member));
  }
  for (const spec of values['remove-field'] ?? []) {
    const colon = spec.indexOf(':');
    const type = spec.slice(0, colon) as FieldType;
    if (colon < 0 || !FIELD_TYPES.includes(type))
      throw new UsageError(`--remove-field expects TYPE:PATH with TYPE one of ${FIELD_TYPES.join(', ')}, got ${JSON.stringify(spec)}`);
    needsContext = true;
    atPath(update, '--remove-field', spec.slice(colon + 1), (map, name) => {
      const remove = { counter: map.removeCounter, set: map.removeSet, register: map.removeRegister, flag: map.removeFlag, map: map.removeMap }[type];
      remove.call(map, name);
    });
  }
  return { update, needsContext };
}

const MAP_HEADER = ['FIELD', 'TYPE', 'VALUE'] as const;

/** `[path, type, value]` rows of a map, nested maps flattened to dotted paths, sorted. */
function mapRows(map: MapValue, prefix = ''): string[][] {
  const rows: string[][] = [];
  for (const [name, value] of Object.entries(map.counters)) rows.push([prefix + name, 'counter', String(value)]);
  for (const [name, value] of Object.entries(map.sets)) rows.push([prefix + name, 'set', value.map(displayBytes).join(', ')]);
  for (const [name, value] of Object.entries(map.registers)) rows.push([prefix + name, 'register', displayBytes(value)]);
  for (const [name, value] of Object.entries(map.flags)) rows.push([prefix + name, 'flag', value ? 'on' : 'off']);
  for (const [name, value] of Object.entries(map.maps)) rows.push(...mapRows(value, `${prefix}${name}.`));
  return rows.sort((a, b) => a[0].localeCompare(b[0]) || a[1].localeCompare(b[1]));
}

export const map = defineClientCommand({
  name: 'map',
  summary: 'fetch or update a map datatype',
  synopsis: 'map [options] BUCKET [KEY]',
  description: `Prints the map as a FIELD TYPE VALUE table (nested maps as dotted paths, e.g. address.city),
or applies the update options and prints the new map. Removals and --flag f=off read the map
first (they need its context). Without KEY (updates only), Riak generates the key and it is
printed instead. Field PATHs are dotted: --register address.city=London updates the register
city in the nested map address.
--json: {"type", "bucket", "key", "found" (true after an update), "value": {"counters": {}, "sets": {},
"registers": {}, "flags": {}, "maps": {}}} (nested maps have the same shape)`,
  optionsHelp: `${typeHelp('maps')}
  --counter PATH=N       increment a counter by N (negative decrements)
  --register PATH=VALUE  set a register
  --flag PATH=on|off     enable or disable a flag
  --add-set PATH=MEMBER  add a member to a set
  --remove-set PATH=MEMBER
                         remove a member from a set
  --remove-field TYPE:PATH
                         remove a field; TYPE is counter, set, register, flag or map
  (each update option is repeatable)`,
  options: {
    type: { type: 'string' },
    counter: { type: 'string', multiple: true },
    register: { type: 'string', multiple: true },
    flag: { type: 'string', multiple: true },
    'add-set': { type: 'string', multiple: true },
    'remove-set': { type: 'string', multiple: true },
    'remove-field': { type: 'string', multiple: true },
  },
  positionals: [1, 2],
  async run({ values, positionals, connect, out, call }) {
    const target = targetOf(values, positionals, 'maps');
    const where = { type: target.type, bucket: target.bucket };
    const { update, needsContext } = buildUpdate(values);
    if (update.isEmpty) {
      const key = requireKey(target, 'to fetch a map');
      const client = await connect();
      const result = await client.fetchMap({ ...where, key, ...call });
      await printDatatype(out, target, result, () => out.table(mapRows(result.value), MAP_HEADER));
      return;
    }
    if (needsContext) requireKey(target, 'to remove from a map');
    const client = await connect();
    const context = needsContext ? (await client.fetchMap({ ...where, key: target.key as string, ...call })).context : undefined;
    const result = await client.updateMap({
      ...where,
      ...(target.key !== undefined ? { key: target.key } : {}),
      update,
      ...(context ? { context } : {}),
      returnBody: true,
      ...call,
    });
    await printDatatype(out, target, result, () =>
      out.table(mapRows(result.value ?? { counters: {}, sets: {}, registers: {}, flags: {}, maps: {} }), MAP_HEADER),
    );
  },
});
