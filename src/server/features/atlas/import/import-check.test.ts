import { describe, expect, it } from 'vitest';
import { ATLAS_LIMITS } from '../../../../shared/atlas/states.ts';
import { IMPORT_CONTENT_MAX } from '../../../../shared/contracts/atlas-import.ts';
import { createOrganisation, createPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import {
  check,
  csvOf,
  platformAdmin,
  problemList,
  recordsTagged,
  SEEVETAL,
  tag,
  upload,
  validRow,
} from './import-fixtures.ts';

const t = await buildTestApp();

describe('POST /api/atlas/imports (checking a file)', () => {
  it('reports a valid file row by row and writes nothing to the atlas', async () => {
    const admin = await platformAdmin(t);
    const a = tag();
    const b = tag();
    const report = await check(t, admin, 'csv', csvOf([validRow(a), validRow(b, { slug: '', external_id: '' })]));
    expect(report).toMatchObject({
      valid: true,
      confirmedAt: null,
      counts: { rows: 2, create: 2, update: 0, rowsWithProblems: 0, problems: 0 },
      ignoredColumns: [],
    });
    expect(report.rows).toEqual([
      { row: 2, slug: a, title: `Gemeinsame Beschaffung ${a}`, action: 'create', problems: [] },
      // Without slug and external ID, the title's slug is the record's key, so a re-import finds it.
      {
        row: 3,
        slug: `gemeinsame-beschaffung-${b}`,
        title: `Gemeinsame Beschaffung ${b}`,
        action: 'create',
        problems: [],
      },
    ]);
    expect(await recordsTagged(t, a)).toEqual([]);
    expect(await recordsTagged(t, b)).toEqual([]);

    const again = await t.request({ method: 'GET', url: `/api/atlas/imports/${report.id}`, cookie: admin.cookie });
    expect(again.statusCode).toBe(200);
    expect(again.json()).toEqual(report);
  });

  it('names row and column of every kind of problem', async () => {
    const admin = await platformAdmin(t);
    const x = tag();
    const rows = [
      validRow(`${x}-a`, { partners: `${SEEVETAL} | 09999999 | 0b5e2d8e-7c1a-4e55-9b0a-000000000000 | Seevetal` }),
      validRow(`${x}-b`, { start_year: 1850, end_year: 'bald' }),
      validRow(`${x}-c`, { start_year: 2010, end_year: 2005 }),
      validRow(`${x}-d`, { legal_form: 'GmbH', status: 'fertig', sector: '12', fields: 'edv | wasser' }),
      validRow(`${x}-e`, { title: '', website: 'ftp://example.org' }),
      validRow(`${x}-f`, { sector: '03', sector_group: '05.1', transferable: 'vielleicht' }),
      validRow(`${x}-g`, { slug: 'Kein Slug!', awards: 'Preis ()', latitude: '60', longitude: '10' }),
      validRow(`${x}-h`, { summary: 'x'.repeat(ATLAS_LIMITS.summaryMax + 1), investment: '-5' }),
      validRow(`${x}-a`, { external_id: `ext-${x}-other` }),
    ];
    const report = await check(t, admin, 'csv', csvOf(rows));
    expect(report.valid).toBe(false);
    expect(problemList(report)).toEqual([
      [2, 'partners', 'unknown-organisation'],
      [2, 'partners', 'unknown-organisation'],
      [2, 'partners', 'unknown-organisation'],
      [3, 'end_year', 'bad-year'],
      [3, 'start_year', 'bad-year'],
      [4, 'end_year', 'end-before-start'],
      [5, 'sector', 'unknown-sector'],
      [5, 'fields', 'unknown-field'],
      [5, 'status', 'unknown-status'],
      [5, 'legal_form', 'unknown-legal-form'],
      [6, 'title', 'required'],
      [6, 'website', 'bad-website'],
      [7, 'transferable', 'bad-boolean'],
      [7, 'sector_group', 'sector-group-mismatch'],
      [8, 'awards', 'bad-award'],
      [8, 'slug', 'bad-slug'],
      [8, 'latitude', 'bad-location'],
      [9, 'summary', 'too-long'],
      [9, 'investment', 'bad-number'],
      [10, 'slug', 'duplicate-row'],
    ]);
    const partnerProblems = report.rows[0]?.problems ?? [];
    expect(partnerProblems.map((p) => p.value)).toEqual([
      '09999999',
      '0b5e2d8e-7c1a-4e55-9b0a-000000000000',
      'Seevetal',
    ]);
    expect(partnerProblems[0]?.message).toMatch(/no organisation/);
    expect(report.counts).toMatchObject({ rows: 9, rowsWithProblems: 9, problems: 20 });
  });

  it('reports a slug that is the address of a page (/atlas/new) as taken', async () => {
    const admin = await platformAdmin(t);
    const x = tag();
    const report = await check(t, admin, 'csv', csvOf([validRow(`${x}-n`, { slug: 'new' }), validRow(`${x}-m`)]));
    expect(report.valid).toBe(false);
    expect(problemList(report)).toEqual([[2, 'slug', 'slug-taken']]);
  });

  it('refuses a new record without title, sector, status or legal form', async () => {
    const admin = await platformAdmin(t);
    const report = await check(t, admin, 'csv', csvOf([{ slug: tag(), summary: 'nur eine Zusammenfassung' }]));
    expect(problemList(report)).toEqual([
      [2, 'title', 'required'],
      [2, 'sector', 'required'],
      [2, 'status', 'required'],
      [2, 'legal_form', 'required'],
    ]);
  });

  it('names unknown columns without failing the rows', async () => {
    const admin = await platformAdmin(t);
    const report = await check(t, admin, 'csv', csvOf([{ ...validRow(tag()), Bemerkung: 'intern' }]));
    expect(report).toMatchObject({ valid: true, ignoredColumns: ['bemerkung'] });
  });

  it('answers an unreadable file with 400 and the line at fault', async () => {
    const admin = await platformAdmin(t);
    const unclosed = problemOf(await upload(t, admin, 'csv', 'title;sector\nA;01\n"B;02\n'), 400);
    expect(unclosed).toMatchObject({
      type: '/problems/import-unclosed-quote',
      detail: expect.stringMatching(/^line 3:/),
    });
    expect(unclosed.errors).toEqual([{ field: '/content', message: expect.stringMatching(/^line 3:/) }]);

    const json = problemOf(await upload(t, admin, 'json', '{"cooperations": [\n{"title": "A"},\n{title: "B"}]}'), 400);
    expect(json).toMatchObject({ type: '/problems/import-bad-json', detail: expect.stringMatching(/^line 3:/) });

    const garbage = problemOf(await upload(t, admin, 'csv', 'binary;junk\n\u0002\u0003;\u0004'), 400);
    expect(garbage.type).toBe('/problems/import-no-header');
    const spreadsheet = problemOf(await upload(t, admin, 'csv', 'title;sector\nA\u0000B;01'), 400);
    expect(spreadsheet).toMatchObject({ type: '/problems/import-binary', detail: expect.stringMatching(/^line 2:/) });
    const surrogate = await upload(
      t,
      admin,
      'csv',
      `title;sector;status;legal_form\nHalb \ud800 Zeichen ${tag()};01;laufend;informell`,
    );
    // Half an emoji cannot be stored; every route refuses it before it reaches the database.
    expect(problemOf(surrogate, 400).detail).toMatch(/broken characters/);
    expect(problemOf(await upload(t, admin, 'csv', 'title;sector\n'), 400).type).toBe('/problems/import-no-rows');
    expect(problemOf(await upload(t, admin, 'json', '{"format":"x/9","cooperations":[]}'), 400).type).toBe(
      '/problems/import-wrong-format',
    );
  });

  it('refuses oversized files with 413 (to admins only), too many rows with 400, and bad bodies', async () => {
    const admin = await platformAdmin(t);
    const many = `title;sector\n${'Titel;01\n'.repeat(ATLAS_LIMITS.importRowsMax + 1)}`;
    expect(problemOf(await upload(t, admin, 'csv', many), 400).type).toBe('/problems/import-too-many-rows');
    const tooLong = problemOf(await upload(t, admin, 'csv', 'x'.repeat(IMPORT_CONTENT_MAX + 1)), 413);
    expect(tooLong).toMatchObject({ type: '/problems/import-too-large', detail: expect.stringMatching(/40,000,000/) });
    // Past the body limit too (the text once more, escaped: every character a \n), and before anything is read.
    const huge = { format: 'csv', content: '\n'.repeat(IMPORT_CONTENT_MAX - 1) };
    const res = await t.request({ method: 'POST', url: '/api/atlas/imports', cookie: admin.cookie, payload: huge });
    expect(problemOf(res, 413).type).toBe('/problems/import-too-large');
    const member = await createPerson(t, { organisation: await createOrganisation(t) });
    const refused = await t.request({
      method: 'POST',
      url: '/api/atlas/imports',
      cookie: member.cookie,
      payload: huge,
    });
    expect(problemOf(refused, 403).type).toBe('/problems/forbidden');
    for (const payload of [{ format: 'xlsx', content: 'a' }, { format: 'csv' }, { format: 'csv', content: '' }]) {
      const res = await t.request({ method: 'POST', url: '/api/atlas/imports', cookie: admin.cookie, payload });
      expect(problemOf(res, 400).type).toBe('/problems/validation');
    }
  });

  it('is for platform admins only: 401 signed out, 403 for others, even with a bad body; reports 404 to others', async () => {
    const organisation = await createOrganisation(t);
    const orgAdmin = await createPerson(t, { organisation, role: 'admin' });
    const content = csvOf([validRow(tag())]);
    expect(
      problemOf(
        await t.request({ method: 'POST', url: '/api/atlas/imports', payload: { format: 'csv', content } }),
        401,
      ).type,
    ).toBe('/problems/unauthenticated');
    expect(problemOf(await upload(t, orgAdmin, 'csv', content), 403).type).toBe('/problems/forbidden');
    const bad = await t.request({ method: 'POST', url: '/api/atlas/imports', cookie: orgAdmin.cookie, payload: {} });
    expect(problemOf(bad, 403).type).toBe('/problems/forbidden');

    const admin = await platformAdmin(t);
    const report = await check(t, admin, 'csv', content);
    for (const url of [`/api/atlas/imports/${report.id}`]) {
      expect(problemOf(await t.request({ method: 'GET', url }), 401).type).toBe('/problems/unauthenticated');
      expect(problemOf(await t.request({ method: 'GET', url, cookie: orgAdmin.cookie }), 404).type).toBe(
        '/problems/not-found',
      );
    }
  });

  it('answers 404 for an unknown import and 400 for a malformed ID', async () => {
    const admin = await platformAdmin(t);
    const unknown = '0190f1f0-0000-7000-8000-000000000000';
    expect(
      problemOf(await t.request({ method: 'GET', url: `/api/atlas/imports/${unknown}`, cookie: admin.cookie }), 404)
        .type,
    ).toBe('/problems/not-found');
    expect(
      problemOf(await t.request({ method: 'GET', url: '/api/atlas/imports/nope', cookie: admin.cookie }), 400).type,
    ).toBe('/problems/validation');
  });
});
