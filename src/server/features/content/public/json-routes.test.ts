import { beforeAll, describe, expect, it } from 'vitest';
import type { PublicPage, PublicPages } from '../../../../shared/contracts/content-public.ts';
import { createOrganisation, createPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { type ContentWorld, createContentWorld, createPage, saveText } from './public-fixtures.ts';

let t: TestApp;
let w: ContentWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await createContentWorld(t);
});

const get = (url: string, headers: Record<string, string> = {}, cookie?: string) =>
  t.request({ method: 'GET', url, headers, cookie });
const list = (query = '') => `/api/public/organisations/${w.organisation.id}/pages${query}`;
const entries = (body: PublicPages) => body.pages.map((p: PublicPage) => [p.path.join('/'), p.language, p.title]);

describe('GET /api/public/organisations/:id/pages', () => {
  it('lists every published page and language in the tree’s order, signed out, without drafts', async () => {
    const res = await get(list());
    expect(res.statusCode, res.body).toBe(200);
    const body = res.json() as PublicPages;
    expect(body.organisation).toEqual({ id: w.organisation.id, name: w.organisation.name, slug: w.slug });
    expect(entries(body)).toEqual([
      ['buergerservice', 'de', 'Bürgerservice'],
      ['buergerservice/wohnsitz-anmelden', 'de', 'Wohnsitz anmelden'],
      ['buergerservice/wohnsitz-anmelden', 'ar', 'تسجيل السكن'],
      ['buergerservice/wohnsitz-anmelden/hundesteuer', 'de', 'Hundesteuer'],
    ]);
    const residence = body.pages[1] as PublicPage;
    expect(residence).toMatchObject({
      id: w.residence.id,
      parentId: w.service.id,
      slug: 'wohnsitz-anmelden',
      languages: ['de', 'ar'],
      url: `${t.config.publicUrl}/inhalte/${w.slug}/de/buergerservice/wohnsitz-anmelden`,
      contact: 'Bürgerbüro Hittfeld\nTelefon 04105 55-0',
      validUntil: '2099-12-31',
      attribution: null,
    });
    expect(residence.bodyHtml).toContain('<strong>Bürgerbüro</strong>');
    expect(Number.isNaN(Date.parse(residence.updatedAt))).toBe(false);
    expect(res.body).not.toMatch(/Entwurf|Geheimer|Baustelle|Unterseite|Draft/);
    // Signed in, the same answer.
    const member = await createPerson(t, { organisation: w.organisation });
    expect((await get(list(), {}, member.cookie)).body).toBe(res.body);
  });

  it('filters by language', async () => {
    const arabic = (await get(list('?language=ar'))).json() as PublicPages;
    expect(entries(arabic)).toEqual([['buergerservice/wohnsitz-anmelden', 'ar', 'تسجيل السكن']]);
    expect(arabic.pages[0]?.url).toContain(`/inhalte/${w.slug}/ar/`);
    // A language with drafts only has nothing published.
    expect(((await get(list('?language=en'))).json() as PublicPages).pages).toEqual([]);
  });

  it('tags the answer with a strong ETag of its content: 304 while unchanged, a new tag after a publish', async () => {
    const res = await get(list());
    expect(res.headers['cache-control']).toBe('public, max-age=60');
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^"[\w-]+"$/);
    expect((await get(list(), { 'if-none-match': etag })).statusCode).toBe(304);
    expect((await get(list(), { 'if-none-match': `"other", ${etag}` })).statusCode).toBe(304);
    expect((await get(list(), { 'if-none-match': '"other"' })).statusCode).toBe(200);
    // Another language asked for is another answer.
    expect((await get(list('?language=ar'), { 'if-none-match': etag })).statusCode).toBe(200);

    // A draft changes nothing a reader sees, so the tag stays; a published version changes it.
    await saveText(t, w.admin, w.dogTax.id, 'de', { title: 'Hundesteuer', bodyHtml: '<p>Neu</p>', draft: true });
    expect((await get(list(), { 'if-none-match': etag })).statusCode).toBe(304);
    await saveText(t, w.admin, w.dogTax.id, 'de', { title: 'Hundesteuer 2025', bodyHtml: '<p>Neu</p>' });
    const changed = await get(list(), { 'if-none-match': etag });
    expect(changed.statusCode).toBe(200);
    expect(changed.headers.etag).not.toBe(etag);
    expect(changed.body).toContain('Hundesteuer 2025');
  });

  it('answers 404 for an unknown organisation and 400 for a bad language or ID', async () => {
    expect(problemOf(await get('/api/public/organisations/00000000-0000-7000-8000-000000000000/pages'), 404).type).toBe(
      '/problems/not-found',
    );
    for (const query of ['?language=x', '?language=de%3Cscript%3E', `?language=${'a'.repeat(40)}`, '?sprache=de']) {
      expect(problemOf(await get(list(query)), 400).errors?.[0]?.field, query).toMatch(/^querystring/);
    }
    expect(problemOf(await get('/api/public/organisations/seevetal/pages'), 400).errors?.[0]?.field).toMatch(/^params/);
  });

  it('gives an organisation without published pages an empty list', async () => {
    const other = await createOrganisation(t);
    const admin = await createPerson(t, { organisation: other, role: 'admin' });
    await createPage(t, admin, other.id, { title: 'Nur Entwurf', bodyHtml: '<p>x</p>', draft: true });
    const body = (await get(`/api/public/organisations/${other.id}/pages`)).json() as PublicPages;
    expect(body.pages).toEqual([]);
  });
});

describe('GET /api/public/organisations/:id/pages/:pageId', () => {
  const one = (pageId: string, query = '', organisationId = w.organisation.id) =>
    `/api/public/organisations/${organisationId}/pages/${pageId}${query}`;

  it('gives one page in every published language, or in the one asked for', async () => {
    const all = (await get(one(w.residence.id))).json() as PublicPages;
    expect(entries(all)).toEqual([
      ['buergerservice/wohnsitz-anmelden', 'de', 'Wohnsitz anmelden'],
      ['buergerservice/wohnsitz-anmelden', 'ar', 'تسجيل السكن'],
    ]);
    const res = await get(one(w.residence.id, '?language=AR'));
    expect(entries(res.json() as PublicPages)).toEqual([['buergerservice/wohnsitz-anmelden', 'ar', 'تسجيل السكن']]);
    expect(
      (await get(one(w.residence.id, '?language=ar'), { 'if-none-match': res.headers.etag as string })).statusCode,
    ).toBe(304);
  });

  it('answers 404 for drafts, pages below a draft, languages with drafts only and pages of another organisation', async () => {
    const other = await createOrganisation(t);
    for (const url of [
      one(w.draftOnly.id),
      one(w.belowDraft.id),
      one(w.residence.id, '?language=en'),
      one(w.residence.id, '', other.id),
      one('00000000-0000-7000-8000-000000000000'),
    ]) {
      expect(problemOf(await get(url), 404).type, url).toBe('/problems/not-found');
    }
    expect(problemOf(await get(one('nope')), 400).errors?.[0]?.field).toMatch(/^params/);
  });
});
