import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPerson } from '../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { fakeWebDist } from '../../../test/web-dist.ts';
import {
  type ContentWorld,
  createContentWorld,
  createPage,
  markAdopted,
  overwriteBody,
  uniqueNoun,
} from './public-fixtures.ts';

let t: TestApp;
let w: ContentWorld;

beforeAll(async () => {
  t = await buildTestApp({ webDist: fakeWebDist() });
  w = await createContentWorld(t);
});

const get = (url: string, headers: Record<string, string> = {}, cookie?: string) =>
  t.request({ method: 'GET', url, headers: { accept: 'text/html', ...headers }, cookie });
const mainOf = (html: string) => html.slice(html.indexOf('<main'), html.indexOf('</main>'));
const articleOf = (html: string) => /<article[^>]*>[\s\S]*<\/article>/.exec(html)?.[0] ?? '';
const switcherOf = (html: string) => /<nav class="content-languages"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? '';

describe('GET /inhalte/:organisation/:language/:path… (published pages as HTML)', () => {
  it('renders the page in German: title, text, breadcrumb, contact, validity, the page below, no scripts', async () => {
    const res = await get(`/inhalte/${w.slug}/de/buergerservice/wohnsitz-anmelden`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toContain('text/html');
    expect(res.body).toContain('<html lang="de"');
    expect(res.body).toContain('<title>Wohnsitz anmelden – ');
    const article = articleOf(res.body);
    expect(article).toMatch(/^<article class="content-page" lang="de" dir="ltr">/);
    expect(article).toContain('>Wohnsitz anmelden</h1>');
    expect(article).toContain('im <strong>Bürgerbüro</strong> an.');
    const main = mainOf(res.body);
    expect(main).toContain(`<a class="kern-link" href="/inhalte/${w.slug}/de">${w.organisation.name}</a>`);
    expect(main).toContain(`href="/inhalte/${w.slug}/de/buergerservice" lang="de" dir="ltr">Bürgerservice</a>`);
    expect(main).toContain('<span aria-current="page" lang="de" dir="ltr">Wohnsitz anmelden</span>');
    expect(main).toContain('<h2 class="kern-heading-medium">Kontakt</h2>');
    expect(main).toContain('Bürgerbüro Hittfeld\nTelefon 04105 55-0');
    expect(main).toContain('Diese Information gilt bis zum 31. Dezember 2099.');
    expect(main).toContain(
      `href="/inhalte/${w.slug}/de/buergerservice/wohnsitz-anmelden/hundesteuer" lang="de" dir="ltr">Hundesteuer</a>`,
    );
    // The app has no route here: its scripts would replace the page with its "not found".
    expect(res.body).not.toContain('<script type="module"');
    expect(res.body).not.toContain('modulepreload');
    expect(res.body).toContain('/assets/index-abc.css');
    expect(res.body).toContain('@media print');
    expect(res.body).toContain(
      `<link rel="alternate" hreflang="ar" href="${t.config.publicUrl}/inhalte/${w.slug}/ar/buergerservice/wohnsitz-anmelden" />`,
    );
  });

  it('shows Arabic right to left, in a frame in the reader’s language, with a switcher of the existing languages only', async () => {
    const res = await get(`/inhalte/${w.slug}/ar/buergerservice/wohnsitz-anmelden`);
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<html lang="de"');
    const article = articleOf(res.body);
    expect(article).toMatch(/^<article class="content-page" lang="ar" dir="rtl">/);
    expect(article).toContain('>تسجيل السكن</h1>');
    const switcher = switcherOf(res.body);
    expect(switcher).toContain('aria-label="Sprachen"');
    const links = [...switcher.matchAll(/<a [^>]*hreflang="([^"]+)"[^>]*>([^<]+)<\/a>/g)].map((m) => [m[1], m[2]]);
    // English has only a draft: not offered.
    expect(links).toEqual([
      ['de', 'Deutsch'],
      ['ar', 'العربية'],
    ]);
    expect(switcher).toMatch(/hreflang="ar" lang="ar" dir="rtl" aria-current="page">/);
    expect(switcher).toContain(`href="/inhalte/${w.slug}/de/buergerservice/wohnsitz-anmelden"`);
    // The breadcrumb names the parent in German (it has no Arabic text), marked as German.
    expect(mainOf(res.body)).toMatch(/hreflang="de" lang="de" dir="ltr">Bürgerservice<\/a>/);

    const english = await get(`/inhalte/${w.slug}/ar/buergerservice/wohnsitz-anmelden`, {}, 'allmende_language=en');
    expect(english.body).toContain('<html lang="en"');
    expect(switcherOf(english.body)).toContain('aria-label="Languages"');
  });

  it('never shows a draft: a newer draft stays hidden, a draft-only page or language is not found', async () => {
    const res = await get(`/inhalte/${w.slug}/de/buergerservice/wohnsitz-anmelden`);
    expect(res.body).not.toContain('Entwurf');
    expect(res.body).not.toContain('Geheimer');
    for (const url of [
      `/inhalte/${w.slug}/en/buergerservice/wohnsitz-anmelden`,
      `/inhalte/${w.slug}/de/baustelle`,
      `/inhalte/${w.slug}/de/baustelle/unterseite`,
    ]) {
      const missing = await get(url);
      expect(missing.statusCode, url).toBe(404);
      expect(missing.headers['content-type']).toContain('text/html');
      expect(missing.body).toContain('<meta name="robots" content="noindex" />');
      // The frame speaks the language asked for when it can (English here), else the reader's.
      expect(missing.body).toMatch(/Seite nicht gefunden|Page not found/);
      expect(missing.body).not.toContain('Noch nicht fertig');
      expect(missing.body).not.toContain('Veröffentlicht, aber');
    }
  });

  it('answers 404 pages for unknown organisations, paths and languages and for malformed addresses', async () => {
    for (const url of [
      `/inhalte/${uniqueNoun('nirgendwo')}/de/buergerservice`,
      `/inhalte/${w.slug}/de/gibt-es-nicht`,
      `/inhalte/${w.slug}/de/wohnsitz-anmelden`,
      `/inhalte/${w.slug}/fr/buergerservice`,
      `/inhalte/${w.slug}/fr`,
      `/inhalte/${w.slug}/de-%3Cscript%3E/buergerservice`,
      `/inhalte/${w.slug}/de/Buergerservice`,
      `/inhalte/${w.slug}/de/buergerservice/..%2F..%2Fetc`,
      `/inhalte/%22%3E%3Cscript%3E/de`,
      `/inhalte/${uniqueNoun('nirgendwo')}`,
    ]) {
      const res = await get(url);
      expect(res.statusCode, url).toBe(404);
      expect(res.headers['content-type'], url).toContain('text/html');
      expect(res.body, url).not.toContain('<script>');
    }
  });

  it('lists the top pages of a language, without drafts and pages further down', async () => {
    const res = await get(`/inhalte/${w.slug}/de`);
    expect(res.statusCode).toBe(200);
    const main = mainOf(res.body);
    expect(main).toContain('>Bürgerinformationen</h1>');
    expect(main).toContain(`href="/inhalte/${w.slug}/de/buergerservice" lang="de" dir="ltr">Bürgerservice</a>`);
    expect(main).not.toContain('Wohnsitz anmelden');
    expect(main).not.toContain('Baustelle');
    expect((await get(`/inhalte/${w.slug}/de/`)).statusCode).toBe(200);
    // Arabic exists only further down the tree: no list of top pages in Arabic.
    expect((await get(`/inhalte/${w.slug}/ar`)).statusCode).toBe(404);
  });

  it('tags the page for revalidation and answers 304 when it has not changed', async () => {
    const url = `/inhalte/${w.slug}/ar/buergerservice/wohnsitz-anmelden`;
    const res = await get(url);
    expect(res.headers['cache-control']).toBe('no-cache');
    expect(res.headers.vary).toContain('cookie');
    const etag = res.headers.etag as string;
    expect(etag).toMatch(/^W\/"[\w-]+"$/);
    const again = await get(url, { 'if-none-match': etag });
    expect(again.statusCode).toBe(304);
    expect(again.body).toBe('');
    // An Arabic page is framed in the reader's language: the English frame is another page with another tag.
    const english = await get(url, { 'if-none-match': etag }, 'allmende_language=en');
    expect(english.statusCode).toBe(200);
  });

  it('escapes titles in text and attributes, and sanitises the text once more as it is shown (library images stay)', async () => {
    const hostile = `Wahl"><script>alert(1)</script>'&`;
    const page = await createPage(t, w.admin, w.organisation.id, {
      title: hostile,
      bodyHtml: '<p onclick="steal()">Wahlhelfer<script>alert(2)</script></p>',
    });
    const image = '/api/content/media/0190c0de-0000-7000-8000-000000000001/file?size=web';
    await overwriteBody(
      t,
      page.id,
      'de',
      `<p>Text</p><img src=x onerror="alert(3)"><a href="javascript:alert(4)">x</a><figure><img src="${image}" alt="Bürgerbüro"></figure>`,
    );
    const res = await get(`/inhalte/${w.slug}/de/${page.slug}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toMatch(/<script>alert|onerror|onclick|javascript:/);
    // Images of the media library stay; others go.
    expect(res.body).toContain(`<figure><img src="${image}" alt="Bürgerbüro" /></figure>`);
    expect(res.body).not.toContain('src="x"');
    expect(res.body).toContain('Wahl&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;&amp;</h1>');
    expect(res.body).toContain(
      '<meta property="og:title" content="Wahl&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;&amp; – ',
    );
    expect(res.body).toContain('<title>Wahl&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;&#39;&amp; – ');
  });

  it('credits the organisation an adopted page comes from, with its licence', async () => {
    const source = await createOrganisation(t, { name: `Landkreis Harburg ${uniqueNoun('lk')}` });
    await markAdopted(t, w.service.id, source, 'CC-BY-4.0');
    const res = await get(`/inhalte/${w.slug}/de/buergerservice`);
    expect(mainOf(res.body)).toContain(
      `Übernommen von <a class="kern-link" href="/organisations/${source.id}">${source.name}</a>, Lizenz <a class="kern-link" href="https://creativecommons.org/licenses/by/4.0/deed.de" rel="license noopener noreferrer">CC BY 4.0</a>`,
    );
    const plain = await get(`/inhalte/${w.slug}/de/buergerservice/wohnsitz-anmelden`);
    expect(plain.body).not.toContain('Übernommen von');
  });

  it('tells organisations of the same name apart by their AGS (or ID) in the address', async () => {
    const name = `Neustadt ${uniqueNoun('ns')}`;
    const first = await createOrganisation(t, { name });
    await createOrganisation(t, { name });
    const admin = await createPerson(t, { organisation: first, role: 'admin' });
    await createPage(t, admin, first.id, { slug: 'rathaus', title: 'Rathaus', bodyHtml: '<p>Öffnungszeiten</p>' });
    const base = name.toLowerCase().replace(' ', '-');
    expect((await get(`/inhalte/${base}/de/rathaus`)).statusCode).toBe(404);
    const suffixed = await get(`/inhalte/${base}-${first.id.slice(0, 8)}/de/rathaus`);
    expect(suffixed.statusCode).toBe(200);
    expect(suffixed.body).toContain(
      `rel="canonical" href="${t.config.publicUrl}/inhalte/${base}-${first.id.slice(0, 8)}/de/rathaus"`,
    );
    // The organisation's ID (or its name in capitals) leads to the one address.
    for (const other of [first.id, `${base}-${first.id.slice(0, 8)}`.toUpperCase()]) {
      const moved = await get(`/inhalte/${other}/de/rathaus`);
      expect(moved.statusCode).toBe(301);
      expect(moved.headers.location).toBe(`/inhalte/${base}-${first.id.slice(0, 8)}/de/rathaus`);
    }
    const start = await get(`/inhalte/${first.id}`);
    expect(start.statusCode).toBe(302);
    expect(start.headers.location).toBe(`/inhalte/${base}-${first.id.slice(0, 8)}/de`);
  });
});
