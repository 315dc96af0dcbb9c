import { eq, sql } from 'drizzle-orm';
import type { EventDetail, EventInput } from '../../../../shared/contracts/events.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { newId } from '../../../platform/db/ids.ts';
import { forbidden } from '../../../platform/errors/problem.ts';
import { loadEvent, loadViewer, managedEvent } from '../access.ts';
import { eventOrganisers, events } from '../tables.ts';
import { eventDetail } from '../views.ts';
import type { Actor } from './actor.ts';
import { checkEventInput } from './check-event-input.ts';
import { fillFreePlaces } from './waitlist.ts';

/** A new event; the creator's confirmed home organisation organises it, with the organisations named. */
export async function createEvent(deps: Deps, actor: Actor, input: EventInput): Promise<EventDetail> {
  return deps.db.transaction(async (tx) => {
    const viewer = await loadViewer(tx, actor.personId);
    if (!viewer.organisationId) throw forbidden('Events are organised by people with a confirmed home organisation.');
    const checked = await checkEventInput(tx, input, viewer, { keep: [viewer.organisationId], allianceId: null });
    const id = newId();
    const { organiserIds, ...values } = checked;
    await tx.insert(events).values({ id, ...values, createdBy: actor.personId });
    await tx.insert(eventOrganisers).values(organiserIds.map((organisationId) => ({ eventId: id, organisationId })));
    await audit(tx, {
      actorId: actor.personId,
      action: 'event.created',
      subjectType: 'event',
      subjectId: id,
      organisationId: viewer.organisationId,
      ip: actor.ip,
      details: { title: checked.title, visibility: checked.visibility },
    });
    const event = await loadEvent(tx, id);
    return eventDetail(tx, event as NonNullable<typeof event>, viewer);
  });
}

/**
 * Changes an event and counts up its sequence, so calendars that hold it follow. The editor's own
 * organisation stays an organiser; more places move people up from the waitlist.
 */
export async function updateEvent(
  deps: Deps,
  actor: Actor,
  id: string,
  input: EventInput,
): Promise<{ detail: EventDetail; movedUp: string[] }> {
  return deps.db.transaction(async (tx) => {
    const viewer = await loadViewer(tx, actor.personId);
    const before = await managedEvent(tx, id, viewer, true);
    const keep =
      viewer.organisationId && before.organiserIds.includes(viewer.organisationId) ? [viewer.organisationId] : [];
    const checked = await checkEventInput(tx, input, viewer, { keep, allianceId: before.allianceId });
    if (checked.organiserIds.length === 0) checked.organiserIds = before.organiserIds;
    const { organiserIds, ...values } = checked;
    await tx
      .update(events)
      .set({ ...values, sequence: sql`${events.sequence} + 1`, updatedAt: new Date() })
      .where(eq(events.id, id));
    await tx.delete(eventOrganisers).where(eq(eventOrganisers.eventId, id));
    await tx.insert(eventOrganisers).values(organiserIds.map((organisationId) => ({ eventId: id, organisationId })));
    const movedUp = await fillFreePlaces(tx, id, checked.capacity);
    await audit(tx, {
      actorId: actor.personId,
      action: 'event.updated',
      subjectType: 'event',
      subjectId: id,
      organisationId: viewer.organisationId,
      ip: actor.ip,
      details: { title: checked.title },
    });
    const event = await loadEvent(tx, id);
    return { detail: await eventDetail(tx, event as NonNullable<typeof event>, viewer), movedUp };
  });
}
