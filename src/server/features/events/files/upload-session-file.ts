import { and, count, eq } from 'drizzle-orm';
import { EVENT_LIMITS, type SessionFile } from '../../../../shared/contracts/events.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, invalid, notFound, Problem } from '../../../platform/errors/problem.ts';
import { tooLargeProblem } from '../../../platform/http/file-transfer.ts';
import type { BlobStore } from '../../../platform/storage/blob-storage.ts';
import { checkName } from '../../documents/names.ts';
import { storeIncoming } from '../../documents/uploads/incoming.ts';
import { loadViewer, managedEvent } from '../access.ts';
import type { Actor } from '../commands/actor.ts';
import { eventSessionFiles, eventSessions } from '../tables.ts';
import { bytesMatchType, sessionFileTypeOf, unsupportedFileType } from './session-file-type.ts';
import { sessionFileView } from './session-files.ts';

/** The session of the event, for its organisers: 404 for anyone who may not see the event, 403 for who may see but not manage it. */
async function managedSession(tx: Tx, actor: Actor, eventId: string, sessionId: string, lock = false) {
  const viewer = await loadViewer(tx, actor.personId);
  const event = await managedEvent(tx, eventId, viewer, lock);
  const [session] = await tx
    .select({ id: eventSessions.id, title: eventSessions.title })
    .from(eventSessions)
    .where(and(eq(eventSessions.id, sessionId), eq(eventSessions.eventId, eventId)));
  if (!session) throw notFound('Session');
  return { viewer, event, session };
}

async function countOf(tx: Tx, sessionId: string): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(eventSessionFiles)
    .where(eq(eventSessionFiles.sessionId, sessionId));
  return Number(row?.n ?? 0);
}

/**
 * An organiser attaches a file (slides) to a session, before or after the event. Uses the documents'
 * upload machinery: the name is checked by the documents' rule and its extension decides the type (PDF,
 * ODP, PPTX; else 415 before a byte is read), the body streams into the platform's blob store up to
 * `EVENT_LIMITS.sessionFileBytes` (413), and its first bytes must agree with the type (415). Rights and
 * the session are checked before the body is read and again, with the limit of files, in the
 * transaction that writes the row, so an interrupted upload or a session removed meanwhile leaves no row.
 */
export async function uploadSessionFile(
  deps: Deps,
  blobs: BlobStore,
  actor: Actor,
  eventId: string,
  sessionId: string,
  rawName: string,
  body: AsyncIterable<Uint8Array>,
): Promise<SessionFile> {
  const name = checkName(rawName);
  const mediaType = sessionFileTypeOf(name);
  await deps.db.transaction(async (tx) => {
    const { session } = await managedSession(tx, actor, eventId, sessionId);
    if ((await countOf(tx, session.id)) >= EVENT_LIMITS.sessionFiles) throw tooMany();
  });
  const stored = await storeIncoming(blobs, body, EVENT_LIMITS.sessionFileBytes).catch((error: unknown) => {
    // The documents' 413 points to their resumable uploads, which sessions do not have.
    throw error instanceof Problem && error.status === 413
      ? tooLargeProblem('A file', EVENT_LIMITS.sessionFileBytes)
      : error;
  });
  if (stored.size === 0) throw emptyFile();
  if (!bytesMatchType(mediaType, stored.head)) throw unsupportedFileType();
  return deps.db.transaction(async (tx) => {
    const { viewer, session } = await managedSession(tx, actor, eventId, sessionId, true);
    if ((await countOf(tx, session.id)) >= EVENT_LIMITS.sessionFiles) throw tooMany();
    const [row] = await tx
      .insert(eventSessionFiles)
      .values({ id: newId(), sessionId: session.id, eventId, name, mediaType, size: stored.size, blobKey: stored.key })
      .returning();
    const file = row as NonNullable<typeof row>;
    await audit(tx, {
      actorId: actor.personId,
      action: 'event.session_file_added',
      subjectType: 'event_session',
      subjectId: session.id,
      organisationId: viewer.organisationId,
      ip: actor.ip,
      details: { eventId, title: session.title, fileId: file.id, name, size: stored.size },
    });
    return sessionFileView(file);
  });
}

/** An organiser removes a file from a session (404 for an unknown one). The blob stays: others may share its bytes. */
export async function removeSessionFile(
  deps: Deps,
  actor: Actor,
  eventId: string,
  sessionId: string,
  fileId: string,
): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const { viewer, session } = await managedSession(tx, actor, eventId, sessionId, true);
    const [gone] = await tx
      .delete(eventSessionFiles)
      .where(and(eq(eventSessionFiles.id, fileId), eq(eventSessionFiles.sessionId, session.id)))
      .returning({ name: eventSessionFiles.name });
    if (!gone) throw notFound('File');
    await audit(tx, {
      actorId: actor.personId,
      action: 'event.session_file_removed',
      subjectType: 'event_session',
      subjectId: session.id,
      organisationId: viewer.organisationId,
      ip: actor.ip,
      details: { eventId, title: session.title, fileId, name: gone.name },
    });
  });
}

const tooMany = () =>
  conflict(
    'too-many-files',
    'Too many files',
    `A session takes at most ${EVENT_LIMITS.sessionFiles} files; remove one first.`,
  );

const emptyFile = () => invalid([{ field: 'body:/', message: 'must not be empty' }]);
