import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPerson, type TestOrganisation, unique } from '../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { fakeWebDist } from '../../../test/web-dist.ts';
import { organisations } from '../tables.ts';

let t: TestApp;
let kreis: TestOrganisation;
let stadt: TestOrganisation;

const metaContent = (html: string, attribute: string, key: string) =>
  new RegExp(`<meta ${attribute}="${key}" content="([^"]*)"`).exec(html)?.[1];
const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
const rootOf = (html: string) => {
  const start = html.indexOf('<div id="root">');
  const preload = html.indexOf('<script type="application/json"');
  return html.slice(start, preload >= 0 ? preload : html.indexOf('</body>'));
};
const textOf = (html: string) => html.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ');

async function page(url: string, cookie?: string) {
  return t.request({ method: 'GET', url, headers: { accept: 'text/html' }, cookie });
}

beforeAll(async () => {
  t = await buildTestApp({ webDist: fakeWebDist() });
  kreis = await createOrganisation(t, { name: `Hochsauerlandkreis ${unique('k')}`, type: 'landkreis', landCode: '05' });
  stadt = await createOrganisation(t, { name: `Meschede ${unique('s')}`, type: 'stadt', landCode: '05' });
  await t.deps.db
    .update(organisations)
    .set({
      kreisId: kreis.id,
      website: 'https://www.meschede.example/',
      description: 'Kreisstadt an der Ruhr.\n\nSitz der <Kreisverwaltung> & mehr.',
    })
    .where(eq(organisations.id, stadt.id));
});

describe('GET /organisations and /organisations/:id outside the API', () => {
  it('gives the directory its own title and description', async () => {
    const res = await page('/organisations');
    expect(res.statusCode).toBe(200);
    expect(titleOf(res.body)).toBe('Organisationsverzeichnis – Allmende');
    expect(metaContent(res.body, 'name', 'description')).toBe(
      'Alle Gemeinden, Städte, Kreise und Länder Deutschlands sowie Zweckverbände, IT-Dienstleister und Verbände.',
    );
    const english = await page('/organisations', 'allmende_language=en');
    expect(titleOf(english.body)).toBe('Directory of organisations – Allmende');
    expect(english.body).toContain('<html lang="en"');
  });

  it('searches the directory without scripts: the form sends its words in the address, the table links profiles', async () => {
    const res = await page(`/organisations?q=${encodeURIComponent(stadt.name)}&land=05&type=`);
    expect(res.statusCode).toBe(200);
    const list = /<div id="root"><noscript>([\s\S]*)<\/noscript><\/div>/.exec(res.body)?.[1] ?? '';
    expect(list).toContain('<form class="filter-form" action="/organisations" method="get">');
    expect(list).toContain(`value="${stadt.name}"`);
    expect(list).toContain('<option value="05" selected>Nordrhein-Westfalen</option>');
    expect(list).toMatch(/role="status">(Eine Organisation|\d+ Organisationen) gefunden</);
    expect(list).toContain(`<a class="kern-link" href="/organisations/${stadt.id}">${stadt.name}</a>`);
    expect(textOf(list)).toContain(`${stadt.name} Stadt ${kreis.name} Nordrhein-Westfalen`);
    // Paging through everything keeps the words of the address.
    const all = await page('/organisations?type=gemeinde');
    expect(all.body).toContain('href="/organisations?type=gemeinde&amp;offset=20"');
    // A filter the search refuses shows the directory without it.
    const refused = await page('/organisations?land=99&offset=-1');
    expect(refused.statusCode).toBe(200);
    expect(titleOf(refused.body)).toBe('Organisationsverzeichnis – Allmende');
  });

  it('renders a profile for a signed-out reader: name, kind, Kreis, Land, website, description', async () => {
    const res = await page(`/organisations/${stadt.id}`);
    expect(res.statusCode).toBe(200);
    expect(titleOf(res.body)).toBe(`Stadt ${stadt.name} – Organisationsverzeichnis – Allmende`);
    expect(metaContent(res.body, 'name', 'description')).toBe(
      'Kreisstadt an der Ruhr. Sitz der &lt;Kreisverwaltung&gt; &amp; mehr.',
    );
    expect(metaContent(res.body, 'property', 'og:title')).toBe(`Stadt ${stadt.name}`);
    expect(res.body).toContain(`<link rel="canonical" href="${t.config.publicUrl}/organisations/${stadt.id}" />`);
    const root = rootOf(res.body);
    expect(root).toMatch(new RegExp(`<h1[^>]*>${stadt.name}</h1>`));
    const text = textOf(root);
    expect(text).toContain('Art Stadt');
    expect(text).toContain(`Kreis ${kreis.name}`);
    expect(text).toContain('Land Nordrhein-Westfalen');
    expect(root).toContain(`<a class="kern-link" href="/organisations/${kreis.id}">${kreis.name}</a>`);
    expect(root).toContain('href="https://www.meschede.example/"');
    expect(root).toContain('<p class="kern-body">Kreisstadt an der Ruhr.</p>');
    expect(root).toContain('<p class="kern-body">Sitz der &lt;Kreisverwaltung&gt; &amp; mehr.</p>');
    expect(text).toContain('Die Personen einer Organisation sehen nur angemeldete Nutzerinnen und Nutzer.');
    expect(res.body).not.toContain('Allmende braucht JavaScript');
    // The app's cache gets the profile as the API answers a signed-out reader.
    const api = await t.request({ method: 'GET', url: `/api/organisations/${stadt.id}` });
    const preload = /<script type="application\/json" id="allmende-preload">([\s\S]*?)<\/script>/.exec(res.body)?.[1];
    expect(JSON.parse(preload ?? '[]')).toEqual([{ key: ['organisation', stadt.id], data: api.json() }]);
  });

  it('names a Landkreis once, however the directory spells it', async () => {
    expect(titleOf((await page(`/organisations/${kreis.id}`)).body)).toBe(
      `${kreis.name} – Organisationsverzeichnis – Allmende`,
    );
  });

  it('gives a signed-in reader the head and the app, which shows what they may see', async () => {
    const member = await createPerson(t, { organisation: stadt });
    const res = await page(`/organisations/${stadt.id}`, member.cookie);
    expect(res.statusCode).toBe(200);
    expect(titleOf(res.body)).toBe(`Stadt ${stadt.name} – Organisationsverzeichnis – Allmende`);
    expect(res.body).toContain('<div id="root"></div>');
    expect(res.body).not.toContain('allmende-preload');
  });

  it('answers an unknown or malformed ID with 404 and a short "not found" page', async () => {
    for (const id of ['01890a5d-ac96-774b-bcce-b302099a8057', 'kein-uuid', '%3Cscript%3E']) {
      const res = await page(`/organisations/${id}`);
      expect(res.statusCode).toBe(404);
      expect(textOf(rootOf(res.body))).toContain('Organisation nicht gefunden');
      expect(res.body).not.toContain('<script>');
    }
  });
});
