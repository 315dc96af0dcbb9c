import { CONTENT_LIMITS } from '../../../../shared/contracts/content.ts';
import type { XliffCheckPage, XliffCheckProblem } from '../../../../shared/contracts/content-xliff.ts';
import { sanitizeContentHtml } from '../media/sanitize-content-html.ts';
import type { PageRow, VersionRow } from '../queries.ts';
import { matchUnits, type UnitMatch } from '../xliff/match-units.ts';
import type { ParsedXliffPage } from '../xliff/parse-xliff.ts';
import { htmlFromSegments } from '../xliff/segments.ts';
import { TITLE_UNIT_ID, titleFromUnit } from '../xliff/title-unit.ts';
import { lastPublishedIn, unitsOfText } from './page-units.ts';

/** A translation a confirmation writes, as the check stored it. */
export interface PendingVersion {
  pageId: string;
  language: string;
  basisLanguage: string;
  basisNumber: number;
  /** The basis language's last published version when checked: a newer one at confirmation refuses the page. */
  checkedNumber: number;
  title: string;
  bodyHtml: string;
}

export interface PageCheck {
  report: XliffCheckPage;
  version: PendingVersion | null;
}

/**
 * One page's part of a returned file, matched unit by unit against the page's text as it is now in
 * the file's source language (taken from the database, never from the file). What matched, with
 * a translation, becomes the pending version: the page's blocks with the translated text, the
 * rest in the source's words. Its basis is the version exported, or the current one when every
 * unit of the current text matched.
 */
export function checkPage(
  file: ParsedXliffPage,
  page: PageRow | null,
  versions: readonly VersionRow[],
  targetLanguage: string,
): PageCheck {
  const unknown = (reason: XliffCheckProblem['reason'], detail: string, title: string | null = null): PageCheck => ({
    report: {
      pageId: file.pageId,
      title,
      units: file.units.length,
      matched: 0,
      writable: false,
      problems: [{ unitId: null, reason, detail }],
    },
    version: null,
  });
  if (!page) return unknown('unknown-page', 'No page of your organisation has this id.');
  const current = lastPublishedIn(versions, file.sourceLanguage);
  const title = current?.title ?? page.slug;
  if (file.targetLanguage !== targetLanguage) {
    return unknown(
      'wrong-target-language',
      `This part of the file is in ${file.targetLanguage}, not in ${targetLanguage}.`,
      title,
    );
  }
  if (targetLanguage === page.sourceLanguage || targetLanguage === file.sourceLanguage) {
    return unknown(
      'target-is-source',
      `The file translates into ${targetLanguage}, the language the page is written in or translated from.`,
      title,
    );
  }
  const exported = versions.find(
    (v) => v.language === file.sourceLanguage && v.number === file.sourceVersion && !v.draft,
  );
  if (!current || !exported) {
    return unknown(
      'unknown-version',
      `The page has no published version ${file.sourceVersion} in ${file.sourceLanguage}.`,
      title,
    );
  }

  const currentUnits = unitsOfText(current);
  const match = matchUnits(file.units, currentUnits);
  const problems = match.rows.flatMap(problemOf);
  const translations = new Map(
    match.rows.flatMap((row) =>
      row.status === 'matched' && row.id !== TITLE_UNIT_ID ? [[row.id, row.target]] : [],
    ) as [string, string][],
  );
  const rebuilt = htmlFromSegments(current.bodyHtml, translations);
  for (const unitId of rebuilt.linksRemoved) {
    problems.push({
      unitId,
      reason: 'link-removed',
      detail: 'The translation linked somewhere the source does not; the link became text.',
    });
  }
  const titleRow = match.rows.find((row) => row.id === TITLE_UNIT_ID);
  const translatedTitle = titleRow?.status === 'matched' ? titleFromUnit(titleRow.target) : '';
  const matched = match.counts.matched;
  const complete = matched === match.rows.length;
  return {
    report: { pageId: page.id, title, units: currentUnits.length, matched, writable: matched > 0, problems },
    version:
      matched > 0
        ? {
            pageId: page.id,
            language: targetLanguage,
            basisLanguage: file.sourceLanguage,
            basisNumber: complete ? current.number : exported.number,
            checkedNumber: current.number,
            title: (translatedTitle || current.title).slice(0, CONTENT_LIMITS.title),
            bodyHtml: sanitizeContentHtml(rebuilt.html),
          }
        : null,
  };
}

function problemOf(row: UnitMatch): XliffCheckProblem[] {
  switch (row.status) {
    case 'matched':
      return [];
    case 'source-changed':
      return [
        {
          unitId: row.id,
          reason: 'source-changed',
          detail: 'The page’s text here changed after the export; the translation is of the old text.',
          fileSource: row.fileSource,
          currentSource: row.currentSource,
        },
      ];
    case 'empty-target':
      return [{ unitId: row.id, reason: 'empty-target', detail: 'The file has no translation for this text.' }];
    case 'missing-in-file':
      return [
        {
          unitId: row.id,
          reason: 'missing-in-file',
          detail: 'The page has this text, the file does not (it was added after the export, or a tool left it out).',
          currentSource: row.currentSource,
        },
      ];
    case 'unknown-id':
      return [
        {
          unitId: row.id,
          reason: 'unknown-unit',
          detail: 'The page has no such text (any more).',
          fileSource: row.fileSource,
        },
      ];
  }
}
