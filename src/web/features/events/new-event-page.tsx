import { useQueryClient } from '@tanstack/react-query';
import { useNavigate } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../shared/contracts/events.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { RequireSignIn } from '../accounts/require-sign-in.tsx';
import { EventForm } from './event-form.tsx';
import { EVENTS_KEY } from './queries.ts';

/** /events/new: an event organised by my organisation. */
export function NewEventPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const client = useQueryClient();
  return (
    <div className="narrow-page">
      <PageTitle lead={t('events.new.lead')}>{t('events.new.title')}</PageTitle>
      <RequireSignIn>
        {(me) =>
          me.organisation?.status === 'confirmed' ? (
            <EventForm
              submit={t('events.new.submit')}
              save={(input) => api.post<EventDetail>('/events', input)}
              onSaved={async (event) => {
                await client.invalidateQueries({ queryKey: EVENTS_KEY });
                await navigate({ to: '/events/$id/manage', params: { id: event.id } });
              }}
            />
          ) : (
            <Alert variant="info" title={t('events.new.needsOrganisation')} />
          )
        }
      </RequireSignIn>
    </div>
  );
}
