import { and, asc, count, eq, sql, sum } from 'drizzle-orm';
import type {
  AuthorityKind,
  ContractKind,
  NeedView,
  PurchaseDetail,
  PurchaseStage,
  PurchaseSummary,
  PurchaseVisibility,
} from '../../../../../shared/contracts/services-procurement.ts';
import type { Tx } from '../../../../platform/db/client.ts';
import { inTurn } from '../../../../platform/db/in-turn.ts';
import { alliancesOfOrganisation } from '../../../alliances/of-organisation.ts';
import { organisationSummaries } from '../../../organisations/summary.ts';
import type { PurchaseRow } from '../access.ts';
import { canDeclareNeeds, isLead, type ProcurementViewer } from '../policy.ts';
import { procurementLots, procurementNeeds } from '../tables.ts';
import { thresholdCheck } from './thresholds.ts';

/** Organisation names by ID (a deleted one reads as its ID). */
export async function organisationNames(tx: Tx, ids: string[]): Promise<Map<string, string>> {
  const summaries = await organisationSummaries(tx, [...new Set(ids)]);
  return new Map(summaries.map((s) => [s.id, s.name]));
}

export function summaryOf(
  row: PurchaseRow,
  names: Map<string, string>,
  alliance: { id: string; name: string } | null,
  lots: number,
): PurchaseSummary {
  return {
    id: row.id,
    subject: row.subject,
    cpvCodes: row.cpvCodes,
    owner: { id: row.ownerOrganisationId, name: names.get(row.ownerOrganisationId) ?? row.ownerOrganisationId },
    alliance,
    visibility: row.visibility as PurchaseVisibility,
    stage: row.stage as PurchaseStage,
    needsDeadline: row.needsDeadline.toISOString(),
    estimatedValueCents: row.estimatedValueCents,
    lots,
    createdAt: row.createdAt.toISOString(),
  };
}

export function needViewOf(row: typeof procurementNeeds.$inferSelect, names: Map<string, string>): NeedView {
  return {
    lotId: row.lotId,
    organisation: { id: row.organisationId, name: names.get(row.organisationId) ?? row.organisationId },
    quantity: row.quantity,
    budgetCents: row.budgetCents,
    contactName: row.contactName,
    contactEmail: row.contactEmail,
    note: row.note,
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** The alliance a purchase is shown to, named as the owner's alliance (null once the owner left it). */
export async function allianceOf(tx: Tx, row: PurchaseRow): Promise<{ id: string; name: string } | null> {
  if (!row.allianceId) return null;
  const alliances = await alliancesOfOrganisation(tx, row.ownerOrganisationId);
  const found = alliances.find((a) => a.id === row.allianceId);
  return found ? { id: found.id, name: found.name } : null;
}

/** The purchase as its page shows it to this viewer: sums only for the lead, needs only of the viewer's organisation. */
export async function purchaseDetail(tx: Tx, viewer: ProcurementViewer, row: PurchaseRow): Promise<PurchaseDetail> {
  const lead = isLead(viewer, row);
  const [lots, totals, mine, alliance] = await inTurn([
    () =>
      tx
        .select()
        .from(procurementLots)
        .where(eq(procurementLots.purchaseId, row.id))
        .orderBy(asc(procurementLots.position)),
    () =>
      lead
        ? tx
            .select({
              lotId: procurementNeeds.lotId,
              organisations: count(),
              quantity: sum(procurementNeeds.quantity).mapWith(Number),
              budgetCents: sql<string>`sum(${procurementNeeds.budgetCents})`.mapWith(Number),
            })
            .from(procurementNeeds)
            .where(eq(procurementNeeds.purchaseId, row.id))
            .groupBy(procurementNeeds.lotId)
        : Promise.resolve([]),
    () =>
      viewer.organisationId
        ? tx
            .select()
            .from(procurementNeeds)
            .where(
              and(eq(procurementNeeds.purchaseId, row.id), eq(procurementNeeds.organisationId, viewer.organisationId)),
            )
        : Promise.resolve([]),
    () => allianceOf(tx, row),
  ] as const);
  const names = await organisationNames(tx, [row.ownerOrganisationId, ...mine.map((n) => n.organisationId)]);
  const totalsByLot = new Map(totals.map((t) => [t.lotId, t]));
  const deadlinePassed = row.needsDeadline.getTime() <= Date.now();
  return {
    ...summaryOf(row, names, alliance, lots.length),
    description: row.description,
    contractKind: row.contractKind as ContractKind,
    authorityKind: row.authorityKind as AuthorityKind,
    periodStart: row.periodStart,
    periodEnd: row.periodEnd,
    threshold: thresholdCheck(
      row.estimatedValueCents,
      row.contractKind as ContractKind,
      row.authorityKind as AuthorityKind,
      row.needsDeadline,
    ),
    tenderReference: row.tenderReference,
    awardedTo: row.awardedTo,
    awardedValueCents: row.awardedValueCents,
    awardedAt: row.awardedAt?.toISOString() ?? null,
    lotList: lots.map((lot) => {
      const t = totalsByLot.get(lot.id);
      return {
        id: lot.id,
        position: lot.position,
        title: lot.title,
        unit: lot.unit,
        description: lot.description,
        totals: lead
          ? { organisations: t?.organisations ?? 0, quantity: t?.quantity ?? 0, budgetCents: t?.budgetCents ?? 0 }
          : null,
      };
    }),
    myNeeds: mine.map((n) => needViewOf(n, names)),
    viewer: {
      isLead: lead,
      canDeclare: canDeclareNeeds(viewer, row) && !deadlinePassed && row.stage === 'needs-survey',
      deadlinePassed,
    },
  };
}
