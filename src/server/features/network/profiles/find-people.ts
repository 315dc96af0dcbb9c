import { type SQL, sql } from 'drizzle-orm';
import type {
  ExpertiseLevel,
  PeopleQuery,
  PeopleResult,
  PersonMatch,
} from '../../../../shared/contracts/network-profiles.ts';
import { landName } from '../../../../shared/laender.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { uuidArray } from '../../../platform/db/sql-arrays.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { unauthenticated } from '../../../platform/errors/problem.ts';
import { finderTagIds } from './finder/finder-tags.ts';
import { tagKey } from './tag-key.ts';

// The expert finder. The tags the words (or the chosen tag) match are resolved first, in a statement of
// their own (finder/finder-tags.ts). One statement then finds the page: the matching expertise rows by
// the tag index → one row per person with the best level and the summed counts (aggregated once), plus
// people whose name holds the words as a small set of their own → ranked by the expertise alone, so
// that only the first groups are joined to the person, the profile, the membership and the
// organisation for visibility, filters and distance → ranked in full, limited. A second statement
// fetches the matching expertise of just the page's people, to say why each matched.
//
// Ranking (relevance): the best matching level (expert before familiar), then endorsements, then
// accepted answers on the matching tags, then nearness to the viewer's organisation, then the name.
// The inner order by the first three keys lets PostgreSQL's incremental sort stop after the groups
// that fill the page; the outer order decides within each group, so the result is the same as ranking
// every candidate. Visibility is decided on every row that reaches the page: a hidden person of high
// rank is skipped, never shown.

interface PageRow {
  id: string;
  name: string;
  jobTitle: string;
  organisationId: string | null;
  organisationName: string | null;
  landCode: string | null;
  distanceKm: number | null;
  nameMatched: boolean;
}

function distanceSql(): SQL {
  return sql`case when vp.latitude is not null and o.latitude is not null then
    6371 * 2 * asin(least(1, sqrt(power(sin(radians(o.latitude - vp.latitude) / 2), 2)
      + cos(radians(vp.latitude)) * cos(radians(o.latitude)) * power(sin(radians(o.longitude - vp.longitude) / 2), 2))))
    end`;
}

/** One row per candidate: (person_id, best_level, endorsements, accepted, name_matched). */
function candidatesSql(tagIds: string[] | null, query: PeopleQuery): SQL {
  const words = query.q?.trim().toLowerCase() ?? '';
  const byName =
    query.tag === undefined && words.length >= 3
      ? sql`select p.id as person_id from persons p
          where lower(p.name) like ${`%${words.replace(/[\\%_]/g, (c) => `\\${c}`)}%`} escape '\\'`
      : null;
  const byTag =
    tagIds === null
      ? null
      : sql`select e.person_id, max(case when e.level = 'expert' then 2 else 1 end) as best_level,
          sum(e.endorsement_count) as endorsements, sum(e.accepted_answer_count) as accepted
          from network_expertise e where e.tag_id = any(${uuidArray(tagIds)}) group by e.person_id`;
  if (byTag && byName)
    return sql`select coalesce(t.person_id, n.person_id) as person_id, coalesce(t.best_level, 0) as best_level,
        coalesce(t.endorsements, 0) as endorsements, coalesce(t.accepted, 0) as accepted,
        n.person_id is not null as name_matched
      from (${byTag}) t full join (${byName}) n on n.person_id = t.person_id`;
  if (byTag) return sql`select t.*, false as name_matched from (${byTag}) t`;
  if (byName)
    return sql`select n.person_id, 0 as best_level, 0 as endorsements, 0 as accepted, true as name_matched
      from (${byName}) n`;
  // No words and no tag: everyone (the filters narrow it down).
  return sql`select m.person_id, 0 as best_level, 0 as endorsements, 0 as accepted, false as name_matched
    from organisation_memberships m where m.status = 'confirmed'`;
}

/** The candidates, ranked by the expertise alone when the page is ranked by relevance (see above). */
function rankedCandidatesSql(tagIds: string[] | null, query: PeopleQuery): SQL {
  const candidates = candidatesSql(tagIds, query);
  if (query.sort !== undefined && query.sort !== 'relevance') return candidates;
  return sql`select * from (${candidates}) raw order by best_level desc, endorsements desc, accepted desc offset 0`;
}

function orderSql(sort: PeopleQuery['sort']): SQL {
  const relevance = sql`c.best_level desc, c.endorsements desc, c.accepted desc, distance asc nulls last, p.name, p.id`;
  if (sort === 'distance') return sql`distance asc nulls last, ${relevance}`;
  if (sort === 'name') return sql`p.name, p.id`;
  return relevance;
}

/** GET /network/people: people whose expertise or name matches, as far as each lets the viewer see them. */
export async function findPeople(db: Db, principal: Principal | null, query: PeopleQuery): Promise<PeopleResult> {
  if (!principal) throw unauthenticated();
  const viewerId = principal.personId;
  const limit = query.limit ?? 20;
  const offset = query.offset ?? 0;
  if (query.q !== undefined && query.tag === undefined && tagKey(query.q) === '') return { people: [], hasMore: false };
  return db.transaction(async (tx) => {
    const tagIds = await finderTagIds(tx, query);
    const filters: SQL[] = [];
    if (query.organisation !== undefined) filters.push(sql`m.organisation_id = ${query.organisation}`);
    if (query.land !== undefined) filters.push(sql`o.land_code = ${query.land}`);
    if (query.kreis !== undefined) filters.push(sql`(o.kreis_id = ${query.kreis} or o.id = ${query.kreis})`);
    if (query.near !== undefined) filters.push(sql`${distanceSql()} <= ${query.near}`);
    const rows = rowsOf<PageRow>(
      await tx.execute(sql`
        with viewer_org as materialized (
          select o.id, o.latitude, o.longitude from organisation_memberships m
          join organisations o on o.id = m.organisation_id
          where m.person_id = ${viewerId} and m.status = 'confirmed'
        ),
        allies as materialized (
          select other.organisation_id from alliance_members mine
          join alliance_members other on other.alliance_id = mine.alliance_id and other.status = 'member'
          where mine.status = 'member' and mine.organisation_id in (select id from viewer_org)
        )
        select p.id, p.name, coalesce(np.job_title, '') as "jobTitle", m.organisation_id as "organisationId",
          o.name as "organisationName", o.land_code as "landCode", ${distanceSql()} as distance,
          ${distanceSql()} as "distanceKm", c.name_matched as "nameMatched"
        from (${rankedCandidatesSql(tagIds, query)}) c
        join persons p on p.id = c.person_id and p.locked_at is null
        left join network_profiles np on np.person_id = c.person_id
        left join organisation_memberships m on m.person_id = c.person_id and m.status = 'confirmed'
        left join organisations o on o.id = m.organisation_id
        left join (select latitude, longitude from viewer_org limit 1) vp on true
        where (c.person_id = ${viewerId} or np.visibility = 'platform'
          or m.organisation_id in (select id from viewer_org)
          or (coalesce(np.visibility, 'alliances') = 'alliances' and m.organisation_id in (select organisation_id from allies)))
          ${filters.length > 0 ? sql`and ${sql.join(filters, sql` and `)}` : sql``}
        order by ${orderSql(query.sort)}
        limit ${limit + 1} offset ${offset}`),
    );
    const page = rows.slice(0, limit);
    const matches = await matchesOf(
      tx,
      page.map((row) => row.id),
      tagIds,
    );
    return {
      hasMore: rows.length > limit,
      people: page.map(
        (row): PersonMatch => ({
          id: row.id,
          name: row.name,
          jobTitle: row.jobTitle,
          organisation:
            row.organisationId === null
              ? null
              : {
                  id: row.organisationId,
                  name: row.organisationName ?? '',
                  landCode: row.landCode,
                  landName: landName(row.landCode),
                },
          distanceKm: row.distanceKm === null ? null : Math.round(Number(row.distanceKm) * 10) / 10,
          nameMatched: Boolean(row.nameMatched),
          matches: matches.get(row.id) ?? [],
        }),
      ),
    };
  });
}

/** The expertise that made each person match (the matching tags; without tags, their strongest three). */
async function matchesOf(tx: Tx, personIds: string[], tagIds: string[] | null) {
  const found = new Map<string, PersonMatch['matches']>();
  if (personIds.length === 0) return found;
  const rows = rowsOf<{
    personId: string;
    tagId: string;
    tagName: string;
    level: string;
    endorsementCount: number;
    acceptedAnswerCount: number;
  }>(
    await tx.execute(sql`select e.person_id as "personId", t.id as "tagId", t.name as "tagName", e.level,
        e.endorsement_count as "endorsementCount", e.accepted_answer_count as "acceptedAnswerCount"
      from network_expertise e join network_tags t on t.id = e.tag_id
      where e.person_id = any(${uuidArray(personIds)}) ${tagIds === null ? sql`` : sql`and e.tag_id = any(${uuidArray(tagIds)})`}
      order by e.person_id, (e.level = 'expert') desc, e.endorsement_count desc, e.accepted_answer_count desc, t.name`),
  );
  for (const row of rows) {
    const list = found.get(row.personId) ?? [];
    if (tagIds === null && list.length >= 3) continue;
    list.push({
      tag: { id: row.tagId, name: row.tagName },
      level: row.level as ExpertiseLevel,
      endorsementCount: Number(row.endorsementCount),
      acceptedAnswerCount: Number(row.acceptedAnswerCount),
    });
    found.set(row.personId, list);
  }
  return found;
}
