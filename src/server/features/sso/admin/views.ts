import type { SsoProviderView } from '../../../../shared/contracts/sso-admin.ts';
import type { Deps } from '../../../deps.ts';
import type { SsoProviderSettings } from '../provider-settings.ts';
import type { StoredProvider } from './queries.ts';

const addresses = (deps: Deps, id: string) => ({
  callbackUrl: `${deps.config.publicUrl}/api/auth/sso/${id}/callback`,
  backchannelLogoutUrl: `${deps.config.publicUrl}/api/auth/sso/${id}/backchannel-logout`,
});

/** A stored provider for the admin area: the secret only as "set". */
export function viewOfStored(deps: Deps, row: StoredProvider): SsoProviderView {
  return {
    id: row.id,
    name: row.name,
    issuer: row.issuer,
    clientId: row.clientId,
    clientSecretSet: row.clientSecretSealed !== '',
    organisationIds: row.organisationIds,
    claims: {
      name: row.claimName,
      email: row.claimEmail,
      organisation: row.claimOrganisation,
      groups: row.claimGroups,
    },
    groupRoles: row.groupRoles.map((g) => ({ group: g.group, role: g.role as 'admin' | 'editor' | 'member' })),
    enabled: row.disabledAt === null,
    source: 'admin',
    ...addresses(deps, row.id),
  };
}

/** A provider of the environment, shown read-only. */
export function viewOfEnvironment(deps: Deps, p: SsoProviderSettings): SsoProviderView {
  return {
    id: p.id,
    name: p.name,
    issuer: p.issuer,
    clientId: p.clientId,
    clientSecretSet: true,
    organisationIds: p.organisationIds,
    claims: {
      name: p.claims.name,
      email: p.claims.email,
      organisation: p.claims.organisation ?? null,
      groups: p.claims.groups ?? null,
    },
    groupRoles: p.groupRoles ?? [],
    enabled: true,
    source: 'environment',
    ...addresses(deps, p.id),
  };
}
