import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { MEETING_LIMITS } from '../../../shared/contracts/meetings.ts';
import { Alert } from '../../ui/alert.tsx';
import { Button } from '../../ui/button.tsx';
import { meetingApi } from './queries.ts';

/** A meeting for later: title, date and agenda; its card in the channel carries the calendar invitation. */
export function ScheduleMeeting({ channelId }: { channelId: string }) {
  const { t } = useTranslation();
  const [title, setTitle] = useState('');
  const [when, setWhen] = useState('');
  const [agenda, setAgenda] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const [open, setOpen] = useState(false);

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (busy || !when) return;
    setBusy(true);
    setError(null);
    try {
      await meetingApi.start({
        channelId,
        title: title.trim() || undefined,
        scheduledFor: new Date(when).toISOString(),
        agenda,
      });
      setTitle('');
      setWhen('');
      setAgenda('');
      setOpen(false);
    } catch (err) {
      setError(err instanceof Error ? err.message : String(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <details className="schedule-meeting" open={open} onToggle={(event) => setOpen(event.currentTarget.open)}>
      <summary className="kern-btn kern-btn--tertiary kern-btn--x-small">
        <span className="kern-label">{t('meetings.schedule')}</span>
      </summary>
      <form className="schedule-meeting__form" onSubmit={(event) => void submit(event)}>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`schedule-title-${channelId}`}>
            {t('meetings.scheduleTitle')}
          </label>
          <input
            id={`schedule-title-${channelId}`}
            className="kern-form-input__input"
            maxLength={MEETING_LIMITS.title}
            value={title}
            onChange={(event) => setTitle(event.target.value)}
          />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`schedule-when-${channelId}`}>
            {t('meetings.scheduleWhen')}
          </label>
          <input
            id={`schedule-when-${channelId}`}
            className="kern-form-input__input"
            type="datetime-local"
            required
            value={when}
            onChange={(event) => setWhen(event.target.value)}
          />
        </div>
        <div className="kern-form-input">
          <label className="kern-label" htmlFor={`schedule-agenda-${channelId}`}>
            {t('meetings.scheduleAgenda')}
          </label>
          <textarea
            id={`schedule-agenda-${channelId}`}
            className="kern-form-input__input"
            rows={3}
            maxLength={MEETING_LIMITS.agenda}
            value={agenda}
            onChange={(event) => setAgenda(event.target.value)}
          />
        </div>
        {error ? <Alert variant="danger" role="alert" title={error} /> : null}
        <Button type="submit" small busy={busy}>
          {t('meetings.scheduleSubmit')}
        </Button>
      </form>
    </details>
  );
}
