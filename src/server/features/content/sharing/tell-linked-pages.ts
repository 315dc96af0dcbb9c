import { and, eq, inArray, isNull, lt, max } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { notifyEach } from '../../notifications/notify.ts';
import { organisationMemberships, organisations } from '../../organisations/tables.ts';
import type { PageRow } from '../queries.ts';
import { contentLinkChanges, contentLinkPins, contentPages, contentVersions } from '../tables.ts';

export interface PublishedVersion {
  language: string;
  number: number;
  title: string;
  minor: boolean;
  draft: boolean;
}

/**
 * After a page published a new version in one language: the pages of other organisations that link
 * it keep showing the version they showed (pinned) until they take the change over, and their
 * writers are told, with a link to the change's diff. A minor edit reaches them at once; a draft
 * reaches nobody; a language the source did not have yet simply appears.
 */
export async function tellLinkedPages(tx: Tx, source: PageRow, version: PublishedVersion): Promise<number> {
  if (version.draft || version.minor) return 0;
  const links = await tx
    .select({ id: contentPages.id, organisationId: contentPages.organisationId })
    .from(contentPages)
    .where(and(eq(contentPages.adoptedFromPageId, source.id), eq(contentPages.adoptionMode, 'link')));
  if (links.length === 0) return 0;
  const [previous] = await tx
    .select({ number: max(contentVersions.number) })
    .from(contentVersions)
    .where(
      and(
        eq(contentVersions.pageId, source.id),
        eq(contentVersions.language, version.language),
        eq(contentVersions.draft, false),
        lt(contentVersions.number, version.number),
      ),
    );
  const fromNumber = previous?.number;
  if (!fromNumber) return 0;
  const linkIds = links.map((l) => l.id);

  await tx
    .insert(contentLinkPins)
    .values(linkIds.map((pageId) => ({ pageId, language: version.language, number: fromNumber })))
    .onConflictDoNothing();
  const waiting = await tx
    .update(contentLinkChanges)
    .set({ toNumber: version.number })
    .where(
      and(
        inArray(contentLinkChanges.pageId, linkIds),
        eq(contentLinkChanges.language, version.language),
        isNull(contentLinkChanges.takenAt),
      ),
    )
    .returning({ pageId: contentLinkChanges.pageId });
  const already = new Set(waiting.map((w) => w.pageId));
  const fresh = linkIds.filter((id) => !already.has(id));
  if (fresh.length > 0) {
    const pins = await tx
      .select({ pageId: contentLinkPins.pageId, number: contentLinkPins.number })
      .from(contentLinkPins)
      .where(and(inArray(contentLinkPins.pageId, fresh), eq(contentLinkPins.language, version.language)));
    const pinOf = new Map(pins.map((p) => [p.pageId, p.number]));
    await tx.insert(contentLinkChanges).values(
      fresh.map((pageId) => ({
        id: newId(),
        pageId,
        language: version.language,
        fromNumber: pinOf.get(pageId) ?? fromNumber,
        toNumber: version.number,
      })),
    );
  }
  await tellWriters(tx, links, source, version);
  return links.length;
}

async function tellWriters(
  tx: Tx,
  links: readonly { id: string; organisationId: string }[],
  source: PageRow,
  version: PublishedVersion,
) {
  const writers = await tx
    .select({ personId: organisationMemberships.personId, organisationId: organisationMemberships.organisationId })
    .from(organisationMemberships)
    .where(
      and(
        inArray(organisationMemberships.organisationId, [...new Set(links.map((l) => l.organisationId))]),
        eq(organisationMemberships.status, 'confirmed'),
        inArray(organisationMemberships.role, ['admin', 'editor']),
      ),
    );
  const [owner] = await tx
    .select({ name: organisations.name })
    .from(organisations)
    .where(eq(organisations.id, source.organisationId));
  const data = {
    title: version.title,
    language: version.language,
    organisationName: owner?.name ?? '',
    sourcePageId: source.id,
    number: version.number,
  };
  await notifyEach(
    tx,
    links.map((link) => ({
      personIds: writers.filter((w) => w.organisationId === link.organisationId).map((w) => w.personId),
      notification: { kind: 'content-source-changed', data, link: `/content/pages/${link.id}/changes` },
    })),
  );
}
