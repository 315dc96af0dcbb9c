import { type SQL, sql } from 'drizzle-orm';

// The expert finder's candidates, as the common table expressions `cut` and `candidates` of the page's
// statement (find-people.ts), over the tags of `finder_tags` (finder-tags.ts). A person ranks by the
// strongest of their matching expertise: its level, then its endorsements, then its accepted answers,
// so a person's rank is the rank of one expertise row and every tag's rows can be read in that order
// from the index `network_expertise_rank`.
//
// For a page of the most relevant people the statement reads only the top of each tag's list:
// - `cut`: a threshold rank, the highest of the tags' `depth`-th rows (an index probe per tag).
// - `candidates`: every row at or above the threshold in every tag (an index range per tag), one per
//   person with their best rank. Whoever ranks at or above the threshold has the row that puts them
//   there among these, and everyone else ranks below: the candidates are exactly the top of the
//   ranking, ties at the threshold included, so a group of equally ranked people is always whole and
//   can be ordered by distance. (Any threshold would give an exact top; the highest of the tags'
//   `depth`-th ranks reads the fewest rows that still hold `depth` people of one tag.)
// If the visible people among these fill the page, the page is exact. If not, find-people.ts asks
// again deeper; without a threshold (no tag has `depth` rows, or no depth is given) every matching
// row is read, and people whose name holds the words join as the lowest rank.

/** The rank of an expertise row, as an array that PostgreSQL compares element by element. */
const rankKey = sql`array[e.level_rank::int, e.endorsement_count, e.accepted_answer_count]`;
const rankOrder = sql`e.level_rank desc nulls last, e.endorsement_count desc nulls last,
  e.accepted_answer_count desc nulls last, e.person_id`;

/** A LIKE pattern for names holding the words, or null when the words are too short to search names. */
export function namePattern(words: string | undefined): string | null {
  const folded = words?.trim().toLowerCase() ?? '';
  return folded.length >= 3 ? `%${folded.replace(/[\\%_]/g, (c) => `\\${c}`)}%` : null;
}

/**
 * `cut (theta)` and `candidates (person_id, best_level, endorsements, accepted)`. With `deep`, the
 * placeholder `depth` sets how deep each tag is read; without, every matching row is. With `names`,
 * people whose name matches the placeholder `names` join (rank 0) when every matching row is read.
 */
export function rankedCandidateCtes(deep: boolean, names: boolean): SQL {
  const cut = deep
    ? sql`select max(k.rank) as theta from finder_tags t cross join lateral (
        select ${rankKey} as rank from network_expertise e where e.tag_id = t.id
        order by ${rankOrder} offset ${sql.placeholder('depth')}::int - 1 limit 1) k`
    : sql`select null::int[] as theta`;
  const byName = names
    ? sql`union all select p.id, 0, 0, 0 from persons p, cut
        where cut.theta is null and lower(p.name) like ${sql.placeholder('names')}::text escape '\\'`
    : sql``;
  return sql`cut as materialized (${cut}),
    fetched as materialized (
      select e.person_id, e.level_rank, e.endorsement_count, e.accepted_answer_count
      from finder_tags t cross join cut cross join lateral (
        select e.person_id, e.level_rank, e.endorsement_count, e.accepted_answer_count from network_expertise e
        where e.tag_id = t.id and (e.level_rank, e.endorsement_count, e.accepted_answer_count)
          >= (coalesce(cut.theta[1], 0), coalesce(cut.theta[2], 0), coalesce(cut.theta[3], 0))) e
      ${byName}),
    candidates as (
      select distinct on (person_id) person_id, level_rank as best_level, endorsement_count as endorsements,
        accepted_answer_count as accepted
      from fetched order by person_id, level_rank desc, endorsement_count desc, accepted_answer_count desc)`;
}

/** Everyone with a confirmed membership, for a search without words or tag (the filters narrow it). */
export function everyoneCtes(): SQL {
  return sql`cut as (select null::int[] as theta),
    candidates as (select m.person_id, 0 as best_level, 0 as endorsements, 0 as accepted
      from organisation_memberships m where m.status = 'confirmed')`;
}
