import { Link } from '@tanstack/react-router';
import { useTranslation } from 'react-i18next';
import type { EventSummary } from '../../../shared/contracts/events.ts';
import { Badge } from '../../ui/badge.tsx';
import { ButtonLink } from '../../ui/button.tsx';
import { Loading } from '../../ui/loading.tsx';
import { PageTitle } from '../../ui/page-title.tsx';
import { ProblemAlert } from '../../ui/problem.tsx';
import { Section } from '../../ui/section.tsx';
import { useMe } from '../accounts/use-me.ts';
import { useEventTime } from './event-time.ts';
import { FeedSection } from './feed-section.tsx';
import { useEvents } from './queries.ts';
import './events.css';

/** /events: upcoming and past events the reader may see, and the calendar subscription of mine. */
export function EventsPage() {
  const { t } = useTranslation();
  const { me } = useMe();
  const confirmed = me?.organisation?.status === 'confirmed';
  return (
    <div className="stack-xl">
      <PageTitle lead={t('events.list.lead')}>{t('events.list.title')}</PageTitle>
      {confirmed ? (
        <div className="kern-btn-wrapper">
          <ButtonLink to="/events/new" icon="add">
            {t('events.list.new')}
          </ButtonLink>
        </div>
      ) : null}
      <Section title={t('events.list.upcoming')}>
        <EventCards when="upcoming" />
      </Section>
      {me ? <FeedSection /> : null}
      <Section title={t('events.list.past')}>
        <EventCards when="past" />
      </Section>
    </div>
  );
}

function EventCards({ when }: { when: 'upcoming' | 'past' }) {
  const { t } = useTranslation();
  const list = useEvents(when);
  if (list.isPending) return <Loading />;
  if (!list.data) return <ProblemAlert error={list.error} />;
  if (list.data.items.length === 0) return <p className="kern-body">{t(`events.list.none.${when}`)}</p>;
  return (
    <ul className="plain-list event-list">
      {list.data.items.map((event) => (
        <EventItem key={event.id} event={event} />
      ))}
    </ul>
  );
}

function EventItem({ event }: { event: EventSummary }) {
  const { t } = useTranslation();
  const time = useEventTime();
  const where = [event.placeName, event.online ? t('events.online') : ''].filter(Boolean).join(' · ');
  return (
    <li className="event-list__item">
      <h3 className="kern-heading-small">
        <Link to="/events/$id" params={{ id: event.id }} className="kern-link">
          {event.title}
        </Link>
      </h3>
      <p className="kern-body">{time.range(event.startsAt, event.endsAt)}</p>
      {where ? <p className="kern-body kern-body--small">{where}</p> : null}
      <p className="kern-body kern-body--small">{event.organisers.map((o) => o.name).join(', ')}</p>
      <div className="event-list__badges">
        {event.cancelled ? <Badge variant="danger">{t('events.cancelled')}</Badge> : null}
        {event.myState && event.myState !== 'cancelled' ? (
          <Badge variant={event.myState === 'registered' ? 'success' : 'warning'}>
            {t(`events.state.${event.myState}`)}
          </Badge>
        ) : null}
        <Badge variant="info">{t(`events.visibility.${event.visibility}`)}</Badge>
      </div>
    </li>
  );
}
