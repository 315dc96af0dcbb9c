import {
  SSO_DISCOVERY_FAILED,
  type SsoProviderCreate,
  type SsoProviderUpdate,
  type SsoProviderView,
} from '../../../../shared/contracts/sso-admin.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { badRequest, conflict, notFound, Problem } from '../../../platform/errors/problem.ts';
import { organisationExists } from '../../accounts/queries.ts';
import { keyMissing, openSecret, sealSecret, twoFactorKeyOf } from '../../accounts/two-factor/two-factor-secret-box.ts';
import { checkDiscovery, messageOf } from '../oidc-client.ts';
import { issuerIssue, type SsoProviderSettings } from '../provider-settings.ts';
import { secretBinding } from '../providers.ts';
import { deleteProvider, insertProvider, type StoredProvider, storedProvider, updateProvider } from './queries.ts';
import { viewOfStored } from './views.ts';

type Editable = Omit<SsoProviderUpdate, 'clientSecret'>;

const trimmed = (value: string) => value.trim().replace(/\s+/g, ' ');

/** Checks what an admin entered before anything is stored; the discovery check follows separately. */
async function checkInput(deps: Deps, input: Editable) {
  const issue = issuerIssue(input.issuer.trim());
  if (issue) throw badRequest('sso-issuer-invalid', 'The issuer address is not acceptable', issue);
  if (!trimmed(input.name)) throw badRequest('validation', 'The name must not be empty');
  for (const id of input.organisationIds)
    if (!(await organisationExists(deps.db, id.toLowerCase())))
      throw badRequest('sso-organisation-unknown', 'An organisation the provider vouches for does not exist', id);
  const groups = input.groupRoles.map((g) => g.group.trim());
  if (groups.some((g) => g === '')) throw badRequest('validation', 'A group must not be empty');
  if (new Set(groups).size !== groups.length)
    throw badRequest('sso-group-twice', 'A group is mapped twice', 'Map each group to one role.');
  if (input.groupRoles.length > 0 && !input.claims.groups)
    throw badRequest('sso-groups-claim-missing', 'Name the groups claim to map groups to roles');
}

/** Asks the issuer for its discovery document; a provider that does not answer is not stored. */
async function discover(settings: SsoProviderSettings) {
  try {
    await checkDiscovery(settings);
  } catch (error) {
    throw new Problem(
      422,
      SSO_DISCOVERY_FAILED,
      'The issuer did not answer with its OpenID configuration',
      `${settings.issuer}/.well-known/openid-configuration could not be read: ${messageOf(error)}`,
    );
  }
}

function rowOf(input: Editable, sealed: string): Omit<StoredProvider, 'id' | 'createdAt' | 'updatedAt'> {
  return {
    name: trimmed(input.name),
    issuer: input.issuer.trim(),
    clientId: input.clientId.trim(),
    clientSecretSealed: sealed,
    organisationIds: [...new Set(input.organisationIds.map((o) => o.toLowerCase()))],
    claimName: input.claims.name,
    claimEmail: input.claims.email,
    claimOrganisation: input.claims.organisation,
    claimGroups: input.claims.groups,
    groupRoles: input.groupRoles.map((g) => ({ group: g.group.trim(), role: g.role })),
    disabledAt: input.enabled ? null : new Date(),
  };
}

function settingsOf(id: string, input: Editable, secret: string): SsoProviderSettings {
  return {
    id,
    name: input.name,
    issuer: input.issuer.trim(),
    clientId: input.clientId.trim(),
    clientSecret: secret,
    organisationIds: input.organisationIds,
    claims: { name: input.claims.name, email: input.claims.email, organisation: undefined },
  };
}

/** What changed, for the audit log: field names and plain settings, never the secret. */
function describe(input: Editable) {
  return {
    name: trimmed(input.name),
    issuer: input.issuer.trim(),
    clientId: input.clientId.trim(),
    organisationIds: input.organisationIds,
    claims: input.claims,
    groupRoles: input.groupRoles,
    enabled: input.enabled,
  };
}

function keyOf(deps: Deps) {
  const key = twoFactorKeyOf(deps.config);
  if (!key) throw keyMissing();
  return key;
}

/** Adds a provider (platform admins): checked, its issuer asked, the secret sealed, audited. */
export async function addProvider(
  deps: Deps,
  admin: Principal,
  input: SsoProviderCreate,
  ip: string,
): Promise<SsoProviderView> {
  if (deps.config.ssoProviders.some((p) => p.id === input.id))
    throw conflict('sso-provider-exists', 'A provider with this id exists', 'It is configured by the environment.');
  await checkInput(deps, input);
  const key = keyOf(deps);
  await discover(settingsOf(input.id, input, input.clientSecret));
  return deps.db.transaction(async (tx) => {
    const row = { id: input.id, ...rowOf(input, sealSecret(key, secretBinding(input.id), input.clientSecret)) };
    if (!(await insertProvider(tx, row))) throw conflict('sso-provider-exists', 'A provider with this id exists');
    await audit(tx, {
      actorId: admin.personId,
      action: 'platform.sso_provider_added',
      ip,
      details: { provider: input.id, ...describe(input) },
    });
    const stored = await storedProvider(tx, input.id);
    if (!stored) throw notFound('Provider');
    return viewOfStored(deps, stored);
  });
}

/** Changes a stored provider; the secret stays unless a new one is given. Environment providers are read-only. */
export async function changeProvider(
  deps: Deps,
  admin: Principal,
  id: string,
  input: SsoProviderUpdate,
  ip: string,
): Promise<SsoProviderView> {
  if (deps.config.ssoProviders.some((p) => p.id === id))
    throw conflict(
      'sso-provider-read-only',
      'This provider is configured by the environment and cannot be changed here',
    );
  const before = await storedProvider(deps.db, id);
  if (!before) throw notFound('Provider');
  await checkInput(deps, input);
  const key = keyOf(deps);
  const sealed = input.clientSecret
    ? sealSecret(key, secretBinding(id), input.clientSecret)
    : before.clientSecretSealed;
  if (input.enabled) {
    await discover(settingsOf(id, input, input.clientSecret ?? openSecret(key, secretBinding(id), sealed)));
  }
  return deps.db.transaction(async (tx) => {
    await updateProvider(tx, id, rowOf(input, sealed));
    await audit(tx, {
      actorId: admin.personId,
      action: 'platform.sso_provider_changed',
      ip,
      details: { provider: id, ...describe(input), secretChanged: Boolean(input.clientSecret) },
    });
    const stored = await storedProvider(tx, id);
    if (!stored) throw notFound('Provider');
    return viewOfStored(deps, stored);
  });
}

/** Removes a stored provider; its linked identities stay (the same issuer added again finds its people). */
export async function removeProvider(deps: Deps, admin: Principal, id: string, ip: string): Promise<void> {
  if (deps.config.ssoProviders.some((p) => p.id === id))
    throw conflict(
      'sso-provider-read-only',
      'This provider is configured by the environment and cannot be removed here',
    );
  await deps.db.transaction(async (tx) => {
    const before = await storedProvider(tx, id);
    if (!before || !(await deleteProvider(tx, id))) throw notFound('Provider');
    await audit(tx, {
      actorId: admin.personId,
      action: 'platform.sso_provider_removed',
      ip,
      details: { provider: id, name: before.name, issuer: before.issuer },
    });
  });
}
