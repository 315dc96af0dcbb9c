import { type SQL, sql } from 'drizzle-orm';
import type { PostKind, PostState } from '../../../../shared/contracts/network-moderation.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { forbidden, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { communityStanding } from '../community-standing.ts';
import { type CommunityStanding, canModerateCommunity, canReadCommunityContent } from '../policy.ts';

/** A question, answer or comment with what moderation needs to know of it and of its question. */
export interface PostRow {
  kind: PostKind;
  id: string;
  questionId: string;
  questionTitle: string;
  communityId: string | null;
  communityName: string | null;
  communitySlug: string | null;
  authorId: string;
  state: PostState;
  hiddenReason: string | null;
  /** The post's text (a question's body). */
  text: string;
  /** Whether everything the post hangs on (its question, a comment's answer) is published. */
  parentsPublished: boolean;
  /** For an answer: whether it is its question's accepted answer. */
  accepted: boolean;
}

const fromOf: Record<PostKind, SQL> = {
  question: sql`questions p join questions q on q.id = p.id`,
  answer: sql`answers p join questions q on q.id = p.question_id`,
  comment: sql`post_comments p join questions q on q.id = p.question_id
    left join answers a on p.post_kind = 'answer' and a.id = p.post_id`,
};

interface Row {
  id: string;
  question_id: string;
  question_title: string;
  question_state: string;
  accepted_answer_id: string | null;
  community_id: string | null;
  community_name: string | null;
  community_slug: string | null;
  author_id: string;
  state: string;
  hidden_reason: string | null;
  body: string;
  parent_answer_state: string | null;
}

/** The post, locked for the caller's change when `lock` is set; null when there is none. */
export async function loadPost(tx: Tx, kind: PostKind, id: string, lock = false): Promise<PostRow | null> {
  const result = await tx.execute(sql`
    select p.id, q.id as question_id, q.title as question_title, q.state as question_state,
      q.accepted_answer_id, q.community_id, c.name as community_name, c.slug as community_slug,
      p.author_id, p.state, p.hidden_reason, p.body,
      ${kind === 'comment' ? sql`a.state` : sql`null::text`} as parent_answer_state
    from ${fromOf[kind]}
    left join communities c on c.id = q.community_id
    where p.id = ${id}
    ${lock ? sql`for update of p` : sql``}`);
  const row = rowsOf<Row>(result)[0];
  if (!row) return null;
  return {
    kind,
    id: row.id,
    questionId: row.question_id,
    questionTitle: row.question_title,
    communityId: row.community_id,
    communityName: row.community_name,
    communitySlug: row.community_slug,
    authorId: row.author_id,
    state: row.state as PostState,
    hiddenReason: row.hidden_reason,
    text: row.body,
    parentsPublished:
      (kind === 'question' || row.question_state === 'published') &&
      (row.parent_answer_state === null || row.parent_answer_state === 'published'),
    accepted: kind === 'answer' && row.accepted_answer_id === row.id,
  };
}

/**
 * Whether the person sees the post at all: its community's content is readable to them and the post
 * is published (with what it hangs on), or it is their own, or they moderate the community. Held and
 * hidden posts do not exist for anyone else.
 */
export function seesPost(post: PostRow, standing: CommunityStanding, personId: string): boolean {
  if (!canReadCommunityContent(standing)) return false;
  if (canModerateCommunity(standing) || post.authorId === personId) return true;
  return post.state === 'published' && post.parentsPublished;
}

/** The post and the person's standing where they see it; 401 signed out, 404 where they do not. */
export async function visiblePost(
  tx: Tx,
  principal: Principal | null,
  kind: PostKind,
  id: string,
  lock = false,
): Promise<{ post: PostRow; standing: CommunityStanding; personId: string }> {
  if (!principal) throw unauthenticated();
  const post = await loadPost(tx, kind, id, lock);
  if (!post) throw notFound('Post');
  const standing = await communityStanding(tx, post.communityId, principal.personId);
  if (!standing || !seesPost(post, standing, principal.personId)) throw notFound('Post');
  return { post, standing, personId: principal.personId };
}

/** The post for a moderator's action: as `visiblePost`, and 403 for whoever does not moderate its community. */
export async function moderatedPost(tx: Tx, principal: Principal | null, kind: PostKind, id: string) {
  const found = await visiblePost(tx, principal, kind, id, true);
  if (!canModerateCommunity(found.standing)) throw forbidden('Only the community’s moderators do this.');
  return found;
}
