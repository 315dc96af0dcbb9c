import type { Deps } from '../../deps.ts';
import type { Principal } from '../../platform/auth/session-store.ts';
import { notFound } from '../../platform/errors/problem.ts';
import { markAllNotificationsRead, markNotificationsRead } from './mark-read.ts';
import { mayTouchNotification } from './policy.ts';
import { notificationById, notificationsOf, unreadCountOf } from './queries.ts';

export async function listNotifications(
  deps: Deps,
  principal: Principal,
  query: { before?: string | undefined; limit?: number | undefined; unread?: boolean | undefined },
) {
  const limit = query.limit ?? 30;
  // One more than asked tells whether an older page exists.
  const rows = await notificationsOf(deps.db, principal.personId, {
    before: query.before,
    limit: limit + 1,
    unreadOnly: query.unread === true,
  });
  const items = rows.slice(0, limit);
  const last = items.at(-1);
  return { items, nextBefore: rows.length > limit && last ? last.id : null };
}

export async function unreadCount(deps: Deps, principal: Principal) {
  return { unread: await unreadCountOf(deps.db, principal.personId) };
}

/** Marks one of the caller's notifications read; someone else's answers 404 as if it did not exist. */
export async function readNotification(deps: Deps, principal: Principal, id: string): Promise<void> {
  const changed = await deps.db.transaction(async (tx) => {
    const notification = await notificationById(tx, id);
    if (!notification || !mayTouchNotification(principal, notification)) throw notFound('Notification');
    if (notification.readAt) return false;
    return (await markNotificationsRead(tx, principal.personId, [id])).length > 0;
  });
  if (changed) await deps.publisher.flush();
}

export async function readAllNotifications(deps: Deps, principal: Principal): Promise<{ marked: number }> {
  const marked = await deps.db.transaction((tx) => markAllNotificationsRead(tx, principal.personId));
  if (marked > 0) await deps.publisher.flush();
  return { marked };
}
