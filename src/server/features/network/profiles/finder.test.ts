import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PeopleResult, PersonProfile } from '../../../../shared/contracts/network-profiles.ts';
import { newId } from '../../../platform/db/ids.ts';
import { createPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { organisations } from '../../organisations/tables.ts';
import { answers, questions, questionTags } from '../tables.ts';
import { addExpertise, type ProfileWorld, profileWorld, saveProfile, send } from './profile-fixtures.ts';

let t: TestApp;
let w: ProfileWorld;
let word: string;
let tagId: string;

beforeAll(async () => {
  t = await buildTestApp();
  w = await profileWorld(t);
  word = `Rechnungseingang${unique('r').replace(/[^a-z0-9]/gi, '')}`;
  tagId = (await addExpertise(t, w.allied, `${word}`, 'familiar')).tagId;
  await addExpertise(t, w.colleague, word, 'expert');
  await addExpertise(t, w.stranger, word, 'expert');
  // The stranger's organisation lies far away (Munich).
  await t.deps.db
    .update(organisations)
    .set({ latitude: 48.14, longitude: 11.58, landCode: '09' })
    .where(eq(organisations.id, w.far.id));
});

const find = async (viewer: ProfileWorld['anna'] | null, query: string) =>
  send(t, viewer, 'GET', `/api/network/people?${query}`);
const ids = (result: PeopleResult) => result.people.map((p) => p.id);

describe('the expert finder', () => {
  it('finds colleagues and allied people by expertise with the reason, experts first; not whom they hide from me', async () => {
    const result = (await find(w.anna, `q=${encodeURIComponent(word.toLowerCase())}`)).json() as PeopleResult;
    expect(ids(result)).toEqual([w.colleague.id, w.allied.id]);
    expect(result.people[1]).toMatchObject({
      name: w.allied.name,
      organisation: { id: w.ally.id },
      matches: [{ tag: { id: tagId }, level: 'familiar', endorsementCount: 0, acceptedAnswerCount: 0 }],
    });
    expect(result.people[1]?.distanceKm).toBe(0);
  });

  it('shows people who chose the platform to everyone, and the organisation-only ones only to colleagues', async () => {
    await saveProfile(t, w.stranger, { visibility: 'platform' });
    expect(ids((await find(w.anna, `q=${word}`)).json())).toContain(w.stranger.id);
    expect(ids((await find(w.loner, `q=${word}`)).json())).toEqual([w.stranger.id]);
    await saveProfile(t, w.colleague, { visibility: 'organisation' });
    expect(ids((await find(w.allied, `q=${word}`)).json())).not.toContain(w.colleague.id);
    expect(ids((await find(w.anna, `q=${word}`)).json())).toContain(w.colleague.id);
    await saveProfile(t, w.colleague, { visibility: 'alliances' });
  });

  it('filters by tag, organisation, Land and distance, and ranks endorsements and accepted answers', async () => {
    expect(ids((await find(w.anna, `tag=${tagId}&organisation=${w.ally.id}`)).json())).toEqual([w.allied.id]);
    expect(ids((await find(w.anna, `tag=${tagId}&land=09`)).json())).toEqual([w.stranger.id]);
    expect(ids((await find(w.anna, `tag=${tagId}&near=50`)).json())).not.toContain(w.stranger.id);
    const byDistance = (await find(w.anna, `tag=${tagId}&sort=distance`)).json() as PeopleResult;
    expect(byDistance.people.at(-1)?.id).toBe(w.stranger.id);
    // An accepted answer on a question with the tag lifts the colleague above the stranger (both experts).
    const questionId = newId();
    const answerId = newId();
    await t.deps.db.insert(questions).values({ id: questionId, authorId: w.anna.id, title: `Frage ${word}` });
    await t.deps.db.insert(answers).values({ id: answerId, questionId, authorId: w.stranger.id, body: 'So geht es.' });
    await t.deps.db.update(questions).set({ acceptedAnswerId: answerId }).where(eq(questions.id, questionId));
    await t.deps.db.insert(questionTags).values({ questionId, tagId });
    // The count is kept by accepting (questions); adding the expertise again counts what is there.
    await addExpertise(t, w.stranger, word, 'expert');
    const ranked = (await find(w.anna, `tag=${tagId}`)).json() as PeopleResult;
    expect(ids(ranked).slice(0, 2)).toEqual([w.stranger.id, w.colleague.id]);
    const profile = (await send(t, w.anna, 'GET', `/api/network/profiles/${w.stranger.id}`)).json() as PersonProfile;
    expect(profile.details?.expertise[0]?.acceptedAnswers).toEqual([{ questionId, answerId, title: `Frage ${word}` }]);
  });

  it('finds people by name, pages, and refuses the signed out and bad input', async () => {
    const named = await createPerson(t, { organisation: w.home, name: `Zacharias ${unique('z')}` });
    expect(ids((await find(w.anna, `q=${encodeURIComponent(named.name.slice(0, 12))}`)).json())).toEqual([named.id]);
    const page = (await find(w.anna, `tag=${tagId}&limit=1`)).json() as PeopleResult;
    expect(page).toMatchObject({ hasMore: true });
    expect(page.people).toHaveLength(1);
    expect(problemOf(await find(null, `q=${word}`), 401).status).toBe(401);
    for (const [query, field] of [
      ['land=9x', 'land'],
      ['tag=nope', 'tag'],
      ['near=0', 'near'],
      ['limit=500', 'limit'],
      ['sort=random', 'sort'],
      [`q=${'x'.repeat(201)}`, 'q'],
      ['other=1', ''],
    ]) {
      expect(JSON.stringify(problemOf(await find(w.anna, query as string), 400))).toContain(field as string);
    }
    expect((await find(w.anna, 'q=%20-%20')).json()).toEqual({ people: [], hasMore: false });
  });

  it('answers words with wildcards, quotes, query syntax, odd letters and a NUL without an error', async () => {
    const hostile = [
      '100%',
      'a_b',
      'a\\b',
      "O'Brien",
      'e:* | !x',
      '(x & y)',
      'ÿ',
      'ß',
      'Ωmega',
      '🙂 Bauhof',
      'x\u0000y',
    ];
    for (const q of hostile) {
      const res = await find(w.anna, `q=${encodeURIComponent(q)}`);
      expect(res.statusCode, `${q}: ${res.body}`).toBeLessThan(500);
      if (res.statusCode !== 200) expect(JSON.stringify(problemOf(res, 400))).toContain('q');
    }
    // A wildcard finds no one by itself: '%' and '_' are letters here, not patterns.
    expect(((await find(w.anna, 'q=%25%25%25')).json() as PeopleResult).people).toEqual([]);
  });
});
