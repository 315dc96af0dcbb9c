import { and, eq } from 'drizzle-orm';
import type { Deps } from '../../../deps.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { personIdByEmail } from '../../accounts/person-record.ts';
import { alliancesOfOrganisation } from '../../alliances/of-organisation.ts';
import { declareNeed } from '../../services/procurement/needs/declare-need.ts';
import { createPurchase } from '../../services/procurement/purchases/create-purchase.ts';
import { createPlan } from '../../services/procurement/radar/plans.ts';
import { procurementPlans, procurementPurchases } from '../../services/procurement/tables.ts';
import { organisationsByAgs } from '../queries.ts';

// The demo's joint procurement: Leipzig leads a laptop purchase with two lots for the IT alliance with
// Dresden and Magdeburg; all three declared their needs. Magdeburg and Dresden entered plans in the same
// CPV group (computer equipment, 302), so the bundling radar proposes to bundle them. Written through the
// area's own use cases as their admins would, each in a savepoint; what exists already is left alone.

const ALLIANCE = 'IT-Kooperation Dresden–Leipzig–Magdeburg';
const SUBJECT = 'Notebooks für die Verwaltung 2027';
const AGS = { leipzig: '14713000', dresden: '14612000', magdeburg: '15003000' } as const;
const ADMIN = {
  leipzig: 'andreas.schreiber@leipzig.demo',
  dresden: 'susanne.lehmann@dresden.demo',
  magdeburg: 'heike.schmidt@magdeburg.demo',
} as const;

const need = (quantity: number, euros: number, contactName: string, contactEmail: string) => ({
  quantity,
  budgetCents: euros * 100,
  contactName,
  contactEmail,
});

/** Adds the demo's joint purchase, needs and plans that are missing. */
export async function seedProcurement(tx: Tx, deps: Deps, log?: { warn(message: string): void }): Promise<void> {
  const orgs = await organisationsByAgs(tx, Object.values(AGS));
  const leipzig = orgs.get(AGS.leipzig);
  const actor = async (email: string) => {
    const personId = await personIdByEmail(tx, email);
    return personId ? { personId, ip: null } : null;
  };
  const inSeed: Deps = { ...deps, db: tx as unknown as Db, publisher: { flush: async () => {}, stop: async () => {} } };
  const apart = async (what: string, step: (deps: Deps) => Promise<void>) => {
    try {
      await tx.transaction((sp) => step({ ...inSeed, db: sp as unknown as Db }));
    } catch (error) {
      log?.warn(`Demo procurement skipped (${what}): ${(error as Error).message}`);
    }
  };
  const [lead, dresden, magdeburg] = [
    await actor(ADMIN.leipzig),
    await actor(ADMIN.dresden),
    await actor(ADMIN.magdeburg),
  ];
  if (!leipzig || !lead) return;
  const alliance = (await alliancesOfOrganisation(tx, leipzig.id)).find((a) => a.name === ALLIANCE);
  const [existing] = await tx
    .select({ id: procurementPurchases.id })
    .from(procurementPurchases)
    .where(and(eq(procurementPurchases.ownerOrganisationId, leipzig.id), eq(procurementPurchases.subject, SUBJECT)));
  if (!existing && alliance) {
    await apart('laptops', async (d) => {
      const purchase = await createPurchase(d, lead, {
        subject: SUBJECT,
        description:
          'Demodaten. Gemeinsame Beschaffung von Notebooks mit Dockingstation für die Sachbearbeitung und die Fachverfahrensbetreuung. Leipzig schreibt federführend aus; die Partner rufen aus dem Rahmenvertrag ab.',
        cpvCodes: ['30213100-6'],
        lots: [
          { title: 'Notebooks Sachbearbeitung', unit: 'Stück', description: '14 Zoll, 16 GB RAM, Dockingstation' },
          { title: 'Notebooks Entwicklung', unit: 'Stück', description: '16 Zoll, 32 GB RAM' },
        ],
        estimatedValueCents: 48_000_000,
        contractKind: 'supplies',
        authorityKind: 'sub-central',
        needsDeadline: new Date(Date.now() + 21 * 86_400_000).toISOString(),
        periodStart: '2027-03-01',
        periodEnd: '2027-12-31',
        visibility: 'alliance',
        allianceId: alliance.id,
      });
      const [lot1, lot2] = purchase.lotList;
      if (!lot1 || !lot2) return;
      await declareNeed(d, lead, purchase.id, lot1.id, need(120, 132_000, 'Andreas Schreiber', ADMIN.leipzig));
      await declareNeed(d, lead, purchase.id, lot2.id, need(15, 27_000, 'Andreas Schreiber', ADMIN.leipzig));
      if (dresden) {
        await declareNeed(d, dresden, purchase.id, lot1.id, need(90, 99_000, 'Susanne Lehmann', ADMIN.dresden));
      }
      if (magdeburg) {
        await declareNeed(d, magdeburg, purchase.id, lot1.id, need(60, 66_000, 'Heike Schmidt', ADMIN.magdeburg));
        await declareNeed(d, magdeburg, purchase.id, lot2.id, need(8, 14_400, 'Heike Schmidt', ADMIN.magdeburg));
      }
    });
  }
  const plans = [
    { who: magdeburg, ags: AGS.magdeburg, title: 'Monitore für Bürgerbüros', cpvCode: '30200000-1', quantity: 80 },
    { who: dresden, ags: AGS.dresden, title: 'Dockingstationen und Headsets', cpvCode: '30200000-1', quantity: 150 },
  ];
  for (const plan of plans) {
    const organisation = orgs.get(plan.ags);
    if (!plan.who || !organisation) continue;
    const [there] = await tx
      .select({ id: procurementPlans.id })
      .from(procurementPlans)
      .where(and(eq(procurementPlans.organisationId, organisation.id), eq(procurementPlans.title, plan.title)));
    if (there) continue;
    const who = plan.who;
    await apart(plan.title, async (d) => {
      await createPlan(d, who, {
        title: plan.title,
        cpvCode: plan.cpvCode,
        periodStart: '2027-04-01',
        periodEnd: '2027-09-30',
        quantity: plan.quantity,
        unit: 'Stück',
      });
    });
  }
}
