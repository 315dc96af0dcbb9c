import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { conflict, forbidden, notFound } from '../../../platform/errors/problem.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { workspaceRole } from '../../workspaces/membership.ts';
import { type LoadedAccess, requireReadable } from '../access.ts';
import type { ChatActor } from '../actor.ts';
import { canAddMembers, canBeAdded, canRemoveMember } from '../policy.ts';
import { addMembership, channelWithMembership, deleteMembership } from '../queries.ts';

const notAChannel = () => conflict('not-a-channel', 'Conversations keep the people they were started with');

async function membershipEvents(
  tx: Tx,
  type: 'channel.member.added' | 'channel.member.removed',
  access: LoadedAccess,
  personId: string,
) {
  const payload = { channelId: access.row.id, workspaceId: access.row.workspaceId, personId };
  // The person hears it whatever their rights now; the channel's readers see the member list change.
  await emit(tx, { type, payload, audience: { kind: 'persons', personIds: [personId] } });
  await emit(tx, { type, payload, audience: { kind: 'channel', channelId: access.row.id } });
}

/** Adds a workspace member to a closed channel, or a guest to any channel of the workspace. */
export async function addChannelMemberCommand(deps: Deps, actor: ChatActor, channelId: string, personId: string) {
  await deps.db.transaction(async (tx) => {
    const access = await requireReadable(tx, channelId, actor.personId);
    if (access.channel.kind !== 'channel') throw notAChannel();
    if (!canAddMembers(access)) throw forbidden('Guests cannot add people to channels.');
    const targetRole = await workspaceRole(tx, access.row.workspaceId as string, personId);
    if (targetRole === null) {
      throw conflict('not-workspace-member', 'Only members and guests of the workspace can be added');
    }
    if (!canBeAdded(access, targetRole)) {
      throw conflict('reads-already', 'Owners and members of the workspace read open channels without being added');
    }
    const existing = await channelWithMembership(tx, channelId, personId);
    if (existing?.membership?.added) return;
    await addMembership(tx, channelId, personId);
    await audit(tx, {
      actorId: actor.personId,
      action: 'chat.channel_member_added',
      subjectType: 'channel',
      subjectId: channelId,
      ip: actor.ip,
      details: { workspaceId: access.row.workspaceId, personId, role: targetRole },
    });
    await membershipEvents(tx, 'channel.member.added', access, personId);
  });
  await deps.publisher.flush();
}

/** Takes someone out of a channel they were added to: themselves, or by an owner or the channel's creator. */
export async function removeChannelMemberCommand(deps: Deps, actor: ChatActor, channelId: string, personId: string) {
  await deps.db.transaction(async (tx) => {
    const access = await requireReadable(tx, channelId, actor.personId);
    if (access.channel.kind !== 'channel') throw notAChannel();
    const target = await channelWithMembership(tx, channelId, personId);
    if (!target?.membership?.added) throw notFound('Member');
    const targetRole = await workspaceRole(tx, access.row.workspaceId as string, personId);
    if (!canRemoveMember(access, actor.personId, { personId, role: targetRole })) {
      throw access.channel.closed || targetRole === 'guest'
        ? forbidden('Only owners of the workspace and the channel’s creator can remove people.')
        : conflict('reads-already', 'Owners and members of the workspace read open channels without being added');
    }
    await deleteMembership(tx, channelId, personId);
    await audit(tx, {
      actorId: actor.personId,
      action: personId === actor.personId ? 'chat.channel_left' : 'chat.channel_member_removed',
      subjectType: 'channel',
      subjectId: channelId,
      ip: actor.ip,
      details: { workspaceId: access.row.workspaceId, personId },
    });
    await membershipEvents(tx, 'channel.member.removed', access, personId);
  });
  await deps.publisher.flush();
}
