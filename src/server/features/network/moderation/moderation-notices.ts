import { and, eq, isNull } from 'drizzle-orm';
import { networkNotificationKinds } from '../../../../shared/network-notification-kinds.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { notify } from '../../notifications/notify.ts';
import { communityMembers } from '../tables.ts';
import type { PostRow } from './moderated-post.ts';

/** The moderator (or reporter) and where the request came from, for the audit log. */
export interface ModerationActor {
  personId: string;
  name: string;
  ip: string | null;
}

export type ModerationAction = 'approved' | 'refused' | 'hidden' | 'unhidden' | 'reports_dismissed';

/** The app path of the post's question, where the post is shown. */
export const questionLink = (post: PostRow) => `/network/questions/${post.questionId}`;

/** The moderation queue of the post's community (or of the platform-wide area). */
export const queueLink = (post: PostRow) =>
  post.communitySlug
    ? `/network/moderation?community=${encodeURIComponent(post.communitySlug)}`
    : '/network/moderation';

/** One audit entry per moderator's action: who, which post, what and why. */
export async function auditModeration(
  tx: Tx,
  actor: ModerationActor,
  post: PostRow,
  action: ModerationAction,
  reason: string | null,
  details: Record<string, unknown> = {},
): Promise<void> {
  await audit(tx, {
    actorId: actor.personId,
    action: `network.post_${action}`,
    subjectType: `network_${post.kind}`,
    subjectId: post.id,
    ip: actor.ip,
    details: {
      postKind: post.kind,
      postId: post.id,
      questionId: post.questionId,
      questionTitle: post.questionTitle,
      communityId: post.communityId,
      communityName: post.communityName,
      authorId: post.authorId,
      reason,
      ...details,
    },
  });
}

/** Tells the author their held post was let through or refused. */
export async function noticeDecision(tx: Tx, post: PostRow, approved: boolean, reason?: string): Promise<void> {
  await notify(tx, [post.authorId], {
    kind: networkNotificationKinds.postDecided,
    data: { title: post.questionTitle, approved, ...(reason ? { reason } : {}) },
    link: questionLink(post),
  });
}

/** Tells the author a moderator hid their post, and why. */
export async function noticeHidden(tx: Tx, post: PostRow, reason: string): Promise<void> {
  await notify(tx, [post.authorId], {
    kind: networkNotificationKinds.postHidden,
    data: { title: post.questionTitle, reason },
    link: questionLink(post),
  });
}

/** Who moderates the post's community: its moderators, or the platform admins for the platform-wide area. */
export async function moderatorsOf(tx: Tx, post: PostRow): Promise<string[]> {
  if (post.communityId === null) {
    const admins = await tx
      .select({ id: persons.id })
      .from(persons)
      .where(and(eq(persons.isPlatformAdmin, true), isNull(persons.lockedAt)));
    return admins.map((a) => a.id);
  }
  const rows = await tx
    .select({ id: communityMembers.personId })
    .from(communityMembers)
    .where(
      and(
        eq(communityMembers.communityId, post.communityId),
        eq(communityMembers.role, 'moderator'),
        eq(communityMembers.status, 'member'),
      ),
    );
  return rows.map((r) => r.id);
}
