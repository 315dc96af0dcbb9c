import { eq } from 'drizzle-orm';
import {
  PURCHASE_STAGES,
  type PurchaseDetail,
  type UpdatePurchaseInput,
} from '../../../../../shared/contracts/services-procurement.ts';
import type { Deps } from '../../../../deps.ts';
import { audit } from '../../../../platform/audit/audit.ts';
import { invalid } from '../../../../platform/errors/problem.ts';
import { singleLine } from '../../../../platform/http/input-text.ts';
import { loadLedPurchase, type ProcurementActor, viewerOf } from '../access.ts';
import { procurementPurchases } from '../tables.ts';
import { purchaseDetail } from './purchase-views.ts';

/** eForms notice IDs as TED gives them: 8 digits, a hyphen, the year (e.g. 00123456-2026). */
export const NOTICE_ID = /^[0-9]{8}-[0-9]{4}$/;

const clean = (text: string | null | undefined) => {
  if (text === undefined) return undefined;
  const line = text === null ? '' : singleLine(text).trim();
  return line === '' ? null : line;
};

/**
 * The lead moves the timeline on (stages go forward only, one or more at a time), records the tender's
 * eForms notice ID and the award. The award is audited as `procurement.purchase_awarded`.
 */
export async function updatePurchase(
  deps: Deps,
  actor: ProcurementActor,
  id: string,
  input: UpdatePurchaseInput,
): Promise<PurchaseDetail> {
  const tenderReference = clean(input.tenderReference);
  const awardedTo = clean(input.awardedTo);
  if (tenderReference && !NOTICE_ID.test(tenderReference)) {
    throw invalid([{ field: '/tenderReference', message: 'must be an eForms notice ID such as 00123456-2026' }]);
  }
  return deps.db.transaction(async (tx) => {
    const viewer = await viewerOf(tx, actor.personId);
    const row = await loadLedPurchase(tx, viewer, id, true);
    const stage = input.stage ?? row.stage;
    if (PURCHASE_STAGES.indexOf(stage as never) < PURCHASE_STAGES.indexOf(row.stage as never)) {
      throw invalid([{ field: '/stage', message: 'cannot go back to an earlier stage' }]);
    }
    const awarding = awardedTo !== undefined && awardedTo !== null && awardedTo !== row.awardedTo;
    const reachesAward = PURCHASE_STAGES.indexOf(stage as never) >= PURCHASE_STAGES.indexOf('award');
    if (awarding && !reachesAward) {
      throw invalid([{ field: '/awardedTo', message: 'an award is recorded from the stage award on' }]);
    }
    const [updated] = await tx
      .update(procurementPurchases)
      .set({
        stage,
        ...(tenderReference !== undefined ? { tenderReference } : {}),
        ...(awardedTo !== undefined
          ? { awardedTo, awardedAt: awardedTo ? (awarding ? new Date() : row.awardedAt) : null }
          : {}),
        ...(input.awardedValueCents !== undefined ? { awardedValueCents: input.awardedValueCents } : {}),
        updatedAt: new Date(),
      })
      .where(eq(procurementPurchases.id, id))
      .returning();
    if (!updated) throw new Error('purchase vanished');
    if (awarding) {
      await audit(tx, {
        actorId: actor.personId,
        action: 'procurement.purchase_awarded',
        subjectType: 'procurement_purchase',
        subjectId: id,
        organisationId: row.ownerOrganisationId,
        ip: actor.ip,
        details: {
          subject: row.subject,
          awardedTo,
          awardedValueCents: updated.awardedValueCents,
          tenderReference: updated.tenderReference,
        },
      });
    }
    return purchaseDetail(tx, viewer, updated);
  });
}
