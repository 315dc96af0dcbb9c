import { describe, expect, it } from 'vitest';
import type { TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { caller, createdPage, succeeding, town } from './page-fixtures.ts';

const t = await buildTestApp();
const call = caller(t);
const ok = succeeding(t);

/**
 * Three pages: "Wohnsitz anmelden" (English current, Arabic outdated), one whose title an editor
 * made look like a formula (no translations) and one with a semicolon and quotes (English by machine).
 */
async function organisationWithPages(name = 'Gemeinde Süderelbe') {
  const place = await town(t, name);
  const { organisation, editor } = place;
  const put = (id: string, language: string, body: object) =>
    ok(editor, 'PUT', `/api/content/pages/${id}/languages/${language}`, { bodyHtml: '<p>Text</p>', ...body });
  const address = await createdPage(t, editor, organisation.id, { slug: 'a-wohnsitz', title: 'Wohnsitz anmelden' });
  await put(address.id, 'ar', { title: 'تسجيل العنوان' });
  await put(address.id, 'de', { title: 'Wohnsitz anmelden', bodyHtml: '<p>Neue Regeln</p>' });
  await put(address.id, 'en', { title: 'Registering your address' });
  const formula = await createdPage(t, editor, organisation.id, {
    slug: 'b-formel',
    title: '=HYPERLINK("https://example.org","Klick")',
  });
  const fees = await createdPage(t, editor, organisation.id, { slug: 'c-gebuehren', title: '-5 € Gebühr; "ermäßigt"' });
  await put(fees.id, 'en', { title: 'Fees', machine: true });
  return { ...place, address, formula, fees };
}

const matrix = (person: TestPerson | null, organisationId: string, query = '') =>
  call(person, 'GET', `/api/content/organisations/${organisationId}/translation-status${query}`);

describe('GET /api/content/organisations/:id/translation-status with filters', () => {
  it('filters by status, by language, and by both', async () => {
    const { organisation, member, address, formula, fees } = await organisationWithPages();
    const all = (await matrix(member, organisation.id)).json();
    expect(all.languages).toEqual(['ar', 'de', 'en']);
    expect(all.pages.map((p: { id: string }) => p.id)).toEqual([address.id, formula.id, fees.id]);
    // The organisation's own pages, none adopted (a linked one: sharing.test.ts).
    expect(all.pages.map((p: { adoptionMode: string | null }) => p.adoptionMode)).toEqual([null, null, null]);

    const outdated = (await matrix(member, organisation.id, '?status=outdated')).json();
    expect(outdated).toEqual({
      languages: ['ar', 'de', 'en'],
      pages: [expect.objectContaining({ id: address.id, statuses: { de: 'source', en: 'current', ar: 'outdated' } })],
    });

    const arabic = (await matrix(member, organisation.id, '?language=ar')).json();
    expect(arabic.languages).toEqual(['ar']);
    expect(arabic.pages.map((p: { statuses: object }) => p.statuses)).toEqual([
      { ar: 'outdated' },
      { ar: 'missing' },
      { ar: 'missing' },
    ]);

    const missingArabic = (await matrix(member, organisation.id, '?status=missing&language=ar')).json();
    expect(missingArabic.pages.map((p: { id: string }) => p.id)).toEqual([formula.id, fees.id]);

    const machine = (await matrix(member, organisation.id, '?status=machine')).json();
    expect(machine.pages.map((p: { id: string }) => p.id)).toEqual([fees.id]);

    // A language no page has yet: every page lacks it; the source language column says so.
    const french = (await matrix(member, organisation.id, '?language=fr')).json();
    expect(french.pages.map((p: { statuses: object }) => p.statuses)).toEqual([
      { fr: 'missing' },
      { fr: 'missing' },
      { fr: 'missing' },
    ]);
    const german = (await matrix(member, organisation.id, '?language=de')).json();
    expect(german.pages.every((p: { statuses: object }) => JSON.stringify(p.statuses) === '{"de":"source"}')).toBe(
      true,
    );
    expect((await matrix(member, organisation.id, '?status=current&language=de')).json().pages).toEqual([]);
  });

  it('refuses filters that are not statuses or languages', async () => {
    const { organisation, member } = await town(t);
    for (const query of ['?status=source', '?status=veraltet', '?language=x%20y', '?language=', '?sort=title']) {
      expect(problemOf(await matrix(member, organisation.id, query), 400).type, query).toBe('/problems/validation');
    }
  });
});

describe('GET /api/content/organisations/:id/translation-status.csv', () => {
  const csvOf = (person: TestPerson | null, organisationId: string, query = '') =>
    call(person, 'GET', `/api/content/organisations/${organisationId}/translation-status.csv${query}`);
  const berlinDay = (at: Date) =>
    new Intl.DateTimeFormat('en-CA', {
      timeZone: 'Europe/Berlin',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
    }).format(at);

  it('is a file for German Excel with German status words, formulas made harmless', async () => {
    const { organisation, member } = await organisationWithPages('Gemeinde Süderelbe');
    const before = berlinDay(new Date());
    const res = await csvOf(member, organisation.id);
    const after = berlinDay(new Date());
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    const disposition = String(res.headers['content-disposition']);
    expect(
      [before, after].map((day) => `attachment; filename="uebersetzungsstand-gemeinde-suederelbe-${day}.csv"`),
    ).toContain(disposition.split('; filename*=')[0]);
    expect(res.rawPayload.subarray(0, 3)).toEqual(Buffer.from([0xef, 0xbb, 0xbf]));
    expect(res.body.slice(1).split('\r\n')).toEqual([
      'Seite;Adresse;ar;de;en',
      'Wohnsitz anmelden;a-wohnsitz;veraltet;Quelle;aktuell',
      `"'=HYPERLINK(""https://example.org"",""Klick"")";b-formel;fehlt;Quelle;fehlt`,
      `"'-5 € Gebühr; ""ermäßigt""";c-gebuehren;fehlt;Quelle;maschinell`,
      '',
    ]);
  });

  it('takes the same filters as the status matrix', async () => {
    const { organisation, member } = await organisationWithPages();
    const outdated = await csvOf(member, organisation.id, '?status=outdated');
    expect(outdated.body.slice(1).split('\r\n')).toEqual([
      'Seite;Adresse;ar;de;en',
      'Wohnsitz anmelden;a-wohnsitz;veraltet;Quelle;aktuell',
      '',
    ]);
    const missingArabic = await csvOf(member, organisation.id, '?status=missing&language=ar');
    expect(
      missingArabic.body
        .slice(1)
        .split('\r\n')
        .map((line) => line.split(';').slice(-2).join(';')),
    ).toEqual(['Adresse;ar', 'b-formel;fehlt', 'c-gebuehren;fehlt', '']);
    expect(problemOf(await csvOf(member, organisation.id, '?status=alt'), 400).type).toBe('/problems/validation');
  });

  it('is for the organisation’s members only: 401 signed out, 404 to others', async () => {
    const { organisation, outsider, editor } = await town(t);
    await createdPage(t, editor, organisation.id);
    expect(problemOf(await csvOf(null, organisation.id), 401).type).toBe('/problems/unauthenticated');
    const refused = await csvOf(outsider, organisation.id);
    expect(problemOf(refused, 404).type).toBe('/problems/not-found');
    expect(refused.headers['content-disposition']).toBeUndefined();
    expect(problemOf(await csvOf(editor, 'nicht-uuid'), 400).type).toBe('/problems/validation');
  });
});
