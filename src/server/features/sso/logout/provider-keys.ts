import { ProviderUnavailable, providerConfiguration } from '../oidc-client.ts';
import type { SsoProviderSettings } from '../provider-settings.ts';
import type { Jwk } from './logout-token.ts';

const KEEP_MS = 10 * 60_000;
const REFRESH_AFTER_MS = 30_000;
const cache = new Map<string, { keys: Jwk[]; readAt: number }>();

async function readKeys(uri: string): Promise<Jwk[]> {
  let answer: Response;
  try {
    answer = await fetch(uri, { signal: AbortSignal.timeout(10_000), headers: { accept: 'application/json' } });
  } catch (error) {
    throw new ProviderUnavailable(`the provider's keys could not be read: ${(error as Error).name}`);
  }
  if (!answer.ok) throw new ProviderUnavailable(`the provider's keys answered ${answer.status}`);
  const body = (await answer.json().catch(() => null)) as { keys?: unknown } | null;
  if (!body || !Array.isArray(body.keys)) throw new ProviderUnavailable("the provider's keys are not a JWK set");
  return body.keys.filter((k): k is Jwk => typeof k === 'object' && k !== null);
}

/**
 * The provider's published signing keys (its `jwks_uri`), kept ten minutes; read again at once (but not
 * more than every 30 s) when a token names a key id not among them, for a provider that rotated its keys.
 */
export async function providerKeys(provider: SsoProviderSettings, kid: string | undefined): Promise<Jwk[]> {
  const config = await providerConfiguration(provider);
  const uri = config.serverMetadata().jwks_uri;
  if (!uri) throw new ProviderUnavailable('the provider publishes no keys (jwks_uri)');
  const cached = cache.get(uri);
  const now = Date.now();
  const known = cached && (kid === undefined || cached.keys.some((k) => k.kid === kid));
  if (cached && now - cached.readAt < KEEP_MS && (known || now - cached.readAt < REFRESH_AFTER_MS)) return cached.keys;
  const keys = await readKeys(uri);
  cache.set(uri, { keys, readAt: now });
  return keys;
}
