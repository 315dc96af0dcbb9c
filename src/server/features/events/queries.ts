import { and, asc, desc, eq, gte, inArray, lt, type SQL, sql } from 'drizzle-orm';
import type { RegistrationState } from '../../../shared/contracts/events.ts';
import type { Tx } from '../../platform/db/client.ts';
import { uuidArray } from '../../platform/db/sql-arrays.ts';
import type { EventViewer } from './policy.ts';
import { eventOrganisers, eventRegistrations, eventSessions, events } from './tables.ts';

/** The events this viewer sees, as a condition (the same walls as `canSeeEvent`). */
export function visibleEventsSql(viewer: EventViewer): SQL {
  if (!viewer.personId) return sql`${events.visibility} = 'public'`;
  const organiser = viewer.organisationId
    ? sql`exists (select 1 from ${eventOrganisers} o where o.event_id = ${events.id} and o.organisation_id = ${viewer.organisationId})`
    : sql`false`;
  const alliance =
    viewer.allianceIds.length > 0
      ? sql`(${events.visibility} = 'alliance' and ${events.allianceId} = any(${uuidArray([...viewer.allianceIds])}))`
      : sql`false`;
  return sql`(${events.visibility} in ('public', 'platform') or ${events.createdBy} = ${viewer.personId} or ${organiser} or ${alliance})`;
}

export async function listEvents(
  tx: Tx,
  viewer: EventViewer,
  input: { when: 'upcoming' | 'past'; mine: boolean; limit: number; offset: number },
  now = new Date(),
) {
  const conditions = [
    visibleEventsSql(viewer),
    input.when === 'upcoming' ? gte(events.endsAt, now) : lt(events.endsAt, now),
  ];
  if (input.mine && viewer.personId) {
    conditions.push(
      sql`exists (select 1 from ${eventRegistrations} r where r.event_id = ${events.id} and r.person_id = ${viewer.personId} and r.state <> 'cancelled')`,
    );
  }
  return tx
    .select()
    .from(events)
    .where(and(...conditions))
    .orderBy(input.when === 'upcoming' ? asc(events.startsAt) : desc(events.startsAt), asc(events.id))
    .limit(input.limit + 1)
    .offset(input.offset);
}

export async function organisersOf(tx: Tx, eventIds: string[]) {
  if (eventIds.length === 0) return [];
  return tx.select().from(eventOrganisers).where(inArray(eventOrganisers.eventId, eventIds));
}

export async function myStates(tx: Tx, personId: string, eventIds: string[]) {
  if (eventIds.length === 0) return new Map<string, RegistrationState>();
  const rows = await tx
    .select({ eventId: eventRegistrations.eventId, state: eventRegistrations.state })
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.personId, personId), inArray(eventRegistrations.eventId, eventIds)));
  return new Map(rows.map((r) => [r.eventId, r.state as RegistrationState]));
}

export async function sessionsOf(tx: Tx, eventId: string) {
  return tx
    .select()
    .from(eventSessions)
    .where(eq(eventSessions.eventId, eventId))
    .orderBy(asc(eventSessions.startsAt), asc(eventSessions.id));
}

export async function registrationCounts(tx: Tx, eventId: string) {
  const rows = await tx
    .select({ state: eventRegistrations.state, count: sql<number>`count(*)::int` })
    .from(eventRegistrations)
    .where(eq(eventRegistrations.eventId, eventId))
    .groupBy(eventRegistrations.state);
  const of = (state: string) => rows.find((r) => r.state === state)?.count ?? 0;
  return { registered: of('registered'), waitlisted: of('waitlisted') };
}

export async function registrationOf(tx: Tx, eventId: string, personId: string) {
  const [row] = await tx
    .select()
    .from(eventRegistrations)
    .where(and(eq(eventRegistrations.eventId, eventId), eq(eventRegistrations.personId, personId)));
  return row ?? null;
}

/** Place on the waitlist (1 = next), counted by the time each joined it. */
export async function waitlistPosition(tx: Tx, eventId: string, queuedAt: Date, id: string): Promise<number> {
  const [row] = await tx
    .select({ ahead: sql<number>`count(*)::int` })
    .from(eventRegistrations)
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.state, 'waitlisted'),
        sql`(${eventRegistrations.queuedAt}, ${eventRegistrations.id}) < (${queuedAt.toISOString()}::timestamptz, ${id}::uuid)`,
      ),
    );
  return (row?.ahead ?? 0) + 1;
}
