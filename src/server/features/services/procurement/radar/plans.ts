import { and, desc, eq } from 'drizzle-orm';
import type { PlanInput, PlanList, PlanView } from '../../../../../shared/contracts/services-procurement.ts';
import type { Deps } from '../../../../deps.ts';
import type { Db } from '../../../../platform/db/client.ts';
import { newId } from '../../../../platform/db/ids.ts';
import { forbidden, invalid, notFound } from '../../../../platform/errors/problem.ts';
import { singleLine } from '../../../../platform/http/input-text.ts';
import { type ProcurementActor, viewerOf } from '../access.ts';
import { checkCpvCode, cpvGroupOf } from '../cpv/cpv-list.ts';
import { canKeepPlans } from '../policy.ts';
import { isRealDay } from '../purchases/days.ts';
import { procurementPlans } from '../tables.ts';
import { forgetEntry, matchEntry } from './match-radar.ts';

type PlanRow = typeof procurementPlans.$inferSelect;

export function planView(row: PlanRow): PlanView {
  return {
    id: row.id,
    title: row.title,
    cpvCode: row.cpvCode,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    quantity: row.quantity,
    unit: row.unit,
    createdAt: row.createdAt.toISOString(),
  };
}

/** My organisation's plan entries, newest first (any confirmed member may read them). */
export async function listPlans(db: Db, personId: string): Promise<PlanList> {
  return db.transaction(async (tx) => {
    const viewer = await viewerOf(tx, personId);
    if (!viewer.organisationId) return { plans: [] };
    const rows = await tx
      .select()
      .from(procurementPlans)
      .where(eq(procurementPlans.organisationId, viewer.organisationId))
      .orderBy(desc(procurementPlans.createdAt))
      .limit(500);
    return { plans: rows.map(planView) };
  });
}

/** "We plan to buy": stored for my organisation, then compared by the radar at once. */
export async function createPlan(deps: Deps, actor: ProcurementActor, input: PlanInput): Promise<PlanView> {
  const title = singleLine(input.title).trim();
  const errors = [];
  if (title === '') errors.push({ field: '/title', message: 'must not be empty' });
  if (!checkCpvCode(input.cpvCode)) errors.push({ field: '/cpvCode', message: 'is not a CPV 2008 code' });
  if (!isRealDay(input.periodStart)) errors.push({ field: '/periodStart', message: 'is not a day' });
  if (!isRealDay(input.periodEnd)) errors.push({ field: '/periodEnd', message: 'is not a day' });
  if (input.periodEnd < input.periodStart)
    errors.push({ field: '/periodEnd', message: 'must not be before periodStart' });
  if (errors.length > 0) throw invalid(errors);
  return deps.db.transaction(async (tx) => {
    const viewer = await viewerOf(tx, actor.personId);
    if (!canKeepPlans(viewer) || !viewer.organisationId) {
      throw forbidden('Plans are entered by an organisation’s administrators and editors.');
    }
    const [row] = await tx
      .insert(procurementPlans)
      .values({
        id: newId(),
        organisationId: viewer.organisationId,
        createdBy: actor.personId,
        title,
        cpvCode: input.cpvCode,
        cpvGroup: cpvGroupOf(input.cpvCode),
        periodStart: input.periodStart,
        periodEnd: input.periodEnd,
        quantity: input.quantity ?? null,
        unit: singleLine(input.unit ?? '').trim(),
      })
      .returning();
    if (!row) throw new Error('plan not written');
    await matchEntry(tx, { kind: 'plan', row });
    return planView(row);
  });
}

/** Removes one of my organisation's plan entries and its proposals; 404 for anyone else's. */
export async function deletePlan(deps: Deps, actor: ProcurementActor, id: string): Promise<void> {
  await deps.db.transaction(async (tx) => {
    const viewer = await viewerOf(tx, actor.personId);
    const [row] = viewer.organisationId
      ? await tx
          .select()
          .from(procurementPlans)
          .where(and(eq(procurementPlans.id, id), eq(procurementPlans.organisationId, viewer.organisationId)))
      : [];
    if (!row) throw notFound('Plan');
    if (!canKeepPlans(viewer)) throw forbidden('Plans are kept by an organisation’s administrators and editors.');
    await tx.delete(procurementPlans).where(eq(procurementPlans.id, id));
    await forgetEntry(tx, id);
  });
}
