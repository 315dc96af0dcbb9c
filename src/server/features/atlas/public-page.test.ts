import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../platform/db/ids.ts';
import { createOrganisation, unique } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { cooperationPartners, cooperations } from './tables.ts';

// The app shell as Vite builds it (the parts the page head replaces or keeps).
const SHELL = `<!doctype html>
<html lang="de">
  <head>
    <meta charset="UTF-8" />
    <meta name="description" content="Allmende – die Plattform, auf der Kommunen in Deutschland zusammenarbeiten." />
    <title>Allmende</title>
    <script type="module" crossorigin src="/assets/index-abc.js"></script>
  </head>
  <body><div id="root"></div></body>
</html>
`;

let t: TestApp;
let partners: Array<{ id: string; name: string }>;

async function insertRecord(input: { title: string; summary?: string; state: string; description?: string }) {
  const id = newId();
  const slug = unique('kooperation').toLowerCase();
  await t.deps.db.insert(cooperations).values({
    id,
    slug,
    title: input.title,
    summary: input.summary ?? '',
    description: input.description ?? '',
    sector: '01',
    fields: ['edv', 'beschaffung'],
    status: 'laufend',
    legalForm: 'verwaltungsvereinbarung',
    startYear: 2007,
    website: 'https://kooperation.example/',
    landCodes: ['03'],
    awards: [{ name: 'EPSA', year: 2009 }],
    state: input.state,
    publishedAt: input.state === 'published' ? new Date('2026-01-15T10:00:00Z') : null,
  });
  await t.deps.db
    .insert(cooperationPartners)
    .values(partners.map((p, position) => ({ cooperationId: id, organisationId: p.id, position })));
  return { id, slug };
}

/** The page a crawler sees: no JavaScript, no cookie. */
async function fetchPage(slug: string) {
  return t.app.inject({ method: 'GET', url: `/atlas/${slug}`, headers: { accept: 'text/html' } });
}

function metaContent(html: string, attribute: string, key: string): string | undefined {
  const match = new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html);
  return match?.[1];
}

function jsonLdOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no JSON-LD');
  return JSON.parse(match[1]);
}

beforeAll(async () => {
  const webDist = mkdtempSync(join(tmpdir(), 'allmende-web-'));
  writeFileSync(join(webDist, 'index.html'), SHELL);
  t = await buildTestApp({ webDist });
  partners = [
    await createOrganisation(t, { name: `Neu Wulmstorf ${unique('g')}`, type: 'gemeinde' }),
    await createOrganisation(t, { name: `Seevetal ${unique('g')}`, type: 'gemeinde' }),
  ];
});

describe('GET /atlas/:slug without JavaScript', () => {
  it('describes a published record in its title, description, Open Graph tags and JSON-LD', async () => {
    const { slug } = await insertRecord({
      title: 'Kollaborationsplattform Landkreis Harburg',
      summary: 'Drei Verwaltungen teilen seit 2007 eine gemeinsame Plattform für Wissen und Dokumente.',
      state: 'published',
    });
    const res = await fetchPage(slug);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    const html = res.body;
    expect(html).toContain('<title>Kollaborationsplattform Landkreis Harburg – Kooperationsatlas – Allmende</title>');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
    expect(metaContent(html, 'name', 'description')).toBe(
      'Drei Verwaltungen teilen seit 2007 eine gemeinsame Plattform für Wissen und Dokumente.',
    );
    expect(metaContent(html, 'property', 'og:title')).toBe('Kollaborationsplattform Landkreis Harburg');
    expect(metaContent(html, 'property', 'og:type')).toBe('article');
    expect(metaContent(html, 'property', 'og:url')).toBe(`${t.config.publicUrl}/atlas/${slug}`);
    expect(metaContent(html, 'property', 'og:locale')).toBe('de_DE');
    expect(metaContent(html, 'property', 'og:site_name')).toBe('Allmende');
    expect(html).toContain(`<link rel="canonical" href="${t.config.publicUrl}/atlas/${slug}" />`);
    // The app itself still loads.
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');
    expect(html).toContain('<div id="root"></div>');

    const ld = jsonLdOf(html);
    expect(ld['@context']).toBe('https://schema.org');
    expect(ld['@type']).toBe('Project');
    expect(ld.name).toBe('Kollaborationsplattform Landkreis Harburg');
    expect(ld.url).toBe(`${t.config.publicUrl}/atlas/${slug}`);
    expect(ld.foundingDate).toBe('2007');
    expect(ld.sameAs).toBe('https://kooperation.example/');
    expect(ld.award).toEqual(['EPSA (2009)']);
    expect(ld.keywords).toBe('Verwaltung/EDV/E-Government, Beschaffung');
    expect((ld.member as Array<{ name: string }>).map((m) => m.name).sort()).toEqual(
      partners.map((p) => p.name).sort(),
    );
    expect(ld.areaServed).toEqual([{ '@type': 'State', name: 'Niedersachsen' }]);
  });

  it('escapes a hostile title everywhere, so it cannot end the script or an attribute', async () => {
    const title = `Böse </script><script>alert("x")</script> & 'Quotes' "here"`;
    const { slug } = await insertRecord({
      title,
      summary: `Zusammenfassung mit "Anführung" <b>und</b> </script>`,
      state: 'published',
    });
    const html = (await fetchPage(slug)).body;
    // The only script elements are the app's own module and the JSON-LD block.
    expect(html.match(/<script/g)).toHaveLength(2);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('</script><script>');
    expect(html).toContain(
      '<title>Böse &lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Quotes&#39; &quot;here&quot; – Kooperationsatlas – Allmende</title>',
    );
    expect(metaContent(html, 'property', 'og:title')).toBe(
      'Böse &lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Quotes&#39; &quot;here&quot;',
    );
    // JSON-LD carries the title exactly, once parsed.
    expect(jsonLdOf(html).name).toBe(title);
    expect(jsonLdOf(html).description).toBe('Zusammenfassung mit "Anführung" <b>und</b> </script>');
  });

  it('takes the description from the first section when the summary is empty, as plain shortened text', async () => {
    const long = `<p>Die <strong>Städte</strong> &amp; Kreise ${'arbeiten gemeinsam an Fachverfahren '.repeat(20)}</p>`;
    const { slug } = await insertRecord({ title: 'IT-Kooperation', state: 'published', description: long });
    const description = metaContent((await fetchPage(slug)).body, 'name', 'description') ?? '';
    expect(description.startsWith('Die Städte &amp; Kreise arbeiten gemeinsam')).toBe(true);
    expect(description).not.toContain('&lt;strong');
    expect(description.length).toBeLessThanOrEqual(320);
    expect(description.endsWith('…')).toBe(true);
  });

  it('gives drafts, records in review and archived ones the plain app shell, so nothing leaks', async () => {
    for (const state of ['draft', 'review', 'archived']) {
      const { slug } = await insertRecord({
        title: `Geheimer Entwurf ${state}`,
        summary: 'Noch nicht öffentlich',
        state,
      });
      const res = await fetchPage(slug);
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(SHELL);
      expect(res.body).not.toContain('Geheimer Entwurf');
    }
  });

  it('answers an unknown slug with the app shell and status 404', async () => {
    const res = await fetchPage('gibt-es-nicht-123');
    expect(res.statusCode).toBe(404);
    expect(res.body).toBe(SHELL);
    const malformed = await fetchPage('Nicht_Gültig');
    expect(malformed.statusCode).toBe(404);
    expect(malformed.body).toBe(SHELL);
  });

  it('leaves the app pages under /atlas to the app with status 200', async () => {
    for (const page of ['new', 'mine']) {
      const res = await fetchPage(page);
      expect(res.statusCode).toBe(200);
      expect(res.body).toBe(SHELL);
    }
    const history = await t.app.inject({ method: 'GET', url: '/atlas/irgendwas/history' });
    expect(history.statusCode).toBe(200);
    expect(history.body).toBe(SHELL);
  });

  it('answers HEAD as link checkers send it', async () => {
    const { slug } = await insertRecord({ title: 'Kopfanfrage', summary: 'Kurz', state: 'published' });
    const res = await t.app.inject({ method: 'HEAD', url: `/atlas/${slug}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });
});
