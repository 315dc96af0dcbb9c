import type { Principal } from '../../../platform/auth/session-store.ts';

/**
 * Importing writes many records at once, published, in the name of the platform: platform admins
 * only. Signed-out callers are asked to sign in (401); other people are refused (403), since the
 * import page is listed in the API documentation anyway.
 */
export function importRefusal(principal: Principal | null): 'unauthenticated' | 'forbidden' | null {
  if (!principal) return 'unauthenticated';
  return principal.isPlatformAdmin ? null : 'forbidden';
}
