import type { Tx } from '../../platform/db/client.ts';
import { newId } from '../../platform/db/ids.ts';
import { emitAll } from '../../platform/events/outbox.ts';
import { choicesFor } from './preferences.ts';
import { notifications } from './tables.ts';

export interface NewNotification {
  /** mention, direct-message, workspace-invitation, join-request, cooperation-contact, … */
  kind: string;
  /** Short text parts the web app formats per language (actorName, title, excerpt, …). */
  data: Record<string, unknown>;
  /** App path the notification opens, e.g. /atlas/<slug>. */
  link?: string | null;
}

/**
 * Gives each person a notification in the caller's transaction and tells their open tabs over the
 * realtime socket (`notification.created`) once it commits. Returns the new notification IDs.
 * A person who turned a kind off both in the app and by mail gets no row; one who turned it off in the
 * app only gets a row (for the digest) but no realtime event, and the bell leaves it out.
 */
export async function notify(tx: Tx, personIds: readonly string[], notification: NewNotification): Promise<string[]> {
  return notifyEach(tx, [{ personIds, notification }]);
}

/**
 * Several notifications to several groups of people (each link of a page to its organisation's
 * writers), written in two statements however many there are. Returns the new notification IDs.
 */
export async function notifyEach(
  tx: Tx,
  batches: readonly { personIds: readonly string[]; notification: NewNotification }[],
): Promise<string[]> {
  // Stamped here rather than by the database so that creation order and ID order agree.
  const createdAt = new Date();
  const rows = batches.flatMap(({ personIds, notification }) => {
    const link = notification.link ?? null;
    // The link becomes an anchor in the app and PUBLIC_URL + link in mails: only a path of this app will do.
    if (link !== null && !isAppPath(link)) throw new Error(`notification link must be an app path: ${link}`);
    return [...new Set(personIds)].map((personId) => ({
      id: newId(),
      personId,
      kind: notification.kind,
      data: notification.data,
      link,
      createdAt,
    }));
  });
  if (rows.length === 0) return [];
  const choices = await choicesFor(
    tx,
    rows.map((r) => r.personId),
    rows.map((r) => r.kind),
  );
  const choiceOf = (row: { personId: string; kind: string }) => choices.get(`${row.personId} ${row.kind}`);
  const written = rows.filter((row) => {
    const choice = choiceOf(row);
    return !choice || choice.inApp || choice.mail;
  });
  if (written.length === 0) return [];
  await tx.insert(notifications).values(written);
  await emitAll(
    tx,
    written
      .filter((row) => choiceOf(row)?.inApp !== false)
      .map((row) => ({
        type: 'notification.created',
        payload: {
          notification: {
            id: row.id,
            kind: row.kind,
            data: row.data,
            link: row.link,
            createdAt: createdAt.toISOString(),
            readAt: null,
          },
        },
        audience: { kind: 'persons', personIds: [row.personId] },
      })),
  );
  return written.map((r) => r.id);
}

/** A path inside the app (`/atlas/x`), not another origin (`//evil.example`, `https://…`). */
export function isAppPath(link: string): boolean {
  return link.startsWith('/') && !link.startsWith('//') && !link.startsWith('/\\') && link.length <= 2000;
}
