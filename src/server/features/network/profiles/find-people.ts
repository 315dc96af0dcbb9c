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
import { type CompiledStatement, compileStatement, runStatement } from '../../../platform/db/named-statements.ts';
import { unauthenticated } from '../../../platform/errors/problem.ts';
import { finderTagsCtes, type TagSource, tagSourceOf } from './finder/finder-tags.ts';
import { everyoneCtes, namePattern, rankedCandidateCtes } from './finder/ranked-candidates.ts';
import { tagKey } from './tag-key.ts';

// The expert finder, in one statement per request, prepared once per shape of query (no transaction:
// one statement sees one snapshot). It resolves the tags the words (or the chosen tag) match
// (finder/finder-tags.ts), finds the candidates (ranked by their strongest matching expertise,
// finder/ranked-candidates.ts) and orders them by that rank alone, so that only the first groups are
// joined to the person, the profile, the membership and the organisation for visibility, filters and
// distance, then ranks them in full, limits, and says for just the page's people which expertise
// matched.
//
// Ranking (relevance): the best matching expertise's level (expert before familiar), then its
// endorsements, then its accepted answers, then nearness to the viewer's organisation, then the name.
// The inner order by the first three keys lets PostgreSQL's incremental sort stop after the groups
// that fill the page; the outer order decides within each group, so the result is the same as ranking
// every candidate. Visibility is decided on every row that reaches the page: a hidden person of high
// rank is skipped, never shown.
//
// For the relevance order the candidates are read from the top of each tag's list only, deep enough
// for the page (FIRST_DEPTH); when the people the viewer may see among them do not fill the page, the
// statement runs again deeper, and at last over every matching row. Other orders read every row.

interface PageRow {
  complete: boolean;
  id: string | null;
  name: string;
  jobTitle: string;
  organisationId: string | null;
  organisationName: string | null;
  landCode: string | null;
  distance: number | null;
  nameMatched: boolean;
  matches: MatchRow[] | string | null;
}

interface MatchRow {
  tagId: string;
  tagName: string;
  level: string;
  endorsementCount: number;
  acceptedAnswerCount: number;
}

/** Rows read from the top of each tag per row of the page at first; each further try reads 16 times more. */
export const FIRST_DEPTH = 2;
const DEEPER = 16;
const DEEPEST = 50_000;

const ph = (name: string) => sql.placeholder(name);

function distanceSql(): SQL {
  return sql`case when vp.latitude is not null and o.latitude is not null then
    6371 * 2 * asin(least(1, sqrt(power(sin(radians(o.latitude - vp.latitude) / 2), 2)
      + cos(radians(vp.latitude)) * cos(radians(o.latitude)) * power(sin(radians(o.longitude - vp.longitude) / 2), 2))))
    end`;
}

function orderSql(sort: PeopleQuery['sort']): SQL {
  const relevance = sql`c.best_level desc, c.endorsements desc, c.accepted desc, distance asc nulls last, p.name, p.id`;
  if (sort === 'distance') return sql`distance asc nulls last, ${relevance}`;
  if (sort === 'name') return sql`p.name, p.id`;
  return relevance;
}

function filtersSql(query: PeopleQuery): SQL {
  const filters: SQL[] = [];
  if (query.organisation !== undefined) filters.push(sql`m.organisation_id = ${ph('organisation')}::uuid`);
  if (query.land !== undefined) filters.push(sql`o.land_code = ${ph('land')}::text`);
  if (query.kreis !== undefined) filters.push(sql`(o.kreis_id = ${ph('kreis')}::uuid or o.id = ${ph('kreis')}::uuid)`);
  if (query.near !== undefined) filters.push(sql`${distanceSql()} <= ${ph('near')}::float8`);
  return filters.length > 0 ? sql`and ${sql.join(filters, sql` and `)}` : sql``;
}

/**
 * Why each person matched: their expertise in the finder's tags, best first; without tags, their
 * strongest three.
 */
function matchesSql(source: TagSource): SQL {
  const match = sql`json_build_object('tagId', t.id, 'tagName', t.name, 'level', e.level,
    'endorsementCount', e.endorsement_count, 'acceptedAnswerCount', e.accepted_answer_count)`;
  const order = sql`e.level_rank desc, e.endorsement_count desc, e.accepted_answer_count desc, t.name`;
  if (source === 'none')
    return sql`(select coalesce(json_agg(x.match order by x.n), '[]'::json) from (
      select ${match} as match, row_number() over (order by ${order}) as n
      from network_expertise e join network_tags t on t.id = e.tag_id where e.person_id = p.id
      order by ${order} limit 3) x)`;
  return sql`(select coalesce(json_agg(${match} order by ${order}), '[]'::json)
    from network_expertise e join network_tags t on t.id = e.tag_id
    where e.person_id = p.id and e.tag_id in (select id from finder_tags))`;
}

type Depth = 'deep' | 'full';

/**
 * The page's one statement, for a shape of query (where the tags come from, how deep, which filters
 * and order): the tags, the candidates, the page of people the viewer may see with why each matched,
 * and whether every candidate was read (`complete`; without people one row of nulls says so).
 */
function pageStatement(query: PeopleQuery, source: TagSource, depth: Depth, names: boolean): SQL {
  const relevance = query.sort === undefined || query.sort === 'relevance';
  const candidates = source === 'none' ? everyoneCtes() : rankedCandidateCtes(depth === 'deep', names);
  return sql`
    with ${finderTagsCtes(source)},
    viewer_org as materialized (
      select o.id, o.latitude, o.longitude from organisation_memberships m
      join organisations o on o.id = m.organisation_id
      where m.person_id = ${ph('viewer')}::uuid and m.status = 'confirmed'
    ),
    allies as materialized (
      select other.organisation_id from alliance_members mine
      join alliance_members other on other.alliance_id = mine.alliance_id and other.status = 'member'
      where mine.status = 'member' and mine.organisation_id in (select id from viewer_org)
    ),
    ${candidates}
    select cut.theta is null as complete, page.* from cut left join lateral (
      select p.id, p.name, coalesce(np.job_title, '') as "jobTitle", m.organisation_id as "organisationId",
        o.name as "organisationName", o.land_code as "landCode", ${distanceSql()} as distance,
        ${names ? sql`lower(p.name) like ${ph('names')}::text escape '\\'` : sql`false`} as "nameMatched",
        ${matchesSql(source)} as matches
      from (select * from candidates c
        ${relevance ? sql`order by c.best_level desc, c.endorsements desc, c.accepted desc offset 0` : sql``}) c
      join persons p on p.id = c.person_id and p.locked_at is null
      left join network_profiles np on np.person_id = c.person_id
      left join organisation_memberships m on m.person_id = c.person_id and m.status = 'confirmed'
      left join organisations o on o.id = m.organisation_id
      left join (select latitude, longitude from viewer_org limit 1) vp on true
      where (c.person_id = ${ph('viewer')}::uuid or np.visibility = 'platform'
        or m.organisation_id in (select id from viewer_org)
        or (coalesce(np.visibility, 'alliances') = 'alliances' and m.organisation_id in (select organisation_id from allies)))
        ${filtersSql(query)}
      order by ${orderSql(query.sort)}
      limit ${ph('limit')}::int offset ${ph('offset')}::int) page on true`;
}

/** The compiled page statements by shape: a bounded set (sources × depths × names × orders × filters). */
const statements = new Map<string, CompiledStatement>();

function compiledPage(query: PeopleQuery, source: TagSource, depth: Depth, names: boolean): CompiledStatement {
  const filters = ['organisation', 'land', 'kreis', 'near'].map((f) =>
    query[f as keyof PeopleQuery] === undefined ? 0 : 1,
  );
  const shape = [source, depth, names, query.sort ?? 'relevance', ...filters].join('|');
  let statement = statements.get(shape);
  if (!statement) {
    statement = compileStatement(pageStatement(query, source, depth, names));
    statements.set(shape, statement);
  }
  return statement;
}

/** How the finder reads: the database, its generic-plan pool (PostgreSQL), and how deep at first (for tests). */
export interface FinderOptions {
  genericPlans?: (() => Db) | undefined;
  firstDepth?: number;
}

/**
 * The ranked page: from the top of each tag's list, deeper while the visible people there do not fill
 * it, at last from every matching row.
 */
async function rankedPage(db: Db, viewerId: string, query: PeopleQuery, options: FinderOptions) {
  const firstDepth = options.firstDepth ?? FIRST_DEPTH;
  const { source, values } = await tagSourceOf(db, query);
  const pattern = source === 'tag' ? null : namePattern(query.q);
  const wanted = (query.limit ?? 20) + 1;
  const relevance = query.sort === undefined || query.sort === 'relevance';
  let depth: number | null =
    relevance && source !== 'none' ? Math.max(1, Math.ceil(((query.offset ?? 0) + wanted) * firstDepth)) : null;
  for (;;) {
    if (depth !== null && depth > DEEPEST) depth = null;
    const statement = compiledPage(query, source, depth === null ? 'full' : 'deep', pattern !== null);
    const run = (tx: Tx) =>
      runStatement<PageRow>(tx, statement, {
        ...values,
        viewer: viewerId,
        names: pattern,
        depth,
        limit: wanted,
        offset: query.offset ?? 0,
        organisation: query.organisation,
        land: query.land,
        kreis: query.kreis,
        near: query.near,
      });
    // Planning the statement costs as much as running it; its generic plan serves every query of the
    // deep reading as well as a plan made for the values (measured: docs/benchmarks.md, "Network").
    // On PostgreSQL the generic-plan pool runs it alone; PGlite (one connection) sets it for a transaction.
    const rows =
      depth === null
        ? await run(db)
        : options.genericPlans
          ? await run(options.genericPlans())
          : await db.transaction(async (tx) => {
              await tx.execute(sql`set local plan_cache_mode = force_generic_plan`);
              return run(tx);
            });
    const people = rows.filter((row) => row.id !== null);
    if (depth === null || rows[0]?.complete === true || people.length >= wanted) return people;
    depth *= DEEPER;
  }
}

/** GET /network/people: people whose expertise or name matches, as far as each lets the viewer see them. */
export async function findPeople(
  db: Db,
  principal: Principal | null,
  query: PeopleQuery,
  options: FinderOptions = {},
): Promise<PeopleResult> {
  if (!principal) throw unauthenticated();
  const limit = query.limit ?? 20;
  if (query.q !== undefined && query.tag === undefined && tagKey(query.q) === '') return { people: [], hasMore: false };
  const rows = await rankedPage(db, principal.personId, query, options);
  return {
    hasMore: rows.length > limit,
    people: rows.slice(0, limit).map(
      (row): PersonMatch => ({
        id: row.id as string,
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
        distanceKm: row.distance === null ? null : Math.round(Number(row.distance) * 10) / 10,
        nameMatched: Boolean(row.nameMatched),
        matches: matchesOf(row.matches),
      }),
    ),
  };
}

function matchesOf(value: PageRow['matches']): PersonMatch['matches'] {
  const rows: MatchRow[] = typeof value === 'string' ? JSON.parse(value) : (value ?? []);
  return rows.map((row) => ({
    tag: { id: row.tagId, name: row.tagName },
    level: row.level as ExpertiseLevel,
    endorsementCount: Number(row.endorsementCount),
    acceptedAnswerCount: Number(row.acceptedAnswerCount),
  }));
}
