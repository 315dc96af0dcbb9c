import type { PageRow, VersionRow } from '../queries.ts';
import { factsOf } from '../queries.ts';
import { translationStatuses } from '../translation-status.ts';
import { isWellFormedLanguageTag } from '../xliff/language-tag.ts';
import type { XliffDocument } from '../xliff/xliff-document.ts';
import { exportUnits, lastPublishedIn } from './page-units.ts';

/** What of a page goes into an export, or why nothing can. */
export type ExportPlan =
  | { ok: true; document: XliffDocument; basis: { language: string; number: number } }
  | { ok: false; reason: ExportRefusal; basisLanguage: string };

/**
 * - `target-is-source`: the target is the page's source language or the language it would be translated from;
 * - `no-basis`: the page has no published text in the language to translate from;
 * - `basis-language-malformed`: that language's stored tag is not BCP 47, which an XLIFF file requires.
 */
export type ExportRefusal = 'target-is-source' | 'no-basis' | 'basis-language-malformed';

/**
 * The page's last published text in the basis language (the source language unless another is
 * named) as the units of a file, with the existing translation beside them where it is current.
 */
export function planPageExport(
  page: PageRow,
  versions: readonly VersionRow[],
  target: string,
  basis: string | undefined,
): ExportPlan {
  const basisLanguage = basis ?? page.sourceLanguage;
  if (target === page.sourceLanguage || target === basisLanguage) {
    return { ok: false, reason: 'target-is-source', basisLanguage };
  }
  if (!isWellFormedLanguageTag(basisLanguage)) return { ok: false, reason: 'basis-language-malformed', basisLanguage };
  const basisVersion = lastPublishedIn(versions, basisLanguage);
  if (!basisVersion) return { ok: false, reason: 'no-basis', basisLanguage };
  return {
    ok: true,
    document: {
      pageId: page.id,
      version: basisVersion.number,
      sourceLanguage: basisLanguage,
      targetLanguage: target,
      units: exportUnits(basisVersion, currentTranslation(page, versions, target, basisLanguage)),
    },
    basis: { language: basisLanguage, number: basisVersion.number },
  };
}

/**
 * The translation to fill in: the target's last published version when it is current (orders left
 * aside, so a second export still carries it) and was made from the same basis language.
 */
function currentTranslation(
  page: PageRow,
  versions: readonly VersionRow[],
  target: string,
  basisLanguage: string,
): VersionRow | null {
  const [status] = translationStatuses(page.sourceLanguage, [target], versions.map(factsOf));
  if (status?.status !== 'current') return null;
  const last = lastPublishedIn(versions, target);
  return last && (last.basisLanguage ?? page.sourceLanguage) === basisLanguage ? last : null;
}
