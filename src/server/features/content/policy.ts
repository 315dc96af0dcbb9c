import type { Principal } from '../../platform/auth/session-store.ts';
import type { Tx } from '../../platform/db/client.ts';
import { membershipOf } from '../organisations/membership.ts';

/**
 * Who may do what with an organisation's content pages. Pages are the organisation's until it shares
 * them: its confirmed members read every page and draft; its admins and editors write. Everyone
 * else is answered as if the page did not exist.
 */
export type ContentAccess = 'edit' | 'read' | null;

const WRITERS = new Set(['admin', 'editor']);

export async function contentAccess(
  tx: Tx,
  principal: Principal | null,
  organisationId: string,
): Promise<ContentAccess> {
  if (!principal) return null;
  const membership = await membershipOf(tx, principal.personId);
  if (!membership || membership.organisationId !== organisationId || membership.status !== 'confirmed') return null;
  return WRITERS.has(membership.role) ? 'edit' : 'read';
}
