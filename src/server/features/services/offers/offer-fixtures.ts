import { eq } from 'drizzle-orm';
import type { OfferDetail, OfferInput } from '../../../../shared/contracts/services-offers.ts';
import {
  createOrganisation,
  createPerson,
  type TestOrganisation,
  type TestPerson,
  unique,
} from '../../../test/factories.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { addMember, createAlliance } from '../../alliances/service.ts';
import { organisations } from '../../organisations/tables.ts';

export function send(
  t: TestApp,
  person: TestPerson | null,
  method: 'GET' | 'POST' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
) {
  return t.request({
    method,
    url,
    cookie: person?.cookie,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

async function placed(t: TestApp, name: string, landCode: string, latitude: number, longitude: number) {
  const organisation = await createOrganisation(t, {
    name: `${name} ${unique('o')}`,
    type: 'kreisfreie-stadt',
    landCode,
  });
  await t.deps.db.update(organisations).set({ latitude, longitude }).where(eq(organisations.id, organisation.id));
  return organisation;
}

/**
 * Leipzig, Dresden (Saxony) and Magdeburg (Saxony-Anhalt) in one alliance, Hamburg outside it; each with
 * an admin, Leipzig also with an editor, a member and an expert, Magdeburg with an editor and a member;
 * and a person without a confirmed organisation.
 */
export async function offerWorld(t: TestApp) {
  const leipzig = await placed(t, 'Stadt Leipzig', '14', 51.34, 12.37);
  const dresden = await placed(t, 'Landeshauptstadt Dresden', '14', 51.05, 13.74);
  const magdeburg = await placed(t, 'Landeshauptstadt Magdeburg', '15', 52.13, 11.62);
  const hamburg = await placed(t, 'Freie und Hansestadt Hamburg', '02', 53.55, 10.0);
  const leipzigAdmin = await createPerson(t, { organisation: leipzig, role: 'admin', name: 'Lena Leipzig' });
  const alliance = await t.deps.db.transaction(async (tx) => {
    const made = await createAlliance(tx, {
      name: `IT-Kooperation Dresden–Leipzig–Magdeburg ${unique('a')}`,
      organisationId: leipzig.id,
      createdBy: leipzigAdmin.id,
    });
    await addMember(tx, made.id, dresden.id);
    await addMember(tx, made.id, magdeburg.id);
    return made;
  });
  return {
    leipzig,
    dresden,
    magdeburg,
    hamburg,
    alliance,
    leipzigAdmin,
    leipzigEditor: await createPerson(t, { organisation: leipzig, role: 'editor' }),
    leipzigMember: await createPerson(t, { organisation: leipzig }),
    expert: await createPerson(t, { organisation: leipzig, name: 'Erik Experte' }),
    dresdenAdmin: await createPerson(t, { organisation: dresden, role: 'admin' }),
    magdeburgAdmin: await createPerson(t, { organisation: magdeburg, role: 'admin', name: 'Mara Magdeburg' }),
    magdeburgEditor: await createPerson(t, { organisation: magdeburg, role: 'editor' }),
    magdeburgMember: await createPerson(t, { organisation: magdeburg }),
    hamburgAdmin: await createPerson(t, { organisation: hamburg, role: 'admin' }),
    pending: await createPerson(t, { organisation: hamburg, pending: true }),
  };
}

export type OfferWorld = Awaited<ReturnType<typeof offerWorld>>;

/** A complete offer of `organisation`, open to everyone signed in unless the changes say otherwise. */
export function offerInput(organisation: TestOrganisation, changes: Partial<OfferInput> = {}): OfferInput {
  return {
    organisationId: organisation.id,
    title: 'Betrieb von E-Akte-Servern',
    description: 'Wir betreiben die Server der E-Akte im kommunalen Rechenzentrum, mit Sicherung und Updates.',
    leikaKey: null,
    taskField: 'edv',
    expertIds: [],
    capacity: 'bis zu fünf Kommunen',
    serviceLevel: 'Mo–Fr 7–18 Uhr, Störungen binnen 4 Stunden',
    priceModel: 'per-inhabitant',
    priceCents: 45,
    priceNote: 'je Einwohnerin und Einwohner und Jahr',
    legalBasis: 'zweckvereinbarung',
    audience: 'platform',
    allianceId: null,
    landCode: null,
    validFrom: '2026-01-01',
    validUntil: null,
    exemption: { commonGoals: true, publicInterestOnly: true, marketShareBelow20: true, note: '' },
    ...changes,
  };
}

export async function createdOffer(t: TestApp, person: TestPerson, input: OfferInput): Promise<OfferDetail> {
  const res = await send(t, person, 'POST', '/api/services/offers', input);
  if (res.statusCode !== 201) throw new Error(`offer not created: ${res.statusCode} ${res.body}`);
  return res.json() as OfferDetail;
}
