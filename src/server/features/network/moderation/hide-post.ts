import { and, eq, isNull } from 'drizzle-orm';
import type { PostKind, PostModerationState } from '../../../../shared/contracts/network-moderation.ts';
import type { Deps } from '../../../deps.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { conflict } from '../../../platform/errors/problem.ts';
import { announceQuestionChange, hiddenAudience } from '../realtime/network-events.ts';
import { postComments, postReports } from '../tables.ts';
import { actorOf } from './decide-held-post.ts';
import { moderatedPost } from './moderated-post.ts';
import { auditModeration, noticeHidden } from './moderation-notices.ts';
import { refreshQuestionAnswers, setPostState } from './post-state.ts';

/**
 * A moderator hides a published post with a written reason: it disappears for everyone but its author
 * and the moderators (a hidden question from the lists and the search too), the post's open reports
 * are settled as hidden, its author hears of it with the reason, and the audit log keeps who and why.
 * A hidden accepted answer stops being the accepted one (see refreshQuestionAnswers).
 */
export async function hidePost(
  deps: Deps,
  principal: Principal | null,
  ip: string | null,
  kind: PostKind,
  id: string,
  reason: string,
): Promise<PostModerationState> {
  return deps.db.transaction(async (tx) => {
    const { post, personId } = await moderatedPost(tx, principal, kind, id);
    if (post.state !== 'published') throw conflict('not-published', 'Only a published post can be hidden');
    const text = reason.trim();
    await setPostState(tx, kind, id, 'hidden', { reason: text, by: personId });
    const settled = await settleReports(tx, id, personId, 'hidden');
    const { acceptanceDropped } =
      kind === 'answer' ? await refreshQuestionAnswers(tx, post.questionId) : { acceptanceDropped: false };
    await auditModeration(tx, actorOf(principal, ip), post, 'hidden', text, {
      reportsSettled: settled,
      ...(acceptanceDropped ? { acceptanceDropped } : {}),
    });
    await noticeHidden(tx, post, text);
    // Told to whoever saw it while it was published, so it goes from their pages too.
    const commentOn = kind === 'comment' ? await commentedPost(tx, id) : null;
    await announceQuestionChange(
      tx,
      { questionId: post.questionId, change: 'post-hidden', postKind: kind, postId: id },
      hiddenAudience({ kind, questionId: post.questionId, communityId: post.communityId, commentOn }),
    );
    return { postKind: kind, postId: id, state: 'hidden', hiddenReason: text };
  });
}

/** A moderator shows a hidden (or refused) post again, with a written reason kept in the audit log. */
export async function unhidePost(
  deps: Deps,
  principal: Principal | null,
  ip: string | null,
  kind: PostKind,
  id: string,
  reason: string,
): Promise<PostModerationState> {
  return deps.db.transaction(async (tx) => {
    const { post } = await moderatedPost(tx, principal, kind, id);
    if (post.state !== 'hidden') throw conflict('not-hidden', 'The post is not hidden');
    await setPostState(tx, kind, id, 'published');
    if (kind === 'answer') await refreshQuestionAnswers(tx, post.questionId);
    await auditModeration(tx, actorOf(principal, ip), post, 'unhidden', reason.trim(), {
      previousReason: post.hiddenReason,
    });
    await announceQuestionChange(tx, {
      questionId: post.questionId,
      change: 'post-unhidden',
      postKind: kind,
      postId: id,
    });
    return { postKind: kind, postId: id, state: 'published', hiddenReason: null };
  });
}

/**
 * A moderator dismisses the open reports of a post (it stays as it is); the reason goes to the audit
 * log, the outcome to each report.
 */
export async function dismissReports(
  deps: Deps,
  principal: Principal | null,
  ip: string | null,
  kind: PostKind,
  id: string,
  reason: string,
): Promise<{ dismissed: number }> {
  return deps.db.transaction(async (tx) => {
    const { post, personId } = await moderatedPost(tx, principal, kind, id);
    const dismissed = await settleReports(tx, id, personId, 'dismissed');
    if (dismissed === 0) throw conflict('no-open-reports', 'The post has no open reports');
    await auditModeration(tx, actorOf(principal, ip), post, 'reports_dismissed', reason.trim(), {
      reportsSettled: dismissed,
    });
    return { dismissed };
  });
}

/** The question or answer a comment is on. */
async function commentedPost(tx: Tx, commentId: string): Promise<{ kind: 'question' | 'answer'; id: string } | null> {
  const [row] = await tx
    .select({ kind: postComments.postKind, id: postComments.postId })
    .from(postComments)
    .where(eq(postComments.id, commentId));
  return row ? { kind: row.kind as 'question' | 'answer', id: row.id } : null;
}

/** Settles every open report of the post with the outcome; answers how many there were. */
async function settleReports(tx: Tx, postId: string, by: string, outcome: 'hidden' | 'dismissed'): Promise<number> {
  const rows = await tx
    .update(postReports)
    .set({ settledAt: new Date(), settledBy: by, outcome })
    .where(and(eq(postReports.postId, postId), isNull(postReports.settledAt)))
    .returning({ id: postReports.id });
  return rows.length;
}
