import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { MeetingParticipant } from '../../../../shared/contracts/meetings.ts';

/**
 * What a screen reader should hear when the participant list changes: who joined, who left, whose hand
 * went up or down. Compared with the previous list; the sentence goes into a polite live region.
 */
export function useAnnouncements(participants: readonly MeetingParticipant[], ownConnectionId: string) {
  const { t } = useTranslation();
  const previous = useRef<Map<string, MeetingParticipant> | null>(null);
  const [message, setMessage] = useState('');

  useEffect(() => {
    const now = new Map(participants.map((p) => [p.connectionId, p]));
    const before = previous.current;
    previous.current = now;
    if (!before) return;
    const sentences: string[] = [];
    for (const [id, p] of now) {
      if (id === ownConnectionId) continue;
      const was = before.get(id);
      if (!was) sentences.push(t('meetings.room.joined', { name: p.name }));
      else if (!was.handRaised && p.handRaised) sentences.push(t('meetings.room.raised', { name: p.name }));
      else if (was.handRaised && !p.handRaised) sentences.push(t('meetings.room.lowered', { name: p.name }));
    }
    for (const [id, p] of before) {
      if (id !== ownConnectionId && !now.has(id)) sentences.push(t('meetings.room.left', { name: p.name }));
    }
    if (sentences.length > 0) setMessage(sentences.join(' '));
  }, [participants, ownConnectionId, t]);

  return message;
}
