import type { Principal } from '../../platform/auth/session-store.ts';

/** Platform administration is for platform admins; to everyone else it does not exist (404). */
export function mayAdministerPlatform(principal: Principal | null): principal is Principal {
  return principal?.isPlatformAdmin === true;
}

/** An admin may lock anyone but themselves (which would lock the last admin out). */
export function lockRefusal(actor: Principal, targetPersonId: string): 'own-account' | null {
  return actor.personId === targetPersonId ? 'own-account' : null;
}
