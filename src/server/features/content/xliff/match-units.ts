import { normaliseInlineHtml } from './inline.ts';

/** A unit of the page as it is now: the title and `segmentsOf` the current body. */
export interface CurrentUnit {
  id: string;
  source: string;
}

/** A unit of an imported file (`parseXliff`). */
export interface FileUnit {
  id: string;
  source: string;
  target: string | null;
}

/**
 * One row of the import's check, before anything is written:
 * - `matched`: same source as the page's now, with a translation;
 * - `source-changed`: the page's text at that id differs from what the file was made from;
 * - `empty-target`: same source, but the file has no translation for it;
 * - `missing-in-file`: the page has the unit, the file does not;
 * - `unknown-id`: the file has a unit the page does not (any more).
 */
export type UnitMatch =
  | { status: 'matched'; id: string; source: string; target: string }
  | { status: 'source-changed'; id: string; fileSource: string; currentSource: string; target: string | null }
  | { status: 'empty-target'; id: string; source: string }
  | { status: 'missing-in-file'; id: string; currentSource: string }
  | { status: 'unknown-id'; id: string; fileSource: string; target: string | null };

export interface MatchReport {
  /** The page's units in page order, then the file's unknown ones in file order. */
  rows: UnitMatch[];
  counts: Record<UnitMatch['status'], number>;
}

/**
 * Compares a file's units with the page's current ones. Sources are compared in canonical inline
 * HTML (whitespace, entity spelling, attribute order and Unicode normalisation do not count; text,
 * markup and link addresses do).
 */
export function matchUnits(fileUnits: readonly FileUnit[], currentSourceUnits: readonly CurrentUnit[]): MatchReport {
  const inFile = new Map(fileUnits.map((unit) => [unit.id, unit]));
  const current = new Set(currentSourceUnits.map((unit) => unit.id));
  const rows: UnitMatch[] = currentSourceUnits.map((unit): UnitMatch => {
    const fileUnit = inFile.get(unit.id);
    const currentSource = normaliseInlineHtml(unit.source);
    if (!fileUnit) return { status: 'missing-in-file', id: unit.id, currentSource };
    const fileSource = normaliseInlineHtml(fileUnit.source);
    const target = fileUnit.target === null ? '' : normaliseInlineHtml(fileUnit.target);
    if (fileSource !== currentSource) {
      return { status: 'source-changed', id: unit.id, fileSource, currentSource, target: target || null };
    }
    if (target === '') return { status: 'empty-target', id: unit.id, source: currentSource };
    return { status: 'matched', id: unit.id, source: currentSource, target };
  });
  for (const unit of fileUnits) {
    if (current.has(unit.id)) continue;
    const target = unit.target === null ? '' : normaliseInlineHtml(unit.target);
    rows.push({
      status: 'unknown-id',
      id: unit.id,
      fileSource: normaliseInlineHtml(unit.source),
      target: target || null,
    });
  }
  const counts = { matched: 0, 'source-changed': 0, 'empty-target': 0, 'missing-in-file': 0, 'unknown-id': 0 };
  for (const row of rows) counts[row.status] += 1;
  return { rows, counts };
}
