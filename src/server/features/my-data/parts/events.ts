import { sql } from 'drizzle-orm';
import { type DataPart, ROWS_PER_LIST, rows } from './part.ts';

/**
 * Events: the person's registrations with their answers and their choice to be listed, the events they
 * created, and whether they hold a calendar feed (its secret address is not stored, only its hash, which
 * is left out).
 */
export const eventsPart: DataPart = {
  name: 'events',
  async collect(tx, personId) {
    const registrations = await rows(
      tx,
      sql`select r.event_id as "eventId", e.title as "eventTitle", e.starts_at as "eventStartsAt", r.state,
            r.show_in_list as "showInAttendeeList", r.answers, r.registered_at as "registeredAt",
            r.reminded_at as "remindedAt"
          from event_registrations r join events e on e.id = r.event_id
          where r.person_id = ${personId} order by r.registered_at limit ${ROWS_PER_LIST}`,
    );
    const eventsCreated = await rows(
      tx,
      sql`select id, title, starts_at as "startsAt", ends_at as "endsAt", visibility, created_at as "createdAt",
            cancelled_at as "cancelledAt"
          from events where created_by = ${personId} order by created_at limit ${ROWS_PER_LIST}`,
    );
    const [feed] = await rows(tx, sql`select created_at as "createdAt" from event_feeds where person_id = ${personId}`);
    return { json: { registrations, eventsCreated, calendarFeedSince: feed?.createdAt ?? null } };
  },
};
