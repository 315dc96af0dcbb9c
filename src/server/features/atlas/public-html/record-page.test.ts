import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Cooperation } from '../../../../shared/contracts/atlas.ts';
import { createPerson } from '../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { fakeWebDist, WEB_SHELL } from '../../../test/web-dist.ts';
import {
  changeState,
  createRecord,
  getRecord,
  type Partner,
  partner,
  publishedRecord,
  recordInput,
} from '../atlas-fixtures.ts';
import { cooperations } from '../tables.ts';

let t: TestApp;
let owner: Partner;

/** The page as a reader without JavaScript gets it: no session, the language cookie if given. */
async function fetchPage(slug: string, options: { cookie?: string; app?: TestApp } = {}) {
  return (options.app ?? t).request({
    method: 'GET',
    url: `/atlas/${slug}`,
    headers: { accept: 'text/html' },
    cookie: options.cookie,
  });
}

function metaContent(html: string, attribute: string, key: string): string | undefined {
  return new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1];
}

function jsonLdOf(html: string): Record<string, unknown> {
  const match = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no JSON-LD');
  return JSON.parse(match[1]);
}

/** What the root element holds: the page a reader without scripts sees. */
function rootOf(html: string): string {
  const start = html.indexOf('<div id="root">');
  const preload = html.indexOf('<script type="application/json"');
  return html.slice(start, preload >= 0 ? preload : html.indexOf('</body>'));
}

function preloadOf(html: string): Array<{ key: unknown[]; data: unknown }> {
  const match = /<script type="application\/json" id="allmende-preload">([\s\S]*?)<\/script>/.exec(html);
  if (!match?.[1]) throw new Error('no preload');
  return JSON.parse(match[1]);
}

/** The text a reader sees, without tags (entities left as they are). */
const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

beforeAll(async () => {
  t = await buildTestApp({ webDist: fakeWebDist() });
  owner = await partner(t, { landCode: '03' });
});

describe('GET /atlas/:slug for a signed-out reader', () => {
  it('renders the fact sheet, sections, partners and contact link as HTML in the app shell', async () => {
    const record = await publishedRecord(t, owner, {
      title: 'Wissensplattform Landkreis Musterland',
      summary: 'Drei Verwaltungen teilen seit 2007 eine gemeinsame Plattform für Wissen und Dokumente.',
      description: '<p>Die Plattform verbindet <strong>Kreis</strong> und Gemeinden.</p>',
      lessonsLearned: '<ul><li>Früh die Räte einbinden</li></ul>',
    });
    const res = await fetchPage(record.slug);
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
    expect(res.headers.vary).toMatch(/cookie/i);
    const html = res.body;
    const root = rootOf(html);

    expect(html).toContain('<html lang="de"');
    expect(root).toMatch(/<h1[^>]*>Wissensplattform Landkreis Musterland<\/h1>/);
    expect(root).toContain('Drei Verwaltungen teilen seit 2007 eine gemeinsame Plattform für Wissen und Dokumente.');
    // Partners link to their organisation pages; the external partner is named as such.
    expect(root).toContain(
      `<a class="kern-link" href="/organisations/${owner.organisation.id}">${owner.organisation.name}</a>`,
    );
    expect(textOf(root)).toContain('Maschinenring Nord (externer Partner)');
    // The fields, labelled as the app labels them.
    const text = textOf(root);
    for (const words of [
      'Steckbrief',
      'Rechtsform Öffentlich-rechtliche Vereinbarung / Zweckvereinbarung',
      'Status laufend',
      'Laufzeit seit 2015',
      'Niedersachsen',
      'Auszeichnungen Kommunalpreis (2018)',
      'Investition: 250.000 €',
      'Nachnutzung Zur Nachnutzung geeignet',
    ]) {
      expect(text).toContain(words);
    }
    expect(root).toContain('Bauhof');
    // The sections, as the sanitised rich text they are.
    expect(root).toContain('<h2 class="kern-heading-medium">Beschreibung</h2>');
    expect(root).toContain('<p>Die Plattform verbindet <strong>Kreis</strong> und Gemeinden.</p>');
    expect(root).toContain('<li>Früh die Räte einbinden</li>');
    // Contacts by name only; the way to reach them is signing in.
    expect(text).toContain('Erika Muster');
    expect(root).not.toContain('erika@bauhof.example');
    expect(root).toContain(`href="/sign-in?next=${encodeURIComponent(`/atlas/${record.slug}`)}"`);
    // One page of the app: one main, one h1, the frame's landmarks; the note about scripts is gone.
    expect(root.match(/<main /g)).toHaveLength(1);
    expect(root.match(/<h1 /g)).toHaveLength(1);
    expect(root).toContain('<header class="site-header">');
    expect(root).toContain('<footer class="site-footer">');
    expect(root).toContain('<a class="kern-link kern-link--small" href="/impressum">Impressum</a>');
    expect(html).not.toContain('Allmende braucht JavaScript');
    // The app itself still loads, with the record page's own code and CSS linked ahead.
    expect(html).toContain('<script type="module" crossorigin src="/assets/index-abc.js"></script>');
    expect(html).toContain('<link rel="stylesheet" crossorigin href="/assets/record-queries-abc.css">');
    expect(html).toContain('<link rel="modulepreload" crossorigin href="/assets/record-page-abc.js">');
    expect(html.match(/index-abc\.css/g)).toHaveLength(1);

    // The app's cache gets the record exactly as the API answers a signed-out reader.
    const api = (await getRecord(t, null, record.slug)).json() as Cooperation;
    expect(preloadOf(html)).toEqual([{ key: ['atlas', 'record', record.slug], data: api }]);
  });

  it('describes the record in the head: title, description, canonical link, Open Graph and JSON-LD', async () => {
    const record = await publishedRecord(t, owner, {
      title: 'IT-Kooperation Kreis und Gemeinden',
      summary: 'Gemeinsame Fachverfahren für alle.',
      fields: ['edv', 'beschaffung'],
      website: 'https://kooperation.example/',
    });
    const html = (await fetchPage(record.slug)).body;
    const url = `${t.config.publicUrl}/atlas/${record.slug}`;
    expect(html).toContain('<title>IT-Kooperation Kreis und Gemeinden – Kooperationsatlas – Allmende</title>');
    expect(html.match(/<title>/g)).toHaveLength(1);
    expect(html.match(/<meta name="description"/g)).toHaveLength(1);
    expect(metaContent(html, 'name', 'description')).toBe('Gemeinsame Fachverfahren für alle.');
    expect(metaContent(html, 'property', 'og:title')).toBe('IT-Kooperation Kreis und Gemeinden');
    expect(metaContent(html, 'property', 'og:description')).toBe('Gemeinsame Fachverfahren für alle.');
    expect(metaContent(html, 'property', 'og:type')).toBe('article');
    expect(metaContent(html, 'property', 'og:url')).toBe(url);
    expect(metaContent(html, 'property', 'og:locale')).toBe('de_DE');
    expect(html).toContain(`<link rel="canonical" href="${url}" />`);

    const ld = jsonLdOf(html);
    expect(ld['@type']).toBe('Project');
    expect(ld.name).toBe('IT-Kooperation Kreis und Gemeinden');
    expect(ld.url).toBe(url);
    expect(ld.foundingDate).toBe('2015');
    expect(ld.sameAs).toBe('https://kooperation.example/');
    expect(ld.keywords).toBe('Verwaltung/EDV/E-Government, Beschaffung');
    expect(ld.member).toEqual([
      {
        '@type': 'GovernmentOrganization',
        name: owner.organisation.name,
        url: `${t.config.publicUrl}/organisations/${owner.organisation.id}`,
      },
    ]);
    expect(ld.areaServed).toEqual([{ '@type': 'State', name: 'Niedersachsen' }]);
  });

  it('speaks English when the app chose English, and marks the German content as German', async () => {
    const record = await publishedRecord(t, owner, { title: 'Gemeinsamer Bauhof Nordheide' });
    const html = (await fetchPage(record.slug, { cookie: 'allmende_language=en' })).body;
    const root = rootOf(html);
    expect(html).toContain('<html lang="en"');
    expect(html).toContain('<title>Gemeinsamer Bauhof Nordheide – Cooperation atlas – Allmende</title>');
    expect(root).toMatch(/<h1 [^>]*lang="de"[^>]*>Gemeinsamer Bauhof Nordheide<\/h1>/);
    expect(root).toContain(
      '<div class="rich-text" lang="de"><p>Der Bauhof arbeitet für alle drei Gemeinden.</p></div>',
    );
    expect(textOf(root)).toContain('Legal form Public-law agreement');
    expect(textOf(root)).toContain('Investment: 250,000 €');
    expect(root).toContain('Skip to main content');
    // German stays the default without the cookie, whatever the browser prefers.
    const german = await t.request({
      method: 'GET',
      url: `/atlas/${record.slug}`,
      headers: { 'accept-language': 'en-GB,en;q=0.9' },
    });
    expect(german.body).toContain('<html lang="de"');
    expect(rootOf(german.body)).not.toContain(' lang="de"');
  });

  it('escapes a hostile title and summary everywhere, and never sends a script stored in a section', async () => {
    const title = `Böse </script><script>alert("x")</script> & 'Quotes' "here"`;
    const record = await publishedRecord(t, owner, {
      title,
      summary: `Zusammenfassung mit "Anführung" <b>und</b> </script>`,
    });
    // Written past the platform's save (which sanitises), as an old import might have.
    await t.deps.db
      .update(cooperations)
      .set({ currentStatus: '<p>Stand</p><script>alert(1)</script><img src=x onerror="alert(2)">' })
      .where(eq(cooperations.id, record.id));
    const html = (await fetchPage(record.slug)).body;
    // The only script elements: the app's module, the JSON-LD block and the app's preloaded answer.
    expect(html.match(/<script/g)).toHaveLength(3);
    expect(html).not.toContain('<script>alert');
    expect(html).not.toContain('</script><script>');
    expect(rootOf(html)).not.toContain('onerror');
    expect(rootOf(html)).not.toContain('alert(1)');
    const escaped =
      'Böse &lt;/script&gt;&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt; &amp; &#39;Quotes&#39; &quot;here&quot;';
    expect(html).toContain(`<title>${escaped} – Kooperationsatlas – Allmende</title>`);
    expect(rootOf(html)).toContain(`>${escaped}</h1>`);
    expect(metaContent(html, 'property', 'og:title')).toBe(escaped);
    expect(rootOf(html)).toContain('Zusammenfassung mit &quot;Anführung&quot; &lt;b&gt;und&lt;/b&gt; &lt;/script&gt;');
    expect(rootOf(html)).toContain('<p>Stand</p>');
    // JSON-LD and the preloaded answer carry the title exactly, once parsed.
    expect(jsonLdOf(html).name).toBe(title);
    expect((preloadOf(html)[0]?.data as Cooperation | undefined)?.title).toBe(title);
    // The preloaded answer is the API's (whose sections the web app renders), inert inside its JSON.
    expect(preloadOf(html)[0]?.data).toEqual((await getRecord(t, null, record.slug)).json());
  });

  it('takes the description from the first section when the summary is empty, as plain shortened text', async () => {
    const long = `<p>Die <strong>Städte</strong> &amp; Kreise ${'arbeiten gemeinsam an Fachverfahren '.repeat(20)}</p>`;
    const record = await publishedRecord(t, owner, { summary: '', description: long });
    const description = metaContent((await fetchPage(record.slug)).body, 'name', 'description') ?? '';
    expect(description.startsWith('Die Städte &amp; Kreise arbeiten gemeinsam')).toBe(true);
    expect(description).not.toContain('&lt;strong');
    expect(description.length).toBeLessThanOrEqual(320);
    expect(description.endsWith('…')).toBe(true);
  });

  it('answers drafts, records in review and archived ones like unknown slugs: 404, nothing of them', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const draft = await createRecord(
      t,
      owner.member,
      recordInput([owner.organisation.id], { title: 'Geheimer Entwurf' }),
    );
    const inReview = await createRecord(
      t,
      owner.member,
      recordInput([owner.organisation.id], { title: 'Geheime Prüfung' }),
    );
    expect((await changeState(t, owner.member, inReview.id, 'review')).statusCode).toBe(200);
    const archived = await publishedRecord(t, owner, { title: 'Geheimes Archiv' });
    expect((await changeState(t, admin, archived.id, 'archived')).statusCode).toBe(200);
    for (const record of [draft, inReview, archived]) {
      const res = await fetchPage(record.slug);
      expect(res.statusCode).toBe(404);
      expect(res.body).not.toContain('Geheim');
      expect(res.body).not.toContain('allmende-preload');
      expect(rootOf(res.body)).toContain('Kooperationsprojekt nicht gefunden');
      expect(rootOf(res.body)).toContain('Entwürfe sehen nur Angemeldete');
      expect(res.body).toContain('<meta name="robots" content="noindex" />');
    }
    // A partner's member gets the app (which shows the draft to them), still without the draft in the HTML.
    const own = await fetchPage(draft.slug, { cookie: owner.member.cookie });
    expect(own.statusCode).toBe(200);
    expect(own.body).not.toContain('Geheim');
    expect(rootOf(own.body)).toBe(
      '<div id="root"></div>\n    <noscript>Allmende braucht JavaScript. / Allmende needs JavaScript.</noscript>\n  ',
    );
    // Another organisation's member is as outside as a signed-out reader.
    const stranger = await partner(t);
    expect((await fetchPage(draft.slug, { cookie: stranger.member.cookie })).statusCode).toBe(404);
  });

  it('answers an unknown or malformed slug with 404 and a short "not found" page', async () => {
    for (const slug of ['gibt-es-nicht-123', 'Nicht_Gültig', encodeURIComponent('<script>')]) {
      const res = await fetchPage(slug);
      expect(res.statusCode).toBe(404);
      expect(res.headers['content-type']).toMatch(/^text\/html/);
      expect(textOf(rootOf(res.body))).toContain('Kooperationsprojekt nicht gefunden');
      expect(res.body).not.toContain('<script>alert');
    }
  });

  it('leaves the app pages under /atlas to the app with status 200', async () => {
    for (const page of ['new', 'mine']) {
      const res = await fetchPage(page);
      expect(res.statusCode).toBe(200);
      expect(res.body).toContain('<div id="root"></div>');
      expect(res.body).toContain('<title>Kooperationsatlas – Allmende</title>');
    }
    const history = await t.app.inject({ method: 'GET', url: '/atlas/irgendwas/history' });
    expect(history.statusCode).toBe(200);
    expect(history.body).toBe(WEB_SHELL);
  });

  it('gives a signed-in reader the head and the app, which shows what they may see and do', async () => {
    const record = await publishedRecord(t, owner, { title: 'Angemeldet gelesen' });
    const res = await fetchPage(record.slug, { cookie: owner.member.cookie });
    expect(res.statusCode).toBe(200);
    expect(res.body).toContain('<title>Angemeldet gelesen – Kooperationsatlas – Allmende</title>');
    expect(metaContent(res.body, 'property', 'og:title')).toBe('Angemeldet gelesen');
    expect(res.body).toContain('<div id="root"></div>');
    expect(res.body).not.toContain('allmende-preload');
  });

  it('answers HEAD as link checkers send it', async () => {
    const record = await publishedRecord(t, owner, { title: 'Kopfanfrage' });
    const res = await t.app.inject({ method: 'HEAD', url: `/atlas/${record.slug}` });
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toMatch(/^text\/html/);
  });
});
