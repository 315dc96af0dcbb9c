import type { Tx } from '../../platform/db/client.ts';
import { notFound, Problem } from '../../platform/errors/problem.ts';
import { type ChannelAccess, type ChannelKind, canPost, canRead } from './policy.ts';
import { type ChannelRow, channelWithMembership, type MembershipRow } from './queries.ts';

/** A channel as one person stands in it: the rules' view plus the rows behind it. */
export interface LoadedAccess extends ChannelAccess {
  row: ChannelRow;
  member: MembershipRow | null;
}

/** The channel and the person's place in it, or null when the channel does not exist. */
export async function loadAccess(tx: Tx, channelId: string, personId: string): Promise<LoadedAccess | null> {
  const found = await channelWithMembership(tx, channelId, personId);
  if (!found) return null;
  const { channel, membership } = found;
  const role = channel.workspaceId ? found.role : null;
  return {
    row: channel,
    member: membership,
    channel: {
      id: channel.id,
      kind: channel.kind as ChannelKind,
      workspaceId: channel.workspaceId,
      closed: channel.closed,
      isDefault: channel.isDefault,
      archivedAt: channel.archivedAt,
      createdBy: channel.createdBy,
    },
    role,
    membership: membership ? { added: membership.added } : null,
  };
}

/** The channel if the person may read it; otherwise 404, as if it did not exist. */
export async function requireReadable(tx: Tx, channelId: string, personId: string): Promise<LoadedAccess> {
  const access = await loadAccess(tx, channelId, personId);
  if (!access || !canRead(access)) throw notFound('Channel');
  return access;
}

/** The channel if the person may post in it: 404 when unreadable, 409 when archived. */
export async function requirePostable(tx: Tx, channelId: string, personId: string): Promise<LoadedAccess> {
  const access = await requireReadable(tx, channelId, personId);
  if (!canPost(access)) throw archived();
  return access;
}

export const archived = () =>
  new Problem(409, 'channel-archived', 'The channel is archived', 'Archived channels can be read but not written to.');
