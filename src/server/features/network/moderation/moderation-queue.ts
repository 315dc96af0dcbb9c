import { and, eq, type SQL, sql } from 'drizzle-orm';
import {
  type HeldPost,
  MODERATION_LIMITS,
  type ModerationQueue,
  type PostKind,
  type PostState,
  type ReportedPost,
} from '../../../../shared/contracts/network-moderation.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { inTurn } from '../../../platform/db/in-turn.ts';
import { uuidArray } from '../../../platform/db/sql-arrays.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { forbidden, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { communityStanding } from '../community-standing.ts';
import { canModerateCommunity, canReadCommunityContent } from '../policy.ts';
import { communities, communityMembers } from '../tables.ts';

interface Scope {
  community: { id: string; slug: string; name: string } | null;
  communityIds: string[];
  platformArea: boolean;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/**
 * What the queue covers: one community (by ID or slug) its caller moderates, or without one every
 * community the caller moderates and, for platform admins, the platform-wide area. 404 for a community
 * whose content the caller may not read, 403 for one they read but do not moderate (and for someone who
 * moderates nothing).
 */
async function scopeOf(tx: Tx, principal: Principal, communityKey: string | undefined): Promise<Scope> {
  if (communityKey !== undefined) {
    const [community] = await tx
      .select({ id: communities.id, slug: communities.slug, name: communities.name })
      .from(communities)
      .where(UUID.test(communityKey) ? eq(communities.id, communityKey) : eq(communities.slug, communityKey));
    const standing = community ? await communityStanding(tx, community.id, principal.personId) : null;
    if (!community || !standing || !canReadCommunityContent(standing)) throw notFound('Community');
    if (!canModerateCommunity(standing)) throw forbidden('Only the community’s moderators see its queue.');
    return { community, communityIds: [community.id], platformArea: false };
  }
  const [moderated, platform] = await inTurn([
    tx
      .select({ id: communityMembers.communityId })
      .from(communityMembers)
      .where(
        and(
          eq(communityMembers.personId, principal.personId),
          eq(communityMembers.role, 'moderator'),
          eq(communityMembers.status, 'member'),
        ),
      ),
    () => communityStanding(tx, null, principal.personId),
  ]);
  const platformArea = platform !== null && canModerateCommunity(platform);
  if (moderated.length === 0 && !platformArea) throw forbidden('You moderate no community.');
  return { community: null, communityIds: moderated.map((m) => m.id), platformArea };
}

const inScope = (scope: Scope, q: SQL) =>
  sql`(${q}.community_id = any(${uuidArray(scope.communityIds)})${scope.platformArea ? sql` or ${q}.community_id is null` : sql``})`;

const authorColumns = sql`p.name as author_name,
  (select o.name from organisation_memberships m join organisations o on o.id = m.organisation_id
    where m.person_id = p.id and m.status = 'confirmed' limit 1) as organisation_name,
  co.id as c_id, co.slug as c_slug, co.name as c_name`;

interface PostColumns {
  kind: string;
  id: string;
  question_id: string;
  question_title: string;
  author_id: string;
  author_name: string;
  organisation_name: string | null;
  state: string;
  text: string;
  created_at: string | Date;
  c_id: string | null;
  c_slug: string | null;
  c_name: string | null;
  total: number;
}

const iso = (value: string | Date) => new Date(value).toISOString();

function postOf(row: PostColumns): HeldPost {
  return {
    postKind: row.kind as PostKind,
    postId: row.id,
    questionId: row.question_id,
    questionTitle: row.question_title,
    text: row.text,
    state: row.state as PostState,
    author: { id: row.author_id, name: row.author_name, organisationName: row.organisation_name },
    community: row.c_id ? { id: row.c_id, slug: row.c_slug as string, name: row.c_name as string } : null,
    createdAt: iso(row.created_at),
  };
}

/** The held posts and the open reports of what the caller moderates, oldest first. */
export async function moderationQueue(
  db: Db,
  principal: Principal | null,
  communityKey: string | undefined,
): Promise<ModerationQueue> {
  if (!principal) throw unauthenticated();
  return db.transaction(async (tx) => {
    const scope = await scopeOf(tx, principal, communityKey);
    const limit = MODERATION_LIMITS.queue;
    const held = rowsOf<PostColumns>(
      await tx.execute(sql`
      with held as (
        select 'question'::text as kind, q.id, q.id as question_id, q.author_id, q.state, q.body as text, q.created_at
          from questions q where q.state = 'pending' and ${inScope(scope, sql`q`)}
        union all
        select 'answer', a.id, a.question_id, a.author_id, a.state, a.body, a.created_at
          from answers a join questions q on q.id = a.question_id where a.state = 'pending' and ${inScope(scope, sql`q`)}
        union all
        select 'comment', c.id, c.question_id, c.author_id, c.state, c.body, c.created_at
          from post_comments c join questions q on q.id = c.question_id where c.state = 'pending' and ${inScope(scope, sql`q`)}
      )
      select h.*, q.title as question_title, ${authorColumns}, count(*) over ()::int as total
      from held h join questions q on q.id = h.question_id join persons p on p.id = h.author_id
        left join communities co on co.id = q.community_id
      order by h.created_at, h.id limit ${limit}`),
    );
    const reported = rowsOf<PostColumns & { reports: ReportJson[]; report_total: number }>(
      await tx.execute(sql`
      with open as (
        select r.post_kind, r.post_id, r.question_id, min(r.created_at) as first_at,
          json_agg(json_build_object('id', r.id, 'reason', r.reason, 'reporterName', pr.name, 'createdAt', r.created_at)
            order by r.created_at, r.id) as reports, count(*)::int as n
        from post_reports r join questions q on q.id = r.question_id join persons pr on pr.id = r.reporter_id
        where r.settled_at is null and ${inScope(scope, sql`q`)}
        group by r.post_kind, r.post_id, r.question_id
      ),
      posts as (
        select o.*, coalesce(qp.author_id, ap.author_id, cp.author_id) as author_id,
          coalesce(qp.state, ap.state, cp.state) as state, coalesce(qp.body, ap.body, cp.body) as text,
          coalesce(qp.created_at, ap.created_at, cp.created_at) as created_at
        from open o
          left join questions qp on o.post_kind = 'question' and qp.id = o.post_id
          left join answers ap on o.post_kind = 'answer' and ap.id = o.post_id
          left join post_comments cp on o.post_kind = 'comment' and cp.id = o.post_id
      )
      select x.post_kind as kind, x.post_id as id, x.question_id, x.author_id, x.state, x.text, x.created_at,
        x.reports, q.title as question_title, ${authorColumns}, count(*) over ()::int as total,
        (sum(x.n) over ())::int as report_total
      from posts x join questions q on q.id = x.question_id join persons p on p.id = x.author_id
        left join communities co on co.id = q.community_id
      order by x.first_at, x.post_id limit ${limit}`),
    );
    return {
      community: scope.community,
      held: held.map(postOf),
      reported: reported.map(
        (row): ReportedPost => ({
          ...postOf(row),
          reports: row.reports.map((r) => ({ ...r, createdAt: iso(r.createdAt) })),
        }),
      ),
      counts: {
        held: held[0]?.total ?? 0,
        reported: reported[0]?.total ?? 0,
        reports: reported[0]?.report_total ?? 0,
      },
    };
  });
}

interface ReportJson {
  id: string;
  reason: string;
  reporterName: string;
  createdAt: string;
}
