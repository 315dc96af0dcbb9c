import { Link, useParams } from '@tanstack/react-router';
import { Fragment } from 'react';
import { useTranslation } from 'react-i18next';
import type { EventDetail, SessionView } from '../../../shared/contracts/events.ts';
import { Alert } from '../../ui/alert.tsx';
import { Badge } from '../../ui/badge.tsx';
import { ButtonLink } from '../../ui/button.tsx';
import { DescriptionList } from '../../ui/description-list.tsx';
import { Icon } from '../../ui/icon.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { QueryState } from '../../ui/query-state.tsx';
import { Section } from '../../ui/section.tsx';
import { useFormat } from '../../ui/use-format.ts';
import { NotFoundPage } from '../shell/not-found-page.tsx';
import { EventMap } from './event-map.tsx';
import { useEventTime } from './event-time.ts';
import { icsHref, useAttendees, useEvent } from './queries.ts';
import { RegistrationSection } from './registration-section.tsx';
import { SessionFileList } from './session-file-list.tsx';
import './events.css';

/** /events/$id: the event, its agenda, registration, who comes, and its calendar files. */
export function EventPage() {
  const { id } = useParams({ from: '/events/$id' });
  const event = useEvent(id);
  return (
    <QueryState query={event} notFound={<NotFoundPage />}>
      {(detail) => <EventView event={detail} />}
    </QueryState>
  );
}

function EventView({ event }: { event: EventDetail }) {
  const { t } = useTranslation();
  const time = useEventTime();
  const format = useFormat();
  const place = [event.placeName, event.address].filter(Boolean).join(', ');
  return (
    <div className="stack-xl">
      <PageTitle preline={t('events.detail.preline')} lead={time.range(event.startsAt, event.endsAt)}>
        {event.title}
      </PageTitle>
      {event.cancelledAt ? (
        <Alert variant="danger" title={t('events.detail.cancelled')}>
          {event.cancelReason ? <p className="kern-body">{event.cancelReason}</p> : null}
        </Alert>
      ) : null}
      {event.viewer.canManage ? (
        <div className="kern-btn-wrapper">
          <ButtonLink to="/events/$id/manage" params={{ id: event.id }} icon="edit">
            {t('events.detail.manage')}
          </ButtonLink>
          <ButtonLink to="/events/$id/edit" params={{ id: event.id }} variant="secondary" icon="edit">
            {t('events.detail.edit')}
          </ButtonLink>
        </div>
      ) : null}
      <div className="stack-sm">
        {event.description ? <p className="kern-body event-description">{event.description}</p> : null}
        <DescriptionList
          items={[
            {
              key: 'when',
              label: t('events.detail.when'),
              value: `${time.range(event.startsAt, event.endsAt)} (${t('events.detail.berlin')})`,
            },
            ...(place ? [{ key: 'where', label: t('events.detail.where'), value: place }] : []),
            ...(event.onlineUrl
              ? [
                  {
                    key: 'online',
                    label: t('events.detail.online'),
                    value: (
                      <a className="kern-link" href={event.onlineUrl} rel="noopener noreferrer" target="_blank">
                        {t('events.detail.onlineLink')} <Icon name="open-in-new" size="small" />
                      </a>
                    ),
                  },
                ]
              : []),
            {
              key: 'organisers',
              label: t('events.detail.organisers'),
              value: event.organisers.map((o) => o.name).join(', '),
            },
            {
              key: 'visibility',
              label: t('events.detail.visibility'),
              value: event.alliance
                ? `${t('events.visibility.alliance')}: ${event.alliance.name}`
                : t(`events.visibility.${event.visibility}`),
            },
            {
              key: 'places',
              label: t('events.detail.places'),
              value:
                event.capacity === null
                  ? t('events.detail.registeredCount', { count: event.counts.registered })
                  : t('events.detail.placesTaken', {
                      count: event.counts.registered,
                      capacity: format.number(event.capacity),
                      waiting: event.counts.waitlisted,
                    }),
            },
            {
              key: 'calendar',
              label: t('events.detail.calendar'),
              value: (
                <a className="kern-link" href={icsHref(event.id)} download>
                  <Icon name="download" size="small" /> {t('events.detail.ics')}
                </a>
              ),
            },
          ]}
        />
        {event.latitude !== null && event.longitude !== null ? (
          <EventMap label={event.placeName || event.title} latitude={event.latitude} longitude={event.longitude} />
        ) : null}
      </div>
      <Section title={t('events.agenda.title')}>
        {event.sessions.length === 0 ? (
          <p className="kern-body">{t('events.agenda.none')}</p>
        ) : (
          <ol className="plain-list event-agenda">
            {event.sessions.map((session) => (
              <SessionItem key={session.id} eventId={event.id} session={session} linkPeople={event.viewer.signedIn} />
            ))}
          </ol>
        )}
      </Section>
      <RegistrationSection event={event} />
      <AttendeesSection eventId={event.id} />
    </div>
  );
}

/** Speakers of the platform link to their profiles for signed-in readers (profiles need a sign-in). */
function SessionItem({ eventId, session, linkPeople }: { eventId: string; session: SessionView; linkPeople: boolean }) {
  const { t } = useTranslation();
  const time = useEventTime();
  return (
    <li className="event-agenda__item" id={`session-${session.id}`}>
      <p className="kern-body kern-body--small">
        {time.time(session.startsAt)}–{time.time(session.endsAt)}
        {session.room ? ` · ${session.room}` : ''}
      </p>
      <h3 className="kern-heading-small">{session.title}</h3>
      {session.description ? <p className="kern-body">{session.description}</p> : null}
      {session.speakers.length > 0 ? (
        <p className="kern-body">
          {t('events.agenda.speakers')}:{' '}
          {session.speakers.map((s, index) => (
            <Fragment key={s.personId ?? `guest-${s.name}`}>
              {index > 0 ? ', ' : null}
              {s.personId && linkPeople ? (
                <Link className="kern-link" to="/network/people/$personId" params={{ personId: s.personId }}>
                  {s.name}
                </Link>
              ) : (
                s.name
              )}
            </Fragment>
          ))}
        </p>
      ) : null}
      <SessionFileList files={session.files} />
      {session.materials.length > 0 ? (
        <ul className="plain-list">
          {session.materials.map((m) => (
            <li key={`${m.url}-${m.title}`}>
              <a className="kern-link" href={m.url}>
                {m.title}
              </a>
            </li>
          ))}
        </ul>
      ) : null}
      <p className="kern-body kern-body--small">
        <a className="kern-link" href={icsHref(eventId, session.id)} download>
          <Icon name="download" size="small" /> {t('events.agenda.ics', { title: session.title })}
        </a>
        {session.community ? (
          <>
            {' · '}
            <Link className="kern-link" to="/network/communities/$slug" params={{ slug: session.community.slug }}>
              {t('events.agenda.community')}
            </Link>
          </>
        ) : null}
      </p>
    </li>
  );
}

function AttendeesSection({ eventId }: { eventId: string }) {
  const { t } = useTranslation();
  const attendees = useAttendees(eventId);
  const items = attendees.data?.items ?? [];
  return (
    <Section title={t('events.attendees.title')}>
      <p className="kern-body kern-body--small">{t('events.attendees.consent')}</p>
      {items.length === 0 ? (
        <p className="kern-body">{t('events.attendees.none')}</p>
      ) : (
        <ul className="plain-list stack-sm">
          {items.map((a, i) => (
            // Names may repeat; the list has no IDs (it shows only what the people agreed to show).
            // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced as a whole
            <li key={i}>
              {a.name}
              {a.organisation ? ` (${a.organisation})` : ''}
            </li>
          ))}
        </ul>
      )}
      {items.length > 0 ? <Badge variant="info">{t('events.attendees.count', { count: items.length })}</Badge> : null}
    </Section>
  );
}
