import { and, count, eq, ne } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { conflict } from '../../../platform/errors/problem.ts';
import { addCommunityChannelReader, removeCommunityChannelReader } from '../../chat/channels/community-channel.ts';
import { communityMembers } from '../tables.ts';
import type { CommunityRow } from './community-access.ts';

// Joining and leaving, in the caller's transaction: the community's chat (if it has one) is kept in
// step, so whoever becomes a member reads it at once and whoever leaves loses it at once.

/** Makes the person a member (from a request, or new); new members of a community that holds first posts are not yet trusted. */
export async function admitMember(tx: Tx, community: CommunityRow, personId: string, note = ''): Promise<void> {
  const values = {
    status: 'member',
    role: 'member',
    trusted: !community.approveFirstPosts,
    joinedAt: new Date(),
  };
  await tx
    .insert(communityMembers)
    .values({ communityId: community.id, personId, requestNote: note, ...values })
    .onConflictDoUpdate({
      target: [communityMembers.communityId, communityMembers.personId],
      set: { status: 'member', role: 'member', trusted: values.trusted, joinedAt: values.joinedAt },
    });
  if (community.channelId) await addCommunityChannelReader(tx, community.channelId, personId);
}

/** Takes the person out of the community (a member, or a request); returns whether there was a row. */
export async function dropMember(tx: Tx, community: CommunityRow, personId: string): Promise<boolean> {
  const rows = await tx
    .delete(communityMembers)
    .where(and(eq(communityMembers.communityId, community.id), eq(communityMembers.personId, personId)))
    .returning({ personId: communityMembers.personId });
  if (community.channelId) await removeCommunityChannelReader(tx, community.channelId, personId);
  return rows.length > 0;
}

/** 409 when the person is the community's only moderator (who can neither leave nor step down). */
export async function refuseLastModerator(tx: Tx, communityId: string, personId: string): Promise<void> {
  const [others] = await tx
    .select({ n: count() })
    .from(communityMembers)
    .where(
      and(
        eq(communityMembers.communityId, communityId),
        eq(communityMembers.role, 'moderator'),
        eq(communityMembers.status, 'member'),
        ne(communityMembers.personId, personId),
      ),
    );
  if (Number(others?.n ?? 0) === 0) {
    throw conflict(
      'last-moderator',
      'The community needs a moderator',
      'Make another member a moderator first: the last moderator can neither leave nor step down.',
    );
  }
}

/** A person's row in the community, if any. */
export async function memberRow(tx: Tx, communityId: string, personId: string) {
  const [row] = await tx
    .select()
    .from(communityMembers)
    .where(and(eq(communityMembers.communityId, communityId), eq(communityMembers.personId, personId)));
  return row ?? null;
}
