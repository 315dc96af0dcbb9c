import { and, count, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import type { PurchaseList } from '../../../../../shared/contracts/services-procurement.ts';
import type { Db } from '../../../../platform/db/client.ts';
import { alliancesOfOrganisation } from '../../../alliances/of-organisation.ts';
import { viewerOf } from '../access.ts';
import { procurementLots, procurementPurchases } from '../tables.ts';
import { organisationNames, summaryOf } from './purchase-views.ts';

const PAGE = 200;

/** The purchases the person may see, newest first; `mine`: those of their own organisation. */
export async function listPurchases(db: Db, personId: string, mine: boolean): Promise<PurchaseList> {
  return db.transaction(async (tx) => {
    const viewer = await viewerOf(tx, personId);
    const p = procurementPurchases;
    const walls: SQL[] = [eq(p.visibility, 'platform')];
    if (viewer.organisationId) walls.push(eq(p.ownerOrganisationId, viewer.organisationId));
    if (viewer.allianceIds.length > 0) {
      walls.push(and(eq(p.visibility, 'alliance'), inArray(p.allianceId, [...viewer.allianceIds])) as SQL);
    }
    if (mine && !viewer.organisationId) return { purchases: [] };
    const where = mine && viewer.organisationId ? eq(p.ownerOrganisationId, viewer.organisationId) : or(...walls);
    const rows = await tx.select().from(p).where(where).orderBy(desc(p.createdAt)).limit(PAGE);
    if (rows.length === 0) return { purchases: [] };
    const lotCounts = await tx
      .select({ purchaseId: procurementLots.purchaseId, n: count() })
      .from(procurementLots)
      .where(
        inArray(
          procurementLots.purchaseId,
          rows.map((r) => r.id),
        ),
      )
      .groupBy(procurementLots.purchaseId);
    const lots = new Map(lotCounts.map((l) => [l.purchaseId, l.n]));
    const names = await organisationNames(
      tx,
      rows.map((r) => r.ownerOrganisationId),
    );
    // Alliance names of the viewer's alliances (the only alliances whose purchases they see).
    const myAlliances = viewer.organisationId ? await alliancesOfOrganisation(tx, viewer.organisationId) : [];
    const allianceNames = new Map(myAlliances.map((a) => [a.id, a.name]));
    return {
      purchases: rows.map((row) =>
        summaryOf(
          row,
          names,
          row.allianceId && allianceNames.has(row.allianceId)
            ? { id: row.allianceId, name: allianceNames.get(row.allianceId) ?? '' }
            : null,
          lots.get(row.id) ?? 0,
        ),
      ),
    };
  });
}
