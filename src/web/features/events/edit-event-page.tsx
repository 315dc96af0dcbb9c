import { useQueryClient } from '@tanstack/react-query';
import { useNavigate, useParams } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { EventDetail } from '../../../shared/contracts/events.ts';
import { api } from '../../api/client.ts';
import { Alert } from '../../ui/alert.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { NotFoundPage } from '../shell/not-found-page.tsx';
import { EventForm } from './event-form.tsx';
import { EVENTS_KEY, useEvent } from './queries.ts';

/** /events/$id/edit: the organisers change the event; calendars that hold it follow. */
export function EditEventPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/events/$id/edit' });
  const event = useEvent(id);
  const navigate = useNavigate();
  const client = useQueryClient();
  return (
    <QueryState query={event} notFound={<NotFoundPage />}>
      {(detail) => (
        <div className="narrow-page">
          <PageTitle preline={detail.title}>{t('events.edit.title')}</PageTitle>
          {detail.viewer.canManage ? (
            <EventForm
              event={detail}
              submit={t('events.edit.submit')}
              save={(input) => api.put<EventDetail>(`/events/${id}`, input)}
              onSaved={async () => {
                await client.invalidateQueries({ queryKey: EVENTS_KEY });
                await navigate({ to: '/events/$id', params: { id } });
              }}
            />
          ) : (
            <Alert variant="info" title={t('events.edit.notOrganiser')} />
          )}
        </div>
      )}
    </QueryState>
  );
}
