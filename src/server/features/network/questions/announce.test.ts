import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionDetail, QuestionList } from '../../../../shared/contracts/network-questions.ts';
import { networkNotificationKinds as kinds } from '../../../../shared/network-notification-kinds.ts';
import { createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { notificationsOf } from '../../workspaces/workspace-fixtures.ts';
import { answers, questions } from '../tables.ts';
import { announcePublishedPost } from './announce.ts';
import { createCommunity } from './question-fixtures.ts';

let t: TestApp;
let asker: TestPerson;
let newcomer: TestPerson;
let reader: TestPerson;
let moderator: TestPerson;
let community: { id: string };

const get = async <T>(person: TestPerson, url: string) => {
  const res = await t.request({ method: 'GET', url, cookie: person.cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as T;
};
const post = async (person: TestPerson, url: string, payload: unknown) => {
  const res = await t.request({ method: 'POST', url, cookie: person.cookie, payload: payload as never });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; state: string };
};

beforeAll(async () => {
  t = await buildTestApp();
  [asker, newcomer, reader, moderator] = await Promise.all([
    createPerson(t),
    createPerson(t, { name: 'Neu Ling' }),
    createPerson(t),
    createPerson(t),
  ]);
  community = await createCommunity(t, {
    createdBy: moderator.id,
    approveFirstPosts: true,
    members: [
      { personId: asker.id, trusted: true },
      { personId: newcomer.id },
      { personId: reader.id, trusted: true },
      { personId: moderator.id, role: 'moderator' },
    ],
  });
});

describe('held answers and hidden posts', () => {
  it('keeps a held answer from others until it is announced, then counts and tells it', async () => {
    const q = await post(asker, '/api/network/questions', {
      title: `Frage ${unique('a')}`,
      body: '',
      communityId: community.id,
      tags: [],
    });
    expect(q.state).toBe('published');
    const a = await post(newcomer, `/api/network/questions/${q.id}/answers`, { body: 'Meine erste Antwort' });
    expect(a.state).toBe('pending');
    expect((await get<QuestionDetail>(reader, `/api/network/questions/${q.id}`)).answers).toEqual([]);
    expect((await get<QuestionDetail>(newcomer, `/api/network/questions/${q.id}`)).answers[0]?.state).toBe('pending');
    expect((await get<QuestionDetail>(moderator, `/api/network/questions/${q.id}`)).answers).toHaveLength(1);
    const answerNotes = () =>
      notificationsOf(t, asker, kinds.answer).then((n) => n.filter((x) => x.link?.includes(q.id)));
    expect(await answerNotes()).toEqual([]);

    // What the moderation concern does when it lets the answer through.
    await t.deps.db.transaction(async (tx) => {
      await tx.update(answers).set({ state: 'published' }).where(eq(answers.id, a.id));
      await announcePublishedPost(tx, t.deps, { postKind: 'answer', postId: a.id });
    });
    expect((await answerNotes())[0]?.data).toMatchObject({ actorName: 'Neu Ling' });
    const view = await get<QuestionDetail>(reader, `/api/network/questions/${q.id}`);
    expect(view.answerCount).toBe(1);
    expect(view.answers.map((x) => x.id)).toEqual([a.id]);
  });

  it('shows a hidden answer with its reason to its author and the moderators only', async () => {
    const q = await post(asker, '/api/network/questions', {
      title: 'Versteckt',
      body: '',
      communityId: null,
      tags: [],
    });
    const a = await post(reader, `/api/network/questions/${q.id}/answers`, { body: 'Werbung' });
    await t.deps.db
      .update(answers)
      .set({ state: 'hidden', hiddenReason: 'Werbung', hiddenAt: new Date() })
      .where(eq(answers.id, a.id));
    expect((await get<QuestionDetail>(asker, `/api/network/questions/${q.id}`)).answers).toEqual([]);
    const own = await get<QuestionDetail>(reader, `/api/network/questions/${q.id}`);
    expect(own.answers[0]).toMatchObject({ state: 'hidden', hiddenReason: 'Werbung', mine: true });
  });

  it('lists a question as unanswered after three days without a published answer', async () => {
    const title = `Alt ${unique('u')}`;
    const q = await post(asker, '/api/network/questions', { title, body: '', communityId: community.id, tags: [] });
    const young = await post(asker, '/api/network/questions', { title, body: '', communityId: community.id, tags: [] });
    await t.deps.db.update(questions).set({ createdAt: sql`now() - interval '4 days'` }).where(eq(questions.id, q.id));
    const ids = async () =>
      (
        await get<QuestionList>(reader, `/api/network/questions?filter=unanswered&community=${community.id}&limit=50`)
      ).items.map((x) => x.id);
    expect(await ids()).toContain(q.id);
    expect(await ids()).not.toContain(young.id);
    await post(reader, `/api/network/questions/${q.id}/answers`, { body: 'Endlich eine Antwort' });
    expect(await ids()).not.toContain(q.id);
  });
});
