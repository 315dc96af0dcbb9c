import { gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { acceptsGzip, EncodedAnswer } from '../../../platform/http/encoded-answer.ts';
import { buildTestAppOnOwnDatabase } from '../../../test/own-database.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { cooperations } from '../tables.ts';
import { indexGeneration } from './index-generation.ts';
import { cacheKeyOf } from './search-cache.ts';
import { createSearchWorld, type SearchWorld, saveRecord } from './search-fixtures.ts';
import { indexCooperation } from './search-index.ts';
import { searchAs } from './search-test-client.ts';

// The per-process cache of search answers (ATLAS_SEARCH_CACHE_MS; off in other tests).

let t: TestApp;
let world: SearchWorld;

beforeAll(async () => {
  // A database and bus of its own: saves of other test files would otherwise empty the cache at any time.
  t = await buildTestAppOnOwnDatabase({ atlasSearchCacheMs: 60_000 });
  world = await createSearchWorld(t);
});

describe('atlas search cache', () => {
  it('answers a repeated search from memory until a record is saved in this process', async () => {
    const first = await saveRecord(t, { title: `Erster ${world.token}`, partnerIds: [world.gemeindeNord.id] });
    expect((await searchAs(t, { q: world.token })).hits.map((h) => h.title)).toEqual([`Erster ${world.token}`]);

    // A change behind the platform's back (no re-index) is not seen while the answer is cached …
    await t.deps.db.update(cooperations).set({ state: 'archived' }).where(eq(cooperations.id, first.id));
    expect((await searchAs(t, { q: world.token })).total).toBe(1);

    // … but any save, which re-indexes its record, empties the cache.
    await saveRecord(t, { title: `Zweiter ${world.token}`, partnerIds: [world.gemeindeNord.id] });
    expect((await searchAs(t, { q: world.token })).hits.map((h) => h.title)).toEqual([`Zweiter ${world.token}`]);
  });

  it('moves the index generation again once an index write has committed', async () => {
    const record = await saveRecord(t, { title: `Dritter ${world.token}`, partnerIds: [world.gemeindeNord.id] });
    const during = await t.deps.db.transaction(async (tx) => {
      await indexCooperation(tx, record.id);
      return indexGeneration();
    });
    // An answer computed from the rows as they were before the commit carries `during`: it must not be kept.
    await t.deps.publisher.flush();
    await expect.poll(() => indexGeneration(), { timeout: 3_000 }).not.toBe(during);
  });

  // PGlite has one connection: a search cannot run beside an open transaction there.
  it.skipIf(!inject('databaseUrl'))(
    'does not keep an answer computed while a save was under way beyond the save’s commit',
    async () => {
      const word = `${world.token}neu`;
      const record = await saveRecord(t, { title: `Vierter ${world.token}`, partnerIds: [world.gemeindeNord.id] });
      await t.deps.db.transaction(async (tx) => {
        await tx
          .update(cooperations)
          .set({ title: `Vierter ${word}` })
          .where(eq(cooperations.id, record.id));
        await indexCooperation(tx, record.id);
        // Another request searches before the commit: it sees the record as it was, and the answer is cached.
        expect((await searchAs(t, { q: word })).total).toBe(0);
      });
      await t.deps.publisher.flush();
      await expect.poll(async () => (await searchAs(t, { q: word })).total, { timeout: 3_000 }).toBe(1);
    },
  );

  it('treats the same filters in another order as the same search', () => {
    expect(cacheKeyOf({ field: ['abfall', 'edv'], q: 'x', page: 1 })).toBe(
      cacheKeyOf({ page: 1, q: 'x', field: ['edv', 'abfall', 'edv'] }),
    );
    expect(cacheKeyOf({ q: 'x' })).not.toBe(cacheKeyOf({ q: 'X' }));
    expect(cacheKeyOf({ q: 'x', land: undefined })).toBe(cacheKeyOf({ q: 'x' }));
  });
});

describe('search answers on the wire', () => {
  it('go out gzipped to clients that accept it, when large enough to gain', async () => {
    const large = new EncodedAnswer(Buffer.from(JSON.stringify({ points: Array(500).fill({ title: 'Müllabfuhr' }) })));
    const sent = await large.encodedFor('gzip, deflate, br');
    expect(sent.encoding).toBe('gzip');
    expect(sent.body.length).toBeLessThan(large.size / 5);
    expect(gunzipSync(sent.body).equals(large.json)).toBe(true);
    expect((await large.encodedFor(undefined)).encoding).toBeUndefined();
    expect((await large.encodedFor('gzip;q=0, br')).encoding).toBeUndefined();
    const small = new EncodedAnswer(Buffer.from('{"hits":[]}'));
    expect((await small.encodedFor('gzip')).encoding).toBeUndefined();
  });

  it('read Accept-Encoding as browsers send it', () => {
    expect(acceptsGzip('gzip, deflate, br, zstd')).toBe(true);
    expect(acceptsGzip('br;q=1.0, gzip;q=0.8, *;q=0.1')).toBe(true);
    expect(acceptsGzip('identity')).toBe(false);
    expect(acceptsGzip('gzip;q=0')).toBe(false);
    expect(acceptsGzip(undefined)).toBe(false);
  });

  it('come through the route gzipped, with Vary', async () => {
    const response = await t.request({
      method: 'GET',
      url: '/api/atlas/cooperations?pageSize=100',
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers.vary).toBe('Accept-Encoding');
    const json =
      response.headers['content-encoding'] === 'gzip' ? gunzipSync(response.rawPayload) : response.rawPayload;
    expect(JSON.parse(json.toString('utf8')).total).toBeGreaterThan(0);
  });
});
