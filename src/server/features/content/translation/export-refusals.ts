import { conflict, invalid, type Problem } from '../../../platform/errors/problem.ts';
import { isWellFormedLanguageTag } from '../xliff/language-tag.ts';
import type { ExportRefusal } from './export-plan.ts';

/** A language tag from the request, checked as BCP 47 (the schema's pattern lets some malformed tags by). */
export function languageInput(field: string, value: string): string {
  if (!isWellFormedLanguageTag(value)) throw invalid([{ field, message: 'is not a BCP 47 language tag' }]);
  return value;
}

/** The answer to a page that cannot be exported; `field` names the request's part that chose it. */
export function exportRefusal(
  reason: ExportRefusal,
  page: { slug: string; sourceLanguage: string },
  basisLanguage: string,
  field: string,
): Problem {
  if (reason === 'target-is-source') {
    return invalid([
      {
        field,
        message: `must differ from the language the page “${page.slug}” is written in or translated from (${basisLanguage})`,
      },
    ]);
  }
  if (reason === 'basis-language-malformed') {
    return conflict(
      'translation-basis',
      'No basis',
      `The language tag ${basisLanguage} of the page “${page.slug}” is not BCP 47, which an XLIFF file needs.`,
    );
  }
  return conflict(
    'translation-basis',
    'No basis',
    `The page “${page.slug}” has no published text in ${basisLanguage} to translate from.`,
  );
}
