import type { Principal } from '../../platform/auth/session-store.ts';
import type { Tx } from '../../platform/db/client.ts';
import { forbidden, notFound, unauthenticated } from '../../platform/errors/problem.ts';
import { contentAccess } from './policy.ts';
import { type PageRow, pageRow } from './queries.ts';

/**
 * The page with the caller's access to it. Signed out: 401. Outside the owning organisation: 404,
 * as if the page did not exist. `need: 'edit'` refuses readers with 403.
 */
export async function pageFor(
  tx: Tx,
  principal: Principal | null,
  id: string,
  need: 'read' | 'edit',
  lock = false,
): Promise<{ page: PageRow; access: 'read' | 'edit' }> {
  if (!principal) throw unauthenticated();
  const page = await pageRow(tx, id, lock);
  const access = page ? await contentAccess(tx, principal, page.organisationId) : null;
  if (!page || !access) throw notFound('Page');
  if (need === 'edit' && access !== 'edit')
    throw forbidden('Only admins and editors of the organisation write its pages.');
  return { page, access };
}
