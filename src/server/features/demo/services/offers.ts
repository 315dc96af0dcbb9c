import { and, eq } from 'drizzle-orm';
import type { OfferInput } from '../../../../shared/contracts/services-offers.ts';
import type { Deps } from '../../../deps.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { personIdByEmail } from '../../accounts/person-record.ts';
import { alliancesOfOrganisation } from '../../alliances/of-organisation.ts';
import { membershipOf } from '../../organisations/membership.ts';
import { answerRequest, recordAgreement } from '../../services/offers/answer-request.ts';
import { askForOffer } from '../../services/offers/ask-for-offer.ts';
import type { OfferActor } from '../../services/offers/offer-access.ts';
import { createOffer } from '../../services/offers/save-offer.ts';
import { serviceOffers } from '../../services/offers/tables.ts';
import { DEMO_ORGANISATIONS } from '../accounts.ts';
import { organisationsByAgs } from '../queries.ts';

// The demo's competence centre offers: Leipzig runs the e-file servers for its alliance with Dresden and
// Magdeburg (Magdeburg asked, Leipzig accepted and recorded the agreement; Dresden's request is open),
// Dresden processes allowances for Saxony, Magdeburg's procurement office and Arnsberg's geodata portal
// serve everyone. Written through the offers' own use cases as their admins would; an offer of the same
// title by the same organisation is left as it is.

const NAMES = new Map(DEMO_ORGANISATIONS.flatMap((o) => o.people.map((p) => [p.email, p.name] as const)));
const ALLIANCE = 'IT-Kooperation Dresden–Leipzig–Magdeburg';
const DEMO = 'Demodaten. ';

const AGS = { leipzig: '14713000', dresden: '14612000', magdeburg: '15003000', arnsberg: '05958004' } as const;
const ADMIN = {
  leipzig: 'andreas.schreiber@leipzig.demo',
  dresden: 'susanne.lehmann@dresden.demo',
  magdeburg: 'heike.schmidt@magdeburg.demo',
  arnsberg: 'stefan.hoffmann@arnsberg.demo',
} as const;
type Town = keyof typeof AGS;

const checked = { commonGoals: true, publicInterestOnly: true, marketShareBelow20: true, note: '' };

function offer(
  organisationId: string,
  fields: Partial<OfferInput> & Pick<OfferInput, 'title' | 'description'>,
): OfferInput {
  return {
    organisationId,
    leikaKey: null,
    taskField: 'edv',
    expertIds: [],
    capacity: '',
    serviceLevel: '',
    priceModel: 'cost-recovery',
    priceCents: null,
    priceNote: '',
    legalBasis: 'zweckvereinbarung',
    audience: 'platform',
    allianceId: null,
    landCode: null,
    validFrom: null,
    validUntil: null,
    exemption: checked,
    ...fields,
    description: `${DEMO}${fields.description}`,
  };
}

async function actorOf(tx: Tx, email: string): Promise<OfferActor | null> {
  const personId = await personIdByEmail(tx, email);
  if (!personId) return null;
  const membership = await membershipOf(tx, personId);
  if (membership?.status !== 'confirmed') return null;
  return {
    viewer: { personId, organisation: { id: membership.organisationId, role: membership.role } },
    name: NAMES.get(email) ?? email,
    ip: null,
  };
}

/** Adds the demo's offers that are missing, each in a savepoint of its own. */
export async function seedOffers(tx: Tx, deps: Deps, log?: { warn(message: string): void }): Promise<void> {
  const orgs = await organisationsByAgs(tx, Object.values(AGS));
  const id = (town: Town) => orgs.get(AGS[town])?.id;
  const inSeed: Deps = { ...deps, db: tx as unknown as Db, publisher: { flush: async () => {}, stop: async () => {} } };
  const apart = async (what: string, step: (deps: Deps) => Promise<void>) => {
    try {
      await tx.transaction((sp) => step({ ...inSeed, db: sp as unknown as Db }));
    } catch (error) {
      log?.warn(`Demo offer skipped (${what}): ${(error as Error).message}`);
    }
  };
  const exists = async (organisationId: string, title: string) =>
    (
      await tx
        .select({ id: serviceOffers.id })
        .from(serviceOffers)
        .where(and(eq(serviceOffers.organisationId, organisationId), eq(serviceOffers.title, title)))
    ).length > 0;

  const leipzig = id('leipzig');
  const leipzigAdmin = await actorOf(tx, ADMIN.leipzig);
  if (leipzig && leipzigAdmin && !(await exists(leipzig, 'Betrieb von E-Akte-Servern'))) {
    await apart('E-Akte', async (d) => {
      const alliance = (await alliancesOfOrganisation(tx, leipzig)).find((a) => a.name === ALLIANCE);
      const expert = await personIdByEmail(tx, 'nadine.vogel@leipzig.demo');
      const created = await createOffer(
        d,
        leipzigAdmin,
        offer(leipzig, {
          title: 'Betrieb von E-Akte-Servern',
          description:
            'Das Rechenzentrum der Stadt Leipzig betreibt die Server der E-Akte für die Partner im Verbund: Installation, Updates, tägliche Sicherung und Wiederherstellung, Überwachung rund um die Uhr. Die Fachverfahren bleiben in der Hand der Partner.',
          expertIds: expert ? [expert] : [],
          capacity: 'bis zu fünf Kommunen',
          serviceLevel: 'Mo–Fr 7–18 Uhr erreichbar, Störungen der Priorität 1 binnen 4 Stunden, Verfügbarkeit 99,5 %',
          priceModel: 'per-inhabitant',
          priceCents: 45,
          priceNote: 'je Einwohnerin und Einwohner und Jahr, abgerechnet nach Kosten',
          audience: alliance ? 'alliance' : 'platform',
          allianceId: alliance?.id ?? null,
          validFrom: '2025-01-01',
        }),
      );
      const magdeburgAdmin = await actorOf(tx, ADMIN.magdeburg);
      if (magdeburgAdmin) {
        const request = await askForOffer(d, magdeburgAdmin, created.id, {
          message: 'Wir möchten den Betrieb unserer E-Akte-Server ab dem Frühjahr an Leipzig übergeben.',
        });
        await answerRequest(d, leipzigAdmin, request.id, true, {
          note: 'Gern – wir setzen die Zweckvereinbarung auf.',
        });
        await recordAgreement(d, leipzigAdmin, request.id, { startDate: '2025-04-01', documentUrl: null });
      }
      const dresdenAdmin = await actorOf(tx, ADMIN.dresden);
      if (dresdenAdmin) {
        await askForOffer(d, dresdenAdmin, created.id, {
          message: 'Dresden prüft, ob wir ab 2027 ebenfalls teilnehmen. Können wir die Kapazität vorab reservieren?',
        });
      }
    });
  }

  const others: Array<{ town: Town; input: (organisationId: string) => OfferInput }> = [
    {
      town: 'dresden',
      input: (o) =>
        offer(o, {
          title: 'Beihilfebearbeitung für Beschäftigte',
          description:
            'Die Beihilfestelle der Landeshauptstadt Dresden bearbeitet die Beihilfeanträge der Beamtinnen und Beamten anderer sächsischer Kommunen, digital vom Antrag bis zum Bescheid.',
          taskField: 'personal',
          capacity: '4.000 Anträge im Jahr',
          priceModel: 'per-case',
          priceCents: 3_500,
          legalBasis: 'verwaltungsvereinbarung',
          audience: 'land',
          landCode: '14',
        }),
    },
    {
      town: 'magdeburg',
      input: (o) =>
        offer(o, {
          title: 'Gemeinsame Vergabestelle für IT-Beschaffungen',
          description:
            'Die Vergabestelle der Landeshauptstadt Magdeburg führt Ausschreibungen für IT-Hardware und Software im Auftrag anderer Kommunen durch, von der Bedarfsermittlung bis zum Zuschlag.',
          taskField: 'beschaffung',
          capacity: 'zehn Verfahren im Jahr',
          legalBasis: 'oeffentlich-rechtliche-vereinbarung',
        }),
    },
    {
      town: 'arnsberg',
      input: (o) =>
        offer(o, {
          title: 'Geodatenportal und Kartendienste',
          description:
            'Arnsberg betreibt ein Geodatenportal mit Bebauungsplänen, Liegenschaftskarte und Luftbildern und stellt es Nachbarkommunen als eigenen Mandanten bereit.',
          taskField: 'bauaufsicht',
          priceModel: 'flat',
          priceCents: 120_000,
          priceNote: 'je Jahr und Kommune',
          exemption: { ...checked, marketShareBelow20: false, note: 'Marktanteil wird noch geprüft.' },
        }),
    },
  ];
  for (const { town, input } of others) {
    const organisationId = id(town);
    const actor = await actorOf(tx, ADMIN[town]);
    if (!organisationId || !actor) continue;
    const values = input(organisationId);
    if (await exists(organisationId, values.title)) continue;
    await apart(values.title, async (d) => {
      await createOffer(d, actor, values);
    });
  }
}
