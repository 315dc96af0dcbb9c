import { and, desc, eq, inArray, isNull } from 'drizzle-orm';
import type { WikiLinkKind, WikiLinkView } from '../../../../shared/contracts/network-wiki.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import { canSee } from '../../atlas/policy.ts';
import { findById as findCooperation, findBySlug as findCooperationBySlug } from '../../atlas/queries.ts';
import { atlasViewerOf } from '../../atlas/viewer.ts';
import { pageFor as contentPageFor } from '../../content/access.ts';
import { versionsOf } from '../../content/queries.ts';
import { requireNode } from '../../documents/node-access.ts';
import { readableCommunitySql } from '../community-standing.ts';
import { wikiLinks, wikiPages } from '../tables.ts';
import { appLinksOf } from './wiki-html.ts';

// What a wiki page links to, kept at every save (wiki_links), and shown only as far as the reader may
// see each target, by the owning feature's own access function: the atlas's canSee, the content's
// pageFor, the documents' requireNode, and the readable wikis for other wiki pages.

/** Replaces the page's links by those of its new text. Atlas records are linked by slug and kept by ID. */
export async function saveLinks(tx: Tx, pageId: string, html: string): Promise<void> {
  const rows: { pageId: string; targetKind: WikiLinkKind; targetId: string }[] = [];
  for (const link of appLinksOf(html)) {
    if (link.kind === 'cooperation') {
      const record = await findCooperationBySlug(tx, link.key);
      if (record) rows.push({ pageId, targetKind: 'cooperation', targetId: record.id });
    } else if (!(link.kind === 'wiki' && link.key === pageId)) {
      rows.push({ pageId, targetKind: link.kind, targetId: link.key });
    }
  }
  await tx.delete(wikiLinks).where(eq(wikiLinks.pageId, pageId));
  if (rows.length > 0) await tx.insert(wikiLinks).values(rows).onConflictDoNothing();
}

/** 404 (and 403) answers of another feature's access function mean: not for this reader. */
async function orNull<T>(work: () => Promise<T>): Promise<T | null> {
  try {
    return await work();
  } catch (error) {
    if (error instanceof Problem && (error.status === 404 || error.status === 403)) return null;
    throw error;
  }
}

async function visibleWikiPages(tx: Tx, personId: string, ids: string[]): Promise<WikiLinkView[]> {
  if (ids.length === 0) return [];
  const rows = await tx
    .select({ id: wikiPages.id, title: wikiPages.title })
    .from(wikiPages)
    .where(
      and(
        inArray(wikiPages.id, ids),
        isNull(wikiPages.deletedAt),
        readableCommunitySql(wikiPages.communityId, personId),
      ),
    );
  return rows.map((row) => ({ kind: 'wiki', id: row.id, title: row.title, href: `/network/wiki/${row.id}` }));
}

async function visibleTarget(
  tx: Tx,
  principal: Principal,
  kind: WikiLinkKind,
  id: string,
): Promise<WikiLinkView | null> {
  switch (kind) {
    case 'wiki':
      return (await visibleWikiPages(tx, principal.personId, [id]))[0] ?? null;
    case 'cooperation': {
      const record = await findCooperation(tx, id);
      if (!record || !canSee(await atlasViewerOf(tx, principal), record)) return null;
      return { kind, id, title: record.title, href: `/atlas/${record.slug}` };
    }
    case 'content': {
      const found = await orNull(() => contentPageFor(tx, principal, id, 'read'));
      if (!found) return null;
      const versions = (await versionsOf(tx, [id])).filter((v) => v.language === found.page.sourceLanguage);
      return { kind, id, title: versions.at(-1)?.title ?? found.page.slug, href: `/content/pages/${id}` };
    }
    case 'document': {
      const node = (await orNull(() => requireNode(tx, principal.personId, id)))?.node;
      if (node?.kind !== 'file') return null;
      return { kind, id, title: node.name, href: `/documents/files/${id}` };
    }
  }
}

/** The targets of the page's links the reader may see, in a stable order (kind, then title). */
export async function visibleLinksOf(tx: Tx, principal: Principal, pageId: string): Promise<WikiLinkView[]> {
  const rows = await tx
    .select({ kind: wikiLinks.targetKind, id: wikiLinks.targetId })
    .from(wikiLinks)
    .where(eq(wikiLinks.pageId, pageId));
  const seen: WikiLinkView[] = [];
  for (const row of rows) {
    const found = await visibleTarget(tx, principal, row.kind as WikiLinkKind, row.id);
    if (found) seen.push(found);
  }
  const order = ['wiki', 'cooperation', 'content', 'document'];
  return seen.sort((a, b) => order.indexOf(a.kind) - order.indexOf(b.kind) || a.title.localeCompare(b.title, 'de'));
}

/** The live wiki pages the reader may see that link to this page ("Verlinkt von"), newest first. */
export async function backlinksOf(tx: Tx, personId: string, pageId: string): Promise<WikiLinkView[]> {
  const rows = await tx
    .select({ id: wikiPages.id, title: wikiPages.title })
    .from(wikiLinks)
    .innerJoin(wikiPages, eq(wikiPages.id, wikiLinks.pageId))
    .where(
      and(
        eq(wikiLinks.targetKind, 'wiki'),
        eq(wikiLinks.targetId, pageId),
        isNull(wikiPages.deletedAt),
        readableCommunitySql(wikiPages.communityId, personId),
      ),
    )
    .orderBy(desc(wikiPages.updatedAt))
    .limit(100);
  return rows.map((row) => ({ kind: 'wiki', id: row.id, title: row.title, href: `/network/wiki/${row.id}` }));
}
