import { sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { OfferList, OfferRequestList } from '../../../../shared/contracts/services-offers.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { demoClient } from '../../demo/demo-client.ts';
import { seedDemo } from '../../demo/seed.ts';
import { seedOffers } from '../../demo/services/offers.ts';

// The demo's offers as its people see them (demo/services/offers.ts).

const demo = await buildTestApp({ demo: true });
const { signIn, get } = demoClient(demo);
const warnings: string[] = [];
const log = { warn: (message: string) => warnings.push(message) };

/** The demo organisations' offers and requests (the other test files share the database on PostgreSQL). */
async function footprint() {
  const [row] = rowsOf<{ offers: number; requests: number }>(
    await demo.deps.db.execute(sql`
      with d as (select id from persons where email like '%.demo')
      select (select count(*)::int from service_offers where created_by in (select id from d)) as offers,
        (select count(*)::int from service_offer_requests where requested_by in (select id from d)) as requests`),
  );
  return row;
}

describe('the demo’s offers', () => {
  beforeAll(async () => {
    await seedDemo(demo.deps, log);
  }, 240_000);

  it('are seeded once, without a step skipped', async () => {
    expect(warnings.filter((w) => w.includes('offer'))).toEqual([]);
    const first = await footprint();
    expect(first).toEqual({ offers: 4, requests: 2 });
    await demo.deps.db.transaction((tx) => seedOffers(tx, demo.deps, log));
    expect(await footprint()).toEqual(first);
  }, 120_000);

  it('shows Magdeburg the alliance’s offer with its accepted request, and hides Saxony’s from it', async () => {
    const heike = await signIn('heike.schmidt@magdeburg.demo');
    // Searched for by the demo's mark: on PostgreSQL other files' offers share the database.
    const demoOffers = async (query: string, cookie: string) =>
      (await get<OfferList>(`/api/services/offers?q=Demodaten&limit=100&${query}`, cookie)).items.filter((o) =>
        o.excerpt.startsWith('Demodaten'),
      );
    const seen = await demoOffers('', heike);
    const titles = seen.map((o) => o.title);
    expect(titles).toEqual(
      expect.arrayContaining([
        'Betrieb von E-Akte-Servern',
        'Gemeinsame Vergabestelle für IT-Beschaffungen',
        'Geodatenportal und Kartendienste',
      ]),
    );
    expect(titles).not.toContain('Beihilfebearbeitung für Beschäftigte');
    const eakte = seen.find((o) => o.title === 'Betrieb von E-Akte-Servern');
    const requests = await get<OfferRequestList>(`/api/services/offers/${eakte?.id}/requests`, heike);
    expect(requests.items).toHaveLength(1);
    expect(requests.items[0]).toMatchObject({ state: 'accepted', agreement: { startDate: '2025-04-01' } });
    const susanne = await signIn('susanne.lehmann@dresden.demo');
    const saxony = await demoOffers('land=14', susanne);
    expect(saxony.map((o) => o.title)).toContain('Beihilfebearbeitung für Beschäftigte');
  });
});
