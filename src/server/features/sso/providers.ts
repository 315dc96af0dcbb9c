import type { SsoFailureReason } from '../../../shared/contracts/sso.ts';
import type { Deps } from '../../deps.ts';
import type { Tx } from '../../platform/db/client.ts';
import { Problem } from '../../platform/errors/problem.ts';
import { keyMissing, openSecret, twoFactorKeyOf } from '../accounts/two-factor/two-factor-secret-box.ts';
import { organisationRoleOf } from '../organisations/membership.ts';
import { type StoredProvider, storedProviders } from './admin/queries.ts';
import type { SsoProviderSettings } from './provider-settings.ts';

/** The additional data a stored client secret is sealed with: a sealed value copied to another provider does not open. */
export const secretBinding = (providerId: string) => `sso-provider:${providerId}`;

export type StoredProviderRow = StoredProvider;

/** A provider stored by the admins, as the sign-in reads it (secret opened), with whether it is turned off. */
export function settingsOfRow(deps: Deps, row: StoredProviderRow): SsoProviderSettings {
  const key = twoFactorKeyOf(deps.config);
  if (!key) throw keyMissing();
  return {
    id: row.id,
    name: row.name,
    issuer: row.issuer,
    clientId: row.clientId,
    clientSecret: openSecret(key, secretBinding(row.id), row.clientSecretSealed),
    organisationIds: row.organisationIds,
    claims: {
      name: row.claimName,
      email: row.claimEmail,
      organisation: row.claimOrganisation ?? undefined,
      groups: row.claimGroups ?? undefined,
    },
    groupRoles: row.groupRoles.map((g) => ({ group: g.group, role: organisationRoleOf(g.role) })),
    source: 'admin',
  };
}

/**
 * Every provider people may sign in with now: those of the environment, then the enabled ones stored by the
 * admins (an id of the environment wins; the admin area refuses to store one anyway).
 */
export async function activeProviders(deps: Deps, tx: Tx = deps.db): Promise<SsoProviderSettings[]> {
  const env = deps.config.ssoProviders;
  const stored = (await storedProviders(tx)).filter((row) => !row.disabledAt && !env.some((p) => p.id === row.id));
  const opened: SsoProviderSettings[] = [];
  for (const row of stored) {
    try {
      opened.push(settingsOfRow(deps, row));
    } catch {
      // A secret that does not open with this server's key (TWO_FACTOR_KEY changed): that provider is left
      // out, fail-closed, instead of taking the sign-in page and the other providers down with it.
    }
  }
  return [...env, ...opened];
}

/** The provider of this id that people may sign in with now, or a 404 problem (unknown or turned off). */
export async function providerById(deps: Deps, id: string): Promise<SsoProviderSettings> {
  const provider = (await activeProviders(deps)).find((p) => p.id === id);
  if (!provider) throw new Problem(404, 'sso-provider-not-found', 'No such sign-in provider');
  return provider;
}

/** Where the provider sends the browser back to; registered with the provider as the redirect URI. */
export function callbackUrl(deps: Deps, provider: SsoProviderSettings): string {
  return `${deps.config.publicUrl}/api/auth/sso/${provider.id}/callback`;
}

/**
 * Why a sign-in by a provider did not work, as the sign-in page names it (`?sso-error=<reason>`): the
 * person is sent back there instead of seeing an error document in the middle of a redirect chain.
 */
export class SsoFailure extends Error {
  constructor(
    readonly reason: SsoFailureReason,
    /** For the log only: what went wrong, never a token. */
    readonly why?: string,
  ) {
    super(reason);
  }
}
