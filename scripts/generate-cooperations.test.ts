import { sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { searchAs } from '../src/server/features/atlas/search/search-test-client.ts';
import { rowsOf } from '../src/server/platform/db/sql-rows.ts';
import { buildTestApp } from '../src/server/test/test-app.ts';
import { generateCooperations, removeSynthetic } from './generate-cooperations.ts';

describe('generate-cooperations', () => {
  it('creates published, indexed, clearly marked synthetic records and replaces them on request', async () => {
    const t = await buildTestApp();
    const first = await generateCooperations(t.deps.db, { count: 40, replace: true, seed: 7 });
    expect(first.created).toBe(40);

    const rows = rowsOf<{ title: string; synthetic: boolean; state: string; partners: number; located: boolean }>(
      await t.deps.db.execute(sql`
        select c.title, c.synthetic, c.state, c.latitude is not null as located,
          (select count(*)::int from cooperation_partners p where p.cooperation_id = c.id) as partners
        from cooperations c where c.synthetic`),
    );
    expect(rows).toHaveLength(40);
    for (const row of rows) {
      expect(row.title).toMatch(/^Synthetischer Datensatz \d+: /);
      expect(row).toMatchObject({ synthetic: true, state: 'published', located: true });
      expect(row.partners).toBeGreaterThanOrEqual(1);
    }
    const found = await searchAs(t, { q: 'Synthetischer Datensatz', pageSize: '100' });
    expect(found.total).toBe(40);
    expect(found.hits.every((h) => h.synthetic)).toBe(true);
    const termCount = async () =>
      rowsOf<{ n: number }>(
        await t.deps.db.execute(sql`select documents as n from atlas_terms where term = 'lasttests'`),
      )[0]?.n ?? 0;
    expect(await termCount()).toBe(40);

    const second = await generateCooperations(t.deps.db, { count: 10, replace: true, seed: 8 });
    expect(second).toEqual({ created: 10, removed: 40 });
    expect((await searchAs(t, { q: 'Synthetischer Datensatz' })).total).toBe(10);
    expect(await termCount()).toBe(10);
    expect(await removeSynthetic(t.deps.db)).toBe(10);
    expect(await termCount()).toBe(0);
  });
});
