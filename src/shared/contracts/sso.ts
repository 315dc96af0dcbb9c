/** A configured sign-in provider as the sign-in page lists it (`GET /api/auth/sso/providers`). */
export interface SsoProvider {
  id: string;
  name: string;
  /** Where the sign-in button leads (a redirect to the provider). */
  startUrl: string;
}

/** Why a sign-in by a provider did not work: `/sign-in?sso-error=<reason>`. */
export const SSO_FAILURE_REASONS = [
  'provider-unavailable',
  'provider-refused',
  'sign-in-refused',
  'flow-invalid',
  'email-not-verified',
  'account-exists',
  'account-locked',
  'identity-taken',
  'link-session-changed',
] as const;
export type SsoFailureReason = (typeof SSO_FAILURE_REASONS)[number];
