import type { SsoFailureReason } from '../../../shared/contracts/sso.ts';
import type { Deps } from '../../deps.ts';
import { Problem } from '../../platform/errors/problem.ts';
import type { SsoProviderSettings } from './provider-settings.ts';

/** The configured provider of this id, or a 404 problem. */
export function providerById(deps: Deps, id: string): SsoProviderSettings {
  const provider = deps.config.ssoProviders.find((p) => p.id === id);
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
