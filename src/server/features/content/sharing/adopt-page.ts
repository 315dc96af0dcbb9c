import { and, eq, like, or } from 'drizzle-orm';
import type { ContentPage } from '../../../../shared/contracts/content.ts';
import type { AdoptInput } from '../../../../shared/contracts/content-sharing.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, forbidden, invalid, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { organisations } from '../../organisations/tables.ts';
import { pageView } from '../page-view.ts';
import { contentAccess } from '../policy.ts';
import { contentChanging } from '../public/content-generation.ts';
import { type PageRow, pageRow } from '../queries.ts';
import { contentPages } from '../tables.ts';
import { contentWritersOf, sharedPageVisibleTo } from './audience.ts';
import { copyTexts } from './copy-texts.ts';
import { shownTexts } from './shown-text.ts';

/**
 * An organisation takes over a page another organisation shares with it, with its translations:
 * as a copy (its own page from now on, "adopted from X, version N" kept) or as a live link (showing
 * the source's current text). The source's writers are told who adopted it.
 */
export async function adoptPage(
  db: Db,
  principal: Principal | null,
  sourceId: string,
  input: AdoptInput,
): Promise<ContentPage> {
  if (!principal) throw unauthenticated();
  return db.transaction(async (tx) => {
    // Locked so that the owner cannot stop sharing between the check and the adoption.
    const source = await pageRow(tx, sourceId, true);
    if (!source || !(await sharedPageVisibleTo(tx, source, input.organisationId))) throw notFound('Page');
    if ((await contentAccess(tx, principal, input.organisationId)) !== 'edit') {
      throw forbidden('Only admins and editors of the organisation adopt pages for it.');
    }
    await contentChanging(tx);
    const [earlier] = await tx
      .select({ id: contentPages.id })
      .from(contentPages)
      .where(and(eq(contentPages.organisationId, input.organisationId), eq(contentPages.adoptedFromPageId, source.id)));
    if (earlier) {
      throw conflict(
        'already-adopted',
        'Already adopted',
        `The organisation adopted this page already (${earlier.id}).`,
      );
    }
    const texts = (await shownTexts(tx, [source])).get(source.id) ?? new Map();
    const sourceText = texts.get(source.sourceLanguage);
    if (!sourceText) throw conflict('not-published', 'Not published', 'The page has no published text to adopt.');
    if (input.parentId) await assertOwnPage(tx, input.parentId, input.organisationId);
    const slug = input.slug ?? (await freeSlug(tx, input.organisationId, source.slug));
    if (input.slug && (await slugTaken(tx, input.organisationId, input.slug))) {
      throw conflict('slug-taken', 'Slug taken', 'The organisation has a page with this address.');
    }
    const [owner] = await tx
      .select({ name: organisations.name })
      .from(organisations)
      .where(eq(organisations.id, source.organisationId));

    const id = newId();
    await tx.insert(contentPages).values({
      id,
      organisationId: input.organisationId,
      parentId: input.parentId ?? null,
      slug,
      sourceLanguage: source.sourceLanguage,
      leikaKey: source.leikaKey,
      tags: source.tags,
      validUntil: source.validUntil,
      contact: input.mode === 'copy' ? source.contact : null,
      adoptionMode: input.mode,
      adoptedFromPageId: source.id,
      adoptedFromOrganisationId: source.organisationId,
      adoptedFromOrganisationName: owner?.name ?? '',
      adoptedFromVersion: sourceText.number,
      adoptedLicence: source.licence,
      createdBy: principal.personId,
    });
    if (input.mode === 'copy') {
      const copies = [...texts.entries()].map(([language, t]) => ({ language, ...t }));
      await copyTexts(tx, source.id, copies, id, principal.personId);
    }
    await tellOwner(tx, source, sourceText.title, input);
    return pageView(tx, (await pageRow(tx, id)) as PageRow, 'edit');
  });
}

async function tellOwner(tx: Tx, source: PageRow, title: string, input: AdoptInput) {
  const [adopter] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, input.organisationId));
  await notify(tx, await contentWritersOf(tx, [source.organisationId]), {
    kind: 'content-adopted',
    data: { organisationName: adopter?.name ?? '', title, mode: input.mode },
    link: `/content/pages/${source.id}`,
  });
}

async function assertOwnPage(tx: Tx, pageId: string, organisationId: string) {
  const [parent] = await tx
    .select({ id: contentPages.id })
    .from(contentPages)
    .where(and(eq(contentPages.id, pageId), eq(contentPages.organisationId, organisationId)));
  if (!parent) throw invalid([{ field: 'body:/parentId', message: 'is no page of this organisation' }]);
}

async function slugTaken(tx: Tx, organisationId: string, slug: string): Promise<boolean> {
  const rows = await tx
    .select({ id: contentPages.id })
    .from(contentPages)
    .where(and(eq(contentPages.organisationId, organisationId), eq(contentPages.slug, slug)));
  return rows.length > 0;
}

/** The source's slug, or with -2, -3, … when the organisation has a page with it. */
async function freeSlug(tx: Tx, organisationId: string, wanted: string): Promise<string> {
  const rows = await tx
    .select({ slug: contentPages.slug })
    .from(contentPages)
    .where(
      and(
        eq(contentPages.organisationId, organisationId),
        or(eq(contentPages.slug, wanted), like(contentPages.slug, `${wanted}-%`)),
      ),
    );
  const taken = new Set(rows.map((r) => r.slug));
  if (!taken.has(wanted)) return wanted;
  for (let n = 2; ; n += 1) {
    const candidate = `${wanted.slice(0, 75)}-${n}`;
    if (!taken.has(candidate)) return candidate;
  }
}
