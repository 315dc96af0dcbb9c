import { describe, expect, it } from 'vitest';
import { createOrganisation, createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';

const t = await buildTestApp();

let slugs = 0;
function slug(): string {
  slugs += 1;
  return `wohnsitz-anmelden-${slugs}-${process.pid}`;
}

async function setup() {
  const organisation = await createOrganisation(t, { name: 'Gemeinde Seevetal' });
  const admin = await createPerson(t, { organisation, role: 'admin' });
  const member = await createPerson(t, { organisation });
  const outsider = await createPerson(t, { organisation: await createOrganisation(t) });
  return { organisation, admin, member, outsider };
}

function call(person: TestPerson | null, method: 'GET' | 'POST' | 'PUT', url: string, payload?: object) {
  return t.request({ method, url, cookie: person?.cookie, ...(payload === undefined ? {} : { payload }) });
}

async function created(person: TestPerson, organisationId: string, over: Record<string, unknown> = {}) {
  const res = await call(person, 'POST', '/api/content/pages', {
    organisationId,
    slug: slug(),
    title: 'Wohnsitz anmelden',
    bodyHtml: '<p>Sie melden Ihren Wohnsitz im <strong>Bürgerbüro</strong> an.</p>',
    ...over,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

const statusOf = (page: { languages: { language: string; status: string | null }[] }, language: string) =>
  page.languages.find((l) => l.language === language)?.status;

describe('content pages of an organisation', () => {
  it('lets an admin write a page that its members read, with the HTML sanitised', async () => {
    const { organisation, admin, member } = await setup();
    const page = await created(admin, organisation.id, {
      bodyHtml: '<p onclick="steal()">Text<script>alert(1)</script> <a href="javascript:alert(1)">hier</a></p>',
      tags: ['Meldewesen', 'Meldewesen'],
    });
    expect(page).toMatchObject({ sourceLanguage: 'de', tags: ['Meldewesen'], viewer: { canEdit: true } });
    const html = page.languages[0].published.bodyHtml as string;
    expect(html).not.toMatch(/script|onclick|javascript/);
    const read = await call(member, 'GET', `/api/content/pages/${page.id}`);
    expect(read.statusCode).toBe(200);
    expect(read.json()).toMatchObject({ id: page.id, viewer: { canEdit: false } });
  });

  it('keeps images of the media library in a page and drops images from anywhere else', async () => {
    const { organisation, admin } = await setup();
    const media = '/api/content/media/0192a4c2-7d1e-7c3a-9b1e-2f4d5a6b7c8d/file?size=web';
    const page = await created(admin, organisation.id, {
      bodyHtml: `<figure><img src="${media}" alt="Bürgerbüro"><figcaption>Foto: Stadt</figcaption></figure><p><img src="https://tracker.example/p.gif" alt="">Text</p>`,
    });
    const html = page.languages[0].published.bodyHtml as string;
    expect(html).toContain(`<img src="${media}" alt="Bürgerbüro" />`.replace(' />', ''));
    expect(html).not.toContain('tracker.example');
  });

  it('keeps pages from everyone outside the organisation, and writing from its plain members', async () => {
    const { organisation, admin, member, outsider } = await setup();
    const page = await created(admin, organisation.id);
    expect(problemOf(await call(null, 'GET', `/api/content/pages/${page.id}`), 401).type).toBe(
      '/problems/unauthenticated',
    );
    expect(problemOf(await call(outsider, 'GET', `/api/content/pages/${page.id}`), 404).type).toBe(
      '/problems/not-found',
    );
    expect(problemOf(await call(outsider, 'GET', `/api/content/pages/${page.id}/versions`), 404).type).toBe(
      '/problems/not-found',
    );
    const write = { title: 'Geändert', bodyHtml: '<p>x</p>' };
    expect((await call(outsider, 'PUT', `/api/content/pages/${page.id}/languages/de`, write)).statusCode).toBe(404);
    expect((await call(member, 'PUT', `/api/content/pages/${page.id}/languages/de`, write)).statusCode).toBe(403);
    expect(
      (await call(member, 'POST', '/api/content/pages', { organisationId: organisation.id, slug: slug(), ...write }))
        .statusCode,
    ).toBe(403);
    expect(
      (await call(outsider, 'GET', `/api/content/organisations/${organisation.id}/translation-status`)).statusCode,
    ).toBe(404);
  });

  it('computes translation status: a minor edit and a draft keep it, a major edit makes it outdated', async () => {
    const { organisation, admin } = await setup();
    const page = await created(admin, organisation.id);
    const put = (language: string, body: Record<string, unknown>) =>
      call(admin, 'PUT', `/api/content/pages/${page.id}/languages/${language}`, {
        title: 'Registering your address',
        bodyHtml: '<p>Text</p>',
        ...body,
      });
    let res = await put('en', {});
    expect(res.statusCode, res.body).toBe(200);
    expect(statusOf(res.json(), 'en')).toBe('current');
    expect(res.json().languages.find((l: { language: string }) => l.language === 'en').basis).toEqual({
      language: 'de',
      number: 1,
    });

    res = await put('de', { title: 'Wohnsitz anmelden', minor: true });
    expect(statusOf(res.json(), 'en')).toBe('current');
    res = await put('de', { title: 'Wohnsitz anmelden (Entwurf)', draft: true });
    expect(statusOf(res.json(), 'en')).toBe('current');
    const de = res.json().languages.find((l: { language: string }) => l.language === 'de');
    expect(de).toMatchObject({ published: { number: 2 }, draft: { number: 3, title: 'Wohnsitz anmelden (Entwurf)' } });

    res = await put('de', { title: 'Wohnsitz anmelden', bodyHtml: '<p>Neue Regeln</p>' });
    expect(statusOf(res.json(), 'en')).toBe('outdated');

    // Arabic from English, machine-translated: marked until reviewed; English re-translated makes it outdated.
    res = await put('ar', { basisLanguage: 'en', machine: true, title: 'تسجيل العنوان' });
    expect(statusOf(res.json(), 'ar')).toBe('machine');
    res = await put('en', {});
    expect(statusOf(res.json(), 'en')).toBe('current');
    expect(statusOf(res.json(), 'ar')).toBe('outdated');

    const matrix = (
      await call(admin, 'GET', `/api/content/organisations/${organisation.id}/translation-status`)
    ).json();
    expect(matrix.languages).toEqual(['ar', 'de', 'en']);
    expect(matrix.pages.find((p: { id: string }) => p.id === page.id).statuses).toEqual({
      de: 'source',
      en: 'current',
      ar: 'outdated',
    });

    const versions = (await call(admin, 'GET', `/api/content/pages/${page.id}/versions?language=de`)).json();
    expect(
      versions.map((v: { number: number; minor: boolean; draft: boolean }) => [v.number, v.minor, v.draft]),
    ).toEqual([
      [4, false, false],
      [3, false, true],
      [2, true, false],
      [1, false, false],
    ]);
    expect(versions[0].authorName).toBe(admin.name);
  });

  it('refuses a translation without published text to translate from, a taken address and bad input', async () => {
    const { organisation, admin } = await setup();
    const page = await created(admin, organisation.id, { draft: true });
    const res = await call(admin, 'PUT', `/api/content/pages/${page.id}/languages/en`, { title: 'x', bodyHtml: '' });
    expect(problemOf(res, 409).type).toBe('/problems/translation-basis');
    const again = await call(admin, 'POST', '/api/content/pages', {
      organisationId: organisation.id,
      slug: page.slug,
      title: 'Doppelt',
      bodyHtml: '',
    });
    expect(problemOf(again, 409).type).toBe('/problems/slug-taken');
    for (const bad of [
      { organisationId: organisation.id, slug: 'Mit Leerzeichen', title: 'x', bodyHtml: '' },
      { organisationId: organisation.id, slug: slug(), title: '', bodyHtml: '' },
      { organisationId: organisation.id, slug: slug(), title: 'x', bodyHtml: '', sourceLanguage: '<script>' },
      { organisationId: 'nicht-uuid', slug: slug(), title: 'x', bodyHtml: '' },
    ]) {
      expect((await call(admin, 'POST', '/api/content/pages', bad)).statusCode, JSON.stringify(bad)).toBe(400);
    }
    expect(
      (await call(admin, 'PUT', `/api/content/pages/${page.id}/languages/1x`, { title: 'x', bodyHtml: '' })).statusCode,
    ).toBe(400);
  });
});
