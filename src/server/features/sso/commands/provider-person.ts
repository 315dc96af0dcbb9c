import type { IDToken } from 'openid-client';
import type { SsoProviderSettings } from '../provider-settings.ts';
import { groupsOf } from './group-roles.ts';

/** The person as an ID token describes them, read through the provider's claim names. */
export interface ProviderPerson {
  issuer: string;
  subject: string;
  name: string;
  email: string | null;
  emailVerified: boolean;
  /** A home organisation the provider vouches for, or null. */
  organisationId: string | null;
  /** The provider's session (`sid`), for its back-channel logout; null when it sends none. */
  sid: string | null;
  /** The values of the configured groups claim (empty without one). */
  groups: string[];
}

const text = (value: unknown): string | null =>
  typeof value === 'string' && value.trim() !== '' ? value.trim().replace(/\s+/g, ' ') : null;

/**
 * Reads the claims. The organisation counts only when it is one the provider vouches for: named in the
 * configured claim, or, without such a claim, the only organisation it vouches for.
 */
export function providerPersonOf(provider: SsoProviderSettings, claims: IDToken): ProviderPerson {
  const email = text(claims[provider.claims.email]);
  const validEmail = email && email.length <= 254 && /^[^\s@]+@[^\s@]+$/.test(email) ? email : null;
  const joined = [text(claims.given_name), text(claims.family_name)].filter(Boolean).join(' ');
  const name = (text(claims[provider.claims.name]) ?? (joined || validEmail?.split('@')[0]) ?? claims.sub).slice(
    0,
    200,
  );
  let organisationId: string | null = null;
  if (provider.claims.organisation) {
    const named = text(claims[provider.claims.organisation])?.toLowerCase() ?? null;
    organisationId = named && provider.organisationIds.includes(named) ? named : null;
  } else if (provider.organisationIds.length === 1) {
    organisationId = provider.organisationIds[0] ?? null;
  }
  return {
    issuer: claims.iss,
    subject: claims.sub,
    name,
    email: validEmail,
    emailVerified: claims.email_verified === true,
    organisationId,
    sid: typeof claims.sid === 'string' && claims.sid.length <= 500 ? claims.sid : null,
    groups: provider.claims.groups ? groupsOf(claims[provider.claims.groups]) : [],
  };
}
