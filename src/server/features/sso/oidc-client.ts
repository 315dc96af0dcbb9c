import { createHash } from 'node:crypto';
import * as client from 'openid-client';
import type { SsoProviderSettings } from './provider-settings.ts';

/** The provider could not be reached or answered nonsense: the person is told to try again later. */
export class ProviderUnavailable extends Error {}

const METADATA_HOURS = 24;
const TIMEOUT_SECONDS = 10;
const cache = new Map<string, { config: Promise<client.Configuration>; readAt: number }>();

function isLocal(issuer: string): boolean {
  return new URL(issuer).protocol === 'http:';
}

/**
 * The provider's discovered configuration (endpoints, signing keys' address), read on first use and again
 * after a day, so a provider that is down at start-up does not stop the platform. A failed reading is not
 * kept: the next sign-in tries again. `openid-client` checks that the document names the issuer it was
 * read from, and caches the signing keys (reading them again for an unknown key id).
 */
export async function providerConfiguration(provider: SsoProviderSettings): Promise<client.Configuration> {
  // A changed issuer, client or secret (in the admin area) reads the provider anew.
  const secret = createHash('sha256').update(provider.clientSecret).digest('base64url');
  const key = `${provider.id}\n${provider.issuer}\n${provider.clientId}\n${secret}`;
  const cached = cache.get(key);
  if (cached && Date.now() - cached.readAt < METADATA_HOURS * 3_600_000) return cached.config;
  const config = client
    .discovery(
      new URL(provider.issuer),
      provider.clientId,
      undefined,
      client.ClientSecretBasic(provider.clientSecret),
      {
        timeout: TIMEOUT_SECONDS,
        // The ID token's signature is checked against the provider's published keys even though it comes
        // straight from the token endpoint, where OpenID Connect would let TLS stand in for it.
        execute: [
          client.enableNonRepudiationChecks,
          ...(isLocal(provider.issuer) ? [client.allowInsecureRequests] : []),
        ],
      },
    )
    .catch((error: unknown) => {
      cache.delete(key);
      throw new ProviderUnavailable(messageOf(error));
    });
  cache.set(key, { config, readAt: Date.now() });
  return config;
}

/**
 * Reads the issuer's discovery document once, uncached, to check a provider before it is stored: throws
 * `ProviderUnavailable` with what went wrong (never the secret).
 */
export async function checkDiscovery(provider: SsoProviderSettings): Promise<void> {
  try {
    await client.discovery(
      new URL(provider.issuer),
      provider.clientId,
      undefined,
      client.ClientSecretBasic(provider.clientSecret),
      { timeout: TIMEOUT_SECONDS, execute: isLocal(provider.issuer) ? [client.allowInsecureRequests] : [] },
    );
  } catch (error) {
    throw new ProviderUnavailable(messageOf(error));
  }
}

/** A short description of a failure for the log: never a token, only what went wrong. */
export function messageOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    // openid-client wraps the precise check that failed (e.g. 'unexpected JWT "aud" (audience) claim value').
    const cause = error.cause instanceof Error ? ` (${error.cause.message})` : '';
    return `${error.name}${typeof code === 'string' ? ` ${code}` : ''}: ${error.message}${cause}`.slice(0, 300);
  }
  return 'unknown error';
}

/**
 * True when the failure is the provider's or the network's (unreachable, timed out, 5xx), not a refused
 * answer: such a sign-in may work later, a refused one will not.
 */
export function isUnavailable(error: unknown): boolean {
  if (error instanceof ProviderUnavailable) return true;
  if (error instanceof client.ResponseBodyError) return error.status >= 500;
  if (error instanceof client.ClientError) {
    const code = (error as { code?: unknown }).code;
    return ['OAUTH_RESPONSE_IS_NOT_CONFORM', 'OAUTH_RESPONSE_IS_NOT_JSON', 'OAUTH_TIMEOUT', 'OAUTH_ABORT'].includes(
      String(code),
    );
  }
  // fetch() fails with a TypeError for refused connections and DNS, and AbortSignal.timeout with a DOMException.
  return error instanceof TypeError || (error instanceof Error && error.name === 'TimeoutError');
}

export { client };
