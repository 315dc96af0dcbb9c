import { gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createPerson } from '../../../test/factories.ts';
import { buildTestAppOnOwnDatabase } from '../../../test/own-database.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { fakeWebDist } from '../../../test/web-dist.ts';
import { changeState, getRecord, partner, publishedRecord, recordInput, replaceRecord } from '../atlas-fixtures.ts';
import { cooperations } from '../tables.ts';

// In a file of its own: the index generation the cache follows is one per process, and an app on the
// run's shared database (with the run's bus) in the same file would hear the saves of other files.

let cached: TestApp;

async function fetchPage(slug: string, options: { cookie?: string } = {}) {
  return cached.request({
    method: 'GET',
    url: `/atlas/${slug}`,
    headers: { accept: 'text/html' },
    cookie: options.cookie,
  });
}

function rootOf(html: string): string {
  const start = html.indexOf('<div id="root">');
  const preload = html.indexOf('<script type="application/json"');
  return html.slice(start, preload >= 0 ? preload : html.indexOf('</body>'));
}

describe('the rendered record page with the answer cache on', () => {
  it('is served from memory per language until the record is saved', async () => {
    // A database and bus of its own: saves of other test files would otherwise empty the cache at any time.
    cached = await buildTestAppOnOwnDatabase({ webDist: fakeWebDist(), atlasSearchCacheMs: 60_000 });
    const owner = await partner(cached, { landCode: '03' });
    const record = await publishedRecord(cached, owner, { title: 'Zwischengespeichert' });
    const first = await fetchPage(record.slug);
    expect((await fetchPage(record.slug)).body).toBe(first.body);
    // Browsers get it gzipped (compressed once and kept with the page).
    const zipped = await cached.request({
      method: 'GET',
      url: `/atlas/${record.slug}`,
      headers: { 'accept-encoding': 'gzip, deflate, br' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toMatch(/accept-encoding/i);
    expect(gunzipSync(zipped.rawPayload).toString()).toBe(first.body);
    expect((await fetchPage(record.slug, { cookie: 'allmende_language=en' })).body).toContain('<html lang="en"');

    // A change behind the platform's back is not seen while the page is cached …
    await cached.deps.db.update(cooperations).set({ title: 'Heimlich geändert' }).where(eq(cooperations.id, record.id));
    expect((await fetchPage(record.slug)).body).toContain('Zwischengespeichert');

    // … but a save through the platform empties the cache at once.
    const current = (await getRecord(cached, owner.member, record.slug)).json();
    const saved = await replaceRecord(
      cached,
      owner.member,
      current,
      recordInput([owner.organisation.id], { title: 'Neu gespeichert' }),
    );
    expect(saved.statusCode, saved.body).toBe(200);
    const after = (await fetchPage(record.slug)).body;
    expect(after).toContain('<title>Neu gespeichert – Kooperationsatlas – Allmende</title>');
    expect(rootOf(after)).toContain('>Neu gespeichert</h1>');

    // Archived: gone at once, not served from the cache.
    const admin = await createPerson(cached, { platformAdmin: true });
    expect((await changeState(cached, admin, record.id, 'archived')).statusCode).toBe(200);
    expect((await fetchPage(record.slug)).statusCode).toBe(404);
  });
});
