import { Buffer } from 'node:buffer';
import { RiakInvalidArgumentError } from '../../errors.js';
import { parseCidr, sameCidr, type Cidr } from './cidr.js';
import { ANY, GrantSet, KNOWN_PERMISSIONS, type Scope } from './grants.js';
import type { DevServerGrant, DevServerGroup, DevServerSecurityOptions, DevServerSecuritySource, DevServerSource } from './options.js';

/**
 * Users, groups, grants and sources as `riak admin security` would build
 * them (riak_core_security add_user/add_group/add_grant/add_source), with
 * riak_core_console's texts for what it refuses. Names are lowercased
 * (name2bin/1) and kept as byte strings of their UTF-8.
 */

/** A source entry (riak_core_security's `{User | all, CIDR}` → `{Source, Options}`). */
export interface ResolvedSource {
  /** A stored user name, or undefined for `all`. */
  readonly user: string | undefined;
  readonly cidr: Cidr;
  readonly source: DevServerSecuritySource;
}

export interface ResolvedUser {
  readonly name: string;
  readonly password: string | undefined;
}

export interface ResolvedRoles {
  /** By stored name. */
  readonly users: ReadonlyMap<string, ResolvedUser>;
  /** Most specific CIDR first; at the same mask, a user's own source before `all`'s (sort_sources/1). */
  readonly sources: readonly ResolvedSource[];
  /** Each user's grants; undefined when no `grants` were configured (every permission, as before grants existed). */
  readonly grants: ReadonlyMap<string, GrantSet> | undefined;
}

const SOURCES: readonly string[] = ['password', 'certificate', 'trust'];

/** Names riak_core_security refuses for users and groups. */
const RESERVED = new Set(['all', 'on', 'to', 'from', 'any']);

/** riak_core_security's ?ILLEGAL name characters: controls, space to comma, `:` to `?`, DEL to `¿`. */
function illegalNameChar(name: string): string | undefined {
  for (const char of name) {
    const code = char.codePointAt(0) as number;
    if (code <= 44 || (code >= 58 && code <= 63) || (code >= 127 && code <= 191)) return char;
  }
  return undefined;
}

/** name2bin/1: lowercased, as UTF-8 bytes (one char per byte). */
const name2bin = (name: string): string => Buffer.from(name.toLowerCase(), 'utf8').toString('latin1');
/** bucket2bin/1: type and bucket names as UTF-8 bytes, case kept. */
const utf8Bytes = (name: string): string => Buffer.from(name, 'utf8').toString('latin1');
/** Bytes back to text for messages. */
const shown = (bytes: string): string => Buffer.from(bytes, 'latin1').toString('utf8');

/** riak-admin's comma-separated lists (string:tokens/2: empty items dropped), or an array. */
function list(value: unknown, where: string): string[] {
  if (typeof value === 'string') return value.split(',').filter((item) => item !== '');
  if (Array.isArray(value) && value.every((item) => typeof item === 'string')) return value as string[];
  throw new RiakInvalidArgumentError(`Invalid ${where}: expected an array of names or a comma-separated string`);
}

function fail(where: string, riakText: string): never {
  throw new RiakInvalidArgumentError(`Invalid ${where}: ${riakText}`);
}

export function resolveRoles(options: DevServerSecurityOptions, hasCa: boolean): ResolvedRoles {
  if (!Array.isArray(options.users)) throw new RiakInvalidArgumentError('Invalid security.users: expected an array of { name, password?, source?, groups? }');
  const groups = resolveGroups(options.groups);
  const users = new Map<string, ResolvedUser>();
  const userGroups = new Map<string, string[]>();
  const sources: ResolvedSource[] = [];
  const everywhere = parseCidr('0.0.0.0/0') as Cidr;
  for (const user of options.users) {
    const stored = checkName(user?.name, 'security.users');
    const where = `security.users ${JSON.stringify(user.name)}`;
    if (users.has(stored)) fail(where, 'duplicate user (This name is already in use)');
    if (user.password !== undefined && typeof user.password !== 'string') fail(where, '`password` must be a string');
    if (user.source !== undefined) {
      if (!SOURCES.includes(user.source)) fail(where, `source ${JSON.stringify(user.source)} (expected 'password', 'certificate' or 'trust')`);
      if (user.source === 'password' && typeof user.password !== 'string') fail(where, 'the password source needs a `password`');
      if (user.source === 'certificate' && !hasCa) fail(where, 'the certificate source needs security.tls.ca to verify client certificates');
      // The short form: this user's source for every client address.
      sources.push({ user: stored, cidr: everywhere, source: user.source });
    }
    users.set(stored, { name: stored, password: user.password });
    userGroups.set(stored, memberships(user.groups, groups, where));
  }
  const groupMembers = new Map<string, string[]>();
  for (const group of options.groups ?? [])
    groupMembers.set(name2bin(group.name), memberships(group.groups, groups, `security.groups ${JSON.stringify(group.name)}`));

  for (const [i, source] of (options.sources ?? []).entries()) addSource(sources, source, users, hasCa, `security.sources[${i}]`);
  return {
    users,
    sources: sortSources(sources),
    grants: options.grants === undefined ? undefined : resolveGrants(options.grants, users, groups, userGroups, groupMembers),
  };
}

function checkName(name: unknown, what: string): string {
  if (typeof name !== 'string' || name === '') throw new RiakInvalidArgumentError(`Invalid ${what}: every entry needs a non-empty \`name\``);
  const where = `${what} ${JSON.stringify(name)}`;
  const stored = name2bin(name);
  if (RESERVED.has(name.toLowerCase())) fail(where, 'the name is reserved by Riak (This name is reserved for system use)');
  const bad = illegalNameChar(name);
  if (bad !== undefined) fail(where, `Riak does not allow ${JSON.stringify(bad)} in user names (Illegal character(s) in name)`);
  return stored;
}

function resolveGroups(groups: readonly DevServerGroup[] | undefined): Set<string> {
  if (groups === undefined) return new Set();
  if (!Array.isArray(groups)) throw new RiakInvalidArgumentError('Invalid security.groups: expected an array of { name, groups? }');
  const names = new Set<string>();
  for (const group of groups) {
    const stored = checkName(group?.name, 'security.groups');
    if (names.has(stored)) fail(`security.groups ${JSON.stringify(group.name)}`, 'This name is already in use');
    names.add(stored);
  }
  return names;
}

/** validate_groups_option/1: `all` is dropped, unknown groups are refused. */
function memberships(value: unknown, groups: ReadonlySet<string>, where: string): string[] {
  if (value === undefined) return [];
  const names = list(value, `${where} groups`)
    .filter((name) => name !== 'all')
    .map(name2bin);
  const unknown = names.filter((name) => !groups.has(name));
  if (unknown.length > 0) fail(where, `Group(s) not recognized: ${unknown.map(shown).join(', ')}`);
  return names;
}

function addSource(sources: ResolvedSource[], source: DevServerSource, users: ReadonlyMap<string, ResolvedUser>, hasCa: boolean, where: string): void {
  if (source === null || typeof source !== 'object') fail(where, 'expected { users, cidr, source }');
  const cidr = typeof source.cidr === 'string' ? parseCidr(source.cidr) : undefined;
  if (cidr === undefined) fail(where, `cidr ${JSON.stringify(source.cidr)} is not an address/mask such as 127.0.0.1/32`);
  if (!SOURCES.includes(source.source)) fail(where, `source ${JSON.stringify(source.source)} (expected 'password', 'certificate' or 'trust')`);
  if (source.source === 'certificate' && !hasCa) fail(where, 'the certificate source needs security.tls.ca to verify client certificates');
  const names = source.users === 'all' ? undefined : list(source.users, `${where} users`);
  if (names !== undefined && names.length === 1 && names[0] === 'all') {
    addSource(sources, { ...source, users: 'all' }, users, hasCa, where);
    return;
  }
  const targets = names === undefined ? [undefined] : names.map(name2bin);
  const unknown = targets.filter((name): name is string => name !== undefined && !users.has(name));
  if (unknown.length > 0) fail(where, `User(s) not recognized: ${unknown.map(shown).join(', ')}`);
  for (const user of targets) {
    // One source per {user, anchored CIDR}: a later one replaces it (riak_core_metadata:put).
    const at = sources.findIndex((s) => s.user === user && sameCidr(s.cidr, cidr));
    const entry = { user, cidr, source: source.source };
    if (at >= 0) sources[at] = entry;
    else sources.push(entry);
  }
}

/**
 * sort_sources/1 sorts `all` sources first, then by mask length with a
 * strict comparison, which puts equal masks in reverse order: the most
 * specific CIDR comes first, and at the same mask a user's own source comes
 * before `all`'s.
 */
function sortSources(sources: ResolvedSource[]): ResolvedSource[] {
  return [...sources].sort((a, b) => b.cidr.bits - a.cidr.bits || Number(a.user === undefined) - Number(b.user === undefined));
}

function scopeOf(on: DevServerGrant['on'], where: string): Scope {
  if (on === 'any') return ANY;
  if (typeof on === 'string' && on !== '') return { kind: 'type', type: utf8Bytes(on) };
  if (Array.isArray(on) && on.length === 2 && on.every((part) => typeof part === 'string' && part !== '')) {
    return { kind: 'bucket', type: utf8Bytes(on[0]), bucket: utf8Bytes(on[1]) };
  }
  fail(where, "`on` must be 'any', a bucket type name, or [type, bucket]");
}

/** validate_permissions/1: `app.perm` (string:tokens on "."), a permission the app registers. */
function unknownPermission(permission: string): boolean {
  const parts = permission.split('.').filter((part) => part !== '');
  return parts.length !== 2 || !(KNOWN_PERMISSIONS[parts[0]] ?? []).includes(parts[1]);
}

interface Grantee {
  role: 'user' | 'group';
  name: string;
}

function resolveGrants(
  grants: readonly DevServerGrant[],
  users: ReadonlyMap<string, ResolvedUser>,
  groups: ReadonlySet<string>,
  userGroups: ReadonlyMap<string, string[]>,
  groupMembers: ReadonlyMap<string, string[]>,
): Map<string, GrantSet> {
  if (!Array.isArray(grants)) throw new RiakInvalidArgumentError('Invalid security.grants: expected an array of { permissions, on, to }');
  const byRole = new Map<string, { scope: Scope; permissions: string[] }[]>();
  const grant = (role: string, scope: Scope, permissions: string[]) => {
    const entries = byRole.get(role) ?? [];
    entries.push({ scope, permissions });
    byRole.set(role, entries);
  };
  for (const [i, entry] of grants.entries()) {
    const where = `security.grants[${i}]`;
    if (entry === null || typeof entry !== 'object') fail(where, 'expected { permissions, on, to }');
    const permissions = list(entry.permissions, `${where} permissions`);
    const scope = scopeOf(entry.on, where);
    // check_grant_blockers/3: unknown names, then ambiguous ones, then the permission error, one per line.
    const errors: string[] = [];
    let grantees: Grantee[] | 'all' = 'all';
    if (entry.to !== 'all') {
      const roles = list(entry.to, `${where} to`);
      if (roles.length === 1 && roles[0] === 'all') grantees = 'all';
      else {
        const typed = roles.map((role) => granteeOf(name2bin(role), users, groups));
        const unknown = typed.filter((g) => g.kind === 'unknown').map((g) => shown(g.name));
        const both = typed.filter((g) => g.kind === 'both').map((g) => shown(g.name));
        if (unknown.length > 0) errors.push(`Name(s) not recognized: ${unknown.join(', ')}`);
        if (both.length > 0) errors.push(`Ambiguous names need to be prefixed with 'user/' or 'group/': ${both.join(', ')}`);
        grantees = typed
          .filter((g): g is Grantee & { kind: 'user' | 'group' } => g.kind === 'user' || g.kind === 'group')
          .map((g) => ({ role: g.kind, name: g.name }));
      }
    }
    const badPermission = permissions.find(unknownPermission);
    if (badPermission !== undefined) errors.push(`Permission not recognized: ${badPermission}`);
    if (errors.length > 0) fail(where, errors.join('\n'));
    if (grantees === 'all') grant('group/all', scope, permissions);
    else for (const g of grantees) grant(`${g.role}/${g.name}`, scope, permissions);
  }

  const out = new Map<string, GrantSet>();
  for (const user of users.keys()) {
    const set = new GrantSet();
    const apply = (role: string) => {
      for (const { scope, permissions } of byRole.get(role) ?? []) set.add(scope, permissions);
    };
    apply('group/all');
    apply(`user/${user}`);
    // accumulate_grants/4: the user's groups, their groups, and so on, each once.
    const seen = new Set<string>();
    const pending = [...(userGroups.get(user) ?? [])];
    while (pending.length > 0) {
      const group = pending.shift() as string;
      if (seen.has(group)) continue;
      seen.add(group);
      apply(`group/${group}`);
      pending.push(...(groupMembers.get(group) ?? []));
    }
    out.set(user, set);
  }
  return out;
}

/** role_type/1, with the `user/` and `group/` prefixes chopped (chop_name/1). */
function granteeOf(
  name: string,
  users: ReadonlyMap<string, ResolvedUser>,
  groups: ReadonlySet<string>,
): { kind: 'user' | 'group' | 'both' | 'unknown'; name: string } {
  if (name.startsWith('user/')) {
    const bare = name.slice(5);
    return { kind: users.has(bare) ? 'user' : 'unknown', name: bare };
  }
  if (name.startsWith('group/')) {
    const bare = name.slice(6);
    return { kind: groups.has(bare) ? 'group' : 'unknown', name: bare };
  }
  const isUser = users.has(name);
  const isGroup = groups.has(name);
  return { kind: isUser && isGroup ? 'both' : isUser ? 'user' : isGroup ? 'group' : 'unknown', name };
}
