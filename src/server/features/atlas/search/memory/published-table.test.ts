import { beforeAll, describe, expect, it } from 'vitest';
import { createPerson } from '../../../../test/factories.ts';
import { buildTestAppOnOwnDatabase } from '../../../../test/own-database.ts';
import { buildTestApp, type TestApp } from '../../../../test/test-app.ts';
import { changeState } from '../../atlas-fixtures.ts';
import { saveCooperation } from '../../commands/save-cooperation.ts';
import { cooperationInput, createSearchWorld, type SearchWorld, saveRecord, uniqueWord } from '../search-fixtures.ts';
import { searchAs } from '../search-test-client.ts';

// The published records each process holds for filtering, counting and ordering (published-table.ts):
// what a search finds follows every change of the index, and each database has its own.

let t: TestApp;
let world: SearchWorld;

beforeAll(async () => {
  t = await buildTestApp();
  world = await createSearchWorld(t);
});

const mine = (params: Record<string, string | string[]> = {}) =>
  searchAs(t, { partner: [world.gemeindeNord.id, world.gemeindeSued.id], ...params });

describe('the published table behind the atlas search', () => {
  it('counts a record in facets, total and map once published, and drops it once archived', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const draft = await saveRecord(
      t,
      // The partner's place gives the record its map point.
      { title: 'Gemeinsame Vergabestelle', sector: '01', partnerIds: [world.gemeindeSued.id] },
      'draft',
    );
    const before = await mine();
    const sectorCount = (result: typeof before) => result.facets.sector.find((b) => b.value === '01')?.count ?? 0;

    expect((await changeState(t, admin, draft.id, 'published')).statusCode).toBe(200);
    const published = await mine();
    expect(published.total).toBe(before.total + 1);
    expect(sectorCount(published)).toBe(sectorCount(before) + 1);
    expect(published.points.map((p) => p.slug)).toContain(draft.slug);
    expect(published.hits.map((h) => h.slug)).toContain(draft.slug);

    expect((await changeState(t, admin, draft.id, 'archived')).statusCode).toBe(200);
    const archived = await mine();
    expect(archived.total).toBe(before.total);
    expect(sectorCount(archived)).toBe(sectorCount(before));
    expect(archived.points.map((p) => p.slug)).not.toContain(draft.slug);
  });

  it('follows a record edited to another sector and Land, without reading the others again', async () => {
    const input = { title: 'Gemeinsamer Winterdienst', sector: '04', partnerIds: [world.gemeindeNord.id] };
    const record = await saveRecord(t, input);
    const sectors = async () => Object.fromEntries((await mine()).facets.sector.map((b) => [b.value, b.count]));
    const before = await sectors();
    await t.deps.db.transaction((tx) =>
      saveCooperation(tx, cooperationInput({ ...input, sector: '06', partnerIds: [world.gemeindeSued.id] }), {
        authorId: null,
        existingId: record.id,
        action: 'edited',
      }),
    );
    const after = await sectors();
    expect(after['04'] ?? 0).toBe((before['04'] ?? 0) - 1);
    expect(after['06'] ?? 0).toBe((before['06'] ?? 0) + 1);
    // Gemeinde Süd lies in Land 09 and has a place: the record is there now, with its map point.
    const inLand = await mine({ land: ['09'], sector: ['06'] });
    expect(inLand.hits.map((h) => h.slug)).toContain(record.slug);
    expect(inLand.points.map((p) => p.slug)).toContain(record.slug);
  });

  it('keeps the records of one database from the searches of another', async () => {
    const word = uniqueWord('Bauhof');
    await saveRecord(t, { title: `${word} im Amt`, partnerIds: [world.gemeindeNord.id] });
    expect((await searchAs(t, { q: word })).total).toBe(1);
    expect((await mine()).total).toBeGreaterThan(0);

    const other = await buildTestAppOnOwnDatabase();
    const elsewhere = await searchAs(other, { partner: [world.gemeindeNord.id] });
    expect(elsewhere.total).toBe(0);
    expect(elsewhere.facets.sector).toEqual([]);
    expect((await searchAs(other, { q: word })).total).toBe(0);
  });
});
