import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../test/test-app.ts';
import { uniqueWord } from '../atlas/search/search-fixtures.ts';
import { wikiPages } from '../network/tables.ts';
import { addMember, createCommunity, createWikiPage, questionWithAnswer } from '../network/wiki/wiki-fixtures.ts';
import { group, searchAs, titles } from './search-fixtures.ts';

// The search over everything finds the network's published questions and live wiki pages in the areas
// the person may read: never a request community's for non-members, never pending or hidden
// questions, never deleted pages, nothing signed out.

let t: TestApp;
let word: string;
let member: TestPerson;
let reader: TestPerson;
let requested: TestPerson;
let openName: string;

const q = (text: string, extra = '') => `q=${encodeURIComponent(text)}${extra}`;

beforeAll(async () => {
  t = await buildTestApp();
  const lower = uniqueWord('winter');
  word = lower.charAt(0).toUpperCase() + lower.slice(1);
  const moderator = await createPerson(t);
  member = await createPerson(t);
  reader = await createPerson(t);
  requested = await createPerson(t);
  openName = `Bauhöfe ${word}`;
  const open = await createCommunity(t, moderator, { joinPolicy: 'open', name: openName });
  const closed = await createCommunity(t, moderator, { joinPolicy: 'request' });
  await addMember(t, closed.id, member);
  await addMember(t, closed.id, requested, 'member', 'requested');

  await questionWithAnswer(t, {
    communityId: open.id,
    asker: moderator,
    answerer: member,
    title: `Wer plant ${word}touren?`,
    body: `Wir suchen Erfahrung mit der Planung von ${word}diensten.`,
    answer: 'Feste Touren ab vier Uhr.',
  });
  await questionWithAnswer(t, {
    communityId: null,
    asker: moderator,
    answerer: member,
    title: 'Streugut lagern',
    answer: `Im ${word}lager trocken halten.`,
  });
  await questionWithAnswer(t, {
    communityId: closed.id,
    asker: member,
    answerer: member,
    title: `Interne ${word}frage`,
    answer: 'x',
  });
  for (const state of ['pending', 'hidden'] as const) {
    await questionWithAnswer(t, {
      communityId: open.id,
      asker: member,
      answerer: member,
      title: `Zurückgehalten ${state} ${word}`,
      answer: 'x',
      state,
    });
  }
  await createWikiPage(t, moderator, open.id, `${word}dienst planen`, `<p>Touren für den ${word}dienst.</p>`);
  await createWikiPage(t, member, null, 'Plattformseite', `<p>Alles zum <strong>${word}</strong>.</p>`);
  await createWikiPage(t, member, closed.id, `Intern ${word}`, '<p>nur Mitglieder</p>');
  const deleted = await createWikiPage(t, moderator, open.id, `Gelöscht ${word}`);
  await t.deps.db.update(wikiPages).set({ deletedAt: new Date() }).where(eq(wikiPages.id, deleted));
});

describe('GET /api/search: questions and wiki pages', () => {
  it('finds readable questions by title, text and answers, with the community and a link', async () => {
    const result = await searchAs(t, reader, q(word));
    expect(titles(result, 'questions').sort()).toEqual([`Wer plant ${word}touren?`, 'Streugut lagern'].sort());
    const questions = group(result, 'questions');
    // A match of the question itself ranks before one lifted by an answer.
    expect(questions?.hits[0]).toMatchObject({ title: `Wer plant ${word}touren?`, names: [openName] });
    expect(questions?.hits[0]?.href).toMatch(/^\/network\/questions\/[0-9a-f-]{36}$/);
    expect(questions?.hits[0]?.titleHtml).toContain('<mark>');
    expect(questions?.hits[1]).toMatchObject({ names: [] });
    expect(questions?.hits[1]?.snippetHtml).toContain(`<mark>${word}lager</mark>`);
    expect(questions?.showAllHref).toBe(`/search?q=${word}&group=questions`);
  });

  it('finds readable, live wiki pages with the community and a link', async () => {
    const result = await searchAs(t, reader, q(word));
    expect(titles(result, 'wiki').sort()).toEqual([`${word}dienst planen`, 'Plattformseite'].sort());
    const page = group(result, 'wiki')?.hits.find((h) => h.title === `${word}dienst planen`);
    expect(page).toMatchObject({ names: [openName] });
    expect(page?.href).toMatch(/^\/network\/wiki\/[0-9a-f-]{36}$/);
    expect(page?.snippetHtml).toContain('<mark>');
  });

  it('a request community’s questions and pages appear for its members only (not while requested)', async () => {
    for (const who of [reader, requested]) {
      const result = await searchAs(t, who, q(`Intern ${word}`));
      expect(titles(result, 'wiki')).toEqual([]);
      expect(titles(await searchAs(t, who, q(`Interne ${word}frage`)), 'questions')).toEqual([]);
    }
    expect(titles(await searchAs(t, member, q(`Intern ${word}`)), 'wiki')).toEqual([`Intern ${word}`]);
    expect(titles(await searchAs(t, member, q(`Interne ${word}frage`)), 'questions')).toEqual([`Interne ${word}frage`]);
  });

  it('never finds pending or hidden questions, nor deleted pages', async () => {
    expect(titles(await searchAs(t, member, q(`Zurückgehalten ${word}`)), 'questions')).toEqual([]);
    expect(titles(await searchAs(t, member, q(`Gelöscht ${word}`)), 'wiki')).toEqual([]);
  });

  it('signed out: neither group is searched, both are named as needing a sign-in', async () => {
    const result = await searchAs(t, null, q(word));
    expect(group(result, 'questions')).toBeUndefined();
    expect(group(result, 'wiki')).toBeUndefined();
    expect(result.signInFor).toEqual(expect.arrayContaining(['questions', 'wiki']));
    const alone = await searchAs(t, null, q(word, '&group=wiki'));
    expect(alone.groups).toEqual([]);
    expect(alone.signInFor).toEqual(['wiki']);
  });
});
