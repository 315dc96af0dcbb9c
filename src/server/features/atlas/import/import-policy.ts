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

/**
 * Who may read an import's report and progress: the people who checked and confirmed it, and platform
 * admins. For everyone else it does not exist (404); signed-out callers are asked to sign in.
 */
export function canReadImport(principal: Principal, importers: (string | null | undefined)[]): boolean {
  return principal.isPlatformAdmin || importers.includes(principal.personId);
}
