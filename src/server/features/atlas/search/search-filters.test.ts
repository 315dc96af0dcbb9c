import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../../shared/contracts/atlas.ts';
import { createPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { createSearchWorld, type SearchWorld, saveRecord } from './search-fixtures.ts';
import { queryString, type SearchParams, searchAs } from './search-test-client.ts';

// Filters, facets, map points, paging and sorting of the atlas search, and what it never shows.

let t: TestApp;
let world: SearchWorld;
const ids: Record<string, string> = {};

/** This file's records only: every search names its partners. */
function mine(params: SearchParams = {}): Promise<SearchResult> {
  return searchAs(t, { partner: [world.gemeindeNord.id, world.gemeindeSued.id], ...params });
}
const titles = (result: SearchResult) => result.hits.map((h) => h.title).sort();

beforeAll(async () => {
  t = await buildTestApp();
  world = await createSearchWorld(t);
  const nord = world.gemeindeNord.id;
  const sued = world.gemeindeSued.id;
  const records = {
    r1: {
      title: 'R1 IT-Verbund',
      sector: '01',
      fields: ['edv', 'personal'],
      legalForm: 'verwaltungsvereinbarung',
      status: 'laufend',
      startYear: 2010,
      transferable: true,
      partnerIds: [nord],
    },
    r2: {
      title: 'R2 Abfall',
      sector: '05',
      fields: ['abfall'],
      legalForm: 'zweckverband',
      status: 'abgeschlossen',
      startYear: 2005,
      transferable: false,
      partnerIds: [sued],
    },
    r3: {
      title: 'R3 Abwasser',
      sector: '05',
      fields: ['abwasser', 'klimaschutz'],
      legalForm: 'zweckverband',
      status: 'laufend',
      startYear: 2020,
      transferable: true,
      partnerIds: [nord, sued],
    },
    r4: {
      title: 'R4 Feuerwehr',
      sector: '03',
      fields: ['feuerwehr'],
      legalForm: 'aoer',
      status: 'geplant',
      startYear: null,
      transferable: false,
      partnerIds: [sued],
    },
  };
  for (const [key, input] of Object.entries(records)) {
    ids[key] = (await saveRecord(t, { ...input, summary: `${world.token} ${input.title}` })).id;
  }
  for (const state of ['draft', 'review', 'archived'] as const) {
    await saveRecord(t, { title: `Unveröffentlicht ${state}`, summary: world.token, partnerIds: [nord] }, state);
  }
});

describe('filters', () => {
  const cases: [string, SearchParams, string[]][] = [
    ['sector', { sector: '05' }, ['R2 Abfall', 'R3 Abwasser']],
    ['one field', { field: 'edv' }, ['R1 IT-Verbund']],
    ['either of two fields', { field: ['abfall', 'abwasser'] }, ['R2 Abfall', 'R3 Abwasser']],
    ['Land of a partner', { land: '09' }, ['R2 Abfall', 'R3 Abwasser', 'R4 Feuerwehr']],
    ['legal form', { legalForm: 'zweckverband' }, ['R2 Abfall', 'R3 Abwasser']],
    ['status, two values', { status: ['laufend', 'geplant'] }, ['R1 IT-Verbund', 'R3 Abwasser', 'R4 Feuerwehr']],
    ['start years', { startFrom: '2006', startTo: '2020' }, ['R1 IT-Verbund', 'R3 Abwasser']],
    ['start from', { startFrom: '2010' }, ['R1 IT-Verbund', 'R3 Abwasser']],
    ['transferable', { transferable: 'true' }, ['R1 IT-Verbund', 'R3 Abwasser']],
    ['not transferable', { transferable: 'false' }, ['R2 Abfall', 'R4 Feuerwehr']],
    ['two filters together', { sector: '05', status: 'laufend' }, ['R3 Abwasser']],
  ];
  for (const [name, params, expected] of cases) {
    it(`by ${name}`, async () => {
      const result = await mine(params);
      expect(titles(result)).toEqual(expected);
      expect(result.total).toBe(expected.length);
    });
  }

  it('by Kreis: records with a partner in it', async () => {
    expect(titles(await mine({ kreis: world.kreisNord.id }))).toEqual(['R1 IT-Verbund', 'R3 Abwasser']);
  });

  it('by partner organisation', async () => {
    const result = await searchAs(t, { partner: world.gemeindeNord.id });
    expect(titles(result)).toEqual(['R1 IT-Verbund', 'R3 Abwasser']);
  });

  it('by words and filters together', async () => {
    expect(titles(await mine({ q: 'Abwasser', land: '03' }))).toEqual(['R3 Abwasser']);
    expect((await mine({ q: 'Abwasser', land: '01' })).total).toBe(0);
  });
});

describe('facets', () => {
  /** Each bucket's count is the total the list shows once that value is chosen (the facet's own filter replaced). */
  async function expectFacetsMatchResults(params: SearchParams) {
    const result = await mine(params);
    const asFilter: Record<string, (value: string) => SearchParams> = {
      sector: (v) => ({ sector: v }),
      field: (v) => ({ field: v }),
      land: (v) => ({ land: v }),
      kreis: (v) => ({ kreis: v }),
      legalForm: (v) => ({ legalForm: v }),
      status: (v) => ({ status: v }),
      transferable: (v) => ({ transferable: v }),
      startYear: (v) => ({ startFrom: v, startTo: v }),
    };
    const own: Record<string, string[]> = { startYear: ['startFrom', 'startTo'] };
    for (const [facet, buckets] of Object.entries(result.facets)) {
      for (const bucket of buckets as { value: string; count: number }[]) {
        const others = Object.fromEntries(
          Object.entries(params).filter(([key]) => !(own[facet] ?? [facet]).includes(key)),
        );
        const chosen = await mine({ ...others, ...(asFilter[facet] as (v: string) => SearchParams)(bucket.value) });
        expect(chosen.total, `${facet}=${bucket.value} with ${JSON.stringify(params)}`).toBe(bucket.count);
      }
    }
    return result;
  }

  it('count every value as the list would show it, with no filter', async () => {
    const result = await expectFacetsMatchResults({});
    expect(result.facets.sector).toEqual([
      { value: '05', count: 2 },
      { value: '01', count: 1 },
      { value: '03', count: 1 },
    ]);
    expect(result.facets.kreis.map((k) => [k.label, k.count]).sort()).toEqual(
      [
        [world.kreisNord.name, 2],
        [world.kreisSued.name, 3],
      ].sort(),
    );
    // Single-valued facets share out the whole result.
    for (const facet of ['sector', 'legalForm', 'status', 'transferable'] as const) {
      expect(result.facets[facet].reduce((sum, b) => sum + b.count, 0)).toBe(result.total);
    }
  });

  it('count each facet with the other filters applied but not its own', async () => {
    const result = await expectFacetsMatchResults({ sector: '05', status: 'laufend' });
    expect(result.total).toBe(1);
    // The sector facet ignores the sector filter: laufend records by sector.
    expect(result.facets.sector).toEqual([
      { value: '01', count: 1 },
      { value: '05', count: 1 },
    ]);
    // The status facet ignores the status filter: sector 05 by status.
    expect(result.facets.status).toEqual([
      { value: 'abgeschlossen', count: 1 },
      { value: 'laufend', count: 1 },
    ]);
    // Other facets follow both filters.
    expect(result.facets.legalForm).toEqual([{ value: 'zweckverband', count: 1 }]);
  });

  it('stay consistent with words, multi-valued and range filters', async () => {
    await expectFacetsMatchResults({ q: world.token, field: ['abfall', 'edv'], startFrom: '2000' });
    await expectFacetsMatchResults({ land: '09', transferable: 'false' });
  });
});

describe('points, pages and order', () => {
  it('gives the map every matching record, not only the page', async () => {
    const result = await mine({ pageSize: '1' });
    expect(result.hits).toHaveLength(1);
    expect(result.total).toBe(4);
    expect(result.points.map((p) => p.id).sort()).toEqual(Object.values(ids).sort());
    expect(result.pointsTotal).toBe(4);
    // In the order of the list, so a map that shows only the first shows the best.
    const list = await mine({ pageSize: '100', sort: 'start' });
    expect((await mine({ sort: 'start' })).points.map((p) => p.id)).toEqual(list.hits.map((h) => h.id));
    const r4 = result.points.find((p) => p.id === ids.r4);
    expect(r4).toMatchObject({ title: 'R4 Feuerwehr', sector: '03', latitude: 48.1, longitude: 11.5 });
  });

  it('pages through the result', async () => {
    const first = await mine({ pageSize: '3', sort: 'start' });
    const second = await mine({ pageSize: '3', page: '2', sort: 'start' });
    expect([first.page, first.pageSize, second.page]).toEqual([1, 3, 2]);
    expect(first.hits.map((h) => h.title)).toEqual(['R3 Abwasser', 'R1 IT-Verbund', 'R2 Abfall']);
    expect(second.hits.map((h) => h.title)).toEqual(['R4 Feuerwehr']);
    expect((await mine({ page: '3', pageSize: '3' })).hits).toEqual([]);
  });

  it('sorts by newest publication by default and without words', async () => {
    expect((await mine()).hits.map((h) => h.title)).toEqual([
      'R4 Feuerwehr',
      'R3 Abwasser',
      'R2 Abfall',
      'R1 IT-Verbund',
    ]);
    expect((await mine({ sort: 'newest' })).hits[0]?.title).toBe('R4 Feuerwehr');
  });

  it('shows cards with partners, Länder and codes', async () => {
    const hit = (await mine({ q: 'Abwasser' })).hits[0];
    expect(hit).toMatchObject({
      id: ids.r3,
      sector: '05',
      fields: ['abwasser', 'klimaschutz'],
      legalForm: 'zweckverband',
      state: 'published',
      landCodes: ['03', '09'],
      partnerNames: [world.gemeindeNord.name, world.gemeindeSued.name],
      transferable: true,
      synthetic: false,
    });
  });
});

describe('what the search never shows', () => {
  it('finds no draft, record in review or archived record, signed out or as a partner', async () => {
    const partner = await createPerson(t, { organisation: world.gemeindeNord });
    for (const cookie of [undefined, partner.cookie]) {
      const result = await searchAs(t, { q: world.token }, cookie);
      expect(titles(result)).toEqual(['R1 IT-Verbund', 'R2 Abfall', 'R3 Abwasser', 'R4 Feuerwehr']);
      expect(result.points).toHaveLength(4);
      expect(result.facets.status.reduce((sum, b) => sum + b.count, 0)).toBe(4);
    }
    expect(
      (await searchAs(t, { q: 'Unveröffentlicht' })).hits.some((h) => h.title.startsWith('Unveröffentlicht')),
    ).toBe(false);
  });

  it('answers bad parameters with a 400 problem', async () => {
    const bad: SearchParams[] = [
      { sort: 'popular' },
      { pageSize: '1000' },
      { pageSize: '0' },
      { page: '0' },
      { page: 'two' },
      { kreis: 'not-a-uuid' },
      { partner: '123' },
      { land: '17' },
      { sector: '11' },
      { field: 'raumfahrt' },
      { legalForm: 'gmbh-und-co' },
      { status: 'pausiert' },
      { transferable: 'vielleicht' },
      { startFrom: '1800' },
      { startFrom: '2020', startTo: '2010' },
      { q: 'x'.repeat(201) },
    ];
    for (const params of bad) {
      const response = await t.request({ method: 'GET', url: `/api/atlas/cooperations?${queryString(params)}` });
      const problem = problemOf(response, 400);
      expect(problem.type, JSON.stringify(params)).toBe('/problems/validation');
    }
  });
});
