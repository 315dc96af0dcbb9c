import { desc, eq, inArray, or } from 'drizzle-orm';
import type { RadarList, RadarSide } from '../../../../../shared/contracts/services-procurement.ts';
import type { Db, Tx } from '../../../../platform/db/client.ts';
import { alliancesOfOrganisation } from '../../../alliances/of-organisation.ts';
import { viewerOf } from '../access.ts';
import { organisationNames } from '../purchases/purchase-views.ts';
import { procurementPlans, procurementPurchases, procurementRadarMatches } from '../tables.ts';

type Entry = Omit<RadarSide, 'organisation'> & { organisationId: string };

async function entries(tx: Tx, planIds: string[], purchaseIds: string[]): Promise<Map<string, Entry>> {
  const found = new Map<string, Entry>();
  if (planIds.length > 0) {
    for (const p of await tx.select().from(procurementPlans).where(inArray(procurementPlans.id, planIds))) {
      found.set(p.id, {
        kind: 'plan',
        id: p.id,
        title: p.title,
        cpvCode: p.cpvCode,
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        organisationId: p.organisationId,
      });
    }
  }
  if (purchaseIds.length > 0) {
    for (const p of await tx.select().from(procurementPurchases).where(inArray(procurementPurchases.id, purchaseIds))) {
      found.set(p.id, {
        kind: 'purchase',
        id: p.id,
        title: p.subject,
        cpvCode: p.cpvCodes[0] ?? '',
        periodStart: p.periodStart,
        periodEnd: p.periodEnd,
        organisationId: p.ownerOrganisationId,
      });
    }
  }
  return found;
}

/** The radar's proposals that concern my organisation, newest first, my side first. */
export async function listRadar(db: Db, personId: string): Promise<RadarList> {
  return db.transaction(async (tx) => {
    const viewer = await viewerOf(tx, personId);
    const org = viewer.organisationId;
    if (!org) return { proposals: [] };
    const m = procurementRadarMatches;
    const rows = await tx
      .select()
      .from(m)
      .where(or(eq(m.firstOrganisationId, org), eq(m.secondOrganisationId, org)))
      .orderBy(desc(m.createdAt))
      .limit(200);
    const ids = (kind: string) =>
      rows
        .flatMap((r) => [r.firstKind === kind ? r.firstId : null, r.secondKind === kind ? r.secondId : null])
        .filter((x): x is string => x !== null);
    const found = await entries(tx, ids('plan'), ids('purchase'));
    const names = await organisationNames(
      tx,
      rows.flatMap((r) => [r.firstOrganisationId, r.secondOrganisationId]),
    );
    const alliances = new Map((await alliancesOfOrganisation(tx, org)).map((a) => [a.id, a.name]));
    const side = (e: Entry): RadarSide => {
      const { organisationId, ...rest } = e;
      return { ...rest, organisation: { id: organisationId, name: names.get(organisationId) ?? organisationId } };
    };
    return {
      proposals: rows.flatMap((r) => {
        const first = found.get(r.firstId);
        const second = found.get(r.secondId);
        if (!first || !second) return [];
        const mineFirst = r.firstOrganisationId === org;
        return [
          {
            id: r.id,
            cpvGroup: r.cpvGroup,
            reason: r.reason as 'alliance' | 'land',
            alliance:
              r.allianceId && alliances.has(r.allianceId)
                ? { id: r.allianceId, name: alliances.get(r.allianceId) ?? '' }
                : null,
            mine: side(mineFirst ? first : second),
            theirs: side(mineFirst ? second : first),
            createdAt: r.createdAt.toISOString(),
          },
        ];
      }),
    };
  });
}
