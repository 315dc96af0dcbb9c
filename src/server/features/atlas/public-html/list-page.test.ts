import { and, count, eq, gt } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { newId } from '../../../platform/db/ids.ts';
import { unique } from '../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { fakeWebDist } from '../../../test/web-dist.ts';
import { type Partner, partner } from '../atlas-fixtures.ts';
import { indexCooperations } from '../search/search-index.ts';
import { cooperationPartners, cooperations } from '../tables.ts';

let t: TestApp;
let owner: Partner;
let word: string;
let records: Array<{ id: string; slug: string; title: string }>;

const titleOf = (html: string) => /<title>([^<]*)<\/title>/.exec(html)?.[1];
/** What a reader without scripts sees: the content of the <noscript> in the root element. */
const noscriptOf = (html: string) => /<div id="root"><noscript>([\s\S]*)<\/noscript><\/div>/.exec(html)?.[1] ?? '';

async function page(url: string, cookie?: string) {
  return t.request({ method: 'GET', url, headers: { accept: 'text/html' }, cookie });
}

beforeAll(async () => {
  t = await buildTestApp({ webDist: fakeWebDist() });
  owner = await partner(t);
  // A word only this file's records carry, so the search finds them among everyone else's.
  word = `Zisterne${unique('w').replace(/[^a-z0-9]/gi, '')}`;
  // Written straight into the tables and indexed (the platform's save is tested elsewhere): 21 records
  // through the API would take long on a busy machine.
  records = [];
  // Published just now, one millisecond apart: newer than the records other files of this worker made before.
  const now = Date.now();
  for (let i = 1; i <= 22; i++) {
    const id = newId();
    const state = i === 22 ? 'draft' : 'published';
    const record = {
      id,
      slug: `regenwasser-${i}-${word.toLowerCase()}`,
      // One title a reader must see as text, never as markup.
      title: `${state === 'draft' ? 'Entwurf' : 'Regenwasser'} ${i} ${i === 21 ? '<img src=x onerror=alert(1)> ' : ''}${word}`,
    };
    await t.deps.db.insert(cooperations).values({
      ...record,
      summary: `Gemeinsame ${word} Nummer ${i}`,
      sector: '05',
      fields: ['abwasser'],
      status: 'laufend',
      legalForm: 'zweckverband',
      startYear: 2000 + i,
      landCodes: ['03'],
      state,
      publishedAt: state === 'published' ? new Date(now + i) : null,
    });
    await t.deps.db
      .insert(cooperationPartners)
      .values({ cooperationId: id, organisationId: owner.organisation.id, position: 0 });
    if (state === 'published') records.push(record);
  }
  await t.deps.db.transaction((tx) => indexCooperations(tx, [...records.map((r) => r.id)]));
});

describe('GET /atlas outside the API', () => {
  it('carries the atlas’s own title and description, and Open Graph tags', async () => {
    const res = await page('/atlas');
    expect(res.statusCode).toBe(200);
    expect(titleOf(res.body)).toBe('Kooperationsatlas – Allmende');
    expect(res.body).toMatch(/<meta name="description" content="Wer macht was schon gemeinsam/);
    expect(res.body).toContain('<meta property="og:title" content="Kooperationsatlas – Allmende" />');
    expect(res.body).toContain('<link rel="stylesheet" crossorigin href="/assets/search-page-abc.css">');
    expect(titleOf((await page('/atlas', 'allmende_language=en')).body)).toBe('Cooperation atlas – Allmende');
  });

  it('lists the newest published records, with links, for readers without scripts', async () => {
    const list = noscriptOf((await page('/atlas')).body);
    expect(list).toContain('<h1 class="kern-heading-large" tabindex="-1" data-page-title="">Kooperationsatlas</h1>');
    // Newest first. Other test files (other processes on a shared PostgreSQL) may publish records at
    // any time, and this process's cached list may not know them yet: so the first hit is no older
    // than this file's newest record, which is listed unless twenty newer ones push it to page two.
    const ours = records.at(-1) as { slug: string };
    const publishedAt = async (slug: string) =>
      (
        await t.deps.db
          .select({ at: cooperations.publishedAt })
          .from(cooperations)
          .where(and(eq(cooperations.slug, slug), eq(cooperations.state, 'published')))
      )[0]?.at ?? null;
    const firstSlug =
      /class="kern-heading-small atlas-hit__title"[^>]*><a class="kern-link" href="\/atlas\/([^"]+)"/.exec(list)?.[1];
    const ourTime = (await publishedAt(ours.slug)) as Date;
    const firstTime = await publishedAt(decodeURIComponent(firstSlug ?? ''));
    expect(firstTime?.getTime()).toBeGreaterThanOrEqual(ourTime.getTime());
    const [newer] = await t.deps.db
      .select({ n: count() })
      .from(cooperations)
      .where(and(eq(cooperations.state, 'published'), gt(cooperations.publishedAt, ourTime)));
    if ((newer?.n ?? 0) < 20) expect(list).toContain(`href="/atlas/${ours.slug}"`);
    expect(list).toContain('<form class="filter-form" action="/atlas" method="get"');
    expect(list).toContain('href="/atlas?page=2"');
  });

  it('searches with the words of the address, pages through the hits and never lists drafts', async () => {
    const first = await page(`/atlas?q=${encodeURIComponent(word)}`);
    expect(titleOf(first.body)).toBe(`„${word}“ im Kooperationsatlas – Allmende`);
    const hits = noscriptOf(first.body);
    expect(hits).toContain('21 Kooperationen');
    expect(hits).toContain(`value="${word}"`);
    expect(hits.match(/class="atlas-hit"/g)).toHaveLength(20);
    expect(hits).not.toContain('Entwurf');
    // Titles as text, the search's matches marked.
    expect(hits).toContain(`&lt;img src=x onerror=alert(1)&gt; <mark>${word}</mark>`);
    expect(hits).not.toContain('<img');
    expect(hits).toContain(`href="/atlas?q=${word}&amp;page=2"`);
    const second = noscriptOf((await page(`/atlas?q=${encodeURIComponent(word)}&page=2`)).body);
    expect(second.match(/class="atlas-hit"/g)).toHaveLength(1);
    expect(second).toContain(`href="/atlas?q=${word}"`);
    expect(second).toContain('Seite 2 von 2');
  });

  it('escapes the words it shows, and shows the list without a filter the search refuses', async () => {
    const hostile = '"><script>alert(1)</script>';
    const res = await page(`/atlas?q=${encodeURIComponent(hostile)}`);
    expect(res.statusCode).toBe(200);
    expect(res.body).not.toContain('<script>alert');
    expect(res.body).toContain('value="&quot;&gt;&lt;script&gt;alert(1)&lt;/script&gt;"');
    const unknownFilter = await page('/atlas?sector=99&page=abc');
    expect(unknownFilter.statusCode).toBe(200);
    expect(titleOf(unknownFilter.body)).toBe('Kooperationsatlas – Allmende');
  });
});
