import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { diffTexts } from '../diff/version-diff.ts';
import type { PageRow } from '../queries.ts';
import { contentLinkChanges, contentVersions } from '../tables.ts';
import { requireLinkedPage } from './linked-page.ts';

/** A linked page's changes of the source that wait to be taken over, each with a readable diff. */
export async function linkChanges(tx: Tx, page: PageRow) {
  requireLinkedPage(page);
  const changes = await tx
    .select()
    .from(contentLinkChanges)
    .where(and(eq(contentLinkChanges.pageId, page.id), isNull(contentLinkChanges.takenAt)))
    .orderBy(contentLinkChanges.createdAt);
  if (changes.length === 0 || !page.adoptedFromPageId) return [];
  const numbers = [...new Set(changes.flatMap((c) => [c.fromNumber, c.toNumber]))];
  const versions = await tx
    .select({
      language: contentVersions.language,
      number: contentVersions.number,
      title: contentVersions.title,
      bodyHtml: contentVersions.bodyHtml,
    })
    .from(contentVersions)
    .where(
      and(
        eq(contentVersions.pageId, page.adoptedFromPageId),
        inArray(contentVersions.language, [...new Set(changes.map((c) => c.language))]),
        inArray(contentVersions.number, numbers),
      ),
    );
  const version = (language: string, number: number) =>
    versions.find((v) => v.language === language && v.number === number) ?? { title: '', bodyHtml: '' };
  return changes.map((c) => ({
    id: c.id,
    language: c.language,
    fromNumber: c.fromNumber,
    toNumber: c.toNumber,
    createdAt: c.createdAt.toISOString(),
    ...diffTexts(version(c.language, c.fromNumber), version(c.language, c.toNumber)),
  }));
}
