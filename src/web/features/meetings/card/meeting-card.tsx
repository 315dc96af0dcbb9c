import { useTranslation } from 'react-i18next';
import type { ChatMessage } from '../../../../shared/contracts/chat.ts';
import type { Meeting } from '../../../../shared/contracts/meetings.ts';
import { ButtonLink } from '../../../ui/button.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { meetingApi, meetingIdOfText, useMeeting } from '../queries.ts';
import { MeetingNotes } from './meeting-notes.tsx';
import './meeting-card.css';

/**
 * The live card under a meeting's chat message: who is in and since when, and the way in; after the
 * end the summary with duration, who took part and the notes. A message that only links to a meeting
 * (not its card) shows no card.
 */
export function MeetingCard({ message, meId }: { message: ChatMessage; meId: string }) {
  const id = meetingIdOfText(message.text);
  const meeting = useMeeting(id);
  if (!id || !meeting.data || meeting.data.messageId !== message.id) return null;
  return <CardView meeting={meeting.data} meId={meId} />;
}

function CardView({ meeting, meId }: { meeting: Meeting; meId: string }) {
  const { t } = useTranslation();
  const format = useFormat();
  const names = (list: ReadonlyArray<{ name: string }>) => [...new Set(list.map((p) => p.name))].join(', ');
  const heading =
    meeting.status === 'live'
      ? t('meetings.card.live')
      : meeting.status === 'scheduled'
        ? t('meetings.card.scheduled')
        : t('meetings.card.ended');
  const tookPart = meeting.attendees.some((a) => a.personId === meId);
  return (
    <section
      className={`meeting-card meeting-card--${meeting.status}`}
      aria-label={`${heading}: ${meeting.title}`}
      data-meeting-id={meeting.id}
    >
      <p className="meeting-card__head">
        <span className="meeting-card__status">{heading}</span>{' '}
        {meeting.status === 'live' ? t('meetings.card.since', { time: format.dateTime(meeting.startedAt) }) : null}
        {meeting.status === 'scheduled' ? t('meetings.card.at', { time: format.dateTime(meeting.scheduledFor) }) : null}
      </p>
      {meeting.agenda && meeting.status !== 'ended' ? (
        <p className="meeting-card__agenda" lang="de">
          {meeting.agenda}
        </p>
      ) : null}
      {meeting.status === 'ended' ? (
        <>
          <p className="meeting-card__line">
            {t('meetings.card.duration', { duration: duration(t, meeting.durationSeconds ?? 0) })}
          </p>
          <p className="meeting-card__line">{t('meetings.card.attendees', { names: names(meeting.attendees) })}</p>
          <MeetingNotes meeting={meeting} canEdit={tookPart} />
        </>
      ) : (
        <>
          <p className="meeting-card__line meeting-card__present" aria-live="polite">
            {meeting.participants.length === 0
              ? t('meetings.card.nobodyIn')
              : t('meetings.card.inNow', { count: meeting.participants.length, names: names(meeting.participants) })}
          </p>
          <div className="meeting-card__actions">
            <ButtonLink to="/meetings/$id" params={{ id: meeting.id }} small>
              {t('meetings.card.join')}
              <span className="visually-hidden"> {t('meetings.card.joinNamed', { title: meeting.title })}</span>
            </ButtonLink>
            {meeting.scheduledFor ? (
              <a className="kern-link meeting-card__ics" href={meetingApi.invitationUrl(meeting.id)} download>
                {t('meetings.card.invitation')}
              </a>
            ) : null}
          </div>
          {tookPart ? <MeetingNotes meeting={meeting} canEdit /> : null}
        </>
      )}
    </section>
  );
}

function duration(t: (key: string, options?: Record<string, unknown>) => string, seconds: number) {
  if (seconds < 60) return t('meetings.card.underAMinute');
  return t('meetings.card.minutes', { count: Math.round(seconds / 60) });
}
