import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createOrganisation, createPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { saveCooperation } from '../commands/save-cooperation.ts';
import { cooperationRevisions } from '../tables.ts';
import {
  auditOf,
  check,
  confirm,
  confirmed,
  csvOf,
  jobEnded,
  LANDKREIS_HARBURG,
  platformAdmin,
  recordsTagged,
  SEEVETAL,
  tag,
  validRow,
} from './import-fixtures.ts';

const t = await buildTestApp();

async function record(slug: string, cookie?: string) {
  return t.request({ method: 'GET', url: `/api/atlas/cooperations/${slug}`, ...(cookie ? { cookie } : {}) });
}

describe('POST /api/atlas/imports/:id/confirm', () => {
  it('writes every row, published and public, with partners, a revision "imported" and an audit entry', async () => {
    const admin = await platformAdmin(t);
    const a = tag();
    const b = tag();
    const report = await check(t, admin, 'csv', csvOf([validRow(a), validRow(b, { partners: LANDKREIS_HARBURG })]));
    const res = await confirm(t, admin, report.id);
    expect(res.statusCode, res.body).toBe(202);
    expect(res.headers.location).toBe(`/api/atlas/imports/${report.id}`);
    expect(res.json()).toEqual({ id: report.id, state: 'queued', done: 0, total: 2, result: null, failure: null });
    expect(await jobEnded(t, admin, report.id)).toEqual({
      id: report.id,
      state: 'done',
      done: 2,
      total: 2,
      result: { id: report.id, created: 2, updated: 0 },
      failure: null,
    });

    const shown = await record(a);
    expect(shown.statusCode, shown.body).toBe(200);
    expect(shown.json()).toMatchObject({
      slug: a,
      externalId: `ext-${a}`,
      title: `Gemeinsame Beschaffung ${a}`,
      state: 'published',
      sector: '01',
      sectorGroup: '01.3',
      fields: ['beschaffung', 'edv'],
      legalForm: 'zweckvereinbarung',
      transferable: true,
      startYear: 2015,
      endYear: null,
      awards: [{ name: 'Innovationspreis', year: 2018 }],
      funding: [{ programme: 'Landesprogramm', amount: 50000 }],
      landCodes: ['03'],
    });
    expect(shown.json().partners.map((p: { name: string }) => p.name)).toEqual(['Seevetal', 'Neu Wulmstorf']);
    const [revision] = await t.deps.db
      .select()
      .from(cooperationRevisions)
      .where(eq(cooperationRevisions.cooperationId, shown.json().id));
    expect(revision).toMatchObject({ action: 'imported', authorId: admin.id, number: 1 });
    expect(await auditOf(t, report.id)).toEqual([
      expect.objectContaining({ actorId: admin.id, details: { format: 'csv', rows: 2, created: 2, updated: 0 } }),
    ]);

    const after = await t.request({ method: 'GET', url: `/api/atlas/imports/${report.id}`, cookie: admin.cookie });
    expect(after.json()).toMatchObject({ confirmedAt: expect.any(String), counts: { create: 2 } });
  });

  it('updates instead of duplicating when the same file is imported again (CSV with BOM and umlauts)', async () => {
    const admin = await platformAdmin(t);
    const a = tag();
    const b = tag();
    const rows = [
      validRow(a, { title: `Bürgerbüro Süd ${a}`, summary: 'Gemeinsame Öffnungszeiten für Bürgerinnen' }),
      // No slug, no external ID: found again by its title's slug.
      validRow(b, { slug: '', external_id: '', title: `Straßenbeleuchtung Ämter ${b}` }),
    ];
    const first = await check(t, admin, 'csv', csvOf(rows, { bom: true }));
    expect(first.rows.map((r) => r.slug)).toEqual([a, `strassenbeleuchtung-aemter-${b}`]);
    expect((await confirmed(t, admin, first.id)).result).toMatchObject({ created: 2, updated: 0 });
    expect((await record(a)).json()).toMatchObject({
      title: `Bürgerbüro Süd ${a}`,
      summary: 'Gemeinsame Öffnungszeiten für Bürgerinnen',
    });

    const changed = [{ ...rows[0], summary: 'Geänderte Zusammenfassung' }, rows[1]] as typeof rows;
    const second = await check(t, admin, 'csv', csvOf(changed, { bom: true }));
    expect(second.rows.map((r) => r.action)).toEqual(['update', 'update']);
    expect((await confirmed(t, admin, second.id)).result).toMatchObject({ created: 0, updated: 2 });
    expect(await recordsTagged(t, a)).toHaveLength(1);
    expect(await recordsTagged(t, b)).toHaveLength(1);
    expect((await record(a)).json()).toMatchObject({ summary: 'Geänderte Zusammenfassung', revision: 2 });
  });

  it('reads JSON in the exchange format, also a second time, and commas as CSV separators', async () => {
    const admin = await platformAdmin(t);
    const a = tag();
    const file = JSON.stringify({
      format: 'allmende-atlas/1',
      cooperations: [
        {
          external_id: `ext-${a}`,
          title: `Klimaschutz-Kooperation Nordheide ${a}`,
          summary: 'Energieberatung für Haushalte',
          sector: '05',
          sector_group: '05.6',
          fields: ['klimaschutz'],
          partners: [SEEVETAL],
          status: 'laufend',
          legal_form: 'arbeitsgemeinschaft',
          transferable: false,
          start_year: 2019,
          awards: [{ name: 'Klimapreis', year: 2021 }],
          funding: [{ programme: 'Kommunalrichtlinie', amount: 120000 }],
          latitude: 53.4,
          longitude: 9.9,
        },
      ],
    });
    const first = await check(t, admin, 'json', file);
    expect(first).toMatchObject({ valid: true, format: 'json', rows: [{ row: 1, action: 'create', problems: [] }] });
    expect((await confirmed(t, admin, first.id)).result).toMatchObject({ created: 1 });
    const second = await check(t, admin, 'json', file);
    expect(second.rows[0]?.action).toBe('update');
    expect((await confirmed(t, admin, second.id)).result).toMatchObject({ created: 0, updated: 1 });
    const [stored] = await recordsTagged(t, a);
    expect((await record(stored?.slug as string)).json()).toMatchObject({
      location: { latitude: 53.4, longitude: 9.9 },
      locationSet: true,
      funding: [{ programme: 'Kommunalrichtlinie', amount: 120000 }],
    });

    const commas = csvOf([{ external_id: `ext-${a}`, summary: 'Mit Kommas, getrennt' }], { separator: ',' });
    const third = await check(t, admin, 'csv', commas);
    expect(third).toMatchObject({ valid: true, rows: [{ action: 'update' }] });
  });

  it('round-trips the export: exported records come back as updates, nothing duplicated', async () => {
    const admin = await platformAdmin(t);
    const organisation = await createOrganisation(t);
    const a = tag();
    const b = tag();
    const rows = [
      validRow(a, { partners: organisation.id }),
      validRow(b, { partners: organisation.id, end_year: 2030 }),
    ];
    expect((await confirmed(t, admin, (await check(t, admin, 'csv', csvOf(rows))).id)).result).toMatchObject({
      created: 2,
    });
    for (const format of ['csv', 'json'] as const) {
      const exported = await t.request({
        method: 'GET',
        url: `/api/atlas/cooperations.${format}?partner=${organisation.id}`,
      });
      expect(exported.statusCode).toBe(200);
      const report = await check(t, admin, format, exported.body);
      expect(report).toMatchObject({ valid: true, counts: { rows: 2, create: 0, update: 2 }, ignoredColumns: [] });
      expect((await confirmed(t, admin, report.id)).result).toMatchObject({ created: 0, updated: 2 });
    }
    expect(await recordsTagged(t, a)).toHaveLength(1);
    // The point followed the partners and still does: an exported centre does not pin it.
    expect((await record(a)).json()).toMatchObject({ locationSet: false, revision: 3 });
  });

  it('keeps what a file leaves out of an update: other columns, contacts and the workflow state', async () => {
    const admin = await platformAdmin(t);
    const a = tag();
    const first = await check(t, admin, 'csv', csvOf([validRow(a)]));
    await confirmed(t, admin, first.id);
    const [stored] = await recordsTagged(t, a);
    const shown = (await record(a, admin.cookie)).json();
    await t.deps.db.transaction((tx) =>
      saveCooperation(
        tx,
        {
          ...shown,
          partnerIds: shown.partners.map((p: { id: string }) => p.id),
          contacts: [{ name: 'Erika Muster', email: 'erika@example.org' }],
          location: null,
          keywords: shown.keywords,
        } as never,
        { authorId: admin.id, existingId: stored?.id as string, action: 'edited', state: 'archived' },
      ),
    );

    const partial = await check(
      t,
      admin,
      'csv',
      csvOf([{ external_id: `ext-${a}`, status: 'abgeschlossen', end_year: 2024 }]),
    );
    expect(partial).toMatchObject({ valid: true, rows: [{ action: 'update', slug: a }] });
    expect((await confirmed(t, admin, partial.id)).result).toMatchObject({ updated: 1 });
    expect((await record(a, admin.cookie)).json()).toMatchObject({
      title: `Gemeinsame Beschaffung ${a}`,
      status: 'abgeschlossen',
      endYear: 2024,
      state: 'archived',
      fields: ['beschaffung', 'edv'],
      contacts: [expect.objectContaining({ name: 'Erika Muster', email: 'erika@example.org' })],
    });
  });

  it('refuses a second confirmation and a report with problems (409), writing nothing', async () => {
    const admin = await platformAdmin(t);
    const good = await check(t, admin, 'csv', csvOf([validRow(tag())]));
    expect((await confirm(t, admin, good.id)).statusCode).toBe(202);
    expect(problemOf(await confirm(t, admin, good.id), 409).type).toBe('/problems/import-confirmed');
    // A test leaves no job behind: another file would otherwise see its writes.
    expect(await jobEnded(t, admin, good.id)).toMatchObject({ state: 'done' });

    const a = tag();
    const bad = await check(t, admin, 'csv', csvOf([validRow(a), validRow(tag(), { legal_form: 'GmbH' })]));
    expect(bad.valid).toBe(false);
    expect(problemOf(await confirm(t, admin, bad.id), 409).type).toBe('/problems/import-invalid');
    expect(await recordsTagged(t, a)).toEqual([]);
  });

  it('refuses a report the atlas has overtaken, writing none of its rows', async () => {
    const admin = await platformAdmin(t);
    const a = tag();
    const b = tag();
    const file = csvOf([validRow(b), validRow(a)]);
    const earlier = await check(t, admin, 'csv', file);
    const later = await check(t, admin, 'csv', csvOf([validRow(a)]));
    await confirmed(t, admin, later.id);
    const res = await confirm(t, admin, earlier.id);
    expect(problemOf(res, 409)).toMatchObject({
      type: '/problems/import-outdated',
      detail: expect.stringMatching(/^Row 3/),
    });
    expect(await recordsTagged(t, b)).toEqual([]);
    // Nothing was claimed: after uploading again, the file goes in.
    const again = await check(t, admin, 'csv', file);
    expect((await confirmed(t, admin, again.id)).result).toMatchObject({ created: 1, updated: 1 });
  });

  it('is for platform admins only', async () => {
    const admin = await platformAdmin(t);
    const report = await check(t, admin, 'csv', csvOf([validRow(tag())]));
    const organisation = await createOrganisation(t);
    const member = await createPerson(t, { organisation, role: 'admin' });
    const url = `/api/atlas/imports/${report.id}/confirm`;
    expect(problemOf(await t.request({ method: 'POST', url }), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await t.request({ method: 'POST', url, cookie: member.cookie }), 403).type).toBe(
      '/problems/forbidden',
    );
    expect(problemOf(await confirm(t, admin, '0190f1f0-0000-7000-8000-000000000000'), 404).type).toBe(
      '/problems/not-found',
    );
  });
});
