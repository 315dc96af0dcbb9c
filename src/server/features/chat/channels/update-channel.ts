import type { ChannelSummary } from '../../../../shared/contracts/chat.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { conflict, forbidden } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { requireReadable } from '../access.ts';
import type { ChatActor } from '../actor.ts';
import { canManageChannel } from '../policy.ts';
import { channelNameTaken, lockWorkspaceChannelNames, updateChannel } from '../queries.ts';
import type { UpdateChannelInput } from '../schema.ts';
import { freshChannelSummary } from './channel-view.ts';
import { channelNameOf, nameTaken } from './create-channel.ts';

/** Renames a channel, sets its topic, archives or restores it (workspace owners and the channel's creator). */
export async function updateChannelCommand(
  deps: Deps,
  actor: ChatActor,
  channelId: string,
  input: UpdateChannelInput,
): Promise<ChannelSummary> {
  const summary = await deps.db.transaction(async (tx) => {
    const access = await requireReadable(tx, channelId, actor.personId);
    if (access.channel.kind !== 'channel') {
      throw conflict('not-a-channel', 'Conversations have no name, topic or archive');
    }
    if (!canManageChannel(access, actor.personId)) {
      throw forbidden('Only owners of the workspace and the channel’s creator can change it.');
    }
    const set: { name?: string; topic?: string; archivedAt?: Date | null } = {};
    if (input.name !== undefined) {
      const name = channelNameOf(input.name);
      const workspaceId = access.row.workspaceId as string;
      await lockWorkspaceChannelNames(tx, workspaceId);
      if (await channelNameTaken(tx, workspaceId, name, channelId)) throw nameTaken();
      set.name = name;
    }
    if (input.topic !== undefined) set.topic = input.topic.trim();
    if (input.archived !== undefined) {
      if (input.archived && access.row.isDefault) {
        throw conflict('default-channel', 'The default channel cannot be archived');
      }
      if (input.archived !== (access.row.archivedAt !== null)) set.archivedAt = input.archived ? new Date() : null;
    }
    const row = Object.keys(set).length > 0 ? await updateChannel(tx, channelId, set) : access.row;
    const updated = freshChannelSummary(row);
    if (Object.keys(set).length > 0) {
      await audit(tx, {
        actorId: actor.personId,
        action:
          set.archivedAt !== undefined
            ? set.archivedAt
              ? 'chat.channel_archived'
              : 'chat.channel_restored'
            : 'chat.channel_updated',
        subjectType: 'channel',
        subjectId: channelId,
        ip: actor.ip,
        details: {
          workspaceId: row.workspaceId,
          ...(set.name ? { name: set.name, previousName: access.row.name } : {}),
        },
      });
      await emit(tx, {
        type: 'channel.updated',
        payload: { channel: updated },
        audience: { kind: 'channel', channelId },
      });
    }
    return updated;
  });
  await deps.publisher.flush();
  return summary;
}
