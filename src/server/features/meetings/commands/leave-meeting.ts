import { and, eq, isNull } from 'drizzle-orm';
import type { Meeting } from '../../../../shared/contracts/meetings.ts';
import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { loadAccess } from '../../chat/access.ts';
import type { ChatActor } from '../../chat/actor.ts';
import { requireMeeting } from '../access.ts';
import { announceMeeting } from '../announce.ts';
import { type MeetingRow, meetingRow, meetingsOfConnection, presentParticipants } from '../queries.ts';
import { meetingParticipants } from '../tables.ts';
import { endNow, postSummary } from './finish.ts';

/**
 * A connection leaves; the last one out ends the meeting, which then becomes its summary. Leaving
 * with a connection that is not in (twice, or after the end) changes nothing.
 */
export async function leaveMeetingCommand(deps: Deps, actor: ChatActor, meetingId: string, connectionId: string) {
  const result = await deps.db.transaction(async (tx) => {
    const { meeting, channel } = await requireMeeting(tx, meetingId, actor.personId, { lock: true });
    return leaveIn(tx, meeting, channel.channel.workspaceId, { connectionId, personId: actor.personId });
  });
  await finishUp(deps, actor, result);
}

type Left = { meeting: Meeting; ended: boolean } | null;

async function leaveIn(
  tx: Tx,
  meeting: MeetingRow,
  workspaceId: string | null,
  who: { connectionId: string; personId: string },
): Promise<Left> {
  const left = await tx
    .update(meetingParticipants)
    .set({ leftAt: new Date(), handRaised: false })
    .where(
      and(
        eq(meetingParticipants.meetingId, meeting.id),
        eq(meetingParticipants.connectionId, who.connectionId),
        eq(meetingParticipants.personId, who.personId),
        isNull(meetingParticipants.leftAt),
      ),
    )
    .returning({ id: meetingParticipants.id });
  if (left.length === 0) return null;
  const remaining = await presentParticipants(tx, meeting.id);
  const row = remaining.length === 0 && meeting.status === 'live' ? await endNow(tx, meeting) : meeting;
  return { meeting: await announceMeeting(tx, row, workspaceId), ended: row.status === 'ended' };
}

async function finishUp(deps: Deps, actor: ChatActor, result: Left) {
  await deps.publisher.flush();
  if (result?.ended) await postSummary(deps, actor, result.meeting);
}

/**
 * A realtime socket closed (tab closed, network gone): it leaves every meeting it was in, so a seat is
 * not held by a browser that is gone. Called by the gateway's hook, with the socket's owner as actor.
 */
export async function leaveWithConnection(deps: Deps, actor: ChatActor, connectionId: string): Promise<void> {
  const stays = await meetingsOfConnection(deps.db, connectionId);
  for (const stay of stays) {
    if (stay.personId !== actor.personId) continue;
    const result = await deps.db.transaction(async (tx) => {
      const meeting = await meetingRow(tx, stay.meetingId, { lock: true });
      if (!meeting) return null;
      // Whether or not the person may still read the channel, their seat is given up.
      const access = await loadAccess(tx, meeting.channelId, actor.personId);
      return leaveIn(tx, meeting, access?.channel.workspaceId ?? null, { connectionId, personId: actor.personId });
    });
    await finishUp(deps, actor, result);
  }
}
