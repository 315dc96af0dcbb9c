import { gunzipSync } from 'node:zlib';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestAppOnOwnDatabase } from '../../../test/own-database.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { fakeWebDist } from '../../../test/web-dist.ts';
import { createContentAnswerCache } from './answer-cache.ts';
import { contentChanging, contentGeneration } from './content-generation.ts';
import { type ContentWorld, createContentWorld, overwriteBody, saveText } from './public-fixtures.ts';

// Public content answers (pages on /inhalte/ and the JSON for apps) are kept ready to send in each
// process until content changes anywhere. A change behind the platform's back stays unseen while an
// answer is kept; every write through the platform is seen by the very next reader.

let t: TestApp;
let w: ContentWorld;

beforeAll(async () => {
  t = await buildTestAppOnOwnDatabase({ webDist: fakeWebDist(), contentCacheMs: 60_000 });
  w = await createContentWorld(t);
});

const html = (url: string, cookie?: string) =>
  t.request({ method: 'GET', url, headers: { accept: 'text/html' }, cookie });
const json = (url: string, headers: Record<string, string> = {}) => t.request({ method: 'GET', url, headers });
const pageUrl = () => `/inhalte/${w.slug}/de/buergerservice/wohnsitz-anmelden`;
const jsonUrl = () => `/api/public/organisations/${w.organisation.id}/pages/${w.residence.id}?language=de`;
const publish = (title: string, bodyHtml: string) => saveText(t, w.admin, w.residence.id, 'de', { title, bodyHtml });

describe('public content answer cache', () => {
  it('keeps a page until a text is saved, then shows the new text to the next reader at once', async () => {
    await publish('Wohnsitz anmelden', '<p>Erste Fassung im Bürgerbüro.</p>');
    const first = await html(pageUrl());
    expect(first.body).toContain('Erste Fassung');

    // Behind the platform's back: the kept page is still sent …
    await overwriteBody(t, w.residence.id, 'de', '<p>Unbemerkt geändert.</p>');
    expect((await html(pageUrl())).body).toContain('Erste Fassung');
    expect((await json(jsonUrl())).body).toContain('Unbemerkt geändert');

    // … a save through the platform is seen at once, as HTML and as JSON, with a new tag.
    await publish('Wohnsitz anmelden', '<p>Zweite Fassung im Bürgerbüro.</p>');
    const second = await html(pageUrl());
    expect(second.body).toContain('Zweite Fassung');
    expect(second.headers.etag).not.toBe(first.headers.etag);
    const answer = await json(jsonUrl());
    expect(answer.json().pages[0].bodyHtml).toContain('Zweite Fassung');
  });

  it('keeps the frame in the reader’s language apart: an Arabic page in a German and in an English frame', async () => {
    const url = `/inhalte/${w.slug}/ar/buergerservice/wohnsitz-anmelden`;
    expect((await html(url)).body).toContain('<html lang="de"');
    expect((await html(url, 'allmende_language=en')).body).toContain('<html lang="en"');
    expect((await html(url)).body).toContain('<html lang="de"');
  });

  it('answers a kept JSON answer with its tag, 304 for a reader who has it, and gzip for one who asks', async () => {
    const url = `/api/public/organisations/${w.organisation.id}/pages`;
    const first = await json(url);
    expect(first.statusCode).toBe(200);
    const etag = first.headers.etag as string;
    const again = await json(url);
    expect(again.headers.etag).toBe(etag);
    expect(again.body).toBe(first.body);
    expect((await json(url, { 'if-none-match': etag })).statusCode).toBe(304);

    // A list long enough to be worth compressing.
    for (let n = 0; n < 12; n++) {
      const res = await t.request({
        method: 'POST',
        url: '/api/content/pages',
        cookie: w.admin.cookie,
        payload: {
          organisationId: w.organisation.id,
          slug: `merkblatt-${n}`,
          title: `Merkblatt ${n}`,
          bodyHtml: `<p>${'Ein Absatz über Gebühren, Fristen und Unterlagen. '.repeat(20)}</p>`,
        },
      });
      expect(res.statusCode, res.body).toBe(201);
    }
    const plain = await json(url);
    expect(plain.json().pages.length).toBeGreaterThan(12);
    const zipped = await t.request({ method: 'GET', url, headers: { 'accept-encoding': 'gzip' } });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(zipped.rawPayload).toString('utf8')).toBe(plain.body);
    expect((await json(url, { 'if-none-match': etag })).statusCode).toBe(200);
  });

  it('shows an organisation’s new name at once on its pages, at their new address', async () => {
    const before = await html(pageUrl());
    expect(before.body).toContain(w.organisation.name);
    const name = `${w.organisation.name} Nord`;
    const res = await t.request({
      method: 'PATCH',
      url: `/api/organisations/${w.organisation.id}`,
      cookie: w.admin.cookie,
      payload: { name },
    });
    expect(res.statusCode, res.body).toBe(200);
    const slug = `${w.slug}-nord`;
    const renamed = await html(`/inhalte/${slug}/de/buergerservice/wohnsitz-anmelden`);
    expect(renamed.statusCode).toBe(200);
    expect(renamed.body).toContain(name);
    const api = await json(`/api/public/organisations/${w.organisation.id}/pages?language=de`);
    expect(api.json().organisation.name).toBe(name);
    expect((await html(pageUrl())).statusCode).toBe(404);
    w = { ...w, slug };
  });

  it('moves the content generation again once a write has committed, as other processes hear it', async () => {
    const during = await t.deps.db.transaction(async (tx) => {
      await contentChanging(tx);
      return contentGeneration();
    });
    await t.deps.publisher.flush();
    await expect.poll(() => contentGeneration(), { timeout: 3_000 }).not.toBe(during);
  });

  it('never lets a signed-out write (refused) empty the cache', async () => {
    await html(pageUrl());
    const generation = contentGeneration();
    const refused = await t.request({
      method: 'PUT',
      url: `/api/content/pages/${w.residence.id}/languages/de`,
      payload: { title: 'Übernommen', bodyHtml: '<p>Fremd</p>' },
    });
    expect(refused.statusCode).toBe(401);
    expect(contentGeneration()).toBe(generation);
  });

  it('builds an answer once for readers who miss it at the same time, and shares a failure the same way', async () => {
    const cache = createContentAnswerCache(60_000);
    let builds = 0;
    const build = async () => {
      builds += 1;
      await new Promise((resolve) => setTimeout(resolve, 20));
      return 'answer';
    };
    expect(await Promise.all([1, 2, 3].map(() => cache.shared('key', build)))).toEqual(['answer', 'answer', 'answer']);
    expect(builds).toBe(1);
    // Once done, the next miss builds again (the answer itself is kept by `set`, not here).
    await cache.shared('key', build);
    expect(builds).toBe(2);
    const failing = () => Promise.reject(new Error('no page'));
    const results = await Promise.allSettled([cache.shared('bad', failing), cache.shared('bad', build)]);
    expect(results.map((r) => r.status)).toEqual(['rejected', 'rejected']);
  });
});
