import { ORGANISATION_ROLES, type OrganisationRole } from '../../../shared/contracts/accounts.ts';

/**
 * Identity providers for single sign-on, configured by the environment variable `OIDC_PROVIDERS`: a JSON
 * array, one object per provider. Read once at start-up by `loadConfig`; a mistake stops the start with a
 * message that names the provider and the field, never the client secret.
 */
export interface SsoProviderSettings {
  /** Short name in URLs (`/api/auth/sso/<id>/start`): lower-case letters, digits and dashes. */
  id: string;
  /** What the sign-in button says: "Mit <name> anmelden". */
  name: string;
  /** The issuer identifier; its `/.well-known/openid-configuration` is read on first use. */
  issuer: string;
  clientId: string;
  clientSecret: string;
  /** Organisations whose members this provider vouches for: a person it names for one is confirmed at once. */
  organisationIds: string[];
  /** Names of the ID token claims read for the person's name, e-mail address, organisation and groups. */
  claims: { name: string; email: string; organisation: string | undefined; groups?: string | undefined };
  /**
   * Group value → role in the vouched home organisation, applied at each sign-in (the highest role of the
   * person's groups; `member` when none matches). Empty: the provider leaves roles alone.
   */
  groupRoles?: GroupRole[];
  /** Where it is configured: the environment (read-only in the admin area) or the admin area. */
  source?: 'environment' | 'admin';
}

export interface GroupRole {
  group: string;
  role: OrganisationRole;
}

export const PROVIDER_ID = /^[a-z0-9](?:[a-z0-9-]{0,38}[a-z0-9])?$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const KNOWN_KEYS = ['id', 'name', 'issuer', 'clientId', 'clientSecret', 'organisations', 'claims', 'groupRoles'];

function text(where: string, field: string, value: unknown, max = 200): string {
  if (typeof value !== 'string' || value.trim() === '' || value.length > max)
    throw new Error(`OIDC_PROVIDERS: ${where}.${field} must be a non-empty text of at most ${max} characters`);
  return value.trim();
}

function issuerUrl(where: string, value: unknown): string {
  const raw = text(where, 'issuer', value, 500);
  let parsed: URL;
  try {
    parsed = new URL(raw);
  } catch {
    throw new Error(`OIDC_PROVIDERS: ${where}.issuer is not a valid URL`);
  }
  if (parsed.search || parsed.hash) throw new Error(`OIDC_PROVIDERS: ${where}.issuer must have no query or fragment`);
  // Plain http only for a provider on this machine (development, tests): elsewhere the tokens would travel readable.
  const local = ['localhost', '127.0.0.1', '[::1]'].includes(parsed.hostname);
  if (parsed.protocol !== 'https:' && !(parsed.protocol === 'http:' && local))
    throw new Error(`OIDC_PROVIDERS: ${where}.issuer must be an https URL (http only for localhost)`);
  return raw;
}

function claimsOf(where: string, value: unknown): SsoProviderSettings['claims'] {
  if (value === undefined) return { name: 'name', email: 'email', organisation: undefined };
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`OIDC_PROVIDERS: ${where}.claims must be an object`);
  const claims = value as Record<string, unknown>;
  for (const key of Object.keys(claims)) {
    if (!['name', 'email', 'organisation', 'groups'].includes(key))
      throw new Error(
        `OIDC_PROVIDERS: ${where}.claims.${key} is not a known setting (name, email, organisation, groups)`,
      );
  }
  return {
    name: claims.name === undefined ? 'name' : text(where, 'claims.name', claims.name, 100),
    email: claims.email === undefined ? 'email' : text(where, 'claims.email', claims.email, 100),
    organisation:
      claims.organisation === undefined ? undefined : text(where, 'claims.organisation', claims.organisation, 100),
    groups: claims.groups === undefined ? undefined : text(where, 'claims.groups', claims.groups, 100),
  };
}

function groupRolesOf(where: string, value: unknown): GroupRole[] {
  if (value === undefined) return [];
  const valid =
    Array.isArray(value) &&
    value.every(
      (entry) =>
        typeof entry === 'object' &&
        entry !== null &&
        typeof entry.group === 'string' &&
        entry.group.trim() !== '' &&
        entry.group.length <= 200 &&
        (ORGANISATION_ROLES as readonly unknown[]).includes(entry.role) &&
        Object.keys(entry).every((k) => k === 'group' || k === 'role'),
    );
  if (!valid)
    throw new Error(
      `OIDC_PROVIDERS: ${where}.groupRoles must be a list of { "group": text, "role": ${ORGANISATION_ROLES.join(' | ')} }`,
    );
  return (value as GroupRole[]).map((entry) => ({ group: entry.group.trim(), role: entry.role }));
}

function providerOf(value: unknown, index: number): SsoProviderSettings {
  let where = `[${index}]`;
  if (typeof value !== 'object' || value === null || Array.isArray(value))
    throw new Error(`OIDC_PROVIDERS: ${where} must be an object`);
  const entry = value as Record<string, unknown>;
  const id = text(where, 'id', entry.id, 40);
  if (!PROVIDER_ID.test(id))
    throw new Error(`OIDC_PROVIDERS: ${where}.id must be lower-case letters, digits and dashes`);
  where = `"${id}"`;
  for (const key of Object.keys(entry)) {
    if (!KNOWN_KEYS.includes(key)) throw new Error(`OIDC_PROVIDERS: ${where}.${key} is not a known setting`);
  }
  const organisations = entry.organisations ?? [];
  if (!Array.isArray(organisations) || organisations.some((o) => typeof o !== 'string' || !UUID.test(o)))
    throw new Error(`OIDC_PROVIDERS: ${where}.organisations must be a list of organisation ids`);
  return {
    id,
    name: text(where, 'name', entry.name, 100),
    issuer: issuerUrl(where, entry.issuer),
    clientId: text(where, 'clientId', entry.clientId, 500),
    clientSecret: text(where, 'clientSecret', entry.clientSecret, 1000),
    organisationIds: (organisations as string[]).map((o) => o.toLowerCase()),
    claims: claimsOf(where, entry.claims),
    groupRoles: groupRolesOf(where, entry.groupRoles),
    source: 'environment',
  };
}

/** Why an issuer address is not acceptable (the same rule as for `OIDC_PROVIDERS`), or null. */
export function issuerIssue(value: string): string | null {
  try {
    issuerUrl('issuer', value);
    return null;
  } catch (error) {
    return (error as Error).message.replace('OIDC_PROVIDERS: issuer.issuer', 'The issuer');
  }
}

/** Parses `OIDC_PROVIDERS`; unset or empty means no single sign-on. */
export function ssoProvidersOf(value: string | undefined): SsoProviderSettings[] {
  if (value === undefined || value.trim() === '') return [];
  let parsed: unknown;
  try {
    parsed = JSON.parse(value);
  } catch {
    throw new Error('OIDC_PROVIDERS must be a JSON array of providers');
  }
  if (!Array.isArray(parsed)) throw new Error('OIDC_PROVIDERS must be a JSON array of providers');
  const providers = parsed.map(providerOf);
  const ids = new Set<string>();
  for (const provider of providers) {
    if (ids.has(provider.id)) throw new Error(`OIDC_PROVIDERS: the id "${provider.id}" is used twice`);
    ids.add(provider.id);
  }
  return providers;
}
