import { useTranslation } from 'react-i18next';
import type { MeetingParticipant } from '../../../../shared/contracts/meetings.ts';

/** Everyone in the meeting, hands raised first, with camera and hand as words (not only icons). */
export function ParticipantList({
  participants,
  ownConnectionId,
}: {
  participants: readonly MeetingParticipant[];
  ownConnectionId: string;
}) {
  const { t } = useTranslation();
  const sorted = [...participants].sort((a, b) => Number(b.handRaised) - Number(a.handRaised));
  return (
    <section className="meeting-panel" aria-labelledby="meeting-participants-title">
      <h2 className="kern-heading-small" id="meeting-participants-title">
        {t('meetings.room.participants', { count: participants.length })}
      </h2>
      <ul className="meeting-participants">
        {sorted.map((p) => (
          <li key={p.connectionId} className="meeting-participants__item">
            <span>
              {p.name}
              {p.connectionId === ownConnectionId ? ` (${t('meetings.room.you')})` : ''}
            </span>
            <span className="meeting-participants__states">
              {[
                p.handRaised ? `✋ ${t('meetings.room.handRaised')}` : null,
                p.video ? null : t('meetings.room.cameraIsOff'),
              ]
                .filter(Boolean)
                .join(' · ')}
            </span>
          </li>
        ))}
      </ul>
    </section>
  );
}
