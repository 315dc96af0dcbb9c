import type { Tx } from '../../platform/db/client.ts';
import { newId } from '../../platform/db/ids.ts';
import { emit } from '../../platform/events/outbox.ts';
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
 */
export async function notify(tx: Tx, personIds: readonly string[], notification: NewNotification): Promise<string[]> {
  const recipients = [...new Set(personIds)];
  if (recipients.length === 0) return [];
  const rows = recipients.map((personId) => ({
    id: newId(),
    personId,
    kind: notification.kind,
    data: notification.data,
    link: notification.link ?? null,
  }));
  await tx.insert(notifications).values(rows);
  for (const row of rows) {
    await emit(tx, {
      type: 'notification.created',
      payload: { notification: { id: row.id, kind: row.kind, data: row.data, link: row.link, readAt: null } },
      audience: { kind: 'persons', personIds: [row.personId] },
    });
  }
  return rows.map((r) => r.id);
}
