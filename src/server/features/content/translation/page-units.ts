import type { VersionRow } from '../queries.ts';
import type { CurrentUnit } from '../xliff/match-units.ts';
import { segmentsOf } from '../xliff/segments.ts';
import { titleUnit } from '../xliff/title-unit.ts';
import type { ExportUnit } from '../xliff/xliff-document.ts';

/** The units of a text as an export writes them and a check compares them: the title, then the body's blocks. */
export function unitsOfText(version: Pick<VersionRow, 'title' | 'bodyHtml'>): CurrentUnit[] {
  return [
    titleUnit(version.title),
    ...segmentsOf(version.bodyHtml).map((segment) => ({ id: segment.id, source: segment.html })),
  ];
}

/** The last published (not draft) version in a language, or null. */
export function lastPublishedIn(versions: readonly VersionRow[], language: string): VersionRow | null {
  let last: VersionRow | null = null;
  for (const v of versions) {
    if (v.language === language && !v.draft && (!last || v.number > last.number)) last = v;
  }
  return last;
}

/**
 * The units of the basis text with an existing translation's text beside them. A translation only
 * fills in when its blocks line up with the basis (the same unit ids), so that no unit gets another
 * unit's text.
 */
export function exportUnits(basis: VersionRow, translation: VersionRow | null): ExportUnit[] {
  const units = unitsOfText(basis);
  if (!translation) return units;
  const translated = unitsOfText(translation);
  const sameShape =
    translated.length === units.length && translated.every((unit, index) => unit.id === units[index]?.id);
  if (!sameShape) return units;
  return units.map((unit, index) => ({ ...unit, target: translated[index]?.source ?? null }));
}
