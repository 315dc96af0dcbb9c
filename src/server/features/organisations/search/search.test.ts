import { describe, expect, it } from 'vitest';
import type { OrganisationSummary } from '../../../../shared/contracts/organisations.ts';
import { createPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { directorySearchOf } from './search.ts';
import { searchStatement } from './search-query.ts';

const t = await buildTestApp();

async function search(query: string) {
  const res = await t.request({ method: 'GET', url: `/api/organisations?${query}` });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as { items: OrganisationSummary[]; total: number };
}

describe('GET /api/organisations', () => {
  it('finds a municipality by the start of its name, first, with its Kreis and Land', async () => {
    const { items } = await search('q=Seevet');
    expect(items[0]).toMatchObject({
      name: 'Seevetal',
      type: 'gemeinde',
      ags: '03353031',
      ars: '033530031031',
      landCode: '03',
      landName: 'Niedersachsen',
      kreisName: 'Landkreis Harburg',
    });
    expect(items[0]?.latitude).toBeCloseTo(53.39, 1);
    expect(items[0]?.longitude).toBeCloseTo(10.03, 1);
  });

  it('tolerates typos', async () => {
    const { items } = await search('q=Seeveatl');
    expect(items[0]?.name).toBe('Seevetal');
  });

  it('folds umlauts and case, however they are typed', async () => {
    for (const q of ['Lübeck', 'luebeck', 'LUEBECK']) {
      const { items } = await search(`q=${encodeURIComponent(q)}`);
      expect(items[0], q).toMatchObject({ name: 'Lübeck', type: 'kreisfreie-stadt' });
    }
  });

  it('finds a word inside a name', async () => {
    const { items } = await search('q=Nordheide');
    expect(items[0]?.name).toBe('Buchholz in der Nordheide');
  });

  it('ranks the exact name first and prefers the type named in front of it', async () => {
    const kreis = await search(`q=${encodeURIComponent('Landkreis Harburg')}`);
    expect(kreis.items[0]).toMatchObject({ name: 'Landkreis Harburg', type: 'landkreis' });
    const city = await search('q=München');
    expect(
      city.items
        .slice(0, 2)
        .map((i) => i.type)
        .sort(),
    ).toEqual(['kreisfreie-stadt', 'landkreis']);
    expect(city.items.slice(0, 2).map((i) => i.name)).toEqual(['München', 'Landkreis München']);
  });

  it('finds the Kreis and its municipalities by AGS prefix, in key order', async () => {
    const { items, total } = await search('q=03353&limit=50');
    expect(items[0]).toMatchObject({ name: 'Landkreis Harburg', type: 'landkreis', ags: '03353' });
    expect(items.every((i) => i.ags?.startsWith('03353'))).toBe(true);
    expect(items.map((i) => i.name)).toEqual(expect.arrayContaining(['Seevetal', 'Buchholz in der Nordheide']));
    expect(total).toBe(items.length);
    expect(total).toBeGreaterThan(40);
    const agsInOrder = items.map((i) => i.ags ?? '');
    expect(agsInOrder).toEqual([...agsInOrder].sort());
  });

  it('finds a municipality by its full AGS and by a Gemeindeverband’s ARS prefix', async () => {
    expect((await search('q=03353031')).items.map((i) => i.name)).toEqual(['Seevetal']);
    const verband = await search('q=033535401');
    expect(verband.items.length).toBeGreaterThan(1);
    expect(verband.items.every((i) => i.ars?.startsWith('033535401'))).toBe(true);
  });

  it('filters by Land', async () => {
    const { items } = await search('q=Neustadt&land=07&limit=50');
    expect(items.length).toBeGreaterThan(0);
    expect(items.every((i) => i.landCode === '07' && i.landName === 'Rheinland-Pfalz')).toBe(true);
    expect(items.map((i) => i.name)).toContain('Neustadt an der Weinstraße');
  });

  it('filters by one or several types', async () => {
    const one = await search('q=Harburg&type=stadt');
    expect(one.items.map((i) => i.name)).toEqual(expect.arrayContaining(['Harburg (Schwaben)']));
    expect(one.items.every((i) => i.type === 'stadt')).toBe(true);
    const laender = await search('type=land&limit=50');
    expect(laender.total).toBe(16);
    expect(laender.items.map((i) => i.name)).toContain('Bayern');
    const several = await search('q=Harburg&type=stadt&type=landkreis');
    expect(new Set(several.items.map((i) => i.type))).toEqual(new Set(['stadt', 'landkreis']));
  });

  it('lists the Gemeinden of a Kreis', async () => {
    const kreis = (await search('q=03353')).items[0];
    const { items, total } = await search(`kreis=${kreis?.id}&limit=50`);
    expect(total).toBeGreaterThan(40);
    expect(items.every((i) => i.kreisName === 'Landkreis Harburg')).toBe(true);
  });

  it('pages through results and caps the page size at 50', async () => {
    const first = await search('q=Bad&limit=5');
    const second = await search('q=Bad&limit=5&offset=5');
    expect(first.items).toHaveLength(5);
    expect(second.total).toBe(first.total);
    expect(second.items.map((i) => i.id)).not.toContain(first.items[0]?.id);
    expect((await search('q=a&limit=500')).items).toHaveLength(50);
    const beyond = await search('q=Bad&offset=5000');
    expect(beyond).toEqual({ items: [], total: first.total });
  });

  it('answers an unknown name with an empty list', async () => {
    expect(await search('q=Qqxxzzyy')).toEqual({ items: [], total: 0 });
  });

  it('finds organisations added by administrators', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const name = `Zweckverband Wasser ${unique('zv')}`;
    const res = await t.request({
      method: 'POST',
      url: '/api/organisations',
      cookie: admin.cookie,
      payload: { name, type: 'zweckverband', landCode: '03' },
    });
    expect(res.statusCode, res.body).toBe(201);
    const { items } = await search(`q=${encodeURIComponent(name.toUpperCase())}`);
    expect(items[0]).toMatchObject({ name, type: 'zweckverband', landName: 'Niedersachsen', ags: null });
  });

  it('shows a renamed organisation under its new name at once', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const stem = unique('kreiswerke');
    const created = await t.request({
      method: 'POST',
      url: '/api/organisations',
      cookie: admin.cookie,
      payload: { name: `${stem} Alt`, type: 'sonstige' },
    });
    const id = created.json().id as string;
    expect((await search(`q=${stem}`)).items.map((i) => i.name)).toEqual([`${stem} Alt`]);
    await t.request({
      method: 'PATCH',
      url: `/api/organisations/${id}`,
      cookie: admin.cookie,
      payload: { name: `${stem} Neu` },
    });
    expect((await search(`q=${stem}`)).items.map((i) => i.name)).toEqual([`${stem} Neu`]);
  });

  it('rejects bad parameters with a problem', async () => {
    for (const query of ['land=17', 'land=x', 'type=dorf', 'limit=0', 'limit=x', 'offset=-1', `q=${'a'.repeat(101)}`]) {
      const problem = problemOf(await t.request({ method: 'GET', url: `/api/organisations?${query}` }), 400);
      expect(problem.type, query).toBe('/problems/validation');
    }
  });
});

describe('the search plan', () => {
  // What keeps the picker fast: the planner answers name queries from the two search indexes
  // instead of computing trigram similarity for all ~11,000 rows.
  async function plan(q: string): Promise<string> {
    const { sql: text, params } = searchStatement(t.deps.db, directorySearchOf({ q })).toSQL();
    // biome-ignore lint/suspicious/noExplicitAny: PGlite and the node-postgres pool both answer query(text, params) with { rows }
    const client = (t.deps.db as any).$client;
    const { rows } = await client.query(`explain ${text}`, params);
    return rows.map((r: Record<string, string>) => r['QUERY PLAN']).join('\n');
  }

  it('uses the trigram and prefix indexes for names', async () => {
    const text = await plan('Seeveatl');
    expect(text).toContain('organisations_search_name_trgm');
    expect(text).toContain('organisations_search_name_prefix');
    expect(text).not.toMatch(/Seq Scan on organisations\b/);
  });

  it('stays on the indexes for long names and several words, typos included', async () => {
    for (const q of ['Kirchheimbolandn', 'Frankfurt am Main', 'Neustadt an der Weinstrasse']) {
      const text = await plan(q);
      expect(text, q).toContain('organisations_search_name_trgm');
      expect(text, q).not.toMatch(/Seq Scan on organisations\b/);
    }
    expect((await search('q=Kirchheimbolandn')).items[0]?.name).toBe('Kirchheimbolanden');
    expect((await search('q=Frankfurt%20am%20Main')).items[0]?.name).toBe('Frankfurt am Main');
  });

  it('uses the AGS key for digits', async () => {
    expect(await plan('03353')).toContain('organisations_ags_key');
  });
});
