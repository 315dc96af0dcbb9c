import { beforeAll, describe, expect, it } from 'vitest';
import { ATLAS_LIMITS } from '../../../shared/atlas/states.ts';
import type { Cooperation } from '../../../shared/contracts/atlas.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { DEMO_COOPERATIONS } from './cooperations/index.ts';
import { DEMO_KEYWORD } from './cooperations/sketch.ts';
import { organisationsByAgs } from './queries.ts';
import { seedDemo } from './seed.ts';

const demo = await buildTestApp({ demo: true });

async function shown(slug: string) {
  const res = await demo.request({ method: 'GET', url: `/api/atlas/cooperations/${slug}` });
  expect(res.statusCode, `${slug}: ${res.body}`).toBe(200);
  return res.json() as Cooperation;
}

const slugOf = (title: string) =>
  DEMO_COOPERATIONS.find((c) => c.record.title.startsWith(title))?.record.slug as string;

describe('demo cooperations', () => {
  // The first seed of a fresh database publishes every record; it takes a while on a busy machine.
  beforeAll(() => seedDemo(demo.deps), 180_000);

  it('are published with all their partners, sections and contacts, and seeding twice adds nothing', async () => {
    await seedDemo(demo.deps);
    const organisationOf = await organisationsByAgs(demo.deps.db, [
      ...new Set(DEMO_COOPERATIONS.flatMap((c) => c.partners)),
    ]);
    for (const { record, partners, contacts } of DEMO_COOPERATIONS) {
      const cooperation = await shown(record.slug);
      expect(cooperation).toMatchObject({
        title: record.title,
        externalId: record.externalId,
        state: 'published',
        synthetic: false,
        revision: 1,
        legalForm: record.legalForm,
      });
      // Every partner is found in the directory, so none was left out.
      expect(cooperation.partners.map((p) => p.id).sort(), record.slug).toEqual(
        partners.map((ags) => organisationOf.get(ags)?.id).sort(),
      );
      expect(cooperation.contacts, record.slug).toHaveLength(contacts.length);
      for (const section of ['description', 'currentStatus', 'lessonsLearned', 'furtherInformation'] as const) {
        expect(cooperation[section], `${record.slug} ${section}`).toMatch(/^<p>.+<\/p>$/s);
      }
      expect(cooperation.location).not.toBeNull();
    }
  });

  it('are each marked as demo data, in the description and by a keyword', async () => {
    for (const { record } of DEMO_COOPERATIONS) {
      const cooperation = await shown(record.slug);
      expect(cooperation.description, record.slug).toMatch(/^<p><strong>Demodaten:<\/strong>/);
      expect(cooperation.keywords, record.slug).toContain(DEMO_KEYWORD);
    }
  });

  it('name the partners the issue names, with the Südwestfalen Agentur and the IT providers as external partners', async () => {
    // Kreise are named with or without their kind, as the directory's edition has it.
    const names = async (slug: string) =>
      (await shown(slug)).partners.map((p) => p.name.replace(/^(Landkreis|Kreis) /, '')).sort();
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
    expect((await shown(slugOf('Feuerwehr-Kooperation Nordheide'))).contacts.map((c) => c.name)).toEqual([
      'Anna Schulz',
      'Birgit Hansen',
    ]);
  });

  it('can be found in the public search', async () => {
    const res = await demo.request({
      method: 'GET',
      url: `/api/atlas/cooperations?q=${encodeURIComponent('Kollaborationsplattform')}`,
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().hits.map((h: { slug: string }) => h.slug)).toContain('kollaborationsplattform-landkreis-harburg');
  });

  it('keep summaries within the limit and slugs and external IDs unique', () => {
    for (const { record } of DEMO_COOPERATIONS) {
      expect(record.summary.length, record.slug).toBeLessThanOrEqual(ATLAS_LIMITS.summaryMax);
    }
    expect(new Set(DEMO_COOPERATIONS.map((c) => c.record.slug)).size).toBe(DEMO_COOPERATIONS.length);
    expect(new Set(DEMO_COOPERATIONS.map((c) => c.record.externalId)).size).toBe(DEMO_COOPERATIONS.length);
  });
});
