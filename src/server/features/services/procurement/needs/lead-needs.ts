import { asc, eq } from 'drizzle-orm';
import type { NeedList, NeedView } from '../../../../../shared/contracts/services-procurement.ts';
import type { Db } from '../../../../platform/db/client.ts';
import { loadLedPurchase, type PurchaseRow, viewerOf } from '../access.ts';
import { needViewOf, organisationNames } from '../purchases/purchase-views.ts';
import { procurementLots, procurementNeeds } from '../tables.ts';

export interface LeadNeeds {
  purchase: PurchaseRow;
  lots: (typeof procurementLots.$inferSelect)[];
  needs: NeedView[];
}

/** Every organisation's needs of a purchase, by lot and organisation: for its lead only. */
export async function leadNeeds(db: Db, personId: string, id: string): Promise<LeadNeeds> {
  return db.transaction(async (tx) => {
    const viewer = await viewerOf(tx, personId);
    const purchase = await loadLedPurchase(tx, viewer, id);
    const lots = await tx
      .select()
      .from(procurementLots)
      .where(eq(procurementLots.purchaseId, id))
      .orderBy(asc(procurementLots.position));
    const rows = await tx.select().from(procurementNeeds).where(eq(procurementNeeds.purchaseId, id));
    const names = await organisationNames(
      tx,
      rows.map((r) => r.organisationId),
    );
    const position = new Map(lots.map((l) => [l.id, l.position]));
    const needs = rows
      .map((r) => needViewOf(r, names))
      .sort(
        (a, b) =>
          (position.get(a.lotId) ?? 0) - (position.get(b.lotId) ?? 0) ||
          a.organisation.name.localeCompare(b.organisation.name, 'de'),
      );
    return { purchase, lots, needs };
  });
}

export const needList = (answer: LeadNeeds): NeedList => ({ needs: answer.needs });
