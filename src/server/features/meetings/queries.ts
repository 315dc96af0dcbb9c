import { and, asc, eq, inArray, isNull, sql } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { meetingParticipants, meetings } from './tables.ts';

export type MeetingRow = typeof meetings.$inferSelect;
export type ParticipantRow = typeof meetingParticipants.$inferSelect;

export async function meetingRow(tx: Tx, id: string, options: { lock?: boolean } = {}): Promise<MeetingRow | null> {
  const query = tx.select().from(meetings).where(eq(meetings.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row ?? null;
}

/** Everyone in the meeting now, in the order they came, with their names. */
export async function presentParticipants(tx: Tx, meetingId: string) {
  return presentParticipantsOf(tx, [meetingId]);
}

/** Everyone in these meetings now, each meeting's in the order they came. */
export async function presentParticipantsOf(tx: Tx, meetingIds: string[]) {
  return tx
    .select({
      id: meetingParticipants.id,
      meetingId: meetingParticipants.meetingId,
      personId: meetingParticipants.personId,
      name: persons.name,
      connectionId: meetingParticipants.connectionId,
      video: meetingParticipants.video,
      handRaised: meetingParticipants.handRaised,
      joinedAt: meetingParticipants.joinedAt,
    })
    .from(meetingParticipants)
    .innerJoin(persons, eq(persons.id, meetingParticipants.personId))
    .where(and(inArray(meetingParticipants.meetingId, meetingIds), isNull(meetingParticipants.leftAt)))
    .orderBy(asc(meetingParticipants.joinedAt), asc(meetingParticipants.id));
}

/** Everyone who ever joined these meetings, once a meeting each, in the order they first came. */
export async function attendeesOf(tx: Tx, meetingIds: string[]) {
  return tx
    .select({ meetingId: meetingParticipants.meetingId, personId: meetingParticipants.personId, name: persons.name })
    .from(meetingParticipants)
    .innerJoin(persons, eq(persons.id, meetingParticipants.personId))
    .where(inArray(meetingParticipants.meetingId, meetingIds))
    .groupBy(meetingParticipants.meetingId, meetingParticipants.personId, persons.name)
    .orderBy(sql`min(${meetingParticipants.joinedAt})`);
}

/** The names of these people by id. */
export async function personNames(tx: Tx, personIds: string[]): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: persons.id, name: persons.name })
    .from(persons)
    .where(inArray(persons.id, personIds));
  return new Map(rows.map((r) => [r.id, r.name]));
}

export async function personName(tx: Tx, personId: string): Promise<string> {
  const [row] = await tx.select({ name: persons.name }).from(persons).where(eq(persons.id, personId));
  return row?.name ?? '';
}

/** A connection's stay in a meeting, if it is in it now. */
export async function presentStay(tx: Tx, meetingId: string, connectionId: string): Promise<ParticipantRow | null> {
  const [row] = await tx
    .select()
    .from(meetingParticipants)
    .where(
      and(
        eq(meetingParticipants.meetingId, meetingId),
        eq(meetingParticipants.connectionId, connectionId),
        isNull(meetingParticipants.leftAt),
      ),
    );
  return row ?? null;
}

/** The meetings a connection is in now (normally one), for its socket closing. */
export async function meetingsOfConnection(tx: Tx, connectionId: string) {
  return tx
    .select({ meetingId: meetingParticipants.meetingId, personId: meetingParticipants.personId })
    .from(meetingParticipants)
    .where(and(eq(meetingParticipants.connectionId, connectionId), isNull(meetingParticipants.leftAt)));
}

export async function tookPart(tx: Tx, meetingId: string, personId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: meetingParticipants.id })
    .from(meetingParticipants)
    .where(and(eq(meetingParticipants.meetingId, meetingId), eq(meetingParticipants.personId, personId)))
    .limit(1);
  return row !== undefined;
}

/** The newest meetings of a channel: live and scheduled first, then the last ended ones. */
export async function channelMeetings(tx: Tx, channelId: string, limit: number): Promise<MeetingRow[]> {
  return tx
    .select()
    .from(meetings)
    .where(eq(meetings.channelId, channelId))
    .orderBy(
      sql`case ${meetings.status} when 'live' then 0 when 'scheduled' then 1 else 2 end`,
      sql`${meetings.createdAt} desc`,
    )
    .limit(limit);
}
