import { and, asc, eq, inArray, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { notify } from '../../notifications/notify.ts';
import { eventRegistrations, events } from '../tables.ts';

/**
 * Moves people up from the waitlist, oldest first, while places are free (all of them when the event
 * has no limit), and tells each in the app. The caller holds the event's row lock and sends the mails
 * after its commit. Returns who moved up.
 */
export async function fillFreePlaces(tx: Tx, eventId: string, capacity: number | null): Promise<string[]> {
  const [counted] = await tx
    .select({ registered: sql<number>`count(*)::int` })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.state, 'registered')));
  const free = capacity === null ? 100_000 : capacity - (counted?.registered ?? 0);
  if (free <= 0) return [];
  const next = await tx
    .select({ id: eventRegistrations.id, personId: eventRegistrations.personId })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.state, 'waitlisted')))
    .orderBy(asc(eventRegistrations.queuedAt), asc(eventRegistrations.id))
    .limit(free);
  if (next.length === 0) return [];
  await tx
    .update(eventRegistrations)
    .set({ state: 'registered' })
    .where(
      inArray(
        eventRegistrations.id,
        next.map((n) => n.id),
      ),
    );
  const [event] = await tx.select({ title: events.title }).from(events).where(eq(events.id, eventId));
  const personIds = next.map((n) => n.personId);
  await notify(tx, personIds, {
    kind: 'event-moved-up',
    data: { title: event?.title ?? '' },
    link: `/events/${eventId}`,
  });
  return personIds;
}
