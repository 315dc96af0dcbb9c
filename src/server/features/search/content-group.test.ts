import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { uniqueWord } from '../atlas/search/search-fixtures.ts';
import { createPage, saveText } from '../content/public/public-fixtures.ts';
import { searchPublishedPages } from '../content/public/search-pages.ts';
import { germanQueryOf } from './german-query.ts';
import { group, searchAs, titles } from './search-fixtures.ts';

// The search over everything finds published content pages (citizen information) by German words,
// for everyone, and links them to their page on /inhalte/; drafts are never found.

let t: TestApp;
let admin: TestPerson;
let word: string;
let organisationName: string;
let slug: string;
let organisationId: string;
let cyrillic: string;
let arabic: string;

/** A word no other test writes, in Cyrillic or Arabic letters. */
const inScript = (latin: string, letters: string) =>
  [...latin].map((c) => letters[(c.charCodeAt(0) - 97 + 26) % 26] ?? letters[0]).join('');

const q = (text: string) => `q=${encodeURIComponent(text)}`;

beforeAll(async () => {
  t = await buildTestApp();
  const lower = uniqueWord('melde');
  word = lower.charAt(0).toUpperCase() + lower.slice(1);
  organisationName = `Rosengarten ${uniqueWord('ort')}`;
  slug = organisationName.toLowerCase().replace(' ', '-');
  const organisation = await createOrganisation(t, { name: organisationName, type: 'gemeinde' });
  organisationId = organisation.id;
  cyrillic = inScript(uniqueWord('q'), 'абвгґдеєжзиіїйклмнопрстуфх');
  arabic = inScript(uniqueWord('q'), 'ابتثجحخدذرزسشصضطظعغفقكلمنه');
  admin = await createPerson(t, { organisation, role: 'admin' });
  const service = await createPage(t, admin, organisation.id, {
    slug: 'buergerservice',
    title: 'Bürgerservice',
    bodyHtml: '<p>Alles rund um das Bürgerbüro.</p>',
  });
  const page = await createPage(t, admin, organisation.id, {
    slug: 'wohnsitz',
    parentId: service.id,
    title: `Wohnsitz im ${word}amt anmelden`,
    bodyHtml: `<p>Die <strong>${word}bescheinigungen</strong> erhalten Sie im Bürgerbüro sofort.</p>`,
  });
  await saveText(t, admin, page.id, 'ar', { title: `تسجيل ${word}`, bodyHtml: '<p>سجل مكان سكنك.</p>' });
  // A newer draft of the page, and a page that is only a draft.
  await saveText(t, admin, page.id, 'de', {
    title: `Entwurf ${word}geheimnis`,
    bodyHtml: `<p>${word}geheimnis</p>`,
    draft: true,
  });
  await createPage(t, admin, organisation.id, {
    title: `Baustelle ${word}amt`,
    bodyHtml: `<p>${word}bescheinigung vorab</p>`,
    draft: true,
  });
});

describe('GET /api/search: published content pages', () => {
  it('finds a published page by a German word (other form, compound part), signed out, with its address and snippet', async () => {
    const result = await searchAs(t, null, q(`${word}bescheinigung`));
    const content = group(result, 'content');
    expect(content?.total).toBe(1);
    expect(content?.hits[0]).toMatchObject({
      title: `Wohnsitz im ${word}amt anmelden`,
      href: `/inhalte/${slug}/de/buergerservice/wohnsitz`,
      names: [organisationName],
      language: 'de',
    });
    expect(content?.hits[0]?.snippetHtml).toContain(`<mark>${word}bescheinigungen</mark>`);
    expect(content?.showAllHref).toBe(`/search?q=${word}bescheinigung&group=content`);
  });

  it('finds the word as the start of a compound in titles, in every language that has it, and ae/oe/ue spellings', async () => {
    const result = await searchAs(t, admin, q(word));
    expect(titles(result, 'content').sort()).toEqual([`Wohnsitz im ${word}amt anmelden`, `تسجيل ${word}`].sort());
    const arabic = group(result, 'content')?.hits.find((h) => h.language === 'ar');
    expect(arabic?.href).toBe(`/inhalte/${slug}/ar/buergerservice/wohnsitz`);
    expect(group(result, 'content')?.hits[0]?.titleHtml).toContain('<mark>');
    expect(titles(await searchAs(t, null, q(`Buergerbuero ${word}bescheinigungen`)), 'content')).toEqual([
      `Wohnsitz im ${word}amt anmelden`,
    ]);
  });

  it('never finds a draft: neither a newer draft of a published page nor a page that is only a draft', async () => {
    const secret = await searchAs(t, admin, q(`${word}geheimnis`));
    expect(group(secret, 'content')).toMatchObject({ total: 0, hits: [] });
    expect(titles(await searchAs(t, admin, q(`Baustelle ${word}amt`)), 'content')).toEqual([]);
  });

  it('shows the group alone behind its "show all"', async () => {
    const result = await searchAs(t, null, `${q(word)}&group=content`);
    expect(result.groups.map((g) => g.kind)).toEqual(['content']);
    expect(result.signInFor).toEqual([]);
  });

  it('finds pages in other scripts by their words as typed, in any case, and as the beginning of a word', async () => {
    const page = await createPage(t, admin, organisationId, {
      slug: `meldung-${word.toLowerCase()}`,
      title: `Meldung ${word}`,
      bodyHtml: '<p>Deutscher Text.</p>',
    });
    await saveText(t, admin, page.id, 'uk', {
      title: `Реєстрація ${cyrillic}`,
      bodyHtml: `<p>Зареєструйте місце проживання протягом двох тижнів (${cyrillic}).</p>`,
    });
    await saveText(t, admin, page.id, 'ar', {
      title: `تسجيل ${arabic}`,
      bodyHtml: `<p>سجل مكان سكنك ${arabic} خلال أسبوعين.</p>`,
    });

    const ukrainian = await searchAs(t, null, q(cyrillic.toUpperCase()));
    expect(titles(ukrainian, 'content')).toEqual([`Реєстрація ${cyrillic}`]);
    expect(group(ukrainian, 'content')?.hits[0]).toMatchObject({ language: 'uk' });
    expect(group(ukrainian, 'content')?.hits[0]?.titleHtml).toContain(`<mark>${cyrillic}</mark>`);
    // The beginning of the word, and together with a German word, which must match as well.
    expect(titles(await searchAs(t, null, q(cyrillic.slice(0, -2))), 'content')).toEqual([`Реєстрація ${cyrillic}`]);
    expect(titles(await searchAs(t, null, q(`${cyrillic} Zzyzxwort`)), 'content')).toEqual([]);

    const arabicHits = await searchAs(t, null, q(arabic));
    expect(titles(arabicHits, 'content')).toEqual([`تسجيل ${arabic}`]);
    expect(group(arabicHits, 'content')?.hits[0]?.href).toBe(`/inhalte/${slug}/ar/meldung-${word.toLowerCase()}`);
    expect(group(arabicHits, 'content')?.hits[0]?.snippetHtml).toContain(`<mark>${arabic}</mark>`);
  });

  it('finds nothing below a page that is only a draft, even when its own text is published', async () => {
    const hidden = await createPage(t, admin, organisationId, {
      slug: `versteckt-${word.toLowerCase()}`,
      title: 'Versteckt',
      bodyHtml: '<p>Entwurf</p>',
      draft: true,
    });
    await createPage(t, admin, organisationId, {
      slug: 'darunter',
      parentId: hidden.id,
      title: `Darunter ${word}verborgen`,
      bodyHtml: '<p>Veröffentlicht, aber unter einem Entwurf.</p>',
    });
    expect(titles(await searchAs(t, null, q(`${word}verborgen`)), 'content')).toEqual([]);
  });

  it('checks at most the best matches it may check for being public, and then says the count is capped', async () => {
    const query = await germanQueryOf(t.deps.db, word);
    const all = await searchPublishedPages(t.deps.db, query.prefixed as string, 5, 50);
    expect(all.capped).toBe(false);
    expect(all.total).toBeGreaterThanOrEqual(2);
    const found = await searchPublishedPages(t.deps.db, query.prefixed as string, 5, 1);
    expect(found).toMatchObject({ total: 1, capped: true });
    expect(found.hits.map((hit) => hit.title)).toEqual([all.hits[0]?.title]);
  });
});
