import { and, eq, isNotNull } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { organisations } from '../../organisations/tables.ts';
import { contentPages } from '../tables.ts';

/** Who adopted the page: organisation, its page, copy or link, at which version, when. */
export async function adoptionsOf(tx: Tx, pageId: string) {
  const rows = await tx
    .select({
      organisationId: contentPages.organisationId,
      organisationName: organisations.name,
      pageId: contentPages.id,
      mode: contentPages.adoptionMode,
      version: contentPages.adoptedFromVersion,
      adoptedAt: contentPages.createdAt,
    })
    .from(contentPages)
    .innerJoin(organisations, eq(organisations.id, contentPages.organisationId))
    .where(and(eq(contentPages.adoptedFromPageId, pageId), isNotNull(contentPages.adoptionMode)))
    .orderBy(organisations.name);
  return rows.map((r) => ({
    ...r,
    mode: r.mode as 'copy' | 'link',
    version: r.version ?? 1,
    adoptedAt: r.adoptedAt.toISOString(),
  }));
}
