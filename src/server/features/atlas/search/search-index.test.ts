import { eq, inArray } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { saveCooperation } from '../commands/save-cooperation.ts';
import { atlasTerms, cooperations } from '../tables.ts';
import { cooperationInput, createSearchWorld, type SearchWorld, saveRecord, uniqueWord } from './search-fixtures.ts';
import { indexCooperation, recountAtlasTerms, unindexCooperation } from './search-index.ts';
import { searchAs } from './search-test-client.ts';

// The words of published records in atlas_terms (the source of suggestions and compound parts):
// counted once per record, kept right through edits, archiving and deleting.

let t: TestApp;
let world: SearchWorld;

beforeAll(async () => {
  t = await buildTestApp();
  world = await createSearchWorld(t);
});

async function counts(words: string[]): Promise<Record<string, number>> {
  const rows = await t.deps.db.select().from(atlasTerms).where(inArray(atlasTerms.term, words));
  return Object.fromEntries(rows.map((r) => [r.term, r.documents]));
}

function save(id: string | undefined, title: string, state: 'published' | 'draft' | 'archived') {
  return t.deps.db.transaction((tx) =>
    saveCooperation(tx, cooperationInput({ title, partnerIds: [world.gemeindeNord.id] }), {
      authorId: null,
      action: id ? 'edited' : 'created',
      state,
      ...(id ? { existingId: id } : {}),
    }),
  );
}

describe('atlas_terms', () => {
  it('counts the words of published records only, once per record', async () => {
    const [a, b, c] = [uniqueWord('wort'), uniqueWord('wort'), uniqueWord('wort')];
    await save(undefined, `${a} ${a} ${b}`, 'published');
    await save(undefined, `${a} und ${c}`, 'published');
    await save(undefined, `${a} ${b} ${c}`, 'draft');
    expect(await counts([a, b, c])).toEqual({ [a]: 2, [b]: 1, [c]: 1 });
  });

  it('keeps words folded (ae/oe/ue/ss), lower case and at least four letters long', async () => {
    const stem = uniqueWord('z');
    await saveRecord(t, { title: `Große ${stem}Müllabfuhr am Fluß`, summary: 'Ab in den Bus' });
    const found = await counts([`${stem}muellabfuhr`, 'grosse', 'fluss', 'ab', 'bus', 'den']);
    expect(Object.keys(found).sort()).toEqual([`${stem}muellabfuhr`, 'fluss', 'grosse'].sort());
  });

  it('follows edits: words a record no longer has are taken back, new ones counted', async () => {
    const [old, kept, added] = [uniqueWord('alt'), uniqueWord('bleibt'), uniqueWord('neu')];
    const { id } = await save(undefined, `${old} ${kept}`, 'published');
    await save(undefined, `${kept} anderswo`, 'published');
    expect(await counts([old, kept, added])).toEqual({ [old]: 1, [kept]: 2 });
    await save(id, `${kept} ${added}`, 'published');
    expect(await counts([old, kept, added])).toEqual({ [kept]: 2, [added]: 1 });
    // Saving again without a change leaves the counts alone.
    await save(id, `${kept} ${added}`, 'published');
    expect(await counts([old, kept, added])).toEqual({ [kept]: 2, [added]: 1 });
  });

  it('takes the words back when a record is archived or deleted, and counts them again when republished', async () => {
    const word = uniqueWord('archiv');
    const { id } = await save(undefined, `${word} eins`, 'published');
    expect(await counts([word])).toEqual({ [word]: 1 });
    await save(id, `${word} eins`, 'archived');
    expect(await counts([word])).toEqual({});
    await save(id, `${word} eins`, 'published');
    expect(await counts([word])).toEqual({ [word]: 1 });
    await t.deps.db.transaction(async (tx) => {
      await unindexCooperation(tx, id);
      await tx.delete(cooperations).where(eq(cooperations.id, id));
    });
    expect(await counts([word])).toEqual({});
  });

  it('repairs drifted counts when recounted from the records', async () => {
    const word = uniqueWord('zaehl');
    await save(undefined, `${word} eins`, 'published');
    await save(undefined, `${word} zwei`, 'published');
    await t.deps.db.update(atlasTerms).set({ documents: 99 }).where(eq(atlasTerms.term, word));
    await t.deps.db.insert(atlasTerms).values({ term: `${word}geist`, documents: 3 });
    await t.deps.db.transaction((tx) => recountAtlasTerms(tx));
    expect(await counts([word, `${word}geist`])).toEqual({ [word]: 2 });
  });
});

describe('search vector', () => {
  it('weighs title above keywords, partner names and summary, and those above the sections', async () => {
    const word = uniqueWord('gewicht');
    const section = await saveRecord(t, {
      title: 'Im Abschnitt',
      description: `<p>${word}</p>`,
      partnerIds: [world.gemeindeSued.id],
    });
    const summary = await saveRecord(t, {
      title: 'In der Zusammenfassung',
      summary: word,
      partnerIds: [world.gemeindeSued.id],
    });
    const keyword = await saveRecord(t, {
      title: 'Im Schlagwort',
      keywords: [word],
      partnerIds: [world.gemeindeSued.id],
    });
    const title = await saveRecord(t, { title: `Im Titel ${word}`, partnerIds: [world.gemeindeSued.id] });
    const result = await searchAs(t, { q: word });
    const order = result.hits.map((h) => h.id);
    expect(order).toHaveLength(4);
    expect(order[0]).toBe(title.id);
    // Keywords and summary share weight B; their order between them is not promised.
    expect(order.slice(1, 3).sort()).toEqual([keyword.id, summary.id].sort());
    expect(order[3]).toBe(section.id);
  });

  it('finds records by partner names, task field labels and external partners', async () => {
    const external = uniqueWord('Stadtwerke');
    const { id } = await saveRecord(t, {
      title: 'Ohne Stichwort',
      fields: ['standesamt'],
      externalPartners: [`${external} GmbH`],
      partnerIds: [world.gemeindeSued.id],
    });
    for (const q of [world.gemeindeSued.name, 'Standesamt', external]) {
      const result = await searchAs(t, { q, partner: world.gemeindeSued.id });
      expect(
        result.hits.map((h) => h.id),
        q,
      ).toContain(id);
    }
  });

  it('is rebuilt by indexCooperation from what is stored', async () => {
    const word = uniqueWord('direkt');
    const { id } = await saveRecord(t, { title: 'Vorher', partnerIds: [world.gemeindeSued.id] });
    await t.deps.db
      .update(cooperations)
      .set({ title: `Nachher ${word}` })
      .where(eq(cooperations.id, id));
    expect((await searchAs(t, { q: word })).total).toBe(0);
    await t.deps.db.transaction((tx) => indexCooperation(tx, id));
    expect((await searchAs(t, { q: word })).hits.map((h) => h.id)).toEqual([id]);
    expect(await counts([word.toLowerCase()])).toEqual({ [word.toLowerCase()]: 1 });
  });
});
