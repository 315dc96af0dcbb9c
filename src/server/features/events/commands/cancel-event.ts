import { and, eq, inArray, sql } from 'drizzle-orm';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { conflict } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { loadViewer, managedEvent } from '../access.ts';
import { eventRegistrations, events } from '../tables.ts';
import type { Actor } from './actor.ts';

/**
 * The organisers call the whole event off: it stays visible as cancelled (calendars show it so, by
 * its counted-up sequence), registration closes, and everyone registered or waiting is told.
 */
export async function cancelEvent(
  deps: Deps,
  actor: Actor,
  eventId: string,
  reason: string,
): Promise<{ told: string[]; title: string; startsAt: Date; placeName: string; onlineUrl: string | null }> {
  return deps.db.transaction(async (tx) => {
    const viewer = await loadViewer(tx, actor.personId);
    const event = await managedEvent(tx, eventId, viewer, true);
    if (event.cancelledAt) throw conflict('event-cancelled', 'The event is cancelled already');
    await tx
      .update(events)
      .set({
        cancelledAt: new Date(),
        cancelReason: reason.trim(),
        sequence: sql`${events.sequence} + 1`,
        updatedAt: new Date(),
      })
      .where(eq(events.id, eventId));
    const attendees = await tx
      .select({ personId: eventRegistrations.personId })
      .from(eventRegistrations)
      .where(
        and(eq(eventRegistrations.eventId, eventId), inArray(eventRegistrations.state, ['registered', 'waitlisted'])),
      );
    const told = attendees.map((a) => a.personId);
    await notify(tx, told, { kind: 'event-cancelled', data: { title: event.title }, link: `/events/${eventId}` });
    await audit(tx, {
      actorId: actor.personId,
      action: 'event.cancelled',
      subjectType: 'event',
      subjectId: eventId,
      organisationId: viewer.organisationId,
      ip: actor.ip,
      details: { title: event.title, attendees: told.length },
    });
    return {
      told,
      title: event.title,
      startsAt: event.startsAt,
      placeName: event.placeName,
      onlineUrl: event.onlineUrl,
    };
  });
}
