import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { type ContentAccess, contentAccess } from '../policy.ts';

/**
 * The caller's access to an organisation's pages as a whole (its tree, its translation status):
 * 401 signed out, 404 for everyone but its confirmed members, as if the organisation had no pages.
 */
export async function requireContentReader(
  tx: Tx,
  principal: Principal | null,
  organisationId: string,
): Promise<Exclude<ContentAccess, null>> {
  if (!principal) throw unauthenticated();
  const access = await contentAccess(tx, principal, organisationId);
  if (!access) throw notFound('Organisation');
  return access;
}
