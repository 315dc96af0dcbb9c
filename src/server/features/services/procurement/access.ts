import { eq } from 'drizzle-orm';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { forbidden, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { alliancesOfOrganisation } from '../../alliances/of-organisation.ts';
import { membershipOf } from '../../organisations/membership.ts';
import { canSeePurchase, isLead, type ProcurementViewer } from './policy.ts';
import { procurementPurchases } from './tables.ts';

export type PurchaseRow = typeof procurementPurchases.$inferSelect;

/** Who acts, and from where (for the audit log). */
export interface ProcurementActor {
  personId: string;
  ip: string | null;
}

export function actorOf(principal: Principal | null, ip: string | null): ProcurementActor {
  if (!principal) throw unauthenticated();
  return { personId: principal.personId, ip };
}

/** The viewer's confirmed home organisation, role and that organisation's alliances. */
export async function viewerOf(tx: Tx, personId: string): Promise<ProcurementViewer> {
  const membership = await membershipOf(tx, personId);
  if (membership?.status !== 'confirmed') return { personId, organisationId: null, role: null, allianceIds: [] };
  const alliances = await alliancesOfOrganisation(tx, membership.organisationId);
  return {
    personId,
    organisationId: membership.organisationId,
    role: membership.role,
    allianceIds: alliances.map((a) => a.id),
  };
}

/** A purchase the viewer may see (locked for the transaction when `lock`); 404 otherwise. */
export async function loadPurchase(tx: Tx, viewer: ProcurementViewer, id: string, lock = false): Promise<PurchaseRow> {
  const query = tx.select().from(procurementPurchases).where(eq(procurementPurchases.id, id));
  const [row] = await (lock ? query.for('update') : query);
  if (!row || !canSeePurchase(viewer, row)) throw notFound('Joint purchase');
  return row;
}

/** A purchase for the lead's actions: 404 when not visible, 403 when visible but not led by the viewer. */
export async function loadLedPurchase(tx: Tx, viewer: ProcurementViewer, id: string, lock = false) {
  const row = await loadPurchase(tx, viewer, id, lock);
  if (!isLead(viewer, row)) throw forbidden('Only the lead buyer’s administrators may do this.');
  return row;
}
