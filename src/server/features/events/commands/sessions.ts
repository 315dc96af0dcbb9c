import { and, eq, sql } from 'drizzle-orm';
import type { SessionInput, SessionView } from '../../../../shared/contracts/events.ts';
import { COMMUNITY_LIMITS } from '../../../../shared/contracts/network-communities.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, type FieldError, invalid, notFound } from '../../../platform/errors/problem.ts';
import { singleLine } from '../../../platform/http/input-text.ts';
import { createCommunity } from '../../network/communities/create-community.ts';
import { type LoadedEvent, loadViewer, managedEvent } from '../access.ts';
import { recipientsOf } from '../notices.ts';
import { eventSessions } from '../tables.ts';
import { sessionView } from '../views.ts';
import type { Actor } from './actor.ts';
import { instant } from './check-event-input.ts';

async function checkSession(tx: Tx, event: LoadedEvent, input: SessionInput) {
  const errors: FieldError[] = [];
  const title = singleLine(input.title).trim();
  if (!title) errors.push({ field: '/title', message: 'must not be empty' });
  const startsAt = instant(input.startsAt, '/startsAt', errors);
  const endsAt = instant(input.endsAt, '/endsAt', errors);
  if (errors.length === 0) {
    if (endsAt.getTime() <= startsAt.getTime()) errors.push({ field: '/endsAt', message: 'must be after the start' });
    else if (startsAt < event.startsAt || endsAt > event.endsAt) {
      errors.push({ field: '/startsAt', message: 'must lie within the event' });
    }
  }
  const personIds = input.speakers.flatMap((s) => (s.personId ? [s.personId] : []));
  const known = await recipientsOf(tx, personIds);
  input.speakers.forEach((s, i) => {
    if (s.personId && !known.has(s.personId))
      errors.push({ field: `/speakers/${i}/personId`, message: 'unknown person' });
  });
  if (errors.length > 0) throw invalid(errors);
  return {
    title,
    description: input.description.trim(),
    startsAt,
    endsAt,
    room: singleLine(input.room).trim(),
    speakers: input.speakers.map((s) => ({ personId: s.personId, name: singleLine(s.name).trim() })),
    materials: input.materials.map((m) => ({ title: singleLine(m.title).trim(), url: m.url })),
  };
}

async function sessionOf(tx: Tx, eventId: string, sessionId: string) {
  const [row] = await tx
    .select()
    .from(eventSessions)
    .where(and(eq(eventSessions.id, sessionId), eq(eventSessions.eventId, eventId)))
    .for('update');
  if (!row) throw notFound('Session');
  return row;
}

const auditSession = (
  tx: Tx,
  actor: Actor,
  action: string,
  sessionId: string,
  organisationId: string | null,
  details: object,
) =>
  audit(tx, {
    actorId: actor.personId,
    action,
    subjectType: 'event_session',
    subjectId: sessionId,
    organisationId,
    ip: actor.ip,
    details: { ...details },
  });

export async function addSession(deps: Deps, actor: Actor, eventId: string, input: SessionInput): Promise<SessionView> {
  return deps.db.transaction(async (tx) => {
    const viewer = await loadViewer(tx, actor.personId);
    const event = await managedEvent(tx, eventId, viewer, true);
    const values = await checkSession(tx, event, input);
    const id = newId();
    const [row] = await tx
      .insert(eventSessions)
      .values({ id, eventId, ...values })
      .returning();
    await auditSession(tx, actor, 'event.session_added', id, viewer.organisationId, { eventId, title: values.title });
    return sessionView(tx, row as NonNullable<typeof row>);
  });
}

/** Changes a session and counts up its sequence (its own calendar entry follows). */
export async function updateSession(
  deps: Deps,
  actor: Actor,
  eventId: string,
  sessionId: string,
  input: SessionInput,
): Promise<SessionView> {
  return deps.db.transaction(async (tx) => {
    const viewer = await loadViewer(tx, actor.personId);
    const event = await managedEvent(tx, eventId, viewer, true);
    await sessionOf(tx, eventId, sessionId);
    const values = await checkSession(tx, event, input);
    const [row] = await tx
      .update(eventSessions)
      .set({ ...values, sequence: sql`${eventSessions.sequence} + 1`, updatedAt: new Date() })
      .where(eq(eventSessions.id, sessionId))
      .returning();
    await auditSession(tx, actor, 'event.session_updated', sessionId, viewer.organisationId, {
      eventId,
      title: values.title,
    });
    return sessionView(tx, row as NonNullable<typeof row>);
  });
}

export async function removeSession(deps: Deps, actor: Actor, eventId: string, sessionId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const viewer = await loadViewer(tx, actor.personId);
    await managedEvent(tx, eventId, viewer, true);
    const session = await sessionOf(tx, eventId, sessionId);
    await tx.delete(eventSessions).where(eq(eventSessions.id, sessionId));
    await auditSession(tx, actor, 'event.session_removed', sessionId, viewer.organisationId, {
      eventId,
      title: session.title,
    });
  });
}

/**
 * After the event a session continues as an open community of the network (Fachgruppe) with its own
 * questions, wiki and chat; the organiser who opens it becomes its moderator. One per session.
 */
export async function openSessionCommunity(
  deps: Deps,
  actor: Actor,
  eventId: string,
  sessionId: string,
): Promise<SessionView> {
  const { event, session } = await deps.db.transaction(async (tx) => {
    const viewer = await loadViewer(tx, actor.personId);
    const event = await managedEvent(tx, eventId, viewer);
    const session = await sessionOf(tx, eventId, sessionId);
    if (session.communityId) throw conflict('community-exists', 'The session continues in a community already');
    return { event, session };
  });
  const name = `${session.title} (${event.title})`.slice(0, COMMUNITY_LIMITS.name).trim();
  const description = [session.description, `${deps.config.publicUrl}/events/${eventId}`].filter(Boolean).join('\n\n');
  const community = await createCommunity(deps, actor, {
    name,
    description: description.slice(0, COMMUNITY_LIMITS.description),
    joinPolicy: 'open',
  });
  return deps.db.transaction(async (tx) => {
    const locked = await sessionOf(tx, eventId, sessionId);
    if (locked.communityId) throw conflict('community-exists', 'The session continues in a community already');
    const [row] = await tx
      .update(eventSessions)
      .set({ communityId: community.id, updatedAt: new Date() })
      .where(eq(eventSessions.id, sessionId))
      .returning();
    await auditSession(tx, actor, 'event.session_community_opened', sessionId, null, {
      eventId,
      communityId: community.id,
    });
    return sessionView(tx, row as NonNullable<typeof row>);
  });
}
