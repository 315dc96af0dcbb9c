import { and, eq } from 'drizzle-orm';
import type {
  EditWikiPageInput,
  RestoreWikiInput,
  WikiSettingsInput,
} from '../../../../shared/contracts/network-wiki.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { announceWikiChange } from '../realtime/network-events.ts';
import { wikiPages, wikiRevisions } from '../tables.ts';
import { cleanTitle, requireCurrent, saveRevision } from './save-revision.ts';
import { wikiPageFor } from './wiki-access.ts';
import { sanitizeWikiHtml } from './wiki-html.ts';

// The changes to an existing page: a new revision (edit or restore), a check, its settings, deletion.
// Each locks the page's row, so two saves of one page queue and the second sees the first.

/** Saves a new revision; 409 when the edit was based on an older one than the newest. */
export async function editWikiPage(
  db: Db,
  principal: Principal | null,
  id: string,
  input: EditWikiPageInput,
  publicUrl: string,
): Promise<{ revision: number }> {
  return db.transaction(async (tx) => {
    const { page, personId } = await wikiPageFor(tx, principal, id, 'write', true);
    requireCurrent(page, input.baseRevision);
    const revision = await saveRevision(
      tx,
      page,
      {
        title: cleanTitle(input.title),
        bodyHtml: sanitizeWikiHtml(input.bodyHtml, publicUrl),
        comment: input.comment?.trim() ?? '',
      },
      personId,
    );
    return { revision };
  });
}

/** An old revision's title and text saved again as the newest revision (restored_from names it). */
export async function restoreWikiRevision(
  db: Db,
  principal: Principal | null,
  id: string,
  input: RestoreWikiInput,
): Promise<{ revision: number }> {
  return db.transaction(async (tx) => {
    const { page, personId } = await wikiPageFor(tx, principal, id, 'write', true);
    requireCurrent(page, input.baseRevision);
    const [old] = await tx
      .select()
      .from(wikiRevisions)
      .where(and(eq(wikiRevisions.pageId, page.id), eq(wikiRevisions.number, input.number)));
    if (!old) throw notFound('Revision');
    const revision = await saveRevision(
      tx,
      page,
      { title: old.title, bodyHtml: old.bodyHtml, comment: '', restoredFrom: old.number },
      personId,
    );
    return { revision };
  });
}

/** "Geprüft": someone who may write confirms the page is still right; the reminder starts over. */
export async function checkWikiPage(db: Db, principal: Principal | null, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { page, personId } = await wikiPageFor(tx, principal, id, 'write', true);
    await tx
      .update(wikiPages)
      .set({ checkedAt: new Date(), checkedBy: personId, remindedAt: null })
      .where(eq(wikiPages.id, page.id));
    await audit(tx, { actorId: personId, action: 'wiki.checked', subjectType: 'wiki_page', subjectId: page.id });
    await announceWikiChange(tx, page, 'checked', personId);
  });
}

/** How often the page is to be checked: its owner's (or a moderator's) choice. */
export async function updateWikiSettings(
  db: Db,
  principal: Principal | null,
  id: string,
  input: WikiSettingsInput,
): Promise<void> {
  await db.transaction(async (tx) => {
    const { page, personId } = await wikiPageFor(tx, principal, id, 'own', true);
    await tx.update(wikiPages).set({ checkEveryDays: input.checkEveryDays }).where(eq(wikiPages.id, page.id));
    await audit(tx, {
      actorId: personId,
      action: 'wiki.settings-changed',
      subjectType: 'wiki_page',
      subjectId: page.id,
      details: { checkEveryDays: input.checkEveryDays },
    });
  });
}

/** Deletes the page softly (its owner, or a moderator of its wiki); it is gone for everyone. */
export async function deleteWikiPage(db: Db, principal: Principal | null, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { page, personId } = await wikiPageFor(tx, principal, id, 'delete', true);
    await tx.update(wikiPages).set({ deletedAt: new Date() }).where(eq(wikiPages.id, page.id));
    await audit(tx, {
      actorId: personId,
      action: 'wiki.deleted',
      subjectType: 'wiki_page',
      subjectId: page.id,
      details: { title: page.title },
    });
    await announceWikiChange(tx, page, 'deleted', personId);
  });
}
