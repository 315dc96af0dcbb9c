import type { Tx } from '../../platform/db/client.ts';
import { emit } from '../../platform/events/outbox.ts';
import { markChannelRead, markRead } from './queries.ts';

/** Tells the person's open tabs that notifications were read, so every bell shows the same count. */
async function announceRead(tx: Tx, personId: string, payload: { notificationIds: string[] } | { all: true }) {
  await emit(tx, { type: 'notification.read', payload, audience: { kind: 'persons', personIds: [personId] } });
}

/**
 * Marks a person's chat notifications (mention, direct-message) of one channel read up to a message
 * sequence number, when the person has read that far. Runs in the caller's transaction; the caller
 * flushes the publisher after commit so the person's other tabs hear `notification.read`.
 */
export async function markChannelNotificationsRead(
  tx: Tx,
  personId: string,
  channelId: string,
  uptoSeq: number,
): Promise<void> {
  const ids = await markChannelRead(tx, personId, channelId, uptoSeq);
  if (ids.length > 0) await announceRead(tx, personId, { notificationIds: ids });
}

/** Marks the given notifications of the person read (others' IDs are ignored); returns those it changed. */
export async function markNotificationsRead(tx: Tx, personId: string, ids: readonly string[]): Promise<string[]> {
  const changed = await markRead(tx, personId, ids);
  if (changed.length > 0) await announceRead(tx, personId, { notificationIds: changed });
  return changed;
}

/** Marks every unread notification of the person read; returns how many it changed. */
export async function markAllNotificationsRead(tx: Tx, personId: string): Promise<number> {
  const changed = await markRead(tx, personId);
  if (changed.length > 0) await announceRead(tx, personId, { all: true });
  return changed.length;
}
