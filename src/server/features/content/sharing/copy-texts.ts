import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { versionsOf } from '../queries.ts';
import { contentVersions } from '../tables.ts';

/** One language's text to copy into a page: the source's version and, for a linked page, its own text around it. */
export interface TextToCopy {
  language: string;
  number: number;
  title: string;
  bodyHtml: string;
}

/**
 * Writes the texts as the first versions of a page of another organisation (origin `adopted`). A
 * translation keeps its basis, renumbered to the copy's first version, and stays as up to date as it
 * was: current when its basis had no major change between the version it was made from and the
 * version copied, outdated otherwise. Machine translations stay marked until reviewed.
 */
export async function copyTexts(
  tx: Tx,
  sourcePageId: string,
  texts: readonly TextToCopy[],
  targetPageId: string,
  authorId: string | null,
): Promise<void> {
  if (texts.length === 0) return;
  const versions = await versionsOf(tx, [sourcePageId]);
  const copied = new Map(texts.map((t) => [t.language, t]));
  const rows = texts.map((text) => {
    const version = versions.find((v) => v.language === text.language && v.number === text.number);
    const basisLanguage = version?.basisLanguage ?? null;
    const basisCopied = basisLanguage ? copied.get(basisLanguage) : undefined;
    let basisNumber: number | null = null;
    if (basisLanguage && basisCopied) {
      const changedBetween = versions.some(
        (v) =>
          v.language === basisLanguage &&
          !v.draft &&
          !v.minor &&
          v.number > (version?.basisNumber ?? 0) &&
          v.number <= basisCopied.number,
      );
      basisNumber = changedBetween ? 0 : 1;
    }
    return {
      id: newId(),
      pageId: targetPageId,
      language: text.language,
      number: 1,
      title: text.title,
      bodyHtml: text.bodyHtml,
      words: version?.words ?? 0,
      basisLanguage: basisCopied ? basisLanguage : null,
      basisNumber,
      origin: 'adopted',
      reviewed: version?.reviewed ?? true,
      authorId,
    };
  });
  await tx.insert(contentVersions).values(rows);
}
