import { and, desc, eq, inArray, or } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { inTurn } from '../../../platform/db/in-turn.ts';
import type { PageRow } from '../queries.ts';
import { contentLinkPins, contentLinkTexts, contentVersions } from '../tables.ts';

/** What a page shows readers in one language. */
export interface ShownText {
  /** The version shown: the page's own, or for a linked page the source's. */
  number: number;
  title: string;
  bodyHtml: string;
  createdAt: Date;
  /** A linked page's own text around the source's (empty for other pages). */
  beforeHtml: string;
  afterHtml: string;
  /** A linked page that shows an earlier version of the source, because a change waits to be taken over. */
  pinned: boolean;
}

type Shown = Map<string, Map<string, ShownText>>;

/**
 * The published text each page shows per language. A page of its own (or a copy) shows its last
 * published version. A linked page shows its source's: the last published version, or the version
 * it is pinned to while a change of the source waits; with its own text before and after.
 */
export async function shownTexts(tx: Tx, pages: readonly PageRow[]): Promise<Shown> {
  const textPageOf = new Map(pages.map((p) => [p.id, textPageIdOf(p)]));
  const textPageIds = [...new Set(textPageOf.values())];
  const linkIds = pages.filter((p) => p.adoptionMode === 'link').map((p) => p.id);
  const [latest, pins, locals] = await inTurn([
    () => lastPublished(tx, textPageIds),
    () => (linkIds.length ? tx.select().from(contentLinkPins).where(inArray(contentLinkPins.pageId, linkIds)) : []),
    () => (linkIds.length ? tx.select().from(contentLinkTexts).where(inArray(contentLinkTexts.pageId, linkIds)) : []),
  ]);
  const pinnedVersions = await versionsByNumber(
    tx,
    pins.map((pin) => ({ pageId: textPageOf.get(pin.pageId) as string, language: pin.language, number: pin.number })),
  );
  const shown: Shown = new Map();
  for (const page of pages) {
    const textPageId = textPageOf.get(page.id) as string;
    const own = new Map<string, ShownText>();
    for (const v of latest.get(textPageId) ?? []) {
      const pin = pins.find((p) => p.pageId === page.id && p.language === v.language);
      const pinnedVersion = pin ? pinnedVersions.get(`${textPageId}|${v.language}|${pin.number}`) : undefined;
      const text = pinnedVersion ?? v;
      const local = locals.find((l) => l.pageId === page.id && l.language === v.language);
      own.set(v.language, {
        number: text.number,
        title: text.title,
        bodyHtml: text.bodyHtml,
        createdAt: text.createdAt,
        beforeHtml: local?.beforeHtml ?? '',
        afterHtml: local?.afterHtml ?? '',
        pinned: Boolean(pinnedVersion),
      });
    }
    shown.set(page.id, own);
  }
  return shown;
}

/** The page whose versions hold the text: the source for a linked page, the page itself otherwise. */
export function textPageIdOf(page: PageRow): string {
  return page.adoptionMode === 'link' && page.adoptedFromPageId ? page.adoptedFromPageId : page.id;
}

type VersionText = Pick<
  typeof contentVersions.$inferSelect,
  'language' | 'number' | 'title' | 'bodyHtml' | 'createdAt'
>;

const textColumns = {
  pageId: contentVersions.pageId,
  language: contentVersions.language,
  number: contentVersions.number,
  title: contentVersions.title,
  bodyHtml: contentVersions.bodyHtml,
  createdAt: contentVersions.createdAt,
};

/** Each page's last published version per language. */
async function lastPublished(tx: Tx, pageIds: readonly string[]): Promise<Map<string, VersionText[]>> {
  const byPage = new Map<string, VersionText[]>();
  if (pageIds.length === 0) return byPage;
  const rows = await tx
    .selectDistinctOn([contentVersions.pageId, contentVersions.language], textColumns)
    .from(contentVersions)
    .where(and(inArray(contentVersions.pageId, [...pageIds]), eq(contentVersions.draft, false)))
    .orderBy(contentVersions.pageId, contentVersions.language, desc(contentVersions.number));
  for (const row of rows) {
    const list = byPage.get(row.pageId) ?? [];
    list.push(row);
    byPage.set(row.pageId, list);
  }
  return byPage;
}

async function versionsByNumber(
  tx: Tx,
  wanted: readonly { pageId: string; language: string; number: number }[],
): Promise<Map<string, VersionText>> {
  const found = new Map<string, VersionText>();
  if (wanted.length === 0) return found;
  const rows = await tx
    .select(textColumns)
    .from(contentVersions)
    .where(
      or(
        ...wanted.map((w) =>
          and(
            eq(contentVersions.pageId, w.pageId),
            eq(contentVersions.language, w.language),
            eq(contentVersions.number, w.number),
          ),
        ),
      ),
    );
  for (const row of rows) found.set(`${row.pageId}|${row.language}|${row.number}`, row);
  return found;
}
