import { eq } from 'drizzle-orm';
import type { Meeting } from '../../../../shared/contracts/meetings.ts';
import type { Deps } from '../../../deps.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import type { ChatActor } from '../../chat/actor.ts';
import { requireMeeting } from '../access.ts';
import { announceMeeting } from '../announce.ts';
import { fitsMesh } from '../policy.ts';
import { presentParticipants } from '../queries.ts';
import { meetingParticipants } from '../tables.ts';
import { meetingFull } from './join-meeting.ts';

const notIn = () => new Problem(409, 'not-in-meeting', 'Not in the meeting', 'Join the meeting first.');

/**
 * Raises or lowers a hand, or turns the camera on or off, for one of the person's connections in the
 * meeting. Turning the camera on counts against the video limit like joining with it.
 */
export async function updateStayCommand(
  deps: Deps,
  actor: ChatActor,
  meetingId: string,
  change: { connectionId: string; handRaised?: boolean; video?: boolean },
): Promise<Meeting> {
  const meeting = await deps.db.transaction(async (tx) => {
    const { meeting, channel } = await requireMeeting(tx, meetingId, actor.personId, { lock: true });
    const present = await presentParticipants(tx, meetingId);
    const mine = present.find((p) => p.connectionId === change.connectionId && p.personId === actor.personId);
    if (!mine) throw notIn();
    const others = present.filter((p) => p.id !== mine.id);
    if (change.video === true && !mine.video && !fitsMesh(others, true)) throw meetingFull(true);
    await tx
      .update(meetingParticipants)
      .set({
        ...(change.handRaised === undefined ? {} : { handRaised: change.handRaised }),
        ...(change.video === undefined ? {} : { video: change.video }),
      })
      .where(eq(meetingParticipants.id, mine.id));
    return announceMeeting(tx, meeting, channel.channel.workspaceId);
  });
  await deps.publisher.flush();
  return meeting;
}
