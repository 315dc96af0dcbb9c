import { and, asc, eq, inArray } from 'drizzle-orm';
import type { AttendeeList, RegistrationList } from '../../../shared/contracts/events.ts';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { confirmedOrganisationsOf } from '../organisations/membership.ts';
import { organisationSummaries } from '../organisations/summary.ts';
import { eventRegistrations } from './tables.ts';

async function organisationNames(tx: Tx, personIds: string[]): Promise<Map<string, string>> {
  const homes = await confirmedOrganisationsOf(tx, personIds);
  const names = new Map(
    (await organisationSummaries(tx, [...new Set(homes.map((h) => h.organisationId))])).map((s) => [s.id, s.name]),
  );
  return new Map(homes.map((h) => [h.personId, names.get(h.organisationId) ?? '']));
}

/** Who comes, as everyone who sees the event sees it: only those registered who agreed to be listed. */
export async function attendeeList(tx: Tx, eventId: string): Promise<AttendeeList> {
  const rows = await tx
    .select({ personId: persons.id, name: persons.name })
    .from(eventRegistrations)
    .innerJoin(persons, eq(persons.id, eventRegistrations.personId))
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        eq(eventRegistrations.state, 'registered'),
        eq(eventRegistrations.showInList, true),
      ),
    )
    .orderBy(asc(persons.name), asc(persons.id));
  const homes = await organisationNames(
    tx,
    rows.map((r) => r.personId),
  );
  const items = rows.map((r) => ({ name: r.name, organisation: homes.get(r.personId) || null }));
  return { items, total: items.length };
}

/** Every registration with its answers, for the organisers: registered, then the waitlist in its order, then cancelled. */
export async function registrationList(tx: Tx, eventId: string): Promise<RegistrationList> {
  const rows = await tx
    .select({ registration: eventRegistrations, name: persons.name, email: persons.email })
    .from(eventRegistrations)
    .innerJoin(persons, eq(persons.id, eventRegistrations.personId))
    .where(
      and(
        eq(eventRegistrations.eventId, eventId),
        inArray(eventRegistrations.state, ['registered', 'waitlisted', 'cancelled']),
      ),
    )
    .orderBy(asc(eventRegistrations.queuedAt), asc(eventRegistrations.id));
  const homes = await organisationNames(
    tx,
    rows.map((r) => r.registration.personId),
  );
  const order = { registered: 0, waitlisted: 1, cancelled: 2 } as Record<string, number>;
  const items = rows
    .map(({ registration: r, name, email }) => ({
      id: r.id,
      person: { id: r.personId, name, email },
      organisation: homes.get(r.personId) || null,
      state: r.state as RegistrationList['items'][number]['state'],
      showInList: r.showInList,
      answers: r.answers,
      registeredAt: r.registeredAt.toISOString(),
    }))
    .sort((a, b) => (order[a.state] ?? 3) - (order[b.state] ?? 3));
  return { items };
}
