import { and, asc, eq, inArray } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import type { EventRow } from '../access.ts';
import { loadViewer } from '../access.ts';
import { visibleEventsSql } from '../queries.ts';
import { eventRegistrations, type eventSessions, events } from '../tables.ts';
import type { IcsEntry } from './ics.ts';

const FEED_MAX = 500;

export function eventEntry(publicUrl: string, event: EventRow): IcsEntry {
  return {
    uid: `event-${event.id}`,
    sequence: event.sequence,
    stamp: event.updatedAt,
    start: event.startsAt,
    end: event.endsAt,
    summary: event.title,
    description: event.description,
    placeName: event.placeName,
    address: event.address,
    latitude: event.latitude,
    longitude: event.longitude,
    onlineUrl: event.onlineUrl,
    url: `${publicUrl}/events/${event.id}`,
    cancelled: event.cancelledAt !== null,
  };
}

export function sessionEntry(publicUrl: string, event: EventRow, session: typeof eventSessions.$inferSelect): IcsEntry {
  return {
    uid: `event-session-${session.id}`,
    // The session follows its own changes and the event's (a cancelled event cancels its sessions).
    sequence: session.sequence + event.sequence,
    stamp: session.updatedAt > event.updatedAt ? session.updatedAt : event.updatedAt,
    start: session.startsAt,
    end: session.endsAt,
    summary: `${session.title} – ${event.title}`,
    description: [session.description, session.speakers.map((s) => s.name).join(', ')].filter(Boolean).join('\n\n'),
    placeName: [session.room, event.placeName].filter(Boolean).join(', '),
    address: event.address,
    latitude: event.latitude,
    longitude: event.longitude,
    onlineUrl: event.onlineUrl,
    url: `${publicUrl}/events/${event.id}#session-${session.id}`,
    cancelled: event.cancelledAt !== null,
  };
}

/**
 * The events a person registered for (or waits for), as they see them now: an event whose walls no
 * longer let them in drops out; a cancelled one stays, marked cancelled.
 */
export async function feedEntries(tx: Tx, publicUrl: string, personId: string): Promise<IcsEntry[]> {
  const viewer = await loadViewer(tx, personId);
  const mine = await tx
    .select({ eventId: eventRegistrations.eventId })
    .from(eventRegistrations)
    .where(
      and(eq(eventRegistrations.personId, personId), inArray(eventRegistrations.state, ['registered', 'waitlisted'])),
    );
  if (mine.length === 0) return [];
  const rows = await tx
    .select()
    .from(events)
    .where(
      and(
        inArray(
          events.id,
          mine.map((m) => m.eventId),
        ),
        visibleEventsSql(viewer),
      ),
    )
    .orderBy(asc(events.startsAt))
    .limit(FEED_MAX);
  return rows.map((row) => eventEntry(publicUrl, row));
}
