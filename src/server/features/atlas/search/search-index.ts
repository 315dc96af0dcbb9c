import { type SQL, sql } from 'drizzle-orm';
import { TASK_FIELDS } from '../../../../shared/atlas/task-fields.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { textArray, uuidArray } from '../../../platform/db/sql-arrays.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { indexChanging } from './index-generation.ts';
import { foldSql, plainTextSql, stemFormSql, withoutMarkersSql } from './search-text.ts';

/**
 * The search side of a save. For each record: its weighted German search vector, and the words it
 * adds to atlas_terms (only while published). A record keeps the words it added in `indexed_terms`,
 * so a re-index counts only the difference and archiving or deleting takes them back.
 *
 * Weights: A title; B keywords, task field labels, partner names, summary; C the four sections as
 * plain text. It also writes the record's map point as the search answers it (`search_point`).
 */

const FIELD_LABELS = JSON.stringify(Object.fromEntries(TASK_FIELDS.map((f) => [f.code, f.de])));
/** Shorter words say little and would flood the compound expansion; longer ones are noise (URLs, hashes). */
const TERM_MIN_LENGTH = 4;
const TERM_MAX_LENGTH = 60;

/** Recomputes a record's search vector and its words in atlas_terms, in the transaction of its save. */
export async function indexCooperation(tx: Tx, cooperationId: string): Promise<void> {
  await indexWhere(tx, [cooperationId], false);
}

/** Takes a record's words out of atlas_terms; call before deleting the row. */
export async function unindexCooperation(tx: Tx, cooperationId: string): Promise<void> {
  await indexWhere(tx, [cooperationId], true);
}

/** Indexes many records at once (the generator, repairs): those with the given IDs. */
export async function indexCooperations(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length > 0) await indexWhere(tx, ids, false);
}

/** Takes the words of many records out of atlas_terms, before they are deleted. */
export async function unindexCooperations(tx: Tx, ids: string[]): Promise<void> {
  if (ids.length > 0) await indexWhere(tx, ids, true);
}

/**
 * The searchable text of the record `c` (a row of cooperations) in its four weights, without the
 * highlighter's markers: what the search vector and atlas_terms are made of.
 */
export function recordTextSql(): { title: SQL; summary: SQL; related: SQL; body: SQL } {
  const c = sql.raw('c');
  const sections = sql.join(
    ['description', 'current_status', 'lessons_learned', 'further_information'].map((column) =>
      plainTextSql(sql`${c}.${sql.identifier(column)}`),
    ),
    sql`, `,
  );
  return {
    title: withoutMarkersSql(sql`c.title`),
    summary: withoutMarkersSql(sql`c.summary`),
    related: sql`concat_ws(' ',
          array_to_string(c.keywords, ' '),
          (select string_agg(l.label, ' ') from jsonb_each_text(${FIELD_LABELS}::jsonb) l(code, label)
            where l.code = any(c.fields)),
          (select string_agg(o.name, ' ') from cooperation_partners p
            join organisations o on o.id = p.organisation_id where p.cooperation_id = c.id),
          array_to_string(c.external_partners, ' '))`,
    body: sql`concat_ws(' ', ${sections})`,
  };
}

async function indexWhere(tx: Tx, ids: readonly string[], remove: boolean): Promise<void> {
  await indexChanging(tx, ids);
  const which = ids.length === 1 ? sql`id = ${ids[0]}::uuid` : sql`id = any(${uuidArray(ids)})`;
  const text = recordTextSql();
  const rows = await tx.execute<{ term: string }>(sql`
    with locked as (
      select id, indexed_terms as old_terms from cooperations where ${which} for update
    ),
    source as (
      select c.id, c.state,
        case when c.latitude is not null and c.longitude is not null then json_build_object('id', c.id, 'slug', c.slug,
          'title', c.title, 'sector', c.sector, 'latitude', c.latitude, 'longitude', c.longitude)::text end as point,
        ${text.title} as title,
        ${text.summary} as summary,
        ${text.related} as related,
        ${text.body} as body
      from cooperations c join locked using (id)
    ),
    computed as (
      select s.id, s.point,
        setweight(to_tsvector('german', ${stemFormSql(sql`s.title`)}), 'A') ||
        setweight(to_tsvector('german', ${stemFormSql(sql`s.related`)}), 'B') ||
        setweight(to_tsvector('german', ${stemFormSql(sql`s.summary`)}), 'B') ||
        setweight(to_tsvector('german', ${stemFormSql(sql`s.body`)}), 'C') as vector,
        case when s.state = 'published' and not ${remove} then array(
          select distinct w
          from regexp_split_to_table(${foldSql(sql`concat_ws(' ', s.title, s.summary, s.related, s.body)`)}, '[^a-z0-9]+') w
          where char_length(w) between ${TERM_MIN_LENGTH} and ${TERM_MAX_LENGTH} and w ~ '[a-z]'
          order by w
        ) else '{}'::text[] end as terms
      from source s
    ),
    updated as (
      update cooperations u
      set search_vector = computed.vector, indexed_terms = computed.terms, search_point = computed.point
      from computed where computed.id = u.id
      returning u.id
    ),
    deltas as (
      select term, sum(delta)::int as delta from (
        select unnest(old_terms) as term, -1 as delta from locked
        union all
        select unnest(terms), 1 from computed
      ) d
      group by term having sum(delta) <> 0
    ),
    counted as (
      -- In term order, so two saves at once take the row locks of shared words in the same order.
      insert into atlas_terms (term, documents)
      select term, delta from deltas order by term
      on conflict (term) do update set documents = atlas_terms.documents + excluded.documents
      returning term, documents
    )
    select term from counted where documents <= 0`);
  const gone = rowsOf<{ term: string }>(rows).map((r) => r.term);
  if (gone.length > 0) {
    await tx.execute(sql`delete from atlas_terms where term = any(${textArray(gone)}) and documents <= 0`);
  }
}

/**
 * Re-indexes every record in batches of its own transactions (after an upgrade changed how records
 * are indexed) and then counts atlas_terms afresh. Returns how many records it indexed.
 */
export async function reindexAll(db: Db, batchSize = 1_000): Promise<number> {
  const ids = rowsOf<{ id: string }>(await db.execute(sql`select id from cooperations order by id`)).map((r) => r.id);
  for (let i = 0; i < ids.length; i += batchSize) {
    await db.transaction((tx) => indexCooperations(tx, ids.slice(i, i + batchSize)));
  }
  await db.transaction((tx) => recountAtlasTerms(tx));
  return ids.length;
}

/**
 * Counts atlas_terms afresh from the words every published record holds; a repair for counts that
 * drifted (e.g. rows deleted without unindexing).
 */
export async function recountAtlasTerms(tx: Tx): Promise<void> {
  // The records are as they were; only the word counts behind suggestions and compounds change.
  await indexChanging(tx, []);
  // Saves change atlas_terms under ROW EXCLUSIVE: they wait for the recount, and it for them.
  await tx.execute(sql`lock table atlas_terms in share row exclusive mode`);
  await tx.execute(sql`delete from atlas_terms`);
  await tx.execute(sql`
    insert into atlas_terms (term, documents)
    select term, count(*)::int from cooperations, unnest(indexed_terms) term
    where state = 'published' group by term`);
}
