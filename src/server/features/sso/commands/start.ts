import type { Deps } from '../../../deps.ts';
import { hashToken } from '../../../platform/auth/tokens.ts';
import { client, providerConfiguration } from '../oidc-client.ts';
import { callbackUrl, providerById } from '../providers.ts';
import { insertFlow, pruneFlows } from '../queries.ts';

/** How long a person has at the provider before the sign-in must start again. */
export const FLOW_MINUTES = 10;

/**
 * Starts a sign-in (or, with `linkPersonId`, the linking of a signed-in person) at the provider: a random
 * `state`, `nonce` and PKCE verifier (S256) are made, the flow stored under the state's sha256, and the
 * provider's authorisation address returned. Throws `ProviderUnavailable` when the provider cannot be read.
 */
export async function startFlow(
  deps: Deps,
  providerId: string,
  input: { returnTo: string | null; linkPersonId: string | null },
): Promise<{ url: string; state: string }> {
  const provider = await providerById(deps, providerId);
  const config = await providerConfiguration(provider);
  const state = client.randomState();
  const nonce = client.randomNonce();
  const codeVerifier = client.randomPKCECodeVerifier();
  const codeChallenge = await client.calculatePKCECodeChallenge(codeVerifier);
  const now = Date.now();
  await deps.db.transaction(async (tx) => {
    await pruneFlows(tx, new Date(now - 24 * 3_600_000));
    await insertFlow(tx, {
      stateHash: hashToken(state),
      providerId: provider.id,
      nonce,
      codeVerifier,
      returnTo: input.returnTo,
      linkPersonId: input.linkPersonId,
      expiresAt: new Date(now + FLOW_MINUTES * 60_000),
    });
  });
  const url = client.buildAuthorizationUrl(config, {
    redirect_uri: callbackUrl(deps, provider),
    scope: 'openid email profile',
    response_type: 'code',
    state,
    nonce,
    code_challenge: codeChallenge,
    code_challenge_method: 'S256',
  });
  return { url: url.href, state };
}
