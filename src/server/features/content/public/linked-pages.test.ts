import { beforeAll, describe, expect, it } from 'vitest';
import type { PublicPages } from '../../../../shared/contracts/content-public.ts';
import type { UnifiedSearchResult } from '../../../../shared/contracts/search.ts';
import { createOrganisation, createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { fakeWebDist } from '../../../test/web-dist.ts';
import { createPage, saveText, uniqueNoun } from './public-fixtures.ts';

// A page adopted as a live link has no text of its own: its public page shows the source's published
// text, with the adopting organisation's own text before and after it, and credits the source.

let t: TestApp;
let adopter: { id: string; slug: string; admin: TestPerson };
let source: { name: string; id: string; slug: string };
let linkSlug: string;
let sourceSlug: string;
/** A made-up word only the source's text holds. */
const word = `Melde${uniqueNoun('amt')}`;

async function ok(person: TestPerson, method: 'POST' | 'PUT', url: string, payload: object, status = 200) {
  const res = await t.request({ method, url, cookie: person.cookie, payload });
  expect(res.statusCode, res.body).toBe(status);
  return res.json();
}

beforeAll(async () => {
  t = await buildTestApp({ webDist: fakeWebDist() });
  const sourceName = `Seevetal ${uniqueNoun('quelle')}`;
  const sourceOrganisation = await createOrganisation(t, { name: sourceName, type: 'gemeinde' });
  const sourceAdmin = await createPerson(t, { organisation: sourceOrganisation, role: 'admin' });
  source = { name: sourceName, id: sourceOrganisation.id, slug: sourceName.toLowerCase().replace(' ', '-') };
  const page = await createPage(t, sourceAdmin, sourceOrganisation.id, {
    title: 'Wohnsitz anmelden',
    bodyHtml: `<p>Melden Sie Ihren Wohnsitz innerhalb von zwei Wochen im ${word} an.</p>`,
  });
  sourceSlug = page.slug;
  await ok(sourceAdmin, 'PUT', `/api/content/pages/${page.id}/sharing`, {
    sharedWith: 'platform',
    licence: 'CC-BY-4.0',
  });

  const name = `Rosengarten ${uniqueNoun('ort')}`;
  const organisation = await createOrganisation(t, { name, type: 'gemeinde' });
  const admin = await createPerson(t, { organisation, role: 'admin' });
  adopter = { id: organisation.id, slug: name.toLowerCase().replace(' ', '-'), admin };
  const link = await ok(
    admin,
    'POST',
    `/api/content/pages/${page.id}/adopt`,
    { organisationId: organisation.id, mode: 'link' },
    201,
  );
  linkSlug = link.slug;
  await ok(admin, 'PUT', `/api/content/pages/${link.id}/local/de`, {
    beforeHtml: '<p>Bürgerbüro Rosengarten, Bremer Straße 42</p>',
    afterHtml: '<p>Geöffnet Mo–Fr 8–12 Uhr</p>',
  });
  // A draft of the source reaches no reader of the link.
  await saveText(t, sourceAdmin, page.id, 'de', { title: 'Entwurf', bodyHtml: '<p>Geheimer Entwurf</p>', draft: true });
});

describe('a page adopted as a live link', () => {
  it('shows the source’s text between its own, credits the source with its licence, and never a draft', async () => {
    const res = await t.request({ method: 'GET', url: `/inhalte/${adopter.slug}/de/${linkSlug}` });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.body).toContain(
      `<div class="content-text"><p>Bürgerbüro Rosengarten, Bremer Straße 42</p><p>Melden Sie Ihren Wohnsitz innerhalb von zwei Wochen im ${word} an.</p><p>Geöffnet Mo–Fr 8–12 Uhr</p></div>`,
    );
    expect(res.body).toContain(
      `Übernommen von <a class="kern-link" href="/organisations/${source.id}">${source.name}</a>, Lizenz`,
    );
    expect(res.body).toContain('>CC BY 4.0</a>');
    expect(res.body).not.toContain('Geheimer Entwurf');
  });

  it('gives apps the same text and the attribution', async () => {
    const res = await t.request({ method: 'GET', url: `/api/public/organisations/${adopter.id}/pages?language=de` });
    const [page] = (res.json() as PublicPages).pages;
    expect(page?.bodyHtml).toBe(
      `<p>Bürgerbüro Rosengarten, Bremer Straße 42</p>\n<p>Melden Sie Ihren Wohnsitz innerhalb von zwei Wochen im ${word} an.</p>\n<p>Geöffnet Mo–Fr 8–12 Uhr</p>`,
    );
    expect(page?.attribution).toMatchObject({
      organisationId: source.id,
      organisationName: source.name,
      licence: 'CC-BY-4.0',
      licenceName: 'CC BY 4.0',
      licenceUrl: 'https://creativecommons.org/licenses/by/4.0/deed.de',
    });
  });

  it('is found by the search under its own address, as is its source', async () => {
    const res = await t.request({ method: 'GET', url: `/api/search?q=${word}&group=content` });
    const hits = (res.json() as UnifiedSearchResult).groups[0]?.hits ?? [];
    expect(hits.map((h) => h.href).sort()).toEqual(
      [`/inhalte/${adopter.slug}/de/${linkSlug}`, `/inhalte/${source.slug}/de/${sourceSlug}`].sort(),
    );
  });
});
