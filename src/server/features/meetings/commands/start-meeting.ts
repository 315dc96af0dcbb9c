import { MEETING_LIMITS, type Meeting, type StartMeetingBody } from '../../../../shared/contracts/meetings.ts';
import type { Deps } from '../../../deps.ts';
import { newId } from '../../../platform/db/ids.ts';
import { singleLine } from '../../../platform/http/input-text.ts';
import { requirePostable } from '../../chat/access.ts';
import type { ChatActor } from '../../chat/actor.ts';
import { postMessageCommand } from '../../chat/messages/post-message.ts';
import { announceMeeting } from '../announce.ts';
import { meetings } from '../tables.ts';

const berlin = new Intl.DateTimeFormat('de-DE', { dateStyle: 'full', timeStyle: 'short', timeZone: 'Europe/Berlin' });

/** The card's text in the channel: readable as it is (search, notifications, other clients), the web app draws the live card. */
export function cardText(publicUrl: string, meeting: { id: string; title: string; scheduledFor: Date | null }): string {
  const when = meeting.scheduledFor ? ` am ${berlin.format(meeting.scheduledFor)}` : '';
  return `📹 Besprechung **${meeting.title}**${when}: ${publicUrl}/meetings/${meeting.id}`;
}

/**
 * "Besprechung starten" in a channel, a direct or group conversation or a project's channel: the meeting
 * and its card (a chat message the meeting points to). Without `scheduledFor` it is live at once.
 */
export async function startMeetingCommand(deps: Deps, actor: ChatActor, input: StartMeetingBody): Promise<Meeting> {
  const title =
    singleLine(input.title ?? '')
      .trim()
      .slice(0, MEETING_LIMITS.title) || 'Besprechung';
  const scheduledFor = input.scheduledFor ? new Date(input.scheduledFor) : null;
  const id = newId();
  // Checked before the card is posted: the card's own check answers the same, but a 404 should come first.
  await requirePostable(deps.db, input.channelId, actor.personId);
  const card = await postMessageCommand(deps, actor, input.channelId, {
    text: cardText(deps.config.publicUrl, { id, title, scheduledFor }),
  });
  const meeting = await deps.db.transaction(async (tx) => {
    const access = await requirePostable(tx, input.channelId, actor.personId);
    const now = new Date();
    const [row] = await tx
      .insert(meetings)
      .values({
        id,
        channelId: input.channelId,
        messageId: card.body.id,
        title,
        agenda: input.agenda ?? '',
        status: scheduledFor ? 'scheduled' : 'live',
        scheduledFor,
        startedAt: scheduledFor ? null : now,
        createdBy: actor.personId,
      })
      .returning();
    if (!row) throw new Error('meeting not stored');
    return announceMeeting(tx, row, access.channel.workspaceId);
  });
  await deps.publisher.flush();
  return meeting;
}
