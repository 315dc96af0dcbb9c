import { and, eq, isNull } from 'drizzle-orm';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { forbidden, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { requireReadableCommunity } from '../community-standing.ts';
import { type CommunityStanding, canModerateCommunity, canPostInCommunity } from '../policy.ts';
import { wikiPages } from '../tables.ts';

export type WikiPageRow = typeof wikiPages.$inferSelect;

export interface WikiRights {
  canWrite: boolean;
  canDelete: boolean;
  isOwner: boolean;
}

export function wikiRights(standing: CommunityStanding, page: WikiPageRow | null, personId: string): WikiRights {
  const canWrite = canPostInCommunity(standing);
  const isOwner = page !== null && page.ownerId === personId;
  return { canWrite, isOwner, canDelete: (isOwner && canWrite) || canModerateCommunity(standing) };
}

/** The signed-in person, or 401: nothing of the network is shown to anyone signed out. */
export function personOf(principal: Principal | null): string {
  if (!principal) throw unauthenticated();
  return principal.personId;
}

/**
 * A wiki (a community's, or the platform's for null) the person may write in: 404 when they may not
 * read it, 403 when they may read but not write (an open community they did not join).
 */
export async function requireWritableWiki(tx: Tx, communityId: string | null, personId: string) {
  const standing = await requireReadableCommunity(tx, communityId, personId);
  if (!canPostInCommunity(standing)) throw forbidden('Join the community to write in its wiki.');
  return standing;
}

/**
 * A live page with the person's standing in its wiki and their rights. 404 for a page that does not
 * exist, was deleted, or lies in a wiki the person may not read; 403 when `need` asks for more than
 * they may do. `lock` takes the page's row for the rest of the transaction (saves of one page queue).
 */
export async function wikiPageFor(
  tx: Tx,
  principal: Principal | null,
  id: string,
  need: 'read' | 'write' | 'delete' | 'own',
  lock = false,
): Promise<{ page: WikiPageRow; standing: CommunityStanding; rights: WikiRights; personId: string }> {
  const personId = personOf(principal);
  const query = tx
    .select()
    .from(wikiPages)
    .where(and(eq(wikiPages.id, id), isNull(wikiPages.deletedAt)));
  const [page] = lock ? await query.for('update') : await query;
  if (!page) throw notFound('Wiki page');
  const standing = await requireReadableCommunity(tx, page.communityId, personId, 'Wiki page');
  const rights = wikiRights(standing, page, personId);
  if (need === 'write' && !rights.canWrite) throw forbidden('Join the community to write in its wiki.');
  if (need === 'delete' && !rights.canDelete)
    throw forbidden('Only the page’s owner and the moderators delete a page.');
  if (need === 'own' && !(rights.isOwner && rights.canWrite) && !canModerateCommunity(standing))
    throw forbidden('Only the page’s owner and the moderators change its settings.');
  return { page, standing, rights, personId };
}
