import type { Tx } from '../../../platform/db/client.ts';
import type { PageRow } from '../queries.ts';
import { type ShownText, shownTexts } from '../sharing/shown-text.ts';

export type { ShownText };

/**
 * The one place that decides which text readers see of each page and language: the last published
 * (non-draft) version, never a draft; for a page adopted as a live link the source's (or the version
 * it is pinned to while a change waits), with the page's own text before and after it. The sharing
 * feature computes it (sharing/shown-text.ts) for the organisation's own view as well.
 */
export function publishedTexts(tx: Tx, pages: readonly PageRow[]): Promise<Map<string, Map<string, ShownText>>> {
  return shownTexts(tx, pages);
}
