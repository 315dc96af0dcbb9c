import type { FastifyInstance, FastifyReply, FastifyRequest } from 'fastify';
import type { Deps } from '../../../deps.ts';
import { appPasswordCredentials, principalFromAppPassword } from '../../../platform/auth/app-passwords.ts';
import { createPersonCache } from '../../../platform/auth/person-cache.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { appPasswordGuard } from '../../accounts/app-password-guard.ts';
import { DavError } from './dav-error.ts';

export const DAV_CHALLENGE = 'Basic realm="Allmende", charset="UTF-8"';

/** 401 with the Basic challenge that makes a client ask for the e-mail address and an app password. */
function signInRequired(reply: FastifyReply, detail: string): DavError {
  reply.header('www-authenticate', DAV_CHALLENGE);
  return new DavError(401, 'unauthenticated', 'Sign-in with an app password required', detail);
}

/**
 * Signs WebDAV requests in: `Basic base64(e-mail:app password)` of scope webdav, nothing else — not the
 * session cookie (a page of another site could make the browser send it), not the account's password.
 * Failures go through the sign-in throttle (429 with Retry-After), so a token is not guessed faster
 * than a password. A signed-in client's credentials are kept for SESSION_CACHE_MS and forgotten at once
 * when the person changes (a revoked app password, a lock).
 */
export function davSignIn(app: FastifyInstance, deps: Deps) {
  const guard = appPasswordGuard(deps);
  const signedIn = createPersonCache<Principal>({ ttlMs: deps.config.sessionCacheMs });
  app.personChanges.subscribe((personId) => signedIn.forgetPerson(personId));

  return async function principalOf(request: FastifyRequest, reply: FastifyReply): Promise<Principal> {
    const header = request.headers.authorization;
    const credentials = appPasswordCredentials(header);
    // A client asks without credentials first and learns from the challenge: that is no failed attempt.
    if (credentials?.kind !== 'basic') {
      throw signInRequired(reply, 'Sign in with your e-mail address and an app password for WebDAV.');
    }
    const key = `dav:${header}`;
    const cached = signedIn.get(key);
    if (cached) return cached;
    let checked: unknown;
    try {
      checked = await guard.check(request, credentials.email);
    } catch (error) {
      const wait = (error as { retryAfterSeconds?: unknown }).retryAfterSeconds;
      if (typeof wait === 'number') reply.header('retry-after', String(wait));
      throw error;
    }
    const principal = await principalFromAppPassword(deps.db, header, ['webdav']);
    if (!principal) {
      await guard.failed(request, credentials.email, checked);
      throw signInRequired(reply, 'The app password is wrong, revoked or not meant for WebDAV.');
    }
    signedIn.set(key, principal.personId, principal);
    return principal;
  };
}
