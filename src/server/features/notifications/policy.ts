import type { Principal } from '../../platform/auth/session-store.ts';

/** A notification belongs to one person; nobody else may see or change it, not even platform admins. */
export function mayTouchNotification(principal: Principal | null, notification: { personId: string }): boolean {
  return principal !== null && principal.personId === notification.personId;
}
