import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { uuidArray } from '../../../platform/db/sql-arrays.ts';
import { rowsOf } from '../../atlas/search/search-index.ts';
import type { PageRow } from '../queries.ts';

/** The text a reader sees of a page in one language (the fields of sharing/shown-text.ts ShownText this feature reads). */
export interface ShownText {
  number: number;
  title: string;
  /** Sanitised on save. */
  bodyHtml: string;
  /** A linked page's own text around the source's (its address, its opening hours); '' otherwise. */
  beforeHtml: string;
  afterHtml: string;
  /** When this text was published. */
  createdAt: Date;
}

interface Row {
  page_id: string;
  language: string;
  number: number;
  title: string;
  body_html: string;
  created_at: Date | string;
}

/**
 * The one place that decides which text readers see of each page and language: the last published
 * (non-draft) version, never a draft. Pages adopted as a live link (`adoption_mode = 'link'`) have no
 * versions of their own and show nothing here yet: they are to show their source's text with their
 * own around it, which the sharing feature's `shownTexts` (sharing/shown-text.ts, same result type)
 * computes; once it is in place, this function returns `shownTexts(tx, pages)` instead.
 */
export async function publishedTexts(tx: Tx, pages: readonly PageRow[]): Promise<Map<string, Map<string, ShownText>>> {
  const texts = new Map<string, Map<string, ShownText>>(pages.map((p) => [p.id, new Map()]));
  if (pages.length === 0) return texts;
  const ids = pages.map((p) => p.id);
  const rows = rowsOf<Row>(
    await tx.execute(sql`
      select distinct on (v.page_id, v.language) v.page_id, v.language, v.number, v.title, v.body_html, v.created_at
      from content_versions v
      where v.page_id = any(${uuidArray(ids)}) and not v.draft
      order by v.page_id, v.language, v.number desc`),
  );
  for (const row of rows) {
    texts.get(row.page_id)?.set(row.language, {
      number: row.number,
      title: row.title,
      bodyHtml: row.body_html,
      beforeHtml: '',
      afterHtml: '',
      createdAt: new Date(row.created_at),
    });
  }
  return texts;
}
