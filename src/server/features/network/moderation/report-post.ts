import type { PostKind } from '../../../../shared/contracts/network-moderation.ts';
import { networkNotificationKinds } from '../../../../shared/network-notification-kinds.ts';
import type { Deps } from '../../../deps.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, forbidden } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { postReports } from '../tables.ts';
import { visiblePost } from './moderated-post.ts';
import { moderatorsOf, queueLink } from './moderation-notices.ts';

/**
 * Someone who reads a post and did not write it reports it to the community's moderators (the
 * platform admins for the platform-wide area), once per person and post; the moderators hear of it.
 */
export async function reportPost(
  deps: Deps,
  principal: Principal | null,
  input: { postKind: PostKind; postId: string; reason: string },
): Promise<{ id: string }> {
  return deps.db.transaction(async (tx) => {
    const { post, personId } = await visiblePost(tx, principal, input.postKind, input.postId);
    if (post.authorId === personId) throw forbidden('One’s own post cannot be reported.');
    const id = newId();
    const reason = input.reason.trim();
    const inserted = await tx
      .insert(postReports)
      .values({ id, questionId: post.questionId, postKind: post.kind, postId: post.id, reporterId: personId, reason })
      .onConflictDoNothing()
      .returning({ id: postReports.id });
    if (inserted.length === 0) throw conflict('already-reported', 'You have already reported this post');
    const moderators = (await moderatorsOf(tx, post)).filter((m) => m !== personId);
    await notify(tx, moderators, {
      kind: networkNotificationKinds.report,
      data: {
        actorName: principal?.name ?? '',
        title: post.questionTitle,
        ...(post.communityName ? { communityName: post.communityName } : {}),
        excerpt: reason.slice(0, 200),
      },
      link: queueLink(post),
    });
    return { id };
  });
}
