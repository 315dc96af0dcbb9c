import type { RecordState } from '../../../../shared/atlas/states.ts';
import type { CooperationInput, CooperationSnapshot } from '../../../../shared/contracts/atlas.ts';
import { firstFreeSlug, isReservedSlug } from '../../../../shared/reserved-slugs.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, type FieldError, invalid, notFound } from '../../../platform/errors/problem.ts';
import { type Regions, regionsOf } from '../../organisations/regions.ts';
import { existingPersonIds, findById, ownerOf, type RecordRow, slugsLike } from '../queries.ts';
import {
  insertRecord,
  insertRevision,
  type RecordValues,
  replaceContacts,
  replacePartners,
  updateRecord,
} from '../records/record-writes.ts';
import { indexCooperation } from '../search/search-index.ts';
import { cooperationSlug } from '../slug.ts';
import { type CleanCooperation, cleanCooperation, cooperationErrors } from './clean-cooperation.ts';

export interface SaveOptions {
  authorId: string | null;
  /** The record to replace; without it a new record is made. */
  existingId?: string;
  action: 'created' | 'edited' | 'imported' | 'restored';
  /** The workflow state to save in; by default a new record is a draft and an existing one keeps its state. */
  state?: RecordState;
  /** Marks records made by the benchmark generator. */
  synthetic?: boolean;
  /** The caller indexes the record itself, with many others at once (`indexCooperations`: the import's chunks). */
  deferIndex?: boolean;
}

/**
 * Creates or replaces a cooperation record with everything that follows from it: derived regions and
 * location, a unique slug, partners, contacts, a revision and the search index. Checks the input
 * against the code lists and the directory (400 naming the fields at fault) and unique values (409),
 * but not permissions: the routes, the import and the demo seed decide who may save.
 *
 * On replace, a missing `slug` or `externalId` keeps the current one (URLs stay stable when a title
 * changes); a missing `location` places the record at the centre of its partners.
 */
export async function saveCooperation(
  tx: Tx,
  input: CooperationInput,
  options: SaveOptions,
): Promise<{ id: string; slug: string; revision: number }> {
  const record = cleanCooperation(input);
  const errors = cooperationErrors(record);
  const regions = await regionsOf(tx, record.partnerIds);
  errors.push(...partnerErrors(record, regions.found), ...(await contactErrors(tx, record)));
  if (errors.length > 0) throw invalid(errors);

  const existing = options.existingId ? await findById(tx, options.existingId, true) : null;
  if (options.existingId && !existing) throw notFound('Cooperation');
  const externalId = input.externalId === undefined ? (existing?.externalId ?? null) : input.externalId;
  await ensureFree(tx, 'externalId', externalId, existing);
  await ensureFree(tx, 'slug', input.slug ?? null, existing);
  const { values, state } = recordValuesOf(record, input, { existing, regions, externalId, options });

  let id: string;
  let revision: number;
  if (existing) {
    id = existing.id;
    revision = existing.revision + 1;
    await updateRecord(tx, id, values, revision);
  } else {
    id = newId();
    revision = 1;
    values.slug = await insertWithFreeSlug(tx, id, values, input.slug ?? null, options.authorId);
  }
  await replacePartners(tx, id, record.partnerIds);
  await replaceContacts(tx, id, record.contacts);
  await insertRevision(tx, {
    cooperationId: id,
    number: revision,
    snapshot: snapshotOf(record, { slug: values.slug, externalId, state }),
    action: options.action,
    authorId: options.authorId,
  });
  if (!options.deferIndex) await indexCooperation(tx, id);
  return { id, slug: values.slug, revision };
}

/** The row a save writes: the cleaned fields and what follows from the partners and the record as stored. */
export function recordValuesOf(
  record: CleanCooperation,
  input: CooperationInput,
  context: { existing: RecordRow | null; regions: Regions; externalId: string | null; options: SaveOptions },
): { values: RecordValues; state: RecordState } {
  const { existing, regions, externalId, options } = context;
  const state = options.state ?? (existing?.state as RecordState | undefined) ?? 'draft';
  const values: RecordValues = {
    ...recordFields(record),
    slug: input.slug ?? existing?.slug ?? '',
    externalId,
    state,
    landCodes: regions.landCodes,
    kreisIds: regions.kreise.map((k) => k.id),
    latitude: record.location?.latitude ?? regions.centre?.latitude ?? null,
    longitude: record.location?.longitude ?? regions.centre?.longitude ?? null,
    locationSet: record.location !== null,
    synthetic: options.synthetic ?? existing?.synthetic ?? false,
    publishedAt: existing?.publishedAt ?? (state === 'published' ? new Date() : null),
  };
  return { values, state };
}

/** The editable fields as a revision keeps them: enough to show, compare and restore. */
export function snapshotOf(
  record: CleanCooperation,
  extra: { slug: string; externalId: string | null; state: string },
): CooperationSnapshot {
  return { ...record, ...extra };
}

function recordFields(record: CleanCooperation) {
  const { partnerIds: _p, contacts: _c, location: _l, ...fields } = record;
  return fields;
}

export function partnerErrors(record: CleanCooperation, found: string[]): FieldError[] {
  const known = new Set(found);
  return record.partnerIds.flatMap((id, index) =>
    known.has(id) ? [] : [{ field: `body:/partnerIds/${index}`, message: 'is not an organisation of the directory' }],
  );
}

async function contactErrors(tx: Tx, record: CleanCooperation): Promise<FieldError[]> {
  return contactErrorsAmong(record, await existingPersonIds(tx, linkedPersons(record)));
}

/** The people a record's contacts link to. */
export const linkedPersons = (record: CleanCooperation) =>
  record.contacts.flatMap((c) => (c.personId ? [c.personId] : []));

/** Contacts linking to someone not among the `known` people. */
export function contactErrorsAmong(record: CleanCooperation, known: Set<string>): FieldError[] {
  return record.contacts.flatMap((c, index) =>
    c.personId && !known.has(c.personId)
      ? [{ field: `body:/contacts/${index}/personId`, message: 'is not a person on the platform' }]
      : [],
  );
}

/** A slug or external ID given by the caller must not belong to another record. */
async function ensureFree(tx: Tx, column: 'slug' | 'externalId', value: string | null, existing: RecordRow | null) {
  if (value === null) return;
  const owner = column === 'slug' && isReservedSlug(value) ? 'app-page' : await ownerOf(tx, column, value);
  if (owner && owner !== existing?.id) throw taken(column, value);
}

/** The conflict of a slug or external ID that belongs to another record. */
export function taken(column: 'slug' | 'externalId', value: string) {
  return column === 'slug'
    ? conflict('slug-taken', 'Another cooperation has this slug', `The address /atlas/${value} is taken.`)
    : conflict('external-id-taken', 'Another cooperation has this external ID');
}

/** Inserts a new record under its given slug or, without one, the first free slug made from its title. */
export async function insertWithFreeSlug(
  tx: Tx,
  id: string,
  values: RecordValues,
  given: string | null,
  createdBy: string | null,
): Promise<string> {
  const base = given ?? cooperationSlug(values.title);
  // Another transaction may take the slug between looking and inserting; the insert then does
  // nothing and the next free one is tried. A slug the caller chose is not replaced.
  for (let attempt = 0; attempt < 5; attempt += 1) {
    const slug = given ?? firstFreeSlug(base, await slugsLike(tx, base));
    if (await insertRecord(tx, id, { ...values, slug, createdBy })) return slug;
    if (given) break;
  }
  throw given
    ? conflict('slug-taken', 'Another cooperation has this slug', `The address /atlas/${given} is taken.`)
    : new Error(`no free slug for "${base}"`);
}
