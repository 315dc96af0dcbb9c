import type { CreatePurchaseInput, PurchaseDetail } from '../../../../../shared/contracts/services-procurement.ts';
import type { Deps } from '../../../../deps.ts';
import { audit } from '../../../../platform/audit/audit.ts';
import { newId } from '../../../../platform/db/ids.ts';
import { type FieldError, forbidden, invalid } from '../../../../platform/errors/problem.ts';
import { singleLine } from '../../../../platform/http/input-text.ts';
import { type ProcurementActor, viewerOf } from '../access.ts';
import { cpvErrors } from '../cpv/cpv-list.ts';
import { canOpenPurchase } from '../policy.ts';
import { matchEntry } from '../radar/match-radar.ts';
import { procurementLots, procurementPurchases } from '../tables.ts';
import { isRealDay } from './days.ts';
import { announcePurchase } from './purchase-notices.ts';
import { purchaseDetail } from './purchase-views.ts';

/** 400 naming each field at fault: empty texts after trimming, a period that ends before it starts, CPV codes. */
export function purchaseInputErrors(input: CreatePurchaseInput): FieldError[] {
  const errors: FieldError[] = [];
  if (singleLine(input.subject).trim() === '') errors.push({ field: '/subject', message: 'must not be empty' });
  input.lots.forEach((lot, i) => {
    if (singleLine(lot.title).trim() === '') errors.push({ field: `/lots/${i}/title`, message: 'must not be empty' });
    if (singleLine(lot.unit).trim() === '') errors.push({ field: `/lots/${i}/unit`, message: 'must not be empty' });
  });
  if (!isRealDay(input.periodStart)) errors.push({ field: '/periodStart', message: 'is not a day' });
  if (!isRealDay(input.periodEnd)) errors.push({ field: '/periodEnd', message: 'is not a day' });
  if (input.periodEnd < input.periodStart)
    errors.push({ field: '/periodEnd', message: 'must not be before periodStart' });
  if (Number.isNaN(Date.parse(input.needsDeadline))) errors.push({ field: '/needsDeadline', message: 'is not a time' });
  errors.push(...cpvErrors(input.cpvCodes, '/cpvCodes'));
  if (input.visibility === 'alliance' && !input.allianceId) {
    errors.push({ field: '/allianceId', message: 'is needed when the purchase is shown to an alliance' });
  }
  return errors;
}

/**
 * The lead buyer (an admin of the home organisation) opens a joint purchase in the needs survey.
 * Audited; the admins of the alliance's other organisations are told when it is shown to an alliance;
 * the radar compares it with others' plans at once.
 */
export async function createPurchase(
  deps: Deps,
  actor: ProcurementActor,
  input: CreatePurchaseInput,
): Promise<PurchaseDetail> {
  const errors = purchaseInputErrors(input);
  if (errors.length > 0) throw invalid(errors);
  return deps.db.transaction(async (tx) => {
    const viewer = await viewerOf(tx, actor.personId);
    if (!canOpenPurchase(viewer) || !viewer.organisationId) {
      throw forbidden('Joint purchases are opened by an administrator of the lead organisation.');
    }
    const allianceId = input.visibility === 'alliance' ? (input.allianceId ?? null) : null;
    if (allianceId && !viewer.allianceIds.includes(allianceId)) {
      throw invalid([{ field: '/allianceId', message: 'is not an alliance of your organisation' }]);
    }
    const id = newId();
    const [row] = await tx
      .insert(procurementPurchases)
      .values({
        id,
        ownerOrganisationId: viewer.organisationId,
        createdBy: actor.personId,
        subject: singleLine(input.subject).trim(),
        description: (input.description ?? '').trim(),
        cpvCodes: [...new Set(input.cpvCodes)],
        estimatedValueCents: input.estimatedValueCents,
        contractKind: input.contractKind,
        authorityKind: input.authorityKind ?? 'sub-central',
        needsDeadline: new Date(input.needsDeadline),
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        visibility: input.visibility,
        allianceId,
      })
      .returning();
    if (!row) throw new Error('purchase not written');
    await tx.insert(procurementLots).values(
      input.lots.map((lot, position) => ({
        id: newId(),
        purchaseId: id,
        position: position + 1,
        title: singleLine(lot.title).trim(),
        unit: singleLine(lot.unit).trim(),
        description: (lot.description ?? '').trim(),
      })),
    );
    await audit(tx, {
      actorId: actor.personId,
      action: 'procurement.purchase_opened',
      subjectType: 'procurement_purchase',
      subjectId: id,
      organisationId: viewer.organisationId,
      ip: actor.ip,
      details: {
        subject: row.subject,
        cpvCodes: row.cpvCodes,
        estimatedValueCents: row.estimatedValueCents,
        lots: input.lots.length,
        visibility: row.visibility,
      },
    });
    if (allianceId) await announcePurchase(tx, row, allianceId);
    await matchEntry(tx, { kind: 'purchase', row });
    return purchaseDetail(tx, viewer, row);
  });
}
