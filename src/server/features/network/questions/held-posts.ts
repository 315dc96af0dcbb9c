import { and, eq } from 'drizzle-orm';
import { networkNotificationKinds } from '../../../../shared/network-notification-kinds.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { notify } from '../../notifications/notify.ts';
import { communities, communityMembers } from '../tables.ts';

/** Tells a community's moderators that a post waits for their approval. */
export async function notifyModeratorsOfHeldPost(
  tx: Tx,
  communityId: string | null,
  post: { actorName: string; title: string },
): Promise<void> {
  if (communityId === null) return;
  const moderators = await tx
    .select({ personId: communityMembers.personId, communityName: communities.name })
    .from(communityMembers)
    .innerJoin(communities, eq(communities.id, communityMembers.communityId))
    .where(
      and(
        eq(communityMembers.communityId, communityId),
        eq(communityMembers.role, 'moderator'),
        eq(communityMembers.status, 'member'),
      ),
    );
  if (moderators.length === 0) return;
  await notify(
    tx,
    moderators.map((m) => m.personId),
    {
      kind: networkNotificationKinds.postPending,
      data: { actorName: post.actorName, title: post.title, communityName: moderators[0]?.communityName ?? '' },
      link: `/network/moderation?community=${communityId}`,
    },
  );
}
