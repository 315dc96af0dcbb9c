import { and, asc, eq, inArray, isNull } from 'drizzle-orm';
import type { PublicAttribution } from '../../../../shared/contracts/content-public.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { type PageRow, pageRow, pagesOfOrganisation } from '../queries.ts';
import { contentPages } from '../tables.ts';
import { attributionOf } from './attribution.ts';
import { publishedTexts, type ShownText } from './published-texts.ts';

// What readers outside the organisation see of its pages. A page is public once its source language
// has a published text and every page above it is public (its address and breadcrumb name them); a
// language is shown when it has a published text. Drafts never count (published-texts.ts).

export interface PublishedPage {
  id: string;
  organisationId: string;
  parentId: string | null;
  slug: string;
  /** The slugs from the top of the tree down to this page. */
  path: string[];
  sourceLanguage: string;
  contact: string | null;
  validUntil: string | null;
  attribution: PublicAttribution | null;
  /** The published languages, the source language first. */
  languages: string[];
  texts: Map<string, ShownText>;
}

export interface PageInLanguage {
  page: PublishedPage;
  /** The language as the page stores it. */
  language: string;
  text: ShownText;
  /** From the top of the tree down to the page's parent. */
  ancestors: PublishedPage[];
  /** The public pages below it, in the tree's order. */
  children: PublishedPage[];
}

function published(row: PageRow, path: string[], texts: Map<string, ShownText> | undefined): PublishedPage | null {
  if (!texts?.has(row.sourceLanguage)) return null;
  const others = [...texts.keys()].filter((l) => l !== row.sourceLanguage).sort();
  return {
    id: row.id,
    organisationId: row.organisationId,
    parentId: row.parentId,
    slug: row.slug,
    path,
    sourceLanguage: row.sourceLanguage,
    contact: row.contact,
    validUntil: row.validUntil,
    attribution: attributionOf(row),
    languages: [row.sourceLanguage, ...others],
    texts,
  };
}

/** The language of the page that a request names (tags compare without regard to case). */
export function languageOf(page: PublishedPage, asked: string): string | null {
  const wanted = asked.toLowerCase();
  return page.languages.find((l) => l.toLowerCase() === wanted) ?? null;
}

/** Every public page of the organisation in the tree's order; with `language`, those published in it. */
export async function publishedPages(tx: Tx, organisationId: string, language?: string): Promise<PublishedPage[]> {
  const rows = await pagesOfOrganisation(tx, organisationId);
  const texts = await publishedTexts(tx, rows);
  const below = childrenByParent(rows);
  const out: PublishedPage[] = [];
  const visit = (parentId: string | null, path: string[]) => {
    for (const row of below.get(parentId) ?? []) {
      const page = published(row, [...path, row.slug], texts.get(row.id));
      if (!page) continue;
      out.push(page);
      visit(row.id, page.path);
    }
  };
  visit(null, []);
  return language === undefined ? out : out.filter((page) => languageOf(page, language) !== null);
}

/** The public page at the path (slugs down the tree) in the language, with what its page links; null if none. */
export async function publishedPage(
  tx: Tx,
  organisationId: string,
  path: readonly string[],
  language: string,
): Promise<PageInLanguage | null> {
  if (path.length === 0) return null;
  // Only the pages the path names are read (by slug), then the chain is checked from the top.
  const named = await tx
    .select()
    .from(contentPages)
    .where(and(eq(contentPages.organisationId, organisationId), inArray(contentPages.slug, [...new Set(path)])));
  const chain: PageRow[] = [];
  for (const slug of path) {
    const parentId = chain.at(-1)?.id ?? null;
    const row = named.find((r) => r.slug === slug && r.parentId === parentId);
    if (!row) return null;
    chain.push(row);
  }
  const last = chain.at(-1) as PageRow;
  const childRows = await childrenOf(tx, last.id);
  const texts = await publishedTexts(tx, [...chain, ...childRows]);
  const pages = chain.map((row, i) => published(row, path.slice(0, i + 1), texts.get(row.id)));
  if (pages.some((p) => p === null)) return null;
  const page = pages.at(-1) as PublishedPage;
  const shown = languageOf(page, language);
  const text = shown ? page.texts.get(shown) : undefined;
  if (!shown || !text) return null;
  const children = childRows.flatMap((row) => published(row, [...path, row.slug], texts.get(row.id)) ?? []);
  return { page, language: shown, text, ancestors: pages.slice(0, -1) as PublishedPage[], children };
}

/** The organisation's public pages at the top of its tree, each with every published language. */
export async function publishedTopPages(tx: Tx, organisationId: string): Promise<PublishedPage[]> {
  const roots = await tx
    .select()
    .from(contentPages)
    .where(and(eq(contentPages.organisationId, organisationId), isNull(contentPages.parentId)))
    .orderBy(asc(contentPages.position), asc(contentPages.slug));
  const texts = await publishedTexts(tx, roots);
  return roots.flatMap((row) => published(row, [row.slug], texts.get(row.id)) ?? []);
}

/** Deepest a tree is walked upwards; a longer chain is broken (a cycle) and not public. */
const MAX_DEPTH = 32;

/** One public page of the organisation by its ID; null when unknown, another's or not public. */
export async function publishedPageById(tx: Tx, organisationId: string, pageId: string): Promise<PublishedPage | null> {
  // The page and its ancestors, one primary-key read each (trees are a few levels deep).
  const chain: PageRow[] = [];
  for (let id: string | null = pageId; id; ) {
    const row = await pageRow(tx, id);
    if (!row || row.organisationId !== organisationId || chain.length >= MAX_DEPTH) return null;
    chain.unshift(row);
    id = row.parentId;
  }
  const texts = await publishedTexts(tx, chain);
  const path = chain.map((r) => r.slug);
  const pages = chain.map((row, i) => published(row, path.slice(0, i + 1), texts.get(row.id)));
  return pages.every((p) => p !== null) ? (pages.at(-1) as PublishedPage) : null;
}

async function childrenOf(tx: Tx, parentId: string): Promise<PageRow[]> {
  return tx
    .select()
    .from(contentPages)
    .where(eq(contentPages.parentId, parentId))
    .orderBy(asc(contentPages.position), asc(contentPages.slug));
}

function childrenByParent(rows: readonly PageRow[]): Map<string | null, PageRow[]> {
  const map = new Map<string | null, PageRow[]>();
  for (const row of rows) {
    const list = map.get(row.parentId) ?? [];
    list.push(row);
    map.set(row.parentId, list);
  }
  return map;
}
