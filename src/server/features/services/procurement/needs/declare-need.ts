import { and, eq } from 'drizzle-orm';
import type { NeedInput, NeedView } from '../../../../../shared/contracts/services-procurement.ts';
import type { Deps } from '../../../../deps.ts';
import type { Tx } from '../../../../platform/db/client.ts';
import { newId } from '../../../../platform/db/ids.ts';
import { conflict, forbidden, invalid, notFound } from '../../../../platform/errors/problem.ts';
import { singleLine } from '../../../../platform/http/input-text.ts';
import { loadPurchase, type ProcurementActor, type PurchaseRow, viewerOf } from '../access.ts';
import { canDeclareNeeds, type ProcurementViewer } from '../policy.ts';
import { needViewOf, organisationNames } from '../purchases/purchase-views.ts';
import { procurementLots, procurementNeeds } from '../tables.ts';

/** The purchase and lot for a need, when the viewer's organisation may still declare: 404, 403 or 409 otherwise. */
async function openLot(tx: Tx, viewer: ProcurementViewer, id: string, lotId: string) {
  const purchase: PurchaseRow = await loadPurchase(tx, viewer, id, true);
  const [lot] = await tx
    .select()
    .from(procurementLots)
    .where(and(eq(procurementLots.id, lotId), eq(procurementLots.purchaseId, id)));
  if (!lot) throw notFound('Lot');
  if (!canDeclareNeeds(viewer, purchase) || !viewer.organisationId) {
    throw forbidden('Needs are declared by an organisation’s administrators and editors.');
  }
  if (purchase.stage !== 'needs-survey' || purchase.needsDeadline.getTime() <= Date.now()) {
    throw conflict('needs-closed', 'The needs survey is closed', 'The deadline for needs has passed.');
  }
  return { purchase, lot, organisationId: viewer.organisationId };
}

/** My organisation declares (or changes) its need for one lot before the deadline. */
export async function declareNeed(
  deps: Deps,
  actor: ProcurementActor,
  id: string,
  lotId: string,
  input: NeedInput,
): Promise<NeedView> {
  const contactName = singleLine(input.contactName).trim();
  if (contactName === '') throw invalid([{ field: '/contactName', message: 'must not be empty' }]);
  return deps.db.transaction(async (tx) => {
    const viewer = await viewerOf(tx, actor.personId);
    const { organisationId } = await openLot(tx, viewer, id, lotId);
    const values = {
      quantity: input.quantity,
      budgetCents: input.budgetCents,
      contactName,
      contactEmail: input.contactEmail.trim().toLowerCase(),
      note: (input.note ?? '').trim(),
      declaredBy: actor.personId,
      updatedAt: new Date(),
    };
    const [row] = await tx
      .insert(procurementNeeds)
      .values({ id: newId(), purchaseId: id, lotId, organisationId, ...values })
      .onConflictDoUpdate({ target: [procurementNeeds.lotId, procurementNeeds.organisationId], set: values })
      .returning();
    if (!row) throw new Error('need not written');
    return needViewOf(row, await organisationNames(tx, [organisationId]));
  });
}

/** My organisation takes its need for a lot back (before the deadline); 404 when it declared none. */
export async function withdrawNeed(deps: Deps, actor: ProcurementActor, id: string, lotId: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const viewer = await viewerOf(tx, actor.personId);
    const { organisationId } = await openLot(tx, viewer, id, lotId);
    const gone = await tx
      .delete(procurementNeeds)
      .where(and(eq(procurementNeeds.lotId, lotId), eq(procurementNeeds.organisationId, organisationId)))
      .returning({ id: procurementNeeds.id });
    if (gone.length === 0) throw notFound('Need');
  });
}
