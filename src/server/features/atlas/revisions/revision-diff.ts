import { diffWords } from 'diff';
import type { CooperationSnapshot, FieldChange } from '../../../../shared/contracts/atlas.ts';
import { htmlToText } from '../sanitize-html.ts';

type Part = NonNullable<FieldChange['parts']>[number];

/** Fields shown as running text in a diff; the HTML sections are compared by their text. */
const TEXT_FIELDS = new Set([
  'title',
  'summary',
  'description',
  'currentStatus',
  'lessonsLearned',
  'furtherInformation',
  'transferRequirements',
]);

/** The order in which a diff lists changed fields: as the record page shows them. */
export const SNAPSHOT_FIELDS: ReadonlyArray<keyof CooperationSnapshot> = [
  'title',
  'slug',
  'summary',
  'state',
  'sector',
  'sectorGroup',
  'fields',
  'keywords',
  'partnerIds',
  'externalPartners',
  'contacts',
  'website',
  'startYear',
  'endYear',
  'status',
  'legalForm',
  'awards',
  'funding',
  'investment',
  'yearlySavings',
  'populationServed',
  'location',
  'description',
  'currentStatus',
  'lessonsLearned',
  'furtherInformation',
  'transferable',
  'transferRequirements',
  'externalId',
];

// Past this many edits a word diff costs more than it tells; the whole text is shown as replaced.
const MAX_EDIT_LENGTH = 2_000;

/** The words of two texts as runs of unchanged, removed and added text. */
export function wordParts(before: string, after: string): Part[] {
  const changes = diffWords(before, after, { maxEditLength: MAX_EDIT_LENGTH });
  if (!changes) {
    return [
      ...(before ? [{ kind: 'removed' as const, text: before }] : []),
      ...(after ? [{ kind: 'added' as const, text: after }] : []),
    ];
  }
  return changes.map((c) => ({ kind: c.added ? 'added' : c.removed ? 'removed' : 'same', text: c.value }));
}

function same(a: unknown, b: unknown): boolean {
  return JSON.stringify(a ?? null) === JSON.stringify(b ?? null);
}

/**
 * What changed between two snapshots, field by field. Text and HTML fields carry word-level parts
 * (HTML reduced to its text first, so a changed tag alone shows as unchanged words); arrays and
 * scalars carry their values before and after.
 */
export function diffSnapshots(from: Partial<CooperationSnapshot>, to: Partial<CooperationSnapshot>): FieldChange[] {
  const changes: FieldChange[] = [];
  for (const field of SNAPSHOT_FIELDS) {
    const before = from[field] ?? null;
    const after = to[field] ?? null;
    if (same(before, after)) continue;
    if (TEXT_FIELDS.has(field)) {
      const parts = wordParts(htmlToText(String(before ?? '')), htmlToText(String(after ?? '')));
      changes.push({ field, before, after, parts });
    } else {
      changes.push({ field, before, after });
    }
  }
  return changes;
}
