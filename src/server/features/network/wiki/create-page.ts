import type { CreateWikiPageInput, WikiCreated } from '../../../../shared/contracts/network-wiki.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { wikiPages } from '../tables.ts';
import { cleanTitle, freeSlug, saveRevision } from './save-revision.ts';
import { personOf, requireWritableWiki } from './wiki-access.ts';
import { sanitizeWikiHtml } from './wiki-html.ts';

export interface NewPage {
  communityId: string | null;
  title: string;
  bodyHtml: string;
  comment: string;
  sourceAnswerId?: string | null;
}

/** Inserts a page (its owner the author) with its first revision, in the caller's transaction. */
export async function insertPage(tx: Tx, personId: string, page: NewPage): Promise<string> {
  const id = newId();
  const title = cleanTitle(page.title);
  const [row] = await tx
    .insert(wikiPages)
    .values({
      id,
      communityId: page.communityId,
      slug: await freeSlug(tx, page.communityId, title),
      title,
      bodyHtml: '',
      ownerId: personId,
      checkedBy: personId,
      sourceAnswerId: page.sourceAnswerId ?? null,
      createdBy: personId,
    })
    .returning();
  if (!row) throw new Error('wiki page not inserted');
  await saveRevision(tx, row, { title, bodyHtml: page.bodyHtml, comment: page.comment }, personId);
  return id;
}

/** A new page in a wiki the person may write in (a community's, or the platform's for null). */
export async function createWikiPage(
  db: Db,
  principal: Principal | null,
  input: CreateWikiPageInput,
  publicUrl: string,
): Promise<WikiCreated> {
  const personId = personOf(principal);
  return db.transaction(async (tx) => {
    await requireWritableWiki(tx, input.community, personId);
    const id = await insertPage(tx, personId, {
      communityId: input.community,
      title: input.title,
      bodyHtml: sanitizeWikiHtml(input.bodyHtml, publicUrl),
      comment: input.comment?.trim() ?? '',
    });
    return { id };
  });
}
