import { type SQL, sql } from 'drizzle-orm';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import type { Audience } from '../../../platform/events/event.ts';
import {
  type CommunityRole,
  type CommunityStanding,
  canModerateCommunity,
  canReadCommunityContent,
  type JoinPolicy,
} from '../policy.ts';
import { isPostVisible } from '../questions/question-access.ts';

export type NetworkAudience = Extract<
  Audience,
  { kind: 'network-community' | 'network-question' | 'network-post' | 'wiki-page' }
>;

/** What an event names, as far as who may see it depends on it: its wiki's community and the posts on the way. */
interface Subject {
  communityId: string | null;
  joinPolicy: JoinPolicy | null;
  /** Every post a reader must see to see this one: the question, an answer, a comment (in that order). */
  posts: { state: string; authorId: string }[];
}

interface SubjectRow {
  community_id: string | null;
  join_policy: string | null;
  posts: { state: string; authorId: string }[] | string;
}

const post = (alias: string) => sql.raw(`jsonb_build_object('state', ${alias}.state, 'authorId', ${alias}.author_id)`);

// One statement per event: the row it names with the community's join policy, or nothing when it is gone.
function subjectQuery(audience: NetworkAudience): SQL {
  switch (audience.kind) {
    case 'network-community':
      return audience.communityId === null
        ? sql`select null::uuid as community_id, null::text as join_policy, '[]'::jsonb as posts`
        : sql`select c.id as community_id, c.join_policy, '[]'::jsonb as posts from communities c where c.id = ${audience.communityId}`;
    case 'wiki-page':
      return sql`select p.community_id, c.join_policy, '[]'::jsonb as posts
        from wiki_pages p left join communities c on c.id = p.community_id
        where p.id = ${audience.pageId} and p.deleted_at is null`;
    case 'network-question':
      return sql`select q.community_id, c.join_policy, jsonb_build_array(${post('q')}) as posts
        from questions q left join communities c on c.id = q.community_id where q.id = ${audience.questionId}`;
    case 'network-post':
      if (audience.postKind === 'question') {
        return subjectQuery({ kind: 'network-question', questionId: audience.postId });
      }
      if (audience.postKind === 'answer') {
        return sql`select q.community_id, c.join_policy, jsonb_build_array(${post('q')}, ${post('a')}) as posts
          from answers a join questions q on q.id = a.question_id left join communities c on c.id = q.community_id
          where a.id = ${audience.postId}`;
      }
      // A comment on an answer is seen only where that answer is (the question page shows an answer's comments under it).
      return sql`select q.community_id, c.join_policy,
          case when a.id is null then jsonb_build_array(${post('q')}, ${post('k')})
            else jsonb_build_array(${post('q')}, ${post('a')}, ${post('k')}) end as posts
        from post_comments k join questions q on q.id = k.question_id
        left join answers a on k.post_kind = 'answer' and a.id = k.post_id
        left join communities c on c.id = q.community_id
        where k.id = ${audience.postId}`;
  }
}

/**
 * Who may receive the network's events, by the same rules as the pages' read paths: the community's
 * content readable (`canReadCommunityContent`: open communities and the platform-wide area to everyone
 * signed in, a community joined by request to its members), and every post on the way visible
 * (`isPostVisible`: published, or the reader's own, or the reader moderates the community), so a held
 * or hidden post's event reaches its author and the moderators only. A wiki page must not be deleted.
 * What the event names is read once per event (every socket's check shares it); a reader's
 * membership is asked only where it matters (a community joined by request, or a post not published).
 */
export function createNetworkAudience(db: Db) {
  // Keyed by the audience object, which every socket's check of one delivered event shares.
  const subjects = new WeakMap<object, Promise<Subject | null>>();

  async function loadSubject(audience: NetworkAudience): Promise<Subject | null> {
    const row = rowsOf<SubjectRow>(await db.execute(subjectQuery(audience)))[0];
    if (!row) return null;
    const posts = typeof row.posts === 'string' ? (JSON.parse(row.posts) as Subject['posts']) : row.posts;
    return { communityId: row.community_id, joinPolicy: row.join_policy as JoinPolicy | null, posts };
  }

  function subjectOf(audience: NetworkAudience): Promise<Subject | null> {
    let found = subjects.get(audience);
    if (!found) {
      found = loadSubject(audience);
      subjects.set(audience, found);
    }
    return found;
  }

  async function memberOf(communityId: string, personId: string): Promise<CommunityStanding['member']> {
    const result = await db.execute(sql`
      select role, status from community_members where community_id = ${communityId} and person_id = ${personId}`);
    const row = rowsOf<{ role: string; status: string }>(result)[0];
    return row
      ? { role: row.role as CommunityRole, status: row.status as 'member' | 'requested', trusted: false }
      : null;
  }

  return async function canReceive(principal: Principal, audience: NetworkAudience): Promise<boolean> {
    const subject = await subjectOf(audience);
    if (!subject) return false;
    if (subject.communityId !== null && subject.joinPolicy === null) return false;
    const everythingPublished = subject.posts.every((p) => p.state === 'published');
    const needsMembership = subject.communityId !== null && (subject.joinPolicy !== 'open' || !everythingPublished);
    const standing: CommunityStanding = {
      community:
        subject.communityId === null || subject.joinPolicy === null
          ? null
          : { id: subject.communityId, joinPolicy: subject.joinPolicy, approveFirstPosts: false, archived: false },
      member: needsMembership && subject.communityId ? await memberOf(subject.communityId, principal.personId) : null,
      isPlatformAdmin: principal.isPlatformAdmin,
    };
    if (!canReadCommunityContent(standing)) return false;
    const canModerate = canModerateCommunity(standing);
    return subject.posts.every((p) => isPostVisible(p, principal.personId, canModerate));
  };
}
