import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { textArray, uuidArray } from '../../../platform/db/sql-arrays.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { MARK_END, MARK_START } from '../../atlas/search/search-text.ts';
import type { SpaceRef } from '../space-access.ts';

/** Characters of a text the snippet is taken from: ts_headline reads its text whole, and texts are up to 1 MB. */
const SNIPPET_SOURCE_MAX = 100_000;
const HEADLINE_NAME = `HighlightAll=true, StartSel=${MARK_START}, StopSel=${MARK_END}`;
const HEADLINE_SNIPPET = `MaxWords=24, MinWords=10, MaxFragments=2, FragmentDelimiter=" … ", StartSel=${MARK_START}, StopSel=${MARK_END}`;

export interface DocumentMatch {
  id: string;
  name: string;
  spaceKind: string;
  spaceId: string;
  updatedAt: string;
  /** ts_headline output: plain text with the marker characters around matched words. */
  nameHeadline: string;
  snippetHeadline: string;
}

interface Row extends DocumentMatch {
  total: number | string;
}

/**
 * Files of the given spaces whose name or extracted text (doc_texts of the current version) matches a
 * `to_tsquery('german', …)` text, best first, with how many match. Trashed files, and files in a
 * trashed folder at any depth, are left out: the matches are walked up their folders (a few hundred
 * at most, the matches of the caller's spaces) and dropped where a folder above is in the trash. The
 * name is matched as words ("Haushalt_2026.pdf" as "Haushalt 2026 pdf"), so a renamed file is found by
 * its new name before its text is extracted again.
 */
export async function searchDocuments(
  tx: Tx,
  spaces: readonly SpaceRef[],
  tsquery: string,
  limit: number,
): Promise<{ total: number; hits: DocumentMatch[] }> {
  if (spaces.length === 0) return { total: 0, hits: [] };
  const nameVector = sql`to_tsvector('german', ${nameAsWords(sql`n.name`)})`;
  const rows = rowsOf<Row>(
    await tx.execute(sql`
      with recursive
      q as (select to_tsquery('german', ${tsquery}) as query),
      spaces(kind, id) as (select * from unnest(${textArray(spaces.map((s) => s.kind))}, ${uuidArray(spaces.map((s) => s.id))})),
      hits as (
        select n.id, n.parent_id, n.name, n.space_kind, n.space_id, n.updated_at, t.text,
          ts_rank(setweight(${nameVector}, 'A') || coalesce(t.search_vector, ''::tsvector), q.query) as rank
        from doc_nodes n
        join spaces s on s.kind = n.space_kind and s.id = n.space_id
        cross join q
        left join doc_texts t on t.version_id = n.current_version_id
        where n.kind = 'file' and n.trashed_at is null
          and (${nameVector} @@ q.query or t.search_vector @@ q.query)
      ),
      up(hit_id, node_id) as (
        select id, parent_id from hits where parent_id is not null
        union all
        select up.hit_id, p.parent_id from up join doc_nodes p on p.id = up.node_id
        where p.trashed_at is null and p.parent_id is not null
      ),
      buried as (select distinct up.hit_id from up join doc_nodes a on a.id = up.node_id where a.trashed_at is not null),
      live as (select *, count(*) over () as total from hits where id not in (select hit_id from buried)),
      best as (select * from live order by rank desc, updated_at desc, id limit ${limit})
      select b.id, b.name, b.space_kind as "spaceKind", b.space_id as "spaceId", b.updated_at as "updatedAt", b.total,
        ts_headline('german', ${nameAsWords(sql`b.name`)}, q.query, ${HEADLINE_NAME}) as "nameHeadline",
        coalesce(ts_headline('german', left(b.text, ${SNIPPET_SOURCE_MAX}), q.query, ${HEADLINE_SNIPPET}), '') as "snippetHeadline"
      from best b cross join q
      order by b.rank desc, b.updated_at desc, b.id`),
  );
  return {
    total: Number(rows[0]?.total ?? 0),
    hits: rows.map(({ total: _, ...hit }) => ({
      ...hit,
      nameHeadline: withSeparators(hit.nameHeadline, hit.name),
      updatedAt: new Date(hit.updatedAt).toISOString(),
    })),
  };
}

/** The separators of file names as blanks, one for one, so that the parser sees their words. */
const nameAsWords = (column: SQL) => sql`regexp_replace(${column}, '[._\\-+~]', ' ', 'g')`;

/**
 * The name's headline was made of its words (nameAsWords keeps every character's place): the
 * characters between the markers are put back from the name, separators included.
 */
export function withSeparators(headline: string, name: string): string {
  let at = 0;
  let out = '';
  for (const char of headline) {
    if (char === MARK_START || char === MARK_END) out += char;
    else {
      out += name[at] ?? char;
      at += 1;
    }
  }
  return at === name.length ? out : name;
}
