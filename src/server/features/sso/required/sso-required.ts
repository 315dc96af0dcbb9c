import { SSO_REQUIRED } from '../../../../shared/contracts/sso-admin.ts';
import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import { membershipOf } from '../../organisations/membership.ts';
import type { SsoProviderSettings } from '../provider-settings.ts';
import { activeProviders } from '../providers.ts';
import { isRequiredFor } from './queries.ts';

/** The enabled providers that vouch for the organisation. */
export async function vouchingProviders(
  deps: Deps,
  organisationId: string,
  tx: Tx = deps.db,
): Promise<SsoProviderSettings[]> {
  return (await activeProviders(deps, tx)).filter((p) => p.organisationIds.includes(organisationId));
}

/**
 * The providers a person must sign in with, or null when they may use their password: their confirmed home
 * organisation requires single sign-on and a provider vouching for it is enabled. Platform admins are never
 * bound (they must be able to reach the administration when a provider is down or misconfigured), and a
 * requirement whose last vouching provider was removed or turned off lapses, so nobody is shut out.
 */
export async function ssoRequiredFor(
  deps: Deps,
  person: { id: string; isPlatformAdmin: boolean },
  tx: Tx = deps.db,
): Promise<SsoProviderSettings[] | null> {
  if (person.isPlatformAdmin) return null;
  const membership = await membershipOf(tx, person.id);
  if (membership?.status !== 'confirmed') return null;
  if (!(await isRequiredFor(tx, membership.organisationId))) return null;
  const providers = await vouchingProviders(deps, membership.organisationId, tx);
  return providers.length > 0 ? providers : null;
}

/** 403 `sso-required`, naming the provider to sign in with (and where its sign-in starts). */
export function ssoRequired(providers: SsoProviderSettings[], what: string): Problem {
  const first = providers[0];
  const names = providers.map((p) => p.name).join(', ');
  return new Problem(
    403,
    SSO_REQUIRED,
    'Your organisation requires single sign-on',
    `${what} is turned off for members of your organisation. Sign in with ${names}.`,
    undefined,
    { providerName: first?.name ?? '', startUrl: first ? `/api/auth/sso/${first.id}/start` : '' },
  );
}

/** Throws `sso-required` when the person must sign in by a provider. */
export async function refuseIfSsoRequired(
  deps: Deps,
  person: { id: string; isPlatformAdmin: boolean },
  what: string,
  /** The caller's transaction, when there is one (the embedded database has one connection). */
  tx: Tx = deps.db,
): Promise<void> {
  const providers = await ssoRequiredFor(deps, person, tx);
  if (providers) throw ssoRequired(providers, what);
}
