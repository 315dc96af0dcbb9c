import { and, desc, eq, inArray, isNull, sql } from 'drizzle-orm';
import type {
  WikiCommunity,
  WikiDiff,
  WikiDiffQuery,
  WikiHistory,
  WikiPageList,
  WikiPageSummary,
  WikiPageView,
  WikiRevisionView,
} from '../../../../shared/contracts/network-wiki.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { inTurn } from '../../../platform/db/in-turn.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { diffTexts } from '../../content/diff/version-diff.ts';
import { requireReadableCommunity } from '../community-standing.ts';
import { canPostInCommunity } from '../policy.ts';
import { answers, communities, questions, wikiPages, wikiRevisions } from '../tables.ts';
import { personOf, type WikiPageRow, wikiPageFor } from './wiki-access.ts';
import { backlinksOf, visibleLinksOf } from './wiki-links.ts';

const DAY_MS = 86_400_000;

export function isOverdue(page: Pick<WikiPageRow, 'checkedAt' | 'checkEveryDays'>, now = Date.now()): boolean {
  return page.checkedAt.getTime() + page.checkEveryDays * DAY_MS < now;
}

function summaryOf(page: WikiPageRow): WikiPageSummary {
  return {
    id: page.id,
    slug: page.slug,
    title: page.title,
    updatedAt: page.updatedAt.toISOString(),
    checkedAt: page.checkedAt.toISOString(),
    checkEveryDays: page.checkEveryDays,
    overdue: isOverdue(page),
    revisionCount: page.revisionCount,
  };
}

async function communityOf(tx: Tx, id: string | null): Promise<WikiCommunity | null> {
  if (id === null) return null;
  const [row] = await tx
    .select({ id: communities.id, slug: communities.slug, name: communities.name })
    .from(communities)
    .where(eq(communities.id, id));
  return row ?? null;
}

async function personName(tx: Tx, id: string | null): Promise<{ id: string; name: string } | null> {
  if (!id) return null;
  const [row] = await tx.select({ id: persons.id, name: persons.name }).from(persons).where(eq(persons.id, id));
  return row ?? null;
}

/** The question an answer belongs to, if the reader may still see it (published, in a readable area). */
async function sourceQuestionOf(tx: Tx, personId: string, answerId: string | null) {
  if (!answerId) return null;
  const [row] = await tx
    .select({ id: questions.id, title: questions.title, communityId: questions.communityId })
    .from(answers)
    .innerJoin(questions, eq(questions.id, answers.questionId))
    .where(and(eq(answers.id, answerId), eq(questions.state, 'published')));
  if (!row) return null;
  try {
    await requireReadableCommunity(tx, row.communityId, personId);
  } catch {
    return null;
  }
  return { id: row.id, title: row.title };
}

/** One page as its reader sees it, with the links they may follow. */
export async function readWikiPage(db: Db, principal: Principal | null, id: string): Promise<WikiPageView> {
  return db.transaction(async (tx) => {
    const { page, rights, personId } = await wikiPageFor(tx, principal, id, 'read');
    const [community, owner, checkedBy, sourceQuestion, links, backlinks] = await inTurn([
      () => communityOf(tx, page.communityId),
      () => personName(tx, page.ownerId),
      () => personName(tx, page.checkedBy),
      () => sourceQuestionOf(tx, personId, page.sourceAnswerId),
      () => visibleLinksOf(tx, principal as Principal, page.id),
      () => backlinksOf(tx, personId, page.id),
    ]);
    return {
      ...summaryOf(page),
      community,
      bodyHtml: page.bodyHtml,
      owner,
      checkedBy,
      sourceQuestion,
      links,
      backlinks,
      ...rights,
    };
  });
}

/** A wiki's live pages, newest first (a community's, or the platform's without `communityId`). */
export async function listWikiPages(
  db: Db,
  principal: Principal | null,
  communityId: string | null,
): Promise<WikiPageList> {
  const personId = personOf(principal);
  return db.transaction(async (tx) => {
    const standing = await requireReadableCommunity(tx, communityId, personId);
    const sameWiki = communityId === null ? isNull(wikiPages.communityId) : eq(wikiPages.communityId, communityId);
    const [community, rows] = await inTurn([
      () => communityOf(tx, communityId),
      tx
        .select()
        .from(wikiPages)
        .where(and(sameWiki, isNull(wikiPages.deletedAt)))
        .orderBy(desc(wikiPages.updatedAt), desc(wikiPages.id))
        .limit(500),
    ]);
    return { community, canWrite: canPostInCommunity(standing), pages: rows.map(summaryOf) };
  });
}

function revisionView(row: typeof wikiRevisions.$inferSelect, authorName: string | null): WikiRevisionView {
  return {
    number: row.number,
    title: row.title,
    comment: row.comment,
    authorName,
    restoredFrom: row.restoredFrom,
    createdAt: row.createdAt.toISOString(),
  };
}

async function revisionsWithAuthors(tx: Tx, pageId: string, numbers?: number[]) {
  return tx
    .select({ revision: wikiRevisions, authorName: persons.name })
    .from(wikiRevisions)
    .leftJoin(persons, eq(persons.id, wikiRevisions.authorId))
    .where(and(eq(wikiRevisions.pageId, pageId), numbers ? inArray(wikiRevisions.number, numbers) : sql`true`))
    .orderBy(desc(wikiRevisions.number));
}

/** Every revision of a page, newest first. */
export async function wikiHistory(db: Db, principal: Principal | null, id: string): Promise<WikiHistory> {
  return db.transaction(async (tx) => {
    const { page, rights } = await wikiPageFor(tx, principal, id, 'read');
    const rows = await revisionsWithAuthors(tx, page.id);
    return {
      id: page.id,
      title: page.title,
      canWrite: rights.canWrite,
      revisions: rows.map((row) => revisionView(row.revision, row.authorName)),
    };
  });
}

/** What changed between two revisions, word by word (the content's diff). */
export async function wikiDiff(
  db: Db,
  principal: Principal | null,
  id: string,
  query: WikiDiffQuery,
): Promise<WikiDiff> {
  return db.transaction(async (tx) => {
    const { page } = await wikiPageFor(tx, principal, id, 'read');
    const rows = await revisionsWithAuthors(tx, page.id, [query.from, query.to]);
    rows.sort((a, b) => a.revision.number - b.revision.number);
    const from = rows.find((row) => row.revision.number === query.from);
    const to = rows.find((row) => row.revision.number === query.to);
    if (!from || !to) throw notFound('Revision');
    return {
      from: revisionView(from.revision, from.authorName),
      to: revisionView(to.revision, to.authorName),
      ...diffTexts(from.revision, to.revision),
    };
  });
}
