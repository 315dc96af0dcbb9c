import { icsOf } from '../events/calendar/ics.ts';
import type { MeetingRow } from './queries.ts';

/** How long a scheduled meeting is put into calendars; the meeting itself runs as long as people stay. */
export const INVITATION_MINUTES = 60;

/**
 * A scheduled meeting as an iCalendar invitation, made by the events' calendar writer: UID
 * `meeting-<id>@host`, SEQUENCE counted up on every change, CANCELLED when it was called off.
 */
export function invitationOf(publicUrl: string, meeting: MeetingRow): string | null {
  if (!meeting.scheduledFor) return null;
  const link = `${publicUrl}/meetings/${meeting.id}`;
  const start = meeting.scheduledFor;
  return icsOf(publicUrl, meeting.title, [
    {
      uid: `meeting-${meeting.id}`,
      sequence: meeting.sequence,
      stamp: meeting.updatedAt,
      start,
      end: new Date(start.getTime() + INVITATION_MINUTES * 60_000),
      summary: meeting.title,
      description: [meeting.agenda, `Teilnehmen: ${link}`].filter(Boolean).join('\n\n'),
      placeName: '',
      address: '',
      latitude: null,
      longitude: null,
      onlineUrl: link,
      url: link,
      cancelled: meeting.status === 'ended' && meeting.startedAt === null,
    },
  ]);
}
