import { and, asc, eq, inArray } from 'drizzle-orm';
import type { SessionFile } from '../../../../shared/contracts/events.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { eventSessionFiles } from '../tables.ts';

export type SessionFileRow = typeof eventSessionFiles.$inferSelect;

/** Where whoever may see the event downloads a file (files/file-routes.ts). */
export const sessionFileHref = (eventId: string, fileId: string) => `/api/events/${eventId}/files/${fileId}`;

export function sessionFileView(row: SessionFileRow): SessionFile {
  return {
    id: row.id,
    name: row.name,
    mediaType: row.mediaType,
    size: row.size,
    href: sessionFileHref(row.eventId, row.id),
    createdAt: row.createdAt.toISOString(),
  };
}

/** The files of the given sessions, oldest first, by session. */
export async function filesOfSessions(tx: Tx, sessionIds: string[]): Promise<Map<string, SessionFile[]>> {
  const bySession = new Map<string, SessionFile[]>();
  if (sessionIds.length === 0) return bySession;
  const rows = await tx
    .select()
    .from(eventSessionFiles)
    .where(inArray(eventSessionFiles.sessionId, sessionIds))
    .orderBy(asc(eventSessionFiles.createdAt), asc(eventSessionFiles.id));
  for (const row of rows) bySession.set(row.sessionId, [...(bySession.get(row.sessionId) ?? []), sessionFileView(row)]);
  return bySession;
}

/** A file of the event, or null. */
export async function fileOfEvent(tx: Tx, eventId: string, fileId: string): Promise<SessionFileRow | null> {
  const [row] = await tx
    .select()
    .from(eventSessionFiles)
    .where(and(eq(eventSessionFiles.id, fileId), eq(eventSessionFiles.eventId, eventId)));
  return row ?? null;
}
