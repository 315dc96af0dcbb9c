import type { CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { ImportProblem } from '../../../../shared/contracts/atlas-import.ts';
import { isReservedSlug } from '../../../../shared/reserved-slugs.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { cooperationSlug } from '../slug.ts';
import { type MappedRow, mapRow } from './import-map.ts';
import type { ParsedFile } from './import-parse.ts';
import { organisationsByReference, type RecordKey, recordsByKeys, storedRecords } from './import-queries.ts';
import { validateRecord } from './import-validate.ts';

/** How a row finds its record again: by external ID first, then by slug. */
export interface MatchKeys {
  externalId: string | null;
  slug: string | null;
  /** False when the slug was made from the title (the row names neither slug nor external ID). */
  slugGiven: boolean;
}

/** A row as the import keeps it until confirmation: the report line and the record it would write. */
export interface PlannedRow {
  row: number;
  slug: string | null;
  title: string;
  action: 'create' | 'update';
  existingId: string | null;
  match: MatchKeys;
  /** Null when the row has problems. */
  input: CooperationInput | null;
  problems: ImportProblem[];
}

/** Rows checked between two turns of the event loop. */
const YIELD_EVERY = 100;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const AGS = /^\d{2,12}$/;

const DEFAULTS: Omit<CooperationInput, 'title' | 'sector' | 'status' | 'legalForm'> = {
  summary: '',
  externalId: null,
  sectorGroup: null,
  fields: [],
  keywords: [],
  partnerIds: [],
  externalPartners: [],
  contacts: [],
  website: null,
  startYear: null,
  endYear: null,
  awards: [],
  funding: [],
  investment: null,
  yearlySavings: null,
  populationServed: null,
  location: null,
  description: '',
  currentStatus: '',
  lessonsLearned: '',
  furtherInformation: '',
  transferable: false,
  transferRequirements: '',
};

/** Without these a record cannot be saved: a new record's row must have them, an update's must not empty them. */
const REQUIRED = [
  ['title', 'title'],
  ['sector', 'sector'],
  ['status', 'status'],
  ['legalForm', 'legal_form'],
] as const;

/** The keys a row is matched by; a row naming neither slug nor external ID is matched by its title's slug. */
export function matchKeysOf(mapped: MappedRow): MatchKeys {
  const externalId = mapped.values.externalId ?? null;
  if (mapped.values.slug) return { externalId, slug: mapped.values.slug, slugGiven: true };
  if (externalId) return { externalId, slug: null, slugGiven: false };
  const title = mapped.values.title;
  return { externalId: null, slug: title ? cooperationSlug(title) : null, slugGiven: false };
}

export type Match = { existing: RecordKey | null; conflict: ImportProblem | null };

/**
 * Which stored record a row updates: the one with its external ID, else the one with its slug. A
 * slug owned by a record with a different external ID is a conflict, not a match.
 */
export function matchRecord(keys: MatchKeys, records: RecordKey[]): Match {
  const byExternalId = keys.externalId ? records.find((r) => r.externalId === keys.externalId) : undefined;
  const bySlug = keys.slug ? records.find((r) => r.slug === keys.slug) : undefined;
  const taken = (slug: string): ImportProblem => ({
    column: 'slug',
    code: 'slug-taken',
    message: 'another record already has this slug',
    value: slug,
  });
  // A slug that is a page's address (/atlas/new) belongs to the platform: confirming would be refused.
  if (keys.slugGiven && keys.slug && isReservedSlug(keys.slug)) {
    return { existing: byExternalId ?? null, conflict: taken(keys.slug) };
  }
  if (byExternalId) {
    return { existing: byExternalId, conflict: bySlug && bySlug.id !== byExternalId.id ? taken(bySlug.slug) : null };
  }
  if (bySlug && keys.externalId && bySlug.externalId && bySlug.externalId !== keys.externalId) {
    return { existing: null, conflict: taken(bySlug.slug) };
  }
  return { existing: bySlug ?? null, conflict: null };
}

/** Rows that name the same record twice: the later ones are reported, pointing at the first. */
function markDuplicates(rows: { mapped: MappedRow; keys: MatchKeys }[]) {
  const first = new Map<string, number>();
  for (const { mapped, keys } of rows) {
    const claims: [string, string | null][] = [
      ['external_id', keys.externalId],
      [keys.slugGiven ? 'slug' : 'title', keys.slug],
    ];
    for (const [column, key] of claims) {
      if (!key) continue;
      const id = `${column === 'external_id' ? 'e' : 's'}:${key}`;
      const earlier = first.get(id);
      if (earlier === undefined) first.set(id, mapped.row);
      else {
        mapped.problems.push({
          column,
          code: 'duplicate-row',
          message: `row ${earlier} already names the same record`,
          value: String(earlier),
        });
      }
    }
  }
}

async function resolvePartners(tx: Tx, mapped: MappedRow[]) {
  const refs = mapped.flatMap((m) => m.partnerRefs ?? []);
  const found = await organisationsByReference(tx, {
    ags: [...new Set(refs.filter((r) => AGS.test(r)))],
    ids: [...new Set(refs.filter((r) => UUID.test(r)).map((r) => r.toLowerCase()))],
  });
  for (const m of mapped) {
    if (!m.partnerRefs) continue;
    const ids: string[] = [];
    for (const ref of m.partnerRefs) {
      const id = found.get(UUID.test(ref) ? ref.toLowerCase() : ref);
      if (id) {
        if (!ids.includes(id)) ids.push(id);
      } else {
        m.problems.push({
          column: 'partners',
          code: 'unknown-organisation',
          message: 'no organisation of the directory has this AGS or ID',
          value: ref,
        });
      }
    }
    m.values.partnerIds = ids;
  }
}

const samePoint = (a: { latitude: number; longitude: number } | null | undefined, b: typeof a) =>
  Boolean(a && b && Math.abs(a.latitude - b.latitude) < 1e-6 && Math.abs(a.longitude - b.longitude) < 1e-6);

/**
 * Reads every row, finds the record it would create or update, and checks the result as a save would,
 * without writing anything. Columns a row lacks keep the stored values of an updated record.
 */
export async function planImport(tx: Tx, file: ParsedFile): Promise<PlannedRow[]> {
  const mapped = file.rows.map(mapRow);
  await resolvePartners(tx, mapped);
  const keyed = mapped.map((m) => ({ mapped: m, keys: matchKeysOf(m) }));
  markDuplicates(keyed);
  const records = await recordsByKeys(tx, {
    slugs: [...new Set(keyed.map((k) => k.keys.slug).filter((s): s is string => Boolean(s)))],
    externalIds: [...new Set(keyed.map((k) => k.keys.externalId).filter((s): s is string => Boolean(s)))],
  });
  const matches = keyed.map((k) => matchRecord(k.keys, records));
  const updatedBy = new Map<string, number>();
  keyed.forEach(({ mapped: m }, index) => {
    const id = matches[index]?.existing?.id;
    if (!id) return;
    const earlier = updatedBy.get(id);
    if (earlier === undefined) updatedBy.set(id, m.row);
    else if (!m.problems.some((p) => p.code === 'duplicate-row')) {
      m.problems.push({
        column: 'slug',
        code: 'duplicate-row',
        message: `row ${earlier} already names the same record`,
        value: String(earlier),
      });
    }
  });
  const stored = await storedRecords(
    tx,
    matches.flatMap((m) => (m.existing ? [m.existing.id] : [])),
  );

  const planned: PlannedRow[] = [];
  for (const [index, { mapped: m, keys }] of keyed.entries()) {
    // Checking a row costs a fraction of a millisecond (sanitising its HTML), 5,000 rows seconds: let
    // other requests in between.
    if (index % YIELD_EVERY === YIELD_EVERY - 1) await new Promise((resolve) => setImmediate(resolve));
    const match = matches[index] as Match;
    const problems = [...m.problems];
    if (match.conflict) problems.push(match.conflict);
    const before = match.existing ? stored.get(match.existing.id) : undefined;
    const merged: Record<string, unknown> = { ...DEFAULTS, ...before?.input, ...m.values };
    if (!before) {
      if (keys.slug) merged.slug = keys.slug;
      else delete merged.slug;
    } else if (!before.locationSet && samePoint(m.values.location, before.point)) {
      // The exported point of a record placed at its partners' centre: keep it following them.
      merged.location = null;
    }
    for (const [key, column] of REQUIRED) {
      if ((merged[key] === undefined || merged[key] === '') && !problems.some((p) => p.column === column)) {
        problems.push({ column, code: 'required', message: 'a value is required' });
      }
    }
    problems.push(...validateRecord(merged, problems));
    const valid = problems.length === 0;
    planned.push({
      row: m.row,
      slug: (merged.slug as string | undefined) ?? null,
      title: typeof merged.title === 'string' ? merged.title : '',
      action: before ? 'update' : 'create',
      existingId: match.existing?.id ?? null,
      match: keys,
      input: valid ? (merged as CooperationInput) : null,
      problems,
    });
  }
  return planned;
}
