import { readFileSync } from 'node:fs';
import { and, eq } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../../platform/audit/tables.ts';
import { createOrganisation, createPerson } from '../../../../test/factories.ts';
import { buildTestAppOnOwnPglite, problemOf } from '../../../../test/test-app.ts';
import { directoryOrganisation, storedMembership } from '../../organisation-fixtures.ts';
import { organisations } from '../../tables.ts';
import { loadDirectory } from '../directory-loader.ts';
import { directoryState, saveDirectoryState } from './queries.ts';

// A copy of the database of its own: the import changes the directory every other test reads.
const t = await buildTestAppOnOwnPglite();
const admin = await createPerson(t, { platformAdmin: true });
const outsider = await createPerson(t, { organisation: await createOrganisation(t) });

// Landkreis Weimarer Land at the end of 2019 (test data in the official layouts): Berlstedt,
// Buttelstedt and Großobringen merged into Am Ettersberg (16071103), Daasdorf a. Berge renamed,
// Hopfgarten renumbered 16071034 → 16071104; the other 58 Gemeinden as before.
const fixture = (name: string) => readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8');
const GV100AD = fixture('weimarer-land-2019.gv100ad.txt');
const CSV = fixture('weimarer-land-2019.csv');

// On PostgreSQL the test files share one database: take the import back with the committed file,
// as a newer release of it would (Am Ettersberg stays, dissolved).
afterAll(async () => {
  const state = await directoryState(t.deps.db);
  await saveDirectoryState(t.deps.db, { source: 'test', updatedAt: '', ...state, stand: null, fileHash: null });
  await loadDirectory(t.deps.db);
});

const post = (url: string, payload: object, cookie = admin.cookie) =>
  t.request({ method: 'POST', url, payload, cookie });
const preview = (content: string, cookie?: string) => post('/api/admin/directory/preview', { content }, cookie);

describe('previewing a Destatis file', () => {
  it('tells what the GV100AD file would change, and changes nothing', async () => {
    const res = await preview(GV100AD);
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({
      format: 'gv100ad',
      stand: '2019-12-31',
      scope: { landCodes: [], kreisAgs: ['16071'] },
      counts: { added: 1, renamed: 1, agsChanged: 1, dissolved: 3, reactivated: 0, typeChanged: 0 },
    });
    expect(body.added).toEqual([{ ags: '16071103', name: 'Am Ettersberg', type: 'gemeinde' }]);
    expect(body.renamed).toEqual([expect.objectContaining({ from: 'Daasdorf a. Berge', to: 'Daasdorf am Berge' })]);
    expect(body.agsChanged).toEqual([
      expect.objectContaining({ name: 'Hopfgarten', from: '16071034', to: '16071104' }),
    ]);
    expect(body.dissolved.map((d: { name: string }) => d.name).sort()).toEqual([
      'Berlstedt',
      'Buttelstedt',
      'Großobringen',
    ]);
    expect(body.dissolved.every((d: { successor: unknown }) => d.successor !== null)).toBe(true);
    expect(body.fingerprint).toMatch(/^[0-9a-f]{64}$/);
    expect((await directoryOrganisation(t, '16071007')).dissolvedAt).toBeNull();
  });

  it('reads the GV-ISys table saved as CSV the same way', async () => {
    const body = (await preview(CSV)).json();
    expect(body).toMatchObject({
      format: 'csv',
      stand: '2019-12-31',
      counts: { added: 1, renamed: 1, agsChanged: 1, dissolved: 3 },
    });
    expect(body.dissolved[0].successor).toEqual({ ags: '16071103', name: 'Am Ettersberg' });
  });

  it('answers a file it cannot read with 400 and the line at fault', async () => {
    const broken = GV100AD.replace('6020191231160710010001', '6020191231990710010001');
    const problem = problemOf(await preview(broken), 400);
    expect(problem.type).toBe('/problems/directory-malformed-record');
    expect(problem.detail).toMatch(/^line 2: unknown Land/);
    expect(problemOf(await preview('Name;Einwohner\nBerlstedt;900\n'), 400).type).toBe(
      '/problems/directory-unknown-format',
    );
    expect(problemOf(await preview(GV100AD.replace('20191231', '20200101')), 400).type).toBe(
      '/problems/directory-mixed-stand',
    );
    expect(problemOf(await post('/api/admin/directory/preview', { content: '' }), 400).status).toBe(400);
    expect(problemOf(await post('/api/admin/directory/preview', { content: 'x', extra: 1 }), 400).status).toBe(400);
  });

  it('refuses a file over the limit', async () => {
    const res = await preview('6'.repeat(12_100_000));
    expect([400, 413]).toContain(res.statusCode);
    expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
  });

  it('does not exist for anyone but platform admins', async () => {
    expect(problemOf(await preview(GV100AD, outsider.cookie), 404).type).toBe('/problems/not-found');
    expect(
      problemOf(
        await t.request({ method: 'POST', url: '/api/admin/directory/preview', payload: { content: GV100AD } }),
        404,
      ).type,
    ).toBe('/problems/not-found');
    expect(
      problemOf(await t.request({ method: 'GET', url: '/api/admin/directory', cookie: outsider.cookie }), 404).type,
    ).toBe('/problems/not-found');
    const importing = await post(
      '/api/admin/directory/import',
      { content: GV100AD, fingerprint: '0'.repeat(64) },
      outsider.cookie,
    );
    expect(problemOf(importing, 404).type).toBe('/problems/not-found');
  });
});

describe('importing it', () => {
  it('merges, renames and renumbers without losing anyone, and is audited', async () => {
    const berlstedt = await directoryOrganisation(t, '16071007');
    const hopfgarten = await directoryOrganisation(t, '16071034');
    const daasdorf = await directoryOrganisation(t, '16071012');
    const member = await createPerson(t, {
      organisation: { id: berlstedt.id, name: berlstedt.name, domain: 'berlstedt.example' },
    });
    const renumberedMember = await createPerson(t, {
      organisation: { id: hopfgarten.id, name: 'Hopfgarten', domain: 'hopfgarten.example' },
    });

    const { fingerprint } = (await preview(GV100AD)).json();
    const res = await post('/api/admin/directory/import', { content: GV100AD, fingerprint });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ stand: '2019-12-31', counts: { added: 1, dissolved: 3 } });

    const ettersberg = await directoryOrganisation(t, '16071103');
    const kreis = await directoryOrganisation(t, '16071');
    expect(ettersberg).toMatchObject({ name: 'Am Ettersberg', type: 'gemeinde', kreisId: kreis.id, dissolvedAt: null });
    expect(ettersberg.latitude).toBeCloseTo(51.07, 1); // between the Gemeinden it replaced
    expect(await directoryOrganisation(t, '16071007')).toMatchObject({ id: berlstedt.id, successorId: ettersberg.id });
    expect((await directoryOrganisation(t, '16071007')).dissolvedAt?.toISOString()).toBe('2019-12-31T00:00:00.000Z');
    expect(await storedMembership(t, member.id)).toMatchObject({ organisationId: berlstedt.id, status: 'confirmed' });

    expect(await directoryOrganisation(t, '16071104')).toMatchObject({ id: hopfgarten.id, name: 'Hopfgarten' });
    expect(await storedMembership(t, renumberedMember.id)).toMatchObject({ organisationId: hopfgarten.id });
    expect(await directoryOrganisation(t, '16071012')).toMatchObject({
      id: daasdorf.id,
      name: 'Daasdorf am Berge',
      searchName: 'daasdorf am berge',
    });

    const entries = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'directory.imported'), eq(auditLog.actorId, admin.id)));
    expect(entries).toHaveLength(1);
    expect(entries[0]?.details).toMatchObject({
      format: 'gv100ad',
      stand: '2019-12-31',
      added: 1,
      dissolved: 3,
      agsChanged: 1,
    });

    const status = (await t.request({ method: 'GET', url: '/api/admin/directory', cookie: admin.cookie })).json();
    expect(status).toMatchObject({ stand: '2019-12-31', source: 'Destatis GV100AD 2019-12-31' });
    expect(status.dissolved).toBeGreaterThanOrEqual(3);
  });

  it('shows a dissolved Gemeinde with its successor, and keeps it out of the search', async () => {
    const berlstedt = await directoryOrganisation(t, '16071007');
    const page = (await t.request({ method: 'GET', url: `/api/organisations/${berlstedt.id}` })).json();
    expect(page).toMatchObject({ name: 'Berlstedt', successor: { name: 'Am Ettersberg' } });
    expect(page.dissolvedAt).toEqual(expect.any(String));
    const found = (await t.request({ method: 'GET', url: '/api/organisations?q=Berlstedt' })).json();
    expect(found.items.map((o: { ags: string }) => o.ags)).not.toContain('16071007');
    const merged = (await t.request({ method: 'GET', url: '/api/organisations?q=Am%20Ettersberg' })).json();
    expect(merged.items[0]).toMatchObject({ ags: '16071103', kreisName: 'Landkreis Weimarer Land' });
  });

  it('is a no-op the second time, and refuses a preview the directory has outgrown', async () => {
    const again = (await preview(GV100AD)).json();
    expect(again.counts).toMatchObject({ added: 0, renamed: 0, agsChanged: 0, dissolved: 0 });
    const stale = await post('/api/admin/directory/import', { content: CSV, fingerprint: 'a'.repeat(64) });
    expect(problemOf(stale, 409).type).toBe('/problems/directory-changed');
  });

  it('is not undone at the next start by the older committed file', async () => {
    expect(await loadDirectory(t.deps.db)).toBe(0);
    expect((await directoryOrganisation(t, '16071103')).dissolvedAt).toBeNull();
    const [row] = await t.deps.db.select().from(organisations).where(eq(organisations.ags, '16071007'));
    expect(row?.dissolvedAt).not.toBeNull();
  });
});
