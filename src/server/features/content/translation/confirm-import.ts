import { and, eq, max } from 'drizzle-orm';
import { XLIFF_LIMITS, type XliffConfirmation } from '../../../../shared/contracts/content-xliff.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, forbidden, notFound, Problem, unauthenticated } from '../../../platform/errors/problem.ts';
import { markPublishedMedia } from '../media/mark-published-media.ts';
import { contentAccess } from '../policy.ts';
import { contentChanging } from '../public/content-generation.ts';
import { factsOf, ordersOf, pageRow, versionsOf } from '../queries.ts';
import { tellLinkedPages } from '../sharing/tell-linked-pages.ts';
import { contentPages, contentVersions, contentXliffChecks } from '../tables.ts';
import { translationStatuses } from '../translation-status.ts';
import { countWords } from '../words.ts';
import type { PendingVersion } from './check-page.ts';
import { ownCheckForUpdate } from './translation-queries.ts';

type Written = XliffConfirmation['written'][number];
type Refused = XliffConfirmation['refused'][number];

/**
 * Writes what a check found, once, for the person who checked, within a day: a version in the
 * target language for each page that matched (origin `xliff`, reviewed), all in one transaction.
 * A page whose text in the basis language changed after the check is refused rather than given a
 * translation of the old text; when every page is refused nothing is written and the check stays
 * open (409), so the person sees why and checks the file again.
 */
export async function confirmImport(db: Db, principal: Principal | null, checkId: string): Promise<XliffConfirmation> {
  if (!principal) throw unauthenticated();
  return db.transaction(async (tx) => {
    const check = await ownCheckForUpdate(tx, checkId, principal.personId);
    if (!check) throw notFound('Check');
    await contentChanging(tx);
    if (check.confirmedAt) {
      throw conflict('xliff-check-confirmed', 'Already confirmed', 'The translations of this file have been written.');
    }
    if (Date.now() - check.createdAt.getTime() > XLIFF_LIMITS.checkHours * 3600_000) {
      throw new Problem(
        410,
        'xliff-check-expired',
        'Check expired',
        `A check can be confirmed for ${XLIFF_LIMITS.checkHours} hours; the pages may have changed since. Upload the file again.`,
      );
    }
    if ((await contentAccess(tx, principal, check.organisationId)) !== 'edit') {
      throw forbidden('Only admins and editors of the organisation write its pages.');
    }
    const pending = pendingVersionsOf(check.versions);
    if (pending.length === 0) {
      throw conflict('xliff-nothing-to-write', 'Nothing to write', 'No page of the file matched with a translation.');
    }
    const written: Written[] = [];
    const refused: Refused[] = [];
    // Pages are locked in one order, so two confirmations cannot wait for each other.
    for (const version of [...pending].sort((a, b) => a.pageId.localeCompare(b.pageId))) {
      const outcome = await writeVersion(tx, check.organisationId, principal.personId, version);
      if ('reason' in outcome) refused.push(outcome);
      else written.push(outcome);
    }
    if (written.length === 0) {
      throw conflict(
        'xliff-source-changed',
        'Pages changed',
        'Every page of the file changed after the check, so no translation was written. Upload the file again to see what changed.',
      );
    }
    await tx.update(contentXliffChecks).set({ confirmedAt: new Date() }).where(eq(contentXliffChecks.id, check.id));
    return { checkId: check.id, targetLanguage: check.targetLanguage, written, refused };
  });
}

async function writeVersion(
  tx: Tx,
  organisationId: string,
  personId: string,
  version: PendingVersion,
): Promise<Written | Refused> {
  const page = await pageRow(tx, version.pageId, true);
  if (!page || page.organisationId !== organisationId) {
    return { pageId: version.pageId, reason: 'page-gone', detail: 'The page no longer exists.' };
  }
  const [basis] = await tx
    .select({ number: max(contentVersions.number) })
    .from(contentVersions)
    .where(
      and(
        eq(contentVersions.pageId, page.id),
        eq(contentVersions.language, version.basisLanguage),
        eq(contentVersions.draft, false),
      ),
    );
  if (basis?.number !== version.checkedNumber) {
    return {
      pageId: page.id,
      reason: 'source-changed',
      detail: `The page’s text in ${version.basisLanguage} changed after the check (version ${basis?.number ?? 'none'} instead of ${version.checkedNumber}); upload the file again.`,
    };
  }
  const [last] = await tx
    .select({ number: max(contentVersions.number) })
    .from(contentVersions)
    .where(and(eq(contentVersions.pageId, page.id), eq(contentVersions.language, version.language)));
  const number = (last?.number ?? 0) + 1;
  await tx.insert(contentVersions).values({
    id: newId(),
    pageId: page.id,
    language: version.language,
    number,
    title: version.title,
    bodyHtml: version.bodyHtml,
    words: countWords(version.title, version.bodyHtml),
    basisLanguage: version.basisLanguage,
    basisNumber: version.basisNumber,
    origin: 'xliff',
    reviewed: true,
    authorId: personId,
  });
  await markPublishedMedia(tx, page.organisationId, version.bodyHtml);
  await tx.update(contentPages).set({ updatedAt: new Date() }).where(eq(contentPages.id, page.id));
  await tellLinkedPages(tx, page, {
    language: version.language,
    number,
    title: version.title,
    minor: false,
    draft: false,
  });
  const versions = await versionsOf(tx, [page.id]);
  const [status] = translationStatuses(
    page.sourceLanguage,
    [version.language],
    versions.map(factsOf),
    await ordersOf(tx, [page.id]),
  );
  return {
    pageId: page.id,
    language: version.language,
    number,
    basis: { language: version.basisLanguage, number: version.basisNumber },
    status: status?.status ?? 'current',
  };
}

/** The stored versions, read defensively: a row written by an older build may lack a field. */
function pendingVersionsOf(stored: unknown): PendingVersion[] {
  if (!Array.isArray(stored)) return [];
  return stored.filter(
    (v): v is PendingVersion =>
      typeof v === 'object' &&
      v !== null &&
      typeof v.pageId === 'string' &&
      typeof v.language === 'string' &&
      typeof v.basisLanguage === 'string' &&
      Number.isInteger(v.basisNumber) &&
      Number.isInteger(v.checkedNumber) &&
      typeof v.title === 'string' &&
      typeof v.bodyHtml === 'string',
  );
}
