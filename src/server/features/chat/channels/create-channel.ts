import type { ChannelSummary } from '../../../../shared/contracts/chat.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, forbidden, invalid, notFound } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { workspaceRole } from '../../workspaces/membership.ts';
import type { ChatActor } from '../actor.ts';
import { canCreateChannel } from '../policy.ts';
import { addMembership, channelNameTaken, insertChannel, lockWorkspaceChannelNames } from '../queries.ts';
import type { CreateChannelInput } from '../schema.ts';
import { cleanChannelName, freshChannelSummary } from './channel-view.ts';

export const nameTaken = () =>
  conflict('channel-name-taken', 'A channel of this name exists', 'Channel names are unique within a workspace.');

/** Cleans a channel name, or answers 400 when nothing is left of it. */
export function channelNameOf(raw: string): string {
  const name = cleanChannelName(raw);
  if (name === '') throw invalid([{ field: 'body:/name', message: 'must not be blank' }]);
  return name;
}

/** Owners and members of a workspace open a channel; the creator of a closed one is its first member. */
export async function createChannelCommand(
  deps: Deps,
  actor: ChatActor,
  workspaceId: string,
  input: CreateChannelInput,
): Promise<ChannelSummary> {
  const name = channelNameOf(input.name);
  const summary = await deps.db.transaction(async (tx) => {
    const role = await workspaceRole(tx, workspaceId, actor.personId);
    if (role === null) throw notFound('Workspace');
    if (!canCreateChannel(role)) throw forbidden('Guests cannot create channels.');
    await lockWorkspaceChannelNames(tx, workspaceId);
    if (await channelNameTaken(tx, workspaceId, name)) throw nameTaken();
    const row = await insertChannel(tx, {
      id: newId(),
      kind: 'channel',
      workspaceId,
      name,
      topic: input.topic?.trim() ?? '',
      closed: input.closed ?? false,
      createdBy: actor.personId,
    });
    if (row.closed) await addMembership(tx, row.id, actor.personId);
    const created = freshChannelSummary(row);
    await audit(tx, {
      actorId: actor.personId,
      action: 'chat.channel_created',
      subjectType: 'channel',
      subjectId: row.id,
      ip: actor.ip,
      details: { workspaceId, name, closed: row.closed },
    });
    await emit(tx, {
      type: 'channel.created',
      payload: { channel: created },
      audience: { kind: 'channel', channelId: row.id },
    });
    return created;
  });
  await deps.publisher.flush();
  return summary;
}
