import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildTestAppOnOwnDatabase } from '../../../test/own-database.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { createSearchWorld, type SearchWorld, saveRecord, uniqueWord } from './search-fixtures.ts';
import { configureWordCache } from './search-word-cache.ts';
import { analyseQuery } from './search-words.ts';

// Query words analysed once per process (ATLAS_WORD_CACHE_MS), until the index changes.

let t: TestApp;
let world: SearchWorld;

beforeAll(async () => {
  // A database and bus of its own: saves of other test files would otherwise empty the cache at any time.
  t = await buildTestAppOnOwnDatabase();
  world = await createSearchWorld(t);
});

afterAll(() => configureWordCache(t.config.atlasWordCacheMs));

/** Takes a word out of atlas_terms behind the platform's back (no re-index, so no new generation). */
async function forget(term: string) {
  await t.deps.db.execute(sql`delete from atlas_terms where term = ${term}`);
}

describe('the word cache', () => {
  it('reuses a word analysed before, until this process re-indexes a record', async () => {
    configureWordCache(60_000);
    const part = uniqueWord('teil');
    await saveRecord(t, { title: `Haupt${part} im Amt`, partnerIds: [world.gemeindeNord.id] });
    const before = await analyseQuery(t.deps.db, part);
    expect(before.expanded).toBe(`(${part} | haupt${part})`);

    await forget(`haupt${part}`);
    expect((await analyseQuery(t.deps.db, `Amt ${part}`)).expanded).toBe(`(amt) & (${part} | haupt${part})`);

    // Any save empties it: the word is looked up again and the compound is gone.
    await saveRecord(t, { title: `Anderes ${uniqueWord()}`, partnerIds: [world.gemeindeNord.id] });
    expect((await analyseQuery(t.deps.db, part)).expanded).toBe(`(${part})`);
  });

  it('keeps typo suggestions too, and asks again with the cache off', async () => {
    configureWordCache(60_000);
    const word = uniqueWord('feld');
    await saveRecord(t, { title: `Das ${word}`, partnerIds: [world.gemeindeNord.id] });
    // Two neighbours swapped, the last pair that differs (a made-up word may end in a doubled letter).
    let at = word.length - 2;
    while (at > 0 && word[at] === word[at + 1]) at--;
    const typo = `${word.slice(0, at)}${word[at + 1]}${word[at]}${word.slice(at + 2)}`;
    expect(typo).not.toBe(word);
    expect((await analyseQuery(t.deps.db, typo)).suggestion).toBe(word);
    await forget(word);
    expect((await analyseQuery(t.deps.db, typo)).suggestion).toBe(word);

    configureWordCache(0);
    expect((await analyseQuery(t.deps.db, typo)).suggestion).toBeNull();
  });
});
