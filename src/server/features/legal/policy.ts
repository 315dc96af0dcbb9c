import type { Principal } from '../../platform/auth/session-store.ts';

/**
 * The legal pages speak for the operator of the installation: only platform admins edit them.
 * Signed-out callers are asked to sign in (401); anyone else is refused (403), since the pages and
 * their API are public anyway.
 */
export function legalEditRefusal(principal: Principal | null): 'unauthenticated' | 'forbidden' | null {
  if (!principal) return 'unauthenticated';
  return principal.isPlatformAdmin ? null : 'forbidden';
}
