import { beforeAll, describe, expect, it } from 'vitest';
import type { SearchResult } from '../../../../shared/contracts/atlas.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { createSearchWorld, type SearchWorld, saveRecord } from './search-fixtures.ts';

// The German side of the atlas search: stemming, compound parts, typos and umlaut spellings.

let t: TestApp;
let world: SearchWorld;

async function search(query: Record<string, string | string[]>): Promise<SearchResult> {
  const params = new URLSearchParams();
  for (const [key, value] of Object.entries(query)) {
    for (const v of Array.isArray(value) ? value : [value]) params.append(key, v);
  }
  const response = await t.request({ method: 'GET', url: `/api/atlas/cooperations?${params}` });
  expect(response.statusCode, response.body).toBe(200);
  return response.json() as SearchResult;
}

/** A search among this file's records only. */
const mine = (q: string, extra: Record<string, string> = {}) => search({ q, partner: world.gemeindeNord.id, ...extra });

beforeAll(async () => {
  t = await buildTestApp();
  world = await createSearchWorld(t);
  const partnerIds = [world.gemeindeNord.id];
  await saveRecord(t, { title: 'Gemeinsame Feuerwehr im Amt', summary: 'Eine Wehr für drei Dörfer.', partnerIds });
  await saveRecord(t, {
    title: 'Versorgung der Dörfer mit Brennholz',
    summary: 'Holz aus dem Gemeindewald.',
    partnerIds,
    fields: ['klimaschutz'],
  });
  await saveRecord(t, {
    title: 'Zweckverband Wasser',
    summary: 'Die Wasserversorgung liegt beim Verband.',
    partnerIds,
    fields: ['bauhof'],
  });
  await saveRecord(t, {
    title: 'Breitband für alle Ortsteile',
    summary: 'Glasfaser bis ins Haus.',
    partnerIds,
    fields: ['edv'],
  });
  await saveRecord(t, { title: 'Gemeinsame Müllabfuhr', summary: 'Ein Fuhrpark, drei Gemeinden.', partnerIds });
  await saveRecord(t, { title: 'Straßenbeleuchtung mit LED', summary: 'Sparsame Leuchten.', partnerIds });
  await saveRecord(t, {
    title: 'Digitale Modellregion Südwestfalen',
    summary: 'Fünf Kreise in Südwestfalen teilen ihre Dienste.',
    description: '<p>Die Suedwestfalen-Agentur koordiniert.</p>',
    partnerIds,
  });
  await saveRecord(t, {
    title: 'Neue Fußgängerbrücke über die Aue',
    summary: 'Ein Steg für zwei Ortsteile.',
    partnerIds,
  });
  await saveRecord(t, { title: `Entwurf ${world.token} Feuerwehren`, partnerIds }, 'draft');
  await saveRecord(t, { title: 'Null-Emission im Fuhrpark', partnerIds: [world.gemeindeSued.id] });
  await saveRecord(t, {
    title: `<script>alert("t")</script> Kläranlage & "Co" ${world.token}`,
    summary: `Die <img src=x onerror=alert(1)> Kläranlage <b>reinigt</b> \u0001 alles. ${world.token}`,
    description: '<p>Weitere <strong>Kläranlagen</strong> &amp; <a href="https://example.org">Links</a>.</p>',
    partnerIds,
  });
});

describe('German full-text search', () => {
  it('finds a record by another form of its words ("Feuerwehren" finds "Feuerwehr")', async () => {
    const result = await mine('Feuerwehren');
    expect(result.hits.map((h) => h.title)).toEqual(['Gemeinsame Feuerwehr im Amt']);
    expect(result.hits[0]?.titleHighlighted).toBe('Gemeinsame <mark>Feuerwehr</mark> im Amt');
  });

  it('finds parts of compound words, ranked below whole-word hits', async () => {
    const result = await mine('versorgung');
    expect(result.hits.map((h) => h.title)).toEqual(['Versorgung der Dörfer mit Brennholz', 'Zweckverband Wasser']);
    expect(result.hits[1]?.snippet).toContain('<mark>Wasserversorgung</mark>');
    expect(result.suggestion).toBeNull();
  });

  it('finds umlaut words written with ae/oe/ue and ss, and the other way round', async () => {
    for (const q of ['Muellabfuhr', 'Müllabfuhr', 'müllabfuhr']) {
      expect(
        (await mine(q)).hits.map((h) => h.title),
        q,
      ).toEqual(['Gemeinsame Müllabfuhr']);
    }
    for (const q of ['Strassenbeleuchtung', 'Straßenbeleuchtung', 'beleuchtung', 'Strassen']) {
      expect(
        (await mine(q)).hits.map((h) => h.title),
        q,
      ).toEqual(['Straßenbeleuchtung mit LED']);
    }
    // In a title (weight A) before a summary (B).
    expect((await mine('Doerfer')).hits.map((h) => h.title)).toEqual([
      'Versorgung der Dörfer mit Brennholz',
      'Gemeinsame Feuerwehr im Amt',
    ]);
  });

  it('suggests the right word for a typo ("Meinten Sie …?") and returns what the typo finds', async () => {
    const result = await mine('Breitbnad');
    expect(result.total).toBe(0);
    expect(result.suggestion).toBe('Breitband');
    const fixed = await mine(result.suggestion as string);
    expect(fixed.hits.map((h) => h.title)).toEqual(['Breitband für alle Ortsteile']);
    expect(fixed.suggestion).toBeNull();
  });

  it('suggests the word as the records write it, not in its folded form', async () => {
    const result = await mine('Südwestfahlen');
    expect(result.total).toBe(0);
    // The records write "Südwestfalen" twice and "Suedwestfalen" once.
    expect(result.suggestion).toBe('Südwestfalen');
    expect((await mine(result.suggestion as string)).hits.map((h) => h.title)).toEqual([
      'Digitale Modellregion Südwestfalen',
    ]);
    expect((await mine('Modellregion Suedwestfahlen')).suggestion).toBe('Modellregion Südwestfalen');
  });

  it('gives back ß and umlauts to a word typed without them, and a noun its capital', async () => {
    expect((await mine('Fussgaengerbruke')).suggestion).toBe('Fußgängerbrücke');
    expect((await mine('fußgängerbrüke')).suggestion).toBe('Fußgängerbrücke');
  });

  it('keeps the other words of the query in a suggestion', async () => {
    const result = await mine('gemeinsame Feuerwher');
    expect(result.suggestion).toBe('gemeinsame Feuerwehr');
  });

  it('needs every word to match', async () => {
    expect((await mine('Feuerwehr Müllabfuhr')).total).toBe(0);
    expect((await mine('gemeinsame Müllabfuhr')).hits.map((h) => h.title)).toEqual(['Gemeinsame Müllabfuhr']);
  });

  it('ignores stop words and punctuation', async () => {
    expect((await mine('die Feuerwehr!')).total).toBe(1);
    expect((await mine('und der die')).total).toBe(9);
  });

  it('marks matches in escaped text: no markup of the record reaches the page', async () => {
    const hit = (await mine('Kläranlage')).hits[0];
    expect(hit?.titleHighlighted).toBe(
      `&lt;script&gt;alert(&quot;t&quot;)&lt;/script&gt; <mark>Kläranlage</mark> &amp; &quot;Co&quot; ${world.token}`,
    );
    const snippet = hit?.snippet ?? '';
    // ts_headline may start a fragment anywhere; what it shows is the text as written, escaped.
    expect(snippet).toContain('onerror=alert(1)&gt; <mark>Kläranlage</mark> &lt;b&gt;reinigt&lt;/b&gt; alles.');
    expect(snippet).toContain('<mark>Kläranlagen</mark> &amp; Links');
    // The record's own marker characters cannot open a highlight.
    expect(snippet).not.toContain('\u0001');
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it('shows title and summary escaped without words to mark', async () => {
    const hit = (await search({ partner: world.gemeindeNord.id })).hits.find((h) => h.title.includes(world.token));
    expect(hit?.titleHighlighted).toContain('&lt;script&gt;');
    expect(hit?.snippet).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(`${hit?.titleHighlighted}${hit?.snippet}`).not.toContain('<mark>');
  });

  it('takes words that mean something to SQL as words ("null" is no NULL)', async () => {
    const sued = (q: string) => search({ q, partner: world.gemeindeSued.id });
    for (const q of ['null', 'Null-Emission', 'NULL', '"null"', 'null,null}', '{null}', '.csv', '.json', "'; --"]) {
      await sued(q);
    }
    expect((await sued('Null-Emission')).hits.map((h) => h.title)).toEqual(['Null-Emission im Fuhrpark']);
    expect((await sued('null')).hits.map((h) => h.title)).toEqual(['Null-Emission im Fuhrpark']);
  });

  it('finds drafts never', async () => {
    expect((await search({ q: `${world.token} Entwurf` })).total).toBe(0);
  });
});
