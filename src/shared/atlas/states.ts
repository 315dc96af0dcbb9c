/** How far a cooperation has come (its own status, shown to readers). */
export const PROJECT_STATUSES = [
  { code: 'geplant', de: 'geplant', en: 'planned' },
  { code: 'laufend', de: 'laufend', en: 'ongoing' },
  { code: 'abgeschlossen', de: 'abgeschlossen', en: 'completed' },
  { code: 'eingestellt', de: 'eingestellt', en: 'discontinued' },
] as const;

export type ProjectStatus = (typeof PROJECT_STATUSES)[number]['code'];
export const PROJECT_STATUS_CODES: readonly string[] = PROJECT_STATUSES.map((s) => s.code);

/**
 * Where a record is in the editorial workflow: drafts are seen by the partners' people, `review`
 * waits for a platform admin, `published` is public (also signed out), `archived` is hidden from
 * search but its URL still answers for partners and admins.
 */
export const RECORD_STATES = ['draft', 'review', 'published', 'archived'] as const;
export type RecordState = (typeof RECORD_STATES)[number];

export const ATLAS_LIMITS = {
  titleMax: 200,
  summaryMax: 300,
  sectionMax: 50_000,
  keywordsMax: 20,
  externalPartnersMax: 50,
  partnersMax: 100,
  contactsMax: 10,
  pageSizeMax: 100,
  /** Map points in one search answer (the first of the list; the answer says how many there are). */
  mapPointsMax: 1_000,
  importRowsMax: 5_000,
  interestMessageMax: 4_000,
  /** Earliest start year accepted (German municipal cooperation law dates from the 1930s; older records are rare). */
  yearMin: 1900,
} as const;
