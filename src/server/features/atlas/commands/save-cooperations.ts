import type { RecordState } from '../../../../shared/atlas/states.ts';
import type { CooperationInput } from '../../../../shared/contracts/atlas.ts';
import { isReservedSlug } from '../../../../shared/reserved-slugs.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, invalid, notFound, type Problem } from '../../../platform/errors/problem.ts';
import { regionsOfMany } from '../../organisations/regions.ts';
import { existingPersonIds, findByIds, ownersOf } from '../queries.ts';
import {
  insertRecords,
  insertRevisions,
  type RecordValues,
  replaceContactsOfMany,
  replacePartnersOfMany,
  updateRecord,
} from '../records/record-writes.ts';
import { indexCooperations } from '../search/search-index.ts';
import { cleanCooperation, cooperationErrors } from './clean-cooperation.ts';
import {
  contactErrorsAmong,
  insertWithFreeSlug,
  linkedPersons,
  partnerErrors,
  recordValuesOf,
  type SaveOptions,
  snapshotOf,
  taken,
} from './save-cooperation.ts';

export interface ManySaveItem {
  input: CooperationInput;
  /** The record to replace; without it a new record is made. */
  existingId?: string;
  /** The workflow state to save in (as `SaveOptions.state`). */
  state?: RecordState;
}

/** A save among many that was refused: which one, and the problem `saveCooperation` would have thrown. */
export class ManySaveRefused extends Error {
  constructor(
    readonly index: number,
    readonly problem: Problem,
  ) {
    super(problem.title);
  }
}

/**
 * `saveCooperation` for many records in one transaction, with the same checks and the same rows
 * written (record, partners, contacts, revision, search index), in a few statements for all of them
 * instead of about ten per record: the atlas import writes its chunks through it. The first record
 * that a single save would refuse stops it (`ManySaveRefused`, naming the item).
 */
export async function saveCooperations(
  tx: Tx,
  items: ManySaveItem[],
  options: Pick<SaveOptions, 'authorId' | 'action' | 'deferIndex'>,
): Promise<{ id: string; slug: string; revision: number }[]> {
  const records = items.map((item) => cleanCooperation(item.input));
  const regions = await regionsOfMany(
    tx,
    records.map((r) => r.partnerIds),
  );
  const known = await existingPersonIds(tx, [...new Set(records.flatMap(linkedPersons))]);
  records.forEach((record, index) => {
    const errors = [
      ...cooperationErrors(record),
      ...partnerErrors(record, regions[index]?.found ?? []),
      ...contactErrorsAmong(record, known),
    ];
    if (errors.length > 0) throw new ManySaveRefused(index, invalid(errors));
  });

  const existing = await findByIds(
    tx,
    items.flatMap((item) => (item.existingId ? [item.existingId] : [])),
  );
  const externalIdOf = (item: ManySaveItem) =>
    item.input.externalId === undefined
      ? (existing.get(item.existingId ?? '')?.externalId ?? null)
      : item.input.externalId;
  const owners = await ownersOf(tx, {
    slugs: items.flatMap((item) => (item.input.slug ? [item.input.slug] : [])),
    externalIds: items.flatMap((item) => externalIdOf(item) ?? []),
  });
  // Unique values as a single save checks them, also against the items before (which are not in the table yet).
  const claimed = { slugs: new Map(owners.slugs), externalIds: new Map(owners.externalIds) };
  const planned = items.map((item, index) => {
    const before = item.existingId ? existing.get(item.existingId) : undefined;
    if (item.existingId && !before) throw new ManySaveRefused(index, notFound('Cooperation'));
    const id = before?.id ?? newId();
    const externalId = externalIdOf(item);
    const slug = item.input.slug ?? null;
    if (externalId !== null) {
      const owner = claimed.externalIds.get(externalId);
      if (owner && owner !== id) throw new ManySaveRefused(index, taken('externalId', externalId));
      claimed.externalIds.set(externalId, id);
    }
    if (slug !== null) {
      const owner = isReservedSlug(slug) ? 'app-page' : claimed.slugs.get(slug);
      if (owner && owner !== id) throw new ManySaveRefused(index, taken('slug', slug));
      claimed.slugs.set(slug, id);
    }
    const { values, state } = recordValuesOf(records[index] as (typeof records)[number], item.input, {
      existing: before ?? null,
      regions: regions[index] as (typeof regions)[number],
      externalId,
      options: { ...options, ...(item.state ? { state: item.state } : {}) },
    });
    return { index, id, before, values, state, revision: before ? before.revision + 1 : 1 };
  });

  for (const p of planned) if (p.before) await updateRecord(tx, p.id, p.values, p.revision);
  const fresh = planned.filter((p) => !p.before);
  // New records with a slug of their own go in together; a slug taken meanwhile is refused as a single save would.
  const withSlug = fresh.filter((p) => items[p.index]?.input.slug);
  const inserted = await insertRecords(
    tx,
    withSlug.map((p) => ({ ...p.values, id: p.id, createdBy: options.authorId })),
  );
  const lost = withSlug.find((p) => !inserted.has(p.id));
  if (lost) {
    const problem = conflict(
      'slug-taken',
      'Another cooperation has this slug',
      `The address /atlas/${lost.values.slug} is taken.`,
    );
    throw new ManySaveRefused(lost.index, problem);
  }
  // Without a slug each looks for the first free one made from its title.
  for (const p of fresh.filter((p) => !items[p.index]?.input.slug)) {
    p.values.slug = await insertWithFreeSlug(tx, p.id, p.values as RecordValues, null, options.authorId);
  }

  const replaced = planned.flatMap((p) => (p.before ? [p.id] : []));
  await replacePartnersOfMany(
    tx,
    planned.map((p) => ({ cooperationId: p.id, organisationIds: records[p.index]?.partnerIds ?? [] })),
    replaced,
  );
  await replaceContactsOfMany(
    tx,
    planned.map((p) => ({ cooperationId: p.id, contacts: records[p.index]?.contacts ?? [] })),
    replaced,
  );
  await insertRevisions(
    tx,
    planned.map((p) => ({
      cooperationId: p.id,
      number: p.revision,
      snapshot: snapshotOf(records[p.index] as (typeof records)[number], {
        slug: p.values.slug,
        externalId: p.values.externalId ?? null,
        state: p.state,
      }),
      action: options.action,
      authorId: options.authorId,
    })),
  );
  if (!options.deferIndex)
    await indexCooperations(
      tx,
      planned.map((p) => p.id),
    );
  return planned.map((p) => ({ id: p.id, slug: p.values.slug, revision: p.revision }));
}
