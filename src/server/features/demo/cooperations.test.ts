import { describe, expect, it } from 'vitest';
import { ATLAS_LIMITS } from '../../../shared/atlas/states.ts';
import type { Cooperation } from '../../../shared/contracts/atlas.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { DEMO_COOPERATIONS } from './cooperations/index.ts';
import { seedDemo } from './seed.ts';

const demo = await buildTestApp({ demo: true });

async function shown(slug: string) {
  const res = await demo.request({ method: 'GET', url: `/api/atlas/cooperations/${slug}` });
  expect(res.statusCode, `${slug}: ${res.body}`).toBe(200);
  return res.json() as Cooperation;
}

describe('demo cooperations', () => {
  it('are published with all their partners, sections and contacts, and seeding twice adds nothing', async () => {
    await seedDemo(demo.deps);
    await seedDemo(demo.deps);
    for (const { record, partners } of DEMO_COOPERATIONS) {
      const cooperation = await shown(record.slug);
      expect(cooperation).toMatchObject({
        title: record.title,
        externalId: record.externalId,
        state: 'published',
        synthetic: false,
        revision: 1,
        legalForm: record.legalForm,
      });
      expect(cooperation.partners).toHaveLength(partners.length);
      for (const section of ['description', 'currentStatus', 'lessonsLearned', 'furtherInformation'] as const) {
        expect(cooperation[section], `${record.slug} ${section}`).toMatch(/^<p>.+<\/p>$/s);
      }
      expect(cooperation.location).not.toBeNull();
    }
  });

  it('name the partners the issue names, with the Südwestfalen Agentur and the IT providers as external partners', async () => {
    await seedDemo(demo.deps);
    const names = async (slug: string) => (await shown(slug)).partners.map((p) => p.name).sort();
    expect(await names('kollaborationsplattform-landkreis-harburg')).toEqual(['Harburg', 'Neu Wulmstorf', 'Seevetal']);
    expect(await names('smart-cities-5-fuer-suedwestfalen')).toEqual([
      'Arnsberg',
      'Bad Berleburg',
      'Menden (Sauerland)',
      'Olpe',
      'Soest',
    ]);
    expect(await names('verwaltungsrebellen-labor')).toEqual(['Essen', 'Lünen', 'Wesel']);
    expect(await names('it-kooperation-dresden-leipzig-magdeburg')).toEqual(['Dresden', 'Leipzig', 'Magdeburg']);

    const harburg = await shown('kollaborationsplattform-landkreis-harburg');
    expect(harburg).toMatchObject({ startYear: 2006, legalForm: 'verwaltungsvereinbarung' });
    expect(harburg.awards.map((a) => a.name)).toEqual(['European Public Sector Award (EPSA)']);
    expect(harburg.contacts.map((c) => c.name)).toEqual(['Anna Schulz', 'Birgit Hansen']);
    expect((await shown('smart-cities-5-fuer-suedwestfalen')).externalPartners).toEqual(['Südwestfalen Agentur']);
    expect((await shown('it-kooperation-dresden-leipzig-magdeburg')).startYear).toBe(2009);
  });

  it('can be found in the public search', async () => {
    await seedDemo(demo.deps);
    const res = await demo.request({
      method: 'GET',
      url: `/api/atlas/cooperations?q=${encodeURIComponent('Kollaborationsplattform')}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().hits.map((h: { slug: string }) => h.slug)).toContain('kollaborationsplattform-landkreis-harburg');
  });

  it('keep summaries within the limit', () => {
    for (const { record } of DEMO_COOPERATIONS) {
      expect(record.summary.length, record.slug).toBeLessThanOrEqual(ATLAS_LIMITS.summaryMax);
    }
  });
});
