import { beforeAll, describe, expect, it } from 'vitest';
import type { PurchaseDetail, PurchaseList, RadarList } from '../../../../shared/contracts/services-procurement.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { demoClient } from '../../demo/demo-client.ts';
import { seedDemo } from '../../demo/seed.ts';

// The demo's joint purchase and radar proposals, as the demo's admins see them.

const demo = await buildTestApp({ demo: true });
const { signIn, get } = demoClient(demo);
const warnings: string[] = [];

describe('the demo’s joint procurement', () => {
  beforeAll(async () => {
    await seedDemo(demo.deps, { warn: (m) => warnings.push(m) });
    // A second run adds nothing.
    await seedDemo(demo.deps, { warn: (m) => warnings.push(m) });
  });

  it('Leipzig leads a laptop purchase with the needs of all three cities summed per lot', async () => {
    expect(warnings.filter((w) => w.includes('procurement'))).toEqual([]);
    const leipzig = await signIn('andreas.schreiber@leipzig.demo');
    const list = await get<PurchaseList>('/api/services/procurement/purchases', leipzig);
    const laptops = list.purchases.filter((p) => p.subject === 'Notebooks für die Verwaltung 2027');
    expect(laptops).toHaveLength(1);
    const detail = await get<PurchaseDetail>(`/api/services/procurement/purchases/${laptops[0]?.id}`, leipzig);
    expect(detail.lotList.map((l) => l.totals)).toEqual([
      { organisations: 3, quantity: 270, budgetCents: 29_700_000 },
      { organisations: 2, quantity: 23, budgetCents: 4_140_000 },
    ]);
    const dresden = await signIn('susanne.lehmann@dresden.demo');
    const seen = await get<PurchaseDetail>(`/api/services/procurement/purchases/${laptops[0]?.id}`, dresden);
    expect(seen.myNeeds).toHaveLength(1);
    expect(seen.lotList[0]?.totals).toBeNull();
  });

  it('the radar proposes Magdeburg and Dresden bundle their plans', async () => {
    const magdeburg = await signIn('heike.schmidt@magdeburg.demo');
    const radar = await get<RadarList>('/api/services/procurement/radar', magdeburg);
    expect(
      radar.proposals.some((p) => p.theirs.title === 'Dockingstationen und Headsets' && p.reason === 'alliance'),
    ).toBe(true);
  });
});
