import type { DiffQuery, VersionDiff } from '../../../../shared/contracts/content-pages.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { inTurn } from '../../../platform/db/in-turn.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { pageFor } from '../access.ts';
import { diffTexts } from '../diff/version-diff.ts';
import { textPageIdOf } from '../sharing/shown-text.ts';
import { versionWithAuthor } from './page-queries.ts';

/**
 * What changed between two versions of one language of a page, for its readers. A linked page
 * compares its source's published versions (the source's drafts are its own organisation's).
 */
export async function pageDiff(
  db: Db,
  principal: Principal | null,
  pageId: string,
  query: DiffQuery,
): Promise<VersionDiff> {
  const { page } = await pageFor(db, principal, pageId, 'read');
  const textPageId = textPageIdOf(page);
  const linked = textPageId !== page.id;
  const [from, to] = await inTurn([
    () => versionWithAuthor(db, textPageId, query.language, query.from),
    () => versionWithAuthor(db, textPageId, query.language, query.to),
  ]);
  if (!from || !to || (linked && (from.version.draft || to.version.draft))) throw notFound('Version');
  const side = (row: NonNullable<typeof from>) => ({
    number: row.version.number,
    title: row.version.title,
    createdAt: row.version.createdAt.toISOString(),
    authorName: row.authorName,
  });
  return { language: query.language, from: side(from), to: side(to), ...diffTexts(from.version, to.version) };
}
