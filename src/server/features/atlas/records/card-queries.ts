import { and, asc, desc, eq, inArray, ne, type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { textArray } from '../../../platform/db/sql-arrays.ts';
import type { AtlasViewer } from '../policy.ts';
import { type CardRow, cardRows, type RecordRow } from '../queries.ts';
import { cooperationPartners, cooperations } from '../tables.ts';

// The lists of records outside search: an organisation's or alliance's, the workbench, related
// records. Visibility is decided here in SQL, by the same rules as policy.ts.

/** Longest list an organisation, alliance or workbench shows. */
export const CARD_LIST_MAX = 200;

const RELATED_MAX = 6;

function hasPartnerIn(organisationIds: readonly string[]): SQL {
  return sql`exists (select 1 from ${cooperationPartners} p where p.cooperation_id = cooperations.id and ${inArray(sql`p.organisation_id`, [...organisationIds])})`;
}

/**
 * Published records for everyone; drafts and records in review also for platform admins and the
 * people of a partner organisation (archived ones stay off these lists). Also the search over
 * everything's rule for records (features/search); reads `cooperations` unaliased.
 */
export function listedFor(viewer: AtlasViewer | null): SQL {
  const published = eq(cooperations.state, 'published');
  if (viewer?.isPlatformAdmin) return sql`${cooperations.state} in ('published', 'draft', 'review')`;
  if (!viewer?.organisationId) return published;
  return sql`(${published} or (${cooperations.state} in ('draft', 'review') and ${hasPartnerIn([viewer.organisationId])}))`;
}

const newestFirst = [sql`coalesce(${cooperations.publishedAt}, ${cooperations.updatedAt}) desc`, asc(cooperations.id)];

/** The records any of these organisations takes part in, as far as the viewer may see them. */
export async function cardsOfOrganisations(
  tx: Tx,
  organisationIds: readonly string[],
  viewer: AtlasViewer | null,
): Promise<CardRow[]> {
  if (organisationIds.length === 0) return [];
  return cardRows(tx, and(hasPartnerIn(organisationIds), listedFor(viewer)), newestFirst, CARD_LIST_MAX);
}

/** Every record of the viewer's organisation, in every state, last changed first. */
export async function cardsOfOwnOrganisation(tx: Tx, viewer: AtlasViewer): Promise<CardRow[]> {
  if (!viewer.organisationId) return [];
  return cardRows(
    tx,
    hasPartnerIn([viewer.organisationId]),
    [desc(cooperations.updatedAt), asc(cooperations.id)],
    CARD_LIST_MAX,
  );
}

/** Records waiting for an admin's review, oldest first (first come, first served). */
export async function reviewQueue(tx: Tx): Promise<CardRow[]> {
  return cardRows(
    tx,
    eq(cooperations.state, 'review'),
    [asc(cooperations.updatedAt), asc(cooperations.id)],
    CARD_LIST_MAX,
  );
}

/**
 * Up to six published records like this one: those sharing most task fields first, then the nearest
 * (by distance on a locally flattened map, good enough for ranking within Germany). Synthetic
 * benchmark records are never related to real ones.
 */
export async function relatedCards(tx: Tx, record: RecordRow): Promise<CardRow[]> {
  const fields = textArray(record.fields);
  const shared = sql`cardinality(array(select unnest(${cooperations.fields}) intersect select unnest(${fields})))`;
  const distance =
    record.latitude !== null && record.longitude !== null
      ? sql`(power(${cooperations.latitude} - ${record.latitude}, 2) + power((${cooperations.longitude} - ${record.longitude}) * ${Math.cos((record.latitude * Math.PI) / 180)}, 2)) asc nulls last`
      : sql`${cooperations.publishedAt} desc nulls last`;
  return cardRows(
    tx,
    and(
      eq(cooperations.state, 'published'),
      ne(cooperations.id, record.id),
      eq(cooperations.synthetic, record.synthetic),
    ),
    [sql`${shared} desc`, distance, asc(cooperations.id)],
    RELATED_MAX,
  );
}
