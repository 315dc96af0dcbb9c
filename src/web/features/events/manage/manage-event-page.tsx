import { useMutation, useQueryClient } from '@tanstack/react-query';
import { Link, useParams } from '@tanstack/react-router';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail, RegistrationView, SessionView } from '../../../../shared/contracts/events.ts';
import { api } from '../../../api/client.ts';
import { Alert } from '../../../ui/alert.tsx';
import { Button } from '../../../ui/button.tsx';
import { ConfirmButton } from '../../../ui/confirm-button.tsx';
import { DataTable } from '../../../ui/data-table.tsx';
import { PageTitle } from '../../../ui/page-title.tsx';
import { ProblemAlert } from '../../../ui/problem.tsx';
import { QueryState } from '../../../ui/query-state.tsx';
import { Section } from '../../../ui/section.tsx';
import { TextArea } from '../../../ui/text-area.tsx';
import { useFormat } from '../../../ui/use-format.ts';
import { NotFoundPage } from '../../shell/not-found-page.tsx';
import { useEventTime } from '../event-time.ts';
import { EVENTS_KEY, eventKey, useEvent, useRegistrations } from '../queries.ts';
import { SessionFilesEditor } from './session-files-editor.tsx';
import { SessionForm } from './session-form.tsx';
import '../events.css';

/** /events/$id/manage: the organisers' view: registrations and waitlist, the agenda, calling it off. */
export function ManageEventPage() {
  const { t } = useTranslation();
  const { id } = useParams({ from: '/events/$id/manage' });
  const event = useEvent(id);
  return (
    <QueryState query={event} notFound={<NotFoundPage />}>
      {(detail) => (
        <div className="stack-xl">
          <div>
            <PageTitle preline={t('events.manage.preline')}>{detail.title}</PageTitle>
            <p className="kern-body">
              <Link className="kern-link" to="/events/$id" params={{ id }}>
                {t('events.manage.back')}
              </Link>
            </p>
          </div>
          {detail.viewer.canManage ? (
            <Manage event={detail} />
          ) : (
            <Alert variant="info" title={t('events.edit.notOrganiser')} />
          )}
        </div>
      )}
    </QueryState>
  );
}

function Manage({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  return (
    <>
      <Section title={t('events.manage.sessions')}>
        <SessionList event={event} />
        <h3 className="kern-heading-small">{t('events.sessions.addTitle')}</h3>
        <SessionForm event={event} />
      </Section>
      <Registrations event={event} />
      {event.cancelledAt ? null : <CancelEvent event={event} />}
    </>
  );
}

function SessionList({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const time = useEventTime();
  const client = useQueryClient();
  const refresh = () => client.invalidateQueries({ queryKey: eventKey(event.id) });
  const remove = useMutation({
    mutationFn: (id: string) => api.delete(`/events/${event.id}/sessions/${id}`),
    onSuccess: refresh,
  });
  const community = useMutation({
    mutationFn: (id: string) => api.post<SessionView>(`/events/${event.id}/sessions/${id}/community`),
    onSuccess: refresh,
  });
  const [editing, setEditing] = useState<string | null>(null);
  if (event.sessions.length === 0) return <p className="kern-body">{t('events.agenda.none')}</p>;
  return (
    <>
      <ProblemAlert error={remove.error ?? community.error} />
      <ol className="plain-list event-agenda">
        {event.sessions.map((s) => (
          <li key={s.id} className="event-agenda__item">
            <p className="kern-body kern-body--small">
              {time.range(s.startsAt, s.endsAt)}
              {s.room ? ` · ${s.room}` : ''}
            </p>
            <h4 className="kern-heading-small">{s.title}</h4>
            {editing === s.id ? <SessionForm event={event} session={s} onDone={() => setEditing(null)} /> : null}
            <SessionFilesEditor eventId={event.id} session={s} />
            <div className="kern-btn-wrapper">
              <Button
                variant="secondary"
                small
                icon={editing === s.id ? 'close' : 'edit'}
                aria-expanded={editing === s.id}
                onClick={() => setEditing(editing === s.id ? null : s.id)}
              >
                {editing === s.id ? t('events.sessions.closeEdit') : t('events.sessions.edit', { title: s.title })}
              </Button>
              {s.community ? (
                <Link className="kern-link" to="/network/communities/$slug" params={{ slug: s.community.slug }}>
                  {t('events.agenda.community')}
                </Link>
              ) : (
                <Button variant="secondary" small busy={community.isPending} onClick={() => community.mutate(s.id)}>
                  {t('events.sessions.openCommunity', { title: s.title })}
                </Button>
              )}
              <ConfirmButton
                small
                icon="delete"
                question={t('events.sessions.removeQuestion', { title: s.title })}
                confirmLabel={t('events.sessions.removeConfirm')}
                onConfirm={() => remove.mutate(s.id)}
                busy={remove.isPending}
              >
                {t('events.sessions.remove', { title: s.title })}
              </ConfirmButton>
            </div>
          </li>
        ))}
      </ol>
      <p className="kern-body kern-body--small">{t('events.sessions.communityHint')}</p>
    </>
  );
}

function Registrations({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const format = useFormat();
  const list = useRegistrations(event.id, true);
  const label = (r: RegistrationView, id: string) => {
    const value = r.answers[id];
    if (value === undefined) return '–';
    if (typeof value === 'boolean') return value ? t('events.register.yes') : t('events.register.no');
    return value;
  };
  const groups = (['registered', 'waitlisted', 'cancelled'] as const).map((state) => ({
    state,
    rows: (list.data?.items ?? []).filter((r) => r.state === state),
  }));
  return (
    <Section title={t('events.manage.registrations')}>
      <ProblemAlert error={list.error} />
      {groups.map(({ state, rows }) => (
        <DataTable
          key={state}
          caption={t(`events.manage.group.${state}`, { count: rows.length })}
          rows={rows}
          rowKey={(r) => r.id}
          empty={t(`events.manage.empty.${state}`)}
          columns={[
            {
              key: 'name',
              header: t('events.manage.name'),
              label: t('events.manage.name'),
              render: (r) => r.person.name,
            },
            {
              key: 'org',
              header: t('events.manage.organisation'),
              label: t('events.manage.organisation'),
              render: (r) => r.organisation ?? '–',
            },
            {
              key: 'email',
              header: t('events.manage.email'),
              label: t('events.manage.email'),
              render: (r) => r.person.email,
            },
            {
              key: 'listed',
              header: t('events.manage.listed'),
              label: t('events.manage.listed'),
              render: (r) => (r.showInList ? t('events.register.yes') : t('events.register.no')),
            },
            ...event.questions.map((q) => ({
              key: q.id,
              header: q.label,
              label: q.label,
              render: (r: RegistrationView) => label(r, q.id),
            })),
            {
              key: 'at',
              header: t('events.manage.registeredAt'),
              label: t('events.manage.registeredAt'),
              render: (r) => format.dateTime(r.registeredAt),
            },
          ]}
        />
      ))}
    </Section>
  );
}

function CancelEvent({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const client = useQueryClient();
  const [reason, setReason] = useState('');
  const cancel = useMutation({
    mutationFn: () => api.post<EventDetail>(`/events/${event.id}/cancel`, { reason }),
    onSuccess: () => client.invalidateQueries({ queryKey: EVENTS_KEY }),
  });
  return (
    <Section title={t('events.manage.cancelTitle')}>
      <p className="kern-body">{t('events.manage.cancelLead')}</p>
      <TextArea
        id="event-cancel-reason"
        label={t('events.manage.cancelReason')}
        optional
        rows={3}
        value={reason}
        onChange={setReason}
      />
      <ProblemAlert error={cancel.error} />
      <ConfirmButton
        question={t('events.manage.cancelQuestion')}
        confirmLabel={t('events.manage.cancelConfirm')}
        onConfirm={() => cancel.mutate()}
        busy={cancel.isPending}
        icon="close"
      >
        {t('events.manage.cancel')}
      </ConfirmButton>
    </Section>
  );
}
