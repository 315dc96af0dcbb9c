import { and, eq, isNull } from 'drizzle-orm';
import type { Meeting } from '../../../../shared/contracts/meetings.ts';
import type { Deps } from '../../../deps.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { Problem } from '../../../platform/errors/problem.ts';
import type { ChatActor } from '../../chat/actor.ts';
import { postMessageCommand } from '../../chat/messages/post-message.ts';
import type { MeetingRow } from '../queries.ts';
import { meetingParticipants, meetings } from '../tables.ts';

/** Ends a live meeting in the caller's transaction: everyone still in leaves now. */
export async function endNow(tx: Tx, meeting: MeetingRow): Promise<MeetingRow> {
  const now = new Date();
  await tx
    .update(meetingParticipants)
    .set({ leftAt: now, handRaised: false })
    .where(and(eq(meetingParticipants.meetingId, meeting.id), isNull(meetingParticipants.leftAt)));
  const [ended] = await tx
    .update(meetings)
    .set({ status: 'ended', endedAt: now, startedAt: meeting.startedAt ?? now, updatedAt: now })
    .where(eq(meetings.id, meeting.id))
    .returning();
  return ended ?? meeting;
}

function minutes(seconds: number): string {
  if (seconds < 60) return 'unter 1 Min.';
  const m = Math.round(seconds / 60);
  return m < 60 ? `${m} Min.` : `${Math.floor(m / 60)} Std. ${m % 60} Min.`;
}

/**
 * The summary under the card, in its thread: who took part and how long. The card itself turns into
 * the summary with the notes (it follows meeting.changed). Posted after the meeting's transaction; an
 * archived channel takes no reply, and the summary is then only the card.
 */
export async function postSummary(deps: Deps, actor: ChatActor, meeting: Meeting): Promise<void> {
  if (!meeting.messageId) return;
  const names = meeting.attendees.map((a) => a.name).join(', ');
  const text = `Besprechung beendet · Dauer ${minutes(meeting.durationSeconds ?? 0)} · Teilnehmende: ${names || '–'}`;
  try {
    await postMessageCommand(deps, actor, meeting.channelId, { text, threadRootId: meeting.messageId });
  } catch (err) {
    if (!(err instanceof Problem)) throw err;
  }
}
