import { eq } from 'drizzle-orm';
import { type JoinAnswer, type JoinMeetingBody, MEETING_LIMITS } from '../../../../shared/contracts/meetings.ts';
import type { Deps } from '../../../deps.ts';
import { newId } from '../../../platform/db/ids.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import type { ChatActor } from '../../chat/actor.ts';
import { requireMeeting } from '../access.ts';
import { announceMeeting } from '../announce.ts';
import { connectionFor } from '../media-connection.ts';
import { canJoin, fitsMesh } from '../policy.ts';
import { presentParticipants } from '../queries.ts';
import { meetingParticipants, meetings } from '../tables.ts';

export const meetingEnded = () =>
  new Problem(409, 'meeting-ended', 'The meeting has ended', 'Start a new meeting in the channel.');

export const meetingFull = (video: boolean) =>
  new Problem(
    409,
    'meeting-full',
    video ? 'The meeting is full for video' : 'The meeting is full',
    video
      ? `At most ${MEETING_LIMITS.video} people can take part with video (${MEETING_LIMITS.audioOnly} with audio only); join without camera or try later.`
      : `At most ${MEETING_LIMITS.audioOnly} people can take part without a media server.`,
    undefined,
    { limitVideo: MEETING_LIMITS.video, limitAudioOnly: MEETING_LIMITS.audioOnly },
  );

/**
 * A browser connection joins (or, the same connection again, changes its camera). The meeting's row is
 * locked, so two joiners at once cannot both take the last seat; past the mesh's limits the media
 * server takes over when one is configured, otherwise the joiner is told the limit (409).
 */
export async function joinMeetingCommand(
  deps: Deps,
  actor: ChatActor,
  meetingId: string,
  input: JoinMeetingBody,
): Promise<JoinAnswer> {
  const answer = await deps.db.transaction(async (tx) => {
    const { meeting, channel } = await requireMeeting(tx, meetingId, actor.personId, { lock: true });
    if (!canJoin(meeting.status)) throw meetingEnded();
    const present = await presentParticipants(tx, meetingId);
    const mine = present.find((p) => p.connectionId === input.connectionId);
    if (mine && mine.personId !== actor.personId) throw new Problem(409, 'connection-taken', 'Connection in use');
    const others = present.filter((p) => p.connectionId !== input.connectionId);
    const overMesh = !fitsMesh(others, input.video);
    const connection = await connectionFor(deps.config, {
      meetingId,
      person: { id: actor.personId, name: actor.name },
      overMesh,
      video: input.video,
      current: meeting.mediaMode,
      starter: meeting.createdBy === actor.personId,
    });
    if (!connection) throw meetingFull(input.video && others.length < MEETING_LIMITS.audioOnly);
    if (mine) {
      await tx.update(meetingParticipants).set({ video: input.video }).where(eq(meetingParticipants.id, mine.id));
    } else {
      await tx.insert(meetingParticipants).values({
        id: newId(),
        meetingId,
        personId: actor.personId,
        connectionId: input.connectionId,
        video: input.video,
      });
    }
    let row = meeting;
    // A scheduled meeting starts with its first joiner; one that outgrew the mesh moves to the media
    // server, and meeting.changed tells the browsers already in it to fetch their connection again.
    if (meeting.status === 'scheduled' || connection.mode !== meeting.mediaMode) {
      const now = new Date();
      const [changed] = await tx
        .update(meetings)
        .set({ status: 'live', startedAt: meeting.startedAt ?? now, mediaMode: connection.mode, updatedAt: now })
        .where(eq(meetings.id, meetingId))
        .returning();
      if (changed) row = changed;
    }
    return { meeting: await announceMeeting(tx, row, channel.channel.workspaceId), connection };
  });
  await deps.publisher.flush();
  return answer;
}
