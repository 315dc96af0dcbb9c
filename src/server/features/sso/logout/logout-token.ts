import { createPublicKey, type KeyObject, verify, type webcrypto } from 'node:crypto';

/**
 * Checks a back-channel logout token (OpenID Connect Back-Channel Logout 1.0, 2.6) with node's crypto: the
 * signature by one of the provider's published keys (JWKS), then `iss`, `aud`, `iat` (and `exp` when
 * present), the `events` member, `sub` and/or `sid`, no `nonce`, and a `jti` for the replay check, which
 * the caller does. Any failure throws `LogoutTokenRefused` with what failed, never the token.
 */
export class LogoutTokenRefused extends Error {}

export interface LogoutClaims {
  iss: string;
  jti: string;
  sub: string | null;
  sid: string | null;
  /** Until when the token could be used (its `exp`, or `iat` plus the accepted age): the replay record's life. */
  usableUntil: Date;
}

const EVENT = 'http://schemas.openid.net/event/backchannel-logout';
/** How old a token may be (its `iat`), and how far clocks may differ. */
export const MAX_AGE_SECONDS = 600;
const SKEW_SECONDS = 60;

const ALGORITHMS: Record<string, { hash: string; kty: string; pss?: boolean; ec?: boolean }> = {
  RS256: { hash: 'sha256', kty: 'RSA' },
  RS384: { hash: 'sha384', kty: 'RSA' },
  RS512: { hash: 'sha512', kty: 'RSA' },
  PS256: { hash: 'sha256', kty: 'RSA', pss: true },
  PS384: { hash: 'sha384', kty: 'RSA', pss: true },
  PS512: { hash: 'sha512', kty: 'RSA', pss: true },
  ES256: { hash: 'sha256', kty: 'EC', ec: true },
  ES384: { hash: 'sha384', kty: 'EC', ec: true },
  ES512: { hash: 'sha512', kty: 'EC', ec: true },
  EdDSA: { hash: '', kty: 'OKP' },
};

export type Jwk = webcrypto.JsonWebKey & { kid?: string; use?: string; alg?: string };

function json(part: string, what: string): Record<string, unknown> {
  try {
    const value = JSON.parse(Buffer.from(part, 'base64url').toString('utf8'));
    if (typeof value === 'object' && value !== null && !Array.isArray(value)) return value;
  } catch {
    // refused below
  }
  throw new LogoutTokenRefused(`the token's ${what} is not a JSON object`);
}

/** The token's header, read before its keys are fetched (for the key id). */
export function headerOf(token: string): { alg: string; kid: string | undefined } {
  const parts = token.split('.');
  if (parts.length !== 3 || parts.some((p) => !/^[A-Za-z0-9_-]*$/.test(p)))
    throw new LogoutTokenRefused('not a signed JWT (three base64url parts)');
  const header = json(parts[0] ?? '', 'header');
  if (typeof header.alg !== 'string' || !(header.alg in ALGORITHMS))
    throw new LogoutTokenRefused('unsupported or missing "alg" (none is never accepted)');
  if (header.typ !== undefined && !['logout+jwt', 'JWT'].includes(String(header.typ)))
    throw new LogoutTokenRefused('unexpected "typ"');
  if (header.crit !== undefined) throw new LogoutTokenRefused('unsupported "crit" header');
  return { alg: header.alg, kid: typeof header.kid === 'string' ? header.kid : undefined };
}

function keyObjectOf(jwk: Jwk): KeyObject | null {
  try {
    return createPublicKey({ key: jwk, format: 'jwk' });
  } catch {
    return null;
  }
}

function signatureValid(token: string, alg: string, keys: Jwk[], kid: string | undefined): boolean {
  const spec = ALGORITHMS[alg];
  if (!spec) return false;
  const [header, payload, signature] = token.split('.');
  const input = Buffer.from(`${header}.${payload}`);
  const sig = Buffer.from(signature ?? '', 'base64url');
  const candidates = keys.filter(
    (k) => k.kty === spec.kty && k.use !== 'enc' && (kid === undefined || k.kid === kid) && (!k.alg || k.alg === alg),
  );
  for (const jwk of candidates) {
    const key = keyObjectOf(jwk);
    if (!key) continue;
    const ok = verify(
      spec.hash || null,
      input,
      spec.pss
        ? { key, padding: 6 /* RSA_PKCS1_PSS_PADDING */, saltLength: -1 /* digest length */ }
        : spec.ec
          ? { key, dsaEncoding: 'ieee-p1363' }
          : key,
      sig,
    );
    if (ok) return true;
  }
  return false;
}

/** True when a key of this id (or, without one, any key) is among the keys. */
export function hasKeyFor(keys: Jwk[], kid: string | undefined): boolean {
  return kid === undefined ? keys.length > 0 : keys.some((k) => k.kid === kid);
}

/** Checks the token against the provider's keys, issuer and our client id; see the class comment. */
export function checkLogoutToken(
  token: string,
  expected: { issuer: string; clientId: string; keys: Jwk[]; now?: number },
): LogoutClaims {
  const { alg, kid } = headerOf(token);
  if (!signatureValid(token, alg, expected.keys, kid))
    throw new LogoutTokenRefused('signature does not match a key the provider publishes');
  const claims = json(token.split('.')[1] ?? '', 'payload');
  const now = Math.floor((expected.now ?? Date.now()) / 1000);
  if (claims.iss !== expected.issuer) throw new LogoutTokenRefused('unexpected "iss" (issuer)');
  const aud = claims.aud;
  const audiences = typeof aud === 'string' ? [aud] : Array.isArray(aud) ? aud : [];
  if (!audiences.includes(expected.clientId)) throw new LogoutTokenRefused('unexpected "aud" (audience)');
  if (typeof claims.iat !== 'number') throw new LogoutTokenRefused('missing "iat"');
  if (claims.iat > now + SKEW_SECONDS) throw new LogoutTokenRefused('"iat" is in the future');
  if (claims.iat < now - MAX_AGE_SECONDS) throw new LogoutTokenRefused('"iat" is too old');
  if (claims.exp !== undefined && (typeof claims.exp !== 'number' || claims.exp < now - SKEW_SECONDS))
    throw new LogoutTokenRefused('the token has expired ("exp")');
  const events = claims.events as Record<string, unknown> | undefined;
  const event = events && typeof events === 'object' && !Array.isArray(events) ? events[EVENT] : undefined;
  if (typeof event !== 'object' || event === null || Array.isArray(event))
    throw new LogoutTokenRefused('"events" does not name a back-channel logout');
  if ('nonce' in claims) throw new LogoutTokenRefused('a logout token must not carry a "nonce"');
  const sub = typeof claims.sub === 'string' && claims.sub !== '' && claims.sub.length <= 500 ? claims.sub : null;
  const sid = typeof claims.sid === 'string' && claims.sid !== '' && claims.sid.length <= 500 ? claims.sid : null;
  if (!sub && !sid) throw new LogoutTokenRefused('neither "sub" nor "sid"');
  if (typeof claims.jti !== 'string' || claims.jti === '' || claims.jti.length > 500)
    throw new LogoutTokenRefused('missing "jti"');
  const exp = typeof claims.exp === 'number' ? claims.exp : claims.iat + MAX_AGE_SECONDS;
  const usableUntil = new Date(Math.max(exp, claims.iat + MAX_AGE_SECONDS) * 1000 + SKEW_SECONDS * 1000);
  return { iss: claims.iss as string, jti: claims.jti, sub, sid, usableUntil };
}
