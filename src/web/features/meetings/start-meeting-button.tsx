import { useNavigate } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button } from '../../ui/button.tsx';
import { meetingApi } from './queries.ts';
import { ScheduleMeeting } from './schedule-meeting.tsx';

/** "Besprechung starten" in a channel's tools: posts the card and leads to the pre-join screen. */
export function StartMeetingButton({ channelId, archived }: { channelId: string; archived: boolean }) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [busy, setBusy] = useState(false);
  if (archived) return null;
  return (
    <>
      <Button
        variant="secondary"
        small
        busy={busy}
        onClick={async () => {
          setBusy(true);
          try {
            const meeting = await meetingApi.start({ channelId });
            await navigate({ to: '/meetings/$id', params: { id: meeting.id } });
          } finally {
            setBusy(false);
          }
        }}
      >
        {busy ? t('meetings.starting') : t('meetings.start')}
      </Button>
      <ScheduleMeeting channelId={channelId} />
    </>
  );
}
