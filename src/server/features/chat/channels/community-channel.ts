import { eq } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { addMembership, conversationMembers, deleteMembership, insertChannel } from '../queries.ts';
import { channels } from '../tables.ts';
import { cleanChannelName, freshChannelSummary } from './channel-view.ts';

// The chat of a network community: a channel of kind `community`, without a workspace, named after the
// community. Its readers are the people added to it (channel_members.added), and the network's
// communities keep them in step with the community's members in their own transactions through the
// functions below. Chat's own routes cannot add or remove anyone from it; everything else (messages,
// threads, mentions, reactions, read state, realtime) works as in any conversation.

/** Starts a community's chat with its members in it; the caller stores the ID with the community. */
export async function openCommunityChannel(
  tx: Tx,
  input: { name: string; createdBy: string; memberIds: readonly string[]; archived?: boolean },
): Promise<string> {
  const row = await insertChannel(tx, {
    id: newId(),
    kind: 'community',
    name: cleanChannelName(input.name),
    createdBy: input.createdBy,
    archivedAt: input.archived ? new Date() : null,
  });
  for (const personId of new Set(input.memberIds)) await addMembership(tx, row.id, personId);
  const members = (await conversationMembers(tx, [row.id])).get(row.id) ?? [];
  // Every member's sidebar learns of it; the realtime audience forgets what it knew of them.
  await emit(tx, {
    type: 'conversation.created',
    payload: { channel: freshChannelSummary(row, members) },
    audience: { kind: 'persons', personIds: members.map((m) => m.id) },
  });
  return row.id;
}

async function membershipEvent(
  tx: Tx,
  type: 'channel.member.added' | 'channel.member.removed',
  channelId: string,
  personId: string,
) {
  const payload = { channelId, workspaceId: null, personId };
  await emit(tx, { type, payload, audience: { kind: 'persons', personIds: [personId] } });
  await emit(tx, { type, payload, audience: { kind: 'channel', channelId } });
}

/** A new member of the community reads its chat from now on. */
export async function addCommunityChannelReader(tx: Tx, channelId: string, personId: string): Promise<void> {
  await addMembership(tx, channelId, personId);
  await membershipEvent(tx, 'channel.member.added', channelId, personId);
}

/** Someone who left the community (or was removed) no longer reads its chat, at once. */
export async function removeCommunityChannelReader(tx: Tx, channelId: string, personId: string): Promise<void> {
  if (await deleteMembership(tx, channelId, personId)) {
    await membershipEvent(tx, 'channel.member.removed', channelId, personId);
  }
}

/** The community was renamed, archived or restored: its chat follows. */
export async function updateCommunityChannel(
  tx: Tx,
  channelId: string,
  change: { name?: string; archived?: boolean },
): Promise<void> {
  const set: Partial<typeof channels.$inferInsert> = {};
  if (change.name !== undefined) set.name = cleanChannelName(change.name);
  if (change.archived !== undefined) set.archivedAt = change.archived ? new Date() : null;
  if (Object.keys(set).length === 0) return;
  const [row] = await tx.update(channels).set(set).where(eq(channels.id, channelId)).returning();
  if (!row) return;
  await emit(tx, {
    type: 'channel.updated',
    payload: { channel: freshChannelSummary(row) },
    audience: { kind: 'channel', channelId },
  });
}
