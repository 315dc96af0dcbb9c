import type { Meeting } from '../../../../shared/contracts/meetings.ts';
import type { Deps } from '../../../deps.ts';
import { forbidden } from '../../../platform/errors/problem.ts';
import type { ChatActor } from '../../chat/actor.ts';
import { requireMeeting } from '../access.ts';
import { announceMeeting } from '../announce.ts';
import { canEndMeeting } from '../policy.ts';
import { presentParticipants } from '../queries.ts';
import { endNow, postSummary } from './finish.ts';

/** Ends the meeting for everyone (whoever started it or is in it); a scheduled one is called off. */
export async function endMeetingCommand(deps: Deps, actor: ChatActor, meetingId: string): Promise<Meeting> {
  const { meeting, ended } = await deps.db.transaction(async (tx) => {
    const { meeting, channel } = await requireMeeting(tx, meetingId, actor.personId, { lock: true });
    const workspaceId = channel.channel.workspaceId;
    if (meeting.status === 'ended') return { meeting: await announceMeeting(tx, meeting, workspaceId), ended: false };
    const present = await presentParticipants(tx, meetingId);
    const isIn = present.some((p) => p.personId === actor.personId);
    if (!canEndMeeting(meeting, actor.personId, isIn))
      throw forbidden('Only its starter or someone in it ends a meeting.');
    return { meeting: await announceMeeting(tx, await endNow(tx, meeting), workspaceId), ended: true };
  });
  await deps.publisher.flush();
  if (ended && meeting.attendees.length > 0) await postSummary(deps, actor, meeting);
  return meeting;
}
