import { eq } from 'drizzle-orm';
import type {
  EventDetail,
  EventSummary,
  MyRegistration,
  SessionFile,
  SessionView,
} from '../../../shared/contracts/events.ts';
import type { Tx } from '../../platform/db/client.ts';
import { alliances } from '../alliances/tables.ts';
import { findCommunity } from '../network/communities/community-access.ts';
import { organisationSummaries } from '../organisations/summary.ts';
import type { EventRow, LoadedEvent } from './access.ts';
import { filesOfSessions } from './files/session-files.ts';
import { canManageEvent, type EventViewer } from './policy.ts';
import { myStates, organisersOf, registrationCounts, registrationOf, sessionsOf, waitlistPosition } from './queries.ts';
import type { eventRegistrations, eventSessions } from './tables.ts';

type SessionRow = typeof eventSessions.$inferSelect;
type RegistrationRow = typeof eventRegistrations.$inferSelect;

async function namesOf(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  const summaries = await organisationSummaries(tx, [...new Set(ids)]);
  return new Map(summaries.map((s) => [s.id, s.name]));
}

export async function eventSummaries(tx: Tx, rows: EventRow[], viewer: EventViewer): Promise<EventSummary[]> {
  const ids = rows.map((r) => r.id);
  const organisers = await organisersOf(tx, ids);
  const names = await namesOf(
    tx,
    organisers.map((o) => o.organisationId),
  );
  const states = viewer.personId ? await myStates(tx, viewer.personId, ids) : new Map();
  return rows.map((row) => ({
    id: row.id,
    title: row.title,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    placeName: row.placeName,
    online: row.onlineUrl !== null,
    visibility: row.visibility as EventSummary['visibility'],
    cancelled: row.cancelledAt !== null,
    organisers: organisers
      .filter((o) => o.eventId === row.id)
      .map((o) => ({ id: o.organisationId, name: names.get(o.organisationId) ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'de')),
    myState: states.get(row.id) ?? null,
  }));
}

/** A session as the API shows it; `files` when the caller read them already for several sessions at once. */
export async function sessionView(tx: Tx, row: SessionRow, files?: SessionFile[]): Promise<SessionView> {
  const community = row.communityId ? await findCommunity(tx, row.communityId) : null;
  return {
    id: row.id,
    title: row.title,
    description: row.description,
    startsAt: row.startsAt.toISOString(),
    endsAt: row.endsAt.toISOString(),
    room: row.room,
    speakers: row.speakers,
    materials: row.materials,
    files: files ?? (await filesOfSessions(tx, [row.id])).get(row.id) ?? [],
    community: community ? { id: community.id, slug: community.slug, name: community.name } : null,
  };
}

export async function myRegistrationView(tx: Tx, row: RegistrationRow | null): Promise<MyRegistration | null> {
  if (!row) return null;
  return {
    state: row.state as MyRegistration['state'],
    showInList: row.showInList,
    answers: row.answers,
    waitlistPosition: row.state === 'waitlisted' ? await waitlistPosition(tx, row.eventId, row.queuedAt, row.id) : null,
    registeredAt: row.registeredAt.toISOString(),
  };
}

export async function eventDetail(tx: Tx, event: LoadedEvent, viewer: EventViewer): Promise<EventDetail> {
  const names = await namesOf(tx, event.organiserIds);
  const [alliance] = event.allianceId
    ? await tx
        .select({ id: alliances.id, name: alliances.name })
        .from(alliances)
        .where(eq(alliances.id, event.allianceId))
    : [];
  const sessions: SessionView[] = [];
  const sessionRows = await sessionsOf(tx, event.id);
  const files = await filesOfSessions(
    tx,
    sessionRows.map((r) => r.id),
  );
  for (const row of sessionRows) sessions.push(await sessionView(tx, row, files.get(row.id) ?? []));
  const mine = viewer.personId ? await registrationOf(tx, event.id, viewer.personId) : null;
  return {
    id: event.id,
    title: event.title,
    description: event.description,
    startsAt: event.startsAt.toISOString(),
    endsAt: event.endsAt.toISOString(),
    placeName: event.placeName,
    address: event.address,
    latitude: event.latitude,
    longitude: event.longitude,
    onlineUrl: event.onlineUrl,
    visibility: event.visibility as EventDetail['visibility'],
    alliance: alliance ?? null,
    organisers: event.organiserIds
      .map((id) => ({ id, name: names.get(id) ?? '' }))
      .sort((a, b) => a.name.localeCompare(b.name, 'de')),
    capacity: event.capacity,
    registrationOpen: event.registrationOpen,
    questions: event.questions,
    cancelledAt: event.cancelledAt?.toISOString() ?? null,
    cancelReason: event.cancelReason,
    sequence: event.sequence,
    counts: await registrationCounts(tx, event.id),
    sessions,
    myRegistration: await myRegistrationView(tx, mine),
    viewer: { signedIn: viewer.personId !== null, canManage: canManageEvent(event, viewer) },
  };
}
