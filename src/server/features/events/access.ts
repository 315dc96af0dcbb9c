import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { forbidden, notFound } from '../../platform/errors/problem.ts';
import { allianceMembers } from '../alliances/tables.ts';
import { membershipOf } from '../organisations/membership.ts';
import { canManageEvent, canSeeEvent, type EventViewer, SIGNED_OUT } from './policy.ts';
import { eventOrganisers, events } from './tables.ts';

export type EventRow = typeof events.$inferSelect;
export type LoadedEvent = EventRow & { organiserIds: string[] };

/** The viewer of a request: signed out, or the person with their confirmed home organisation and its alliances. */
export async function loadViewer(tx: Tx, personId: string | null): Promise<EventViewer> {
  if (!personId) return SIGNED_OUT;
  const membership = await membershipOf(tx, personId);
  if (membership?.status !== 'confirmed') return { personId, organisationId: null, role: null, allianceIds: [] };
  const alliances = await tx
    .select({ id: allianceMembers.allianceId })
    .from(allianceMembers)
    .where(and(eq(allianceMembers.organisationId, membership.organisationId), eq(allianceMembers.status, 'member')));
  return {
    personId,
    organisationId: membership.organisationId,
    role: membership.role,
    allianceIds: alliances.map((a) => a.id),
  };
}

/** An event with its organisers, locked for the rest of the transaction when `lock` is set. */
export async function loadEvent(tx: Tx, id: string, lock = false): Promise<LoadedEvent | null> {
  const query = tx.select().from(events).where(eq(events.id, id));
  const [row] = lock ? await query.for('update') : await query;
  if (!row) return null;
  const organisers = await tx
    .select({ id: eventOrganisers.organisationId })
    .from(eventOrganisers)
    .where(eq(eventOrganisers.eventId, id))
    .orderBy(sql`${eventOrganisers.organisationId}`);
  return { ...row, organiserIds: organisers.map((o) => o.id) };
}

/** The event if the viewer may see it; 404 otherwise, as if it did not exist. */
export async function visibleEvent(tx: Tx, id: string, viewer: EventViewer, lock = false): Promise<LoadedEvent> {
  const event = await loadEvent(tx, id, lock);
  if (!event || !canSeeEvent(event, viewer)) throw notFound('Event');
  return event;
}

/** The event if the viewer manages it: 404 when they may not see it, 403 when they see but do not manage it. */
export async function managedEvent(tx: Tx, id: string, viewer: EventViewer, lock = false): Promise<LoadedEvent> {
  const event = await visibleEvent(tx, id, viewer, lock);
  if (!canManageEvent(event, viewer)) throw forbidden('Only the event’s organisers may do this.');
  return event;
}
