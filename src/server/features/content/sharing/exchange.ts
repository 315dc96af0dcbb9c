import { and, count, desc, eq, inArray, isNotNull, type SQL, sql } from 'drizzle-orm';
import type { ExchangeList, ExchangeQuery } from '../../../../shared/contracts/content-sharing.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { inTurn } from '../../../platform/db/in-turn.ts';
import { organisations } from '../../organisations/tables.ts';
import { contentPages, contentVersions } from '../tables.ts';
import { allianceMatesOf, sharedWithCondition } from './audience.ts';

type Item = ExchangeList['items'][number];

/**
 * The pages other organisations share with this one ("Inhaltsbörse"): filtered by words of the
 * title, topic tag, LeiKa key (or its beginning), language and source organisation, newest shared
 * first, with the counts of what the filters leave per tag, language and organisation.
 */
export async function exchange(tx: Tx, organisationId: string, query: ExchangeQuery): Promise<ExchangeList> {
  const conditions: SQL[] = [sharedWithCondition(organisationId, await allianceMatesOf(tx, organisationId))];
  if (query.tag) conditions.push(sql`${query.tag} = any(${contentPages.tags})`);
  if (query.leikaKey) conditions.push(sql`${contentPages.leikaKey} like ${`${query.leikaKey}%`}`);
  if (query.organisationId) conditions.push(eq(contentPages.organisationId, query.organisationId));
  const pages = await tx
    .select({ page: contentPages, organisationName: organisations.name })
    .from(contentPages)
    .innerJoin(organisations, eq(organisations.id, contentPages.organisationId))
    .where(and(...conditions))
    .orderBy(desc(contentPages.sharedAt), contentPages.id);
  const ids = pages.map((p) => p.page.id);
  const [texts, adoptions, mine] = await inTurn([
    () => publishedTitles(tx, ids),
    () => adoptionCounts(tx, ids),
    () => adoptedBy(tx, organisationId, ids),
  ]);
  const words = (query.q ?? '').toLocaleLowerCase('de').split(/\s+/).filter(Boolean);
  const items: Item[] = [];
  for (const { page, organisationName } of pages) {
    const own = texts.get(page.id) ?? [];
    const source = own.find((t) => t.language === page.sourceLanguage);
    if (!source) continue;
    const languages = [page.sourceLanguage, ...own.map((t) => t.language).filter((l) => l !== page.sourceLanguage)];
    if (query.language && !languages.includes(query.language)) continue;
    const haystack = [source.title, ...page.tags, organisationName].join(' ').toLocaleLowerCase('de');
    if (!words.every((w) => haystack.includes(w))) continue;
    items.push({
      id: page.id,
      organisationId: page.organisationId,
      organisationName,
      slug: page.slug,
      title: source.title,
      sourceLanguage: page.sourceLanguage,
      languages,
      tags: page.tags,
      leikaKey: page.leikaKey,
      licence: page.licence as Item['licence'],
      sharedWith: page.sharedWith as Item['sharedWith'],
      sharedAt: page.sharedAt?.toISOString() ?? null,
      words: source.words,
      adoptions: adoptions.get(page.id) ?? 0,
      adoptedByViewer: mine.get(page.id) ?? null,
    });
  }
  const offset = query.offset ?? 0;
  const limit = query.limit ?? 20;
  return {
    total: items.length,
    items: items.slice(offset, offset + limit),
    facets: {
      tags: counted(items.flatMap((i) => i.tags)),
      languages: counted(items.flatMap((i) => i.languages)),
      organisations: counted(
        items.map((i) => i.organisationId),
        new Map(items.map((i) => [i.organisationId, i.organisationName])),
      ),
    },
  };
}

function counted(values: readonly string[], labels?: Map<string, string>) {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]))
    .slice(0, 30)
    .map(([value, n]) => ({ value, count: n, ...(labels ? { label: labels.get(value) ?? value } : {}) }));
}

/** Each page's last published title and word count per language (no text bodies). */
export async function publishedTitles(tx: Tx, pageIds: readonly string[]) {
  const byPage = new Map<string, { language: string; title: string; words: number; number: number }[]>();
  if (pageIds.length === 0) return byPage;
  const rows = await tx
    .selectDistinctOn([contentVersions.pageId, contentVersions.language], {
      pageId: contentVersions.pageId,
      language: contentVersions.language,
      title: contentVersions.title,
      words: contentVersions.words,
      number: contentVersions.number,
    })
    .from(contentVersions)
    .where(and(inArray(contentVersions.pageId, [...pageIds]), eq(contentVersions.draft, false)))
    .orderBy(contentVersions.pageId, contentVersions.language, desc(contentVersions.number));
  for (const { pageId, ...row } of rows) byPage.set(pageId, [...(byPage.get(pageId) ?? []), row]);
  return byPage;
}

export async function adoptionCounts(tx: Tx, pageIds: readonly string[]): Promise<Map<string, number>> {
  if (pageIds.length === 0) return new Map();
  const rows = await tx
    .select({ pageId: contentPages.adoptedFromPageId, n: count() })
    .from(contentPages)
    .where(inArray(contentPages.adoptedFromPageId, [...pageIds]))
    .groupBy(contentPages.adoptedFromPageId);
  return new Map(rows.map((r) => [r.pageId as string, Number(r.n)]));
}

async function adoptedBy(tx: Tx, organisationId: string, pageIds: readonly string[]) {
  if (pageIds.length === 0) return new Map<string, NonNullable<Item['adoptedByViewer']>>();
  const rows = await tx
    .select({ id: contentPages.id, sourceId: contentPages.adoptedFromPageId, mode: contentPages.adoptionMode })
    .from(contentPages)
    .where(
      and(
        eq(contentPages.organisationId, organisationId),
        isNotNull(contentPages.adoptedFromPageId),
        inArray(contentPages.adoptedFromPageId, [...pageIds]),
      ),
    );
  return new Map(rows.map((r) => [r.sourceId as string, { pageId: r.id, mode: r.mode as 'copy' | 'link' }]));
}
