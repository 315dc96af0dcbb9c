import { describe, expect, it } from 'vitest';
import type { NetworkStart } from '../../../../shared/contracts/notifications.ts';
import { createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { aCommunity, aMember, anAnswer, anEndorsement, aQuestion, aTag, aTagFollow } from './start-fixtures.ts';

const t = await buildTestApp();

async function start(person: TestPerson): Promise<NetworkStart> {
  const response = await t.request({ method: 'GET', url: '/api/network/start', cookie: person.cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

describe('GET /api/network/start', () => {
  it('answers 401 signed out', async () => {
    problemOf(await t.request({ method: 'GET', url: '/api/network/start' }), 401);
  });

  it('is empty for someone new to the network', async () => {
    expect(await start(await createPerson(t))).toEqual({ questions: [], answers: [], endorsements: [] });
  });

  it('lists new published questions of my communities and followed tags, not my own, old, held or unrelated ones', async () => {
    const me = await createPerson(t);
    const colleague = await createPerson(t);
    const mine = await aCommunity(t, colleague.id);
    const other = await aCommunity(t, colleague.id);
    await aMember(t, mine.id, me.id);
    const tag = await aTag(t);
    await aTagFollow(t, tag.id, me.id);

    const inCommunity = await aQuestion(t, { authorId: colleague.id, communityId: mine.id, title: 'Streusalz?' });
    const withTag = await aQuestion(t, { authorId: colleague.id, tagIds: [tag.id], daysAgo: 1 });
    await aQuestion(t, { authorId: me.id, communityId: mine.id });
    await aQuestion(t, { authorId: colleague.id, communityId: mine.id, daysAgo: 40 });
    await aQuestion(t, { authorId: colleague.id, communityId: mine.id, state: 'pending' });
    await aQuestion(t, { authorId: colleague.id, communityId: mine.id, state: 'hidden' });
    await aQuestion(t, { authorId: colleague.id, communityId: other.id });

    const { questions } = await start(me);
    expect(questions.map((q) => q.id)).toEqual([inCommunity, withTag]);
    expect(questions[0]).toMatchObject({ title: 'Streusalz?', community: { slug: mine.slug, name: mine.name } });
    expect(questions[1]?.community).toBeNull();
  });

  it('never shows questions of a request community to someone who is not its member, not even through a tag', async () => {
    const me = await createPerson(t);
    const colleague = await createPerson(t);
    const closed = await aCommunity(t, colleague.id, 'request');
    const tag = await aTag(t);
    await aTagFollow(t, tag.id, me.id);
    // Only asked to join: not yet a member.
    await aMember(t, closed.id, me.id, 'requested');
    await aQuestion(t, { authorId: colleague.id, communityId: closed.id, tagIds: [tag.id] });
    expect((await start(me)).questions).toEqual([]);

    const member = await createPerson(t);
    await aMember(t, closed.id, member.id);
    expect((await start(member)).questions).toHaveLength(1);
  });

  it('lists others’ published answers to my questions, with their authors', async () => {
    const me = await createPerson(t);
    const brilon = await createPerson(t, { name: 'Erika Brilon' });
    const question = await aQuestion(t, { authorId: me.id, title: 'Winterdienst-Tourenplanung?' });
    const answer = await anAnswer(t, { questionId: question, authorId: brilon.id });
    await anAnswer(t, { questionId: question, authorId: brilon.id, state: 'pending' });
    await anAnswer(t, { questionId: question, authorId: me.id });
    const someoneElses = await aQuestion(t, { authorId: brilon.id });
    await anAnswer(t, { questionId: someoneElses, authorId: brilon.id });

    const { answers } = await start(me);
    expect(answers).toEqual([
      {
        id: answer,
        questionId: question,
        questionTitle: 'Winterdienst-Tourenplanung?',
        author: { id: brilon.id, name: 'Erika Brilon' },
        createdAt: expect.any(String),
      },
    ]);
  });

  it('lists colleagues who endorsed me, and not endorsements of others', async () => {
    const me = await createPerson(t);
    const colleague = await createPerson(t, { name: 'Max Muster' });
    const tag = await aTag(t);
    await anEndorsement(t, me.id, colleague.id, tag.id);
    await anEndorsement(t, colleague.id, me.id, tag.id);
    const { endorsements } = await start(me);
    expect(endorsements).toEqual([
      { endorser: { id: colleague.id, name: 'Max Muster' }, tagName: tag.name, createdAt: expect.any(String) },
    ]);
  });
});
