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

/** The signed-in person's linked providers (`GET /api/me/sso-identities`). */
export interface SsoIdentities {
  identities: Array<{ id: string; providerId: string; providerName: string; createdAt: string; lastSignInAt: string }>;
  /** Providers not linked yet, with where linking starts (a redirect to the provider). */
  linkable: Array<{ id: string; name: string; linkUrl: string }>;
  /** False while the person has only the random password single sign-on gave them. */
  hasPassword: boolean;
}

/** Whether an organisation requires single sign-on (`/api/organisations/<id>/sso-requirement`). */
export interface SsoRequirement {
  required: boolean;
  providers: Array<{ id: string; name: string }>;
}
