import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { csvRows } from '../../../test/csv-rows.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { organisations } from '../../organisations/tables.ts';
import { createSearchWorld, type SearchWorld, saveRecord } from '../search/search-fixtures.ts';
import { queryString, type SearchParams } from '../search/search-test-client.ts';
import { EXCHANGE_COLUMNS, EXCHANGE_FORMAT, type ExchangeRecord } from './exchange-format.ts';

// GET /api/atlas/cooperations.csv and .json: the filtered result, every public field, nothing else.

let t: TestApp;
let world: SearchWorld;
let harburg: { id: string; name: string; ags: string };

beforeAll(async () => {
  t = await buildTestApp();
  world = await createSearchWorld(t);
  const [row] = await t.deps.db
    .select({ id: organisations.id, name: organisations.name, ags: organisations.ags })
    .from(organisations)
    .where(eq(organisations.ags, '03353'));
  if (!row?.ags) throw new Error('the directory should hold Landkreis Harburg');
  harburg = { id: row.id, name: row.name, ags: row.ags };
  await saveRecord(t, {
    title: `Wissensmanagement; "Plattform" ${world.token}`,
    summary: 'Zeile eins\nZeile zwei',
    sector: '01',
    sectorGroup: '01.3',
    fields: ['edv', 'personal'],
    keywords: ['Wissen', 'Plattform'],
    partnerIds: [harburg.id, world.gemeindeNord.id],
    externalPartners: ['Universität Lüneburg'],
    contacts: [{ name: 'Erika Muster', email: 'erika.muster@example.org', phone: '+49 4105 123456' }],
    website: 'https://example.org/plattform',
    startYear: 2006,
    status: 'laufend',
    legalForm: 'verwaltungsvereinbarung',
    awards: [{ name: 'EPSA', year: 2009 }],
    funding: [{ programme: 'Landesprogramm', amount: 50_000 }],
    investment: 120_000,
    yearlySavings: 30_000,
    populationServed: 250_000,
    location: { latitude: 53.38, longitude: 9.99 },
    description: '<p>Beschreibung mit <strong>Auszeichnung</strong>.</p>',
    lessonsLearned: '<p>Früh beginnen.</p>',
    transferable: true,
    transferRequirements: 'Ein Ratsbeschluss',
  });
  await saveRecord(t, {
    title: `=HYPERLINK("https://evil.example") ${world.token}`,
    sector: '05',
    partnerIds: [world.gemeindeSued.id],
  });
  await saveRecord(t, { title: `Entwurf ${world.token}`, partnerIds: [world.gemeindeNord.id] }, 'draft');
});

async function download(extension: 'csv' | 'json', params: SearchParams) {
  return t.request({ method: 'GET', url: `/api/atlas/cooperations.${extension}?${queryString(params)}` });
}

describe('CSV export', () => {
  it('is UTF-8 with BOM, ";" separated, CRLF, with a dated file name and every public field', async () => {
    const response = await download('csv', { q: world.token, sort: 'start' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    const day = new Date().toISOString().slice(0, 10);
    expect(response.headers['content-disposition']).toBe(`attachment; filename="kooperationsatlas-${day}.csv"`);
    const raw = response.rawPayload;
    expect([...raw.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const text = raw.subarray(3).toString('utf8');
    expect(text.split('\r\n')[0]).toBe(EXCHANGE_COLUMNS.join(';'));
    expect(text.endsWith('\r\n')).toBe(true);

    const [header, ...rows] = csvRows(text);
    expect(rows).toHaveLength(2);
    const record = Object.fromEntries((header as string[]).map((column, i) => [column, rows[0]?.[i]]));
    expect(record).toMatchObject({
      title: `Wissensmanagement; "Plattform" ${world.token}`,
      summary: 'Zeile eins\nZeile zwei',
      sector: '01',
      sector_group: '01.3',
      fields: 'edv | personal',
      keywords: 'Wissen | Plattform',
      partners: `${harburg.ags} | ${world.gemeindeNord.id}`,
      partner_names: `${harburg.name} | ${world.gemeindeNord.name}`,
      external_partners: 'Universität Lüneburg',
      website: 'https://example.org/plattform',
      start_year: '2006',
      end_year: '',
      status: 'laufend',
      legal_form: 'verwaltungsvereinbarung',
      transferable: 'ja',
      transfer_requirements: 'Ein Ratsbeschluss',
      awards: 'EPSA (2009)',
      funding: 'Landesprogramm: 50000',
      investment: '120000',
      yearly_savings: '30000',
      population_served: '250000',
      latitude: '53.38',
      longitude: '9.99',
      lessons_learned: '<p>Früh beginnen.</p>',
    });
    expect(record.description).toContain('<strong>Auszeichnung</strong>');
    expect(record.url).toBe(`${t.config.publicUrl}/atlas/${record.slug}`);
    // Contacts' addresses are for signed-in people only.
    expect(text).not.toContain('erika.muster@example.org');
    expect(text).not.toContain('123456');
    // Quoted because of `;`, `"` and the line break.
    expect(text).toContain(`"Wissensmanagement; ""Plattform"" ${world.token}"`);
  });

  it('keeps spreadsheets from running a cell as a formula', async () => {
    const text = (await download('csv', { q: world.token, sector: '05' })).body;
    expect(text).toContain(`'=HYPERLINK(""https://evil.example"") ${world.token}`);
  });

  it('applies the filters and leaves out records that are not published', async () => {
    const text = (await download('csv', { partner: world.gemeindeNord.id })).body;
    expect(text).toContain('Wissensmanagement');
    expect(text).not.toContain('HYPERLINK');
    expect(text).not.toContain('Entwurf');
    const empty = await download('csv', { q: world.token, land: '16' });
    expect(csvRows(empty.body.replace(/^\uFEFF/, ''))).toHaveLength(1);
  });
});

describe('JSON export', () => {
  it('has the format name, the time and the records with native types', async () => {
    const before = Date.now();
    const response = await download('json', { q: world.token, sort: 'start' });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('application/json; charset=utf-8');
    expect(response.headers['content-disposition']).toMatch(
      /^attachment; filename="kooperationsatlas-\d{4}-\d{2}-\d{2}\.json"$/,
    );
    const body = response.json() as { format: string; exportedAt: string; cooperations: ExchangeRecord[] };
    expect(body.format).toBe(EXCHANGE_FORMAT);
    expect(Date.parse(body.exportedAt)).toBeGreaterThanOrEqual(before - 1000);
    expect(body.cooperations).toHaveLength(2);
    const [first] = body.cooperations;
    expect(Object.keys(first as object)).toEqual([...EXCHANGE_COLUMNS]);
    expect(first).toMatchObject({
      fields: ['edv', 'personal'],
      partners: [harburg.ags, world.gemeindeNord.id],
      transferable: true,
      start_year: 2006,
      end_year: null,
      awards: [{ name: 'EPSA', year: 2009 }],
      funding: [{ programme: 'Landesprogramm', amount: 50_000 }],
      investment: 120_000,
    });
    expect(JSON.stringify(body)).not.toContain('erika.muster@example.org');
  });

  it('is an empty list when nothing matches', async () => {
    const body = (await download('json', { q: `${world.token} nirgendwo` })).json() as { cooperations: unknown[] };
    expect(body.cooperations).toEqual([]);
  });
});

it('answers bad filters with a 400 problem', async () => {
  for (const extension of ['csv', 'json'] as const) {
    for (const params of [{ sort: 'x' }, { kreis: 'nope' }, { startFrom: '2020', startTo: '2000' }, { page: '1' }]) {
      const response = await download(extension, params);
      if ('page' in params) {
        // Paging means nothing to an export; unknown parameters are ignored as by the search.
        expect(response.statusCode).toBe(200);
        continue;
      }
      expect(problemOf(response, 400).type).toBe('/problems/validation');
    }
  }
});
