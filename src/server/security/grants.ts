import { Buffer } from 'node:buffer';
import { formatTerm } from '../erlang/format.js';

/**
 * Authorization as riak_core_security checks it: a user's grants are the
 * permissions given to the user, to every group the user belongs to (and
 * their groups, recursively), and to `all`, each on `any`, on a bucket type
 * or on one bucket of a type. Names are byte strings (one char per byte).
 */

/** Where a permission is granted or asked for. */
export type Scope =
  | { readonly kind: 'any' }
  | { readonly kind: 'type'; readonly type: string }
  | { readonly kind: 'bucket'; readonly type: string; readonly bucket: string };

/** A permission a request needs (a service's decode/2 result: `{Permission}` or `{Permission, Bucket}`). */
export interface Permission {
  readonly name: string;
  readonly scope: Scope;
}

export const ANY: Scope = { kind: 'any' };

/** The permissions riak_kv and riak_core register (riak_kv_app, riak_core_app); a Riak 3.x node has no Search. */
export const KNOWN_PERMISSIONS: Readonly<Record<string, readonly string[]>> = {
  riak_kv: ['get', 'put', 'delete', 'list_keys', 'list_buckets', 'mapreduce', 'index', 'get_preflist'],
  riak_core: ['get_bucket', 'set_bucket', 'get_bucket_type', 'set_bucket_type'],
};

/** Every known permission, for a grant of everything. */
export const ALL_PERMISSIONS: readonly string[] = Object.entries(KNOWN_PERMISSIONS).flatMap(([app, names]) => names.map((name) => `${app}.${name}`));

function scopeKey(scope: Scope): string {
  switch (scope.kind) {
    case 'any':
      return 'any';
    case 'type':
      return JSON.stringify([scope.type]);
    case 'bucket':
      return JSON.stringify([scope.type, scope.bucket]);
  }
}

/** The grants a user holds (riak_core_security's context after group_grants/1). */
export class GrantSet {
  readonly #byScope = new Map<string, Set<string>>();

  add(scope: Scope, permissions: Iterable<string>): void {
    const key = scopeKey(scope);
    let set = this.#byScope.get(key);
    if (set === undefined) this.#byScope.set(key, (set = new Set()));
    for (const permission of permissions) set.add(permission);
  }

  /**
   * match_grant/2: the grants on `any`, plus those on exactly the asked
   * scope, plus, for a bucket, those on its type.
   */
  allows(permission: Permission): boolean {
    const has = (scope: Scope) => this.#byScope.get(scopeKey(scope))?.has(permission.name) === true;
    if (has(ANY)) return true;
    const { scope } = permission;
    if (scope.kind === 'any') return false;
    if (has(scope)) return true;
    return scope.kind === 'bucket' && has({ kind: 'type', type: scope.type });
  }
}

export type CheckResult = { readonly ok: true } | { readonly ok: false; readonly errmsg: string; readonly fatal: boolean };

const CRASH = 'Error processing incoming message: error:badarg:';

/**
 * check_permissions/2 over the permissions in order, then
 * riak_api_pb_server's send_error(Error, [], State): the first one missing
 * gives "Permission denied: User 'u' does not have 'p' on T/B" (`on any`
 * for a global permission, `on T` for a bucket type). Two Riak crashes are
 * kept (the connection then closes): a type or bucket that is not UTF-8
 * makes unicode:characters_to_binary/3 fail, and the text is used as an
 * io_lib:format format, where `~~` and `~n` are rewritten and any other
 * `~` directive wants an argument there is none of.
 */
export function checkPermissions(user: string, grants: GrantSet | undefined, permissions: readonly Permission[]): CheckResult {
  if (grants === undefined) return { ok: true };
  for (const permission of permissions) {
    if (grants.allows(permission)) continue;
    const { scope } = permission;
    const where = scope.kind === 'any' ? 'any' : scope.kind === 'type' ? scope.type : `${scope.type}/${scope.bucket}`;
    if (scope.kind !== 'any' && (!isUtf8(scope.type) || (scope.kind === 'bucket' && !isUtf8(scope.bucket)))) {
      return { ok: false, fatal: true, errmsg: `${CRASH}[{unicode,characters_to_binary,3,[]},{riak_core_security,check_permission,2,[]}]` };
    }
    const text = `Permission denied: User '${user}' does not have '${permission.name}' on ${where}`;
    const formatted = formatWithoutArgs(text);
    if (formatted === undefined) return { ok: false, fatal: true, errmsg: `${CRASH}[{io_lib,format,[${formatTerm(Buffer.from(text, 'latin1'))},[]],[]}]` };
    return { ok: false, fatal: false, errmsg: formatted };
  }
  return { ok: true };
}

function isUtf8(latin1: string): boolean {
  try {
    new TextDecoder('utf-8', { fatal: true }).decode(Buffer.from(latin1, 'latin1'));
    return true;
  } catch {
    return false;
  }
}

/** io_lib:format(Text, []): `~~` and `~n` need no argument; any other directive fails (undefined). */
function formatWithoutArgs(text: string): string | undefined {
  if (!text.includes('~')) return text;
  let out = '';
  for (let i = 0; i < text.length; i++) {
    if (text[i] !== '~') {
      out += text[i];
      continue;
    }
    const next = text[++i];
    if (next === '~') out += '~';
    else if (next === 'n') out += '\n';
    else return undefined;
  }
  return out;
}
