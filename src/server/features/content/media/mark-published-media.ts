import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { contentMedia } from '../tables.ts';

const IMAGE_ADDRESS =
  /\/api\/content\/media\/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\/file\?size=web/g;

/**
 * Marks the images of `organisationId` that a published text shows as published: citizens read the
 * page without signing in, so its images must reach them too. Only the organisation's own images are
 * marked; another organisation's image stays as that organisation left it (shared or not), so
 * writing its address into a page discloses nothing.
 */
export async function markPublishedMedia(tx: Tx, organisationId: string, bodyHtml: string): Promise<void> {
  const ids = [...new Set([...bodyHtml.matchAll(IMAGE_ADDRESS)].map((match) => match[1] as string))];
  if (ids.length === 0) return;
  await tx
    .update(contentMedia)
    .set({ publishedAt: new Date() })
    .where(
      and(
        inArray(contentMedia.id, ids),
        eq(contentMedia.organisationId, organisationId),
        isNull(contentMedia.publishedAt),
      ),
    );
}
