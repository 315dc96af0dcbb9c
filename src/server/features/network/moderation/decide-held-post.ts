import { and, eq } from 'drizzle-orm';
import type { PostKind, PostModerationState } from '../../../../shared/contracts/network-moderation.ts';
import type { Deps } from '../../../deps.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { conflict } from '../../../platform/errors/problem.ts';
import { announceQuestionChange } from '../realtime/network-events.ts';
import { communityMembers } from '../tables.ts';
import { announceApproved } from './announce-approved.ts';
import { moderatedPost } from './moderated-post.ts';
import { auditModeration, type ModerationActor, noticeDecision } from './moderation-notices.ts';
import { refreshQuestionAnswers, setPostState } from './post-state.ts';

/**
 * A moderator lets a held post through: it is published and announced as if just posted, its author
 * counts as let through in the community from now on (later posts no longer wait), and hears of it.
 */
export async function approvePost(
  deps: Deps,
  principal: Principal | null,
  ip: string | null,
  kind: PostKind,
  id: string,
): Promise<PostModerationState> {
  return deps.db.transaction(async (tx) => {
    const { post } = await moderatedPost(tx, principal, kind, id);
    if (post.state !== 'pending') throw conflict('not-pending', 'The post is not waiting for approval');
    await setPostState(tx, kind, id, 'published');
    if (post.communityId) {
      await tx
        .update(communityMembers)
        .set({ trusted: true })
        .where(and(eq(communityMembers.communityId, post.communityId), eq(communityMembers.personId, post.authorId)));
    }
    await announceApproved(tx, deps, kind, id);
    if (kind === 'answer') await refreshQuestionAnswers(tx, post.questionId);
    await auditModeration(tx, actorOf(principal, ip), post, 'approved', null);
    // Now published: everyone who reads the question sees it appear, named by its author.
    await announceQuestionChange(tx, {
      questionId: post.questionId,
      change: 'post-approved',
      postKind: kind,
      postId: id,
      actor: { id: post.authorId },
    });
    await noticeDecision(tx, post, true);
    return { postKind: kind, postId: id, state: 'published', hiddenReason: null };
  });
}

/**
 * A moderator refuses a held post: it is hidden with the reason (so its author still reads what they
 * wrote and why it was refused, and a moderator may still let it through by unhiding it), never shown
 * to anyone else, and its author hears of it with the reason.
 */
export async function refusePost(
  deps: Deps,
  principal: Principal | null,
  ip: string | null,
  kind: PostKind,
  id: string,
  reason: string,
): Promise<PostModerationState> {
  return deps.db.transaction(async (tx) => {
    const { post, personId } = await moderatedPost(tx, principal, kind, id);
    if (post.state !== 'pending') throw conflict('not-pending', 'The post is not waiting for approval');
    const text = reason.trim();
    await setPostState(tx, kind, id, 'hidden', { reason: text, by: personId });
    await auditModeration(tx, actorOf(principal, ip), post, 'refused', text);
    // Only its author and the moderators ever saw it, and they still do.
    await announceQuestionChange(tx, {
      questionId: post.questionId,
      change: 'post-hidden',
      postKind: kind,
      postId: id,
    });
    await noticeDecision(tx, post, false, text);
    return { postKind: kind, postId: id, state: 'hidden', hiddenReason: text };
  });
}

/** The signed-in moderator as the audit log names them. */
export function actorOf(principal: Principal | null, ip: string | null): ModerationActor {
  return { personId: principal?.personId as string, name: principal?.name ?? '', ip };
}
