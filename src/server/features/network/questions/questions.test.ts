import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { QuestionDetail, QuestionList } from '../../../../shared/contracts/network-questions.ts';
import { networkNotificationKinds as kinds } from '../../../../shared/network-notification-kinds.ts';
import { newId } from '../../../platform/db/ids.ts';
import { createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { notificationsOf } from '../../workspaces/workspace-fixtures.ts';
import { networkExpertise, networkTags, questions } from '../tables.ts';
import { createCommunity } from './question-fixtures.ts';

let t: TestApp;
let asker: TestPerson;
let helper: TestPerson;
let outsider: TestPerson;
let moderator: TestPerson;
let open: { id: string };
let closed: { id: string };

const send = (
  person: TestPerson | null,
  method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE',
  url: string,
  payload?: unknown,
  headers: Record<string, string> = {},
) => t.request({ method, url, payload: payload as never, cookie: person?.cookie, headers });

async function ask(
  person: TestPerson,
  input: Partial<{ title: string; body: string; communityId: string | null; tags: string[] }> = {},
) {
  const res = await send(person, 'POST', '/api/network/questions', {
    title: input.title ?? `Frage ${unique('q')}`,
    body: input.body ?? 'Wie habt ihr das gelöst?',
    communityId: input.communityId ?? null,
    tags: input.tags ?? [],
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; state: string };
}

async function answer(person: TestPerson, questionId: string, body = 'So haben wir es gemacht.') {
  const res = await send(person, 'POST', `/api/network/questions/${questionId}/answers`, { body });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; state: string };
}

const detail = async (person: TestPerson, id: string) => {
  const res = await send(person, 'GET', `/api/network/questions/${id}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as QuestionDetail;
};
const list = async (person: TestPerson, query: string) => {
  const res = await send(person, 'GET', `/api/network/questions?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as QuestionList;
};

beforeAll(async () => {
  t = await buildTestApp({
    networkLimits: { questionsPerHour: 50, answersPerHour: 50, commentsPerHour: 50, endorsementsPerHour: 50 },
  });
  [asker, helper, outsider, moderator] = await Promise.all([
    createPerson(t, { name: 'Anna Seevetal' }),
    createPerson(t, { name: 'Bernd Brilon' }),
    createPerson(t),
    createPerson(t),
  ]);
  open = await createCommunity(t, {
    createdBy: moderator.id,
    members: [{ personId: asker.id }, { personId: helper.id }, { personId: moderator.id, role: 'moderator' }],
  });
  closed = await createCommunity(t, {
    createdBy: moderator.id,
    joinPolicy: 'request',
    members: [{ personId: asker.id }, { personId: helper.id }, { personId: moderator.id, role: 'moderator' }],
  });
});

describe('asking, answering, accepting', () => {
  it('asks with tags, notifies members and tag followers, answers, comments, votes and accepts', async () => {
    const tagName = `Winterdienst ${unique('t')}`;
    const first = await ask(helper, { title: 'Streusalz lagern', tags: [tagName], communityId: open.id });
    const tag = (await detail(helper, first.id)).tags[0];
    expect(tag?.name).toBe(tagName);
    const follow = await send(outsider, 'PUT', `/api/network/tags/${tag?.id}/follow`);
    expect(follow.json()).toEqual({ following: true });
    expect((await send(outsider, 'GET', '/api/network/tags/followed')).json().items).toEqual([tag]);

    const q = await ask(asker, {
      title: 'Wer hat Erfahrung mit Winterdienst-Tourenplanung?',
      body: '**Bitte** <script>alert(1)</script>',
      communityId: open.id,
      tags: [tagName.toUpperCase()],
    });
    expect(q.state).toBe('published');
    const view = await detail(asker, q.id);
    expect(view.tags).toEqual([tag]);
    expect(view.bodyHtml).toContain('<strong>Bitte</strong>');
    expect(view.bodyHtml).not.toContain('<script>');
    expect(view.following).toBe(true);
    expect((await notificationsOf(t, helper, kinds.question)).map((n) => n.link)).toContain(
      `/network/questions/${q.id}`,
    );
    expect(await notificationsOf(t, outsider, kinds.question)).toHaveLength(1);
    expect(await notificationsOf(t, asker, kinds.question)).toHaveLength(1); // helper's question only

    const a = await answer(helper, q.id, 'Wir planen mit festen Touren.');
    const b = await answer(moderator, q.id, 'Zweite Antwort');
    expect((await notificationsOf(t, asker, kinds.answer)).length).toBe(2);
    const c = await send(asker, 'POST', `/api/network/questions/${q.id}/comments`, { answerId: a.id, body: 'Danke!' });
    expect(c.statusCode, c.body).toBe(201);
    const [commented] = await notificationsOf(t, helper, kinds.comment);
    expect(commented?.data).toMatchObject({ actorName: 'Anna Seevetal', excerpt: 'Danke!' });

    const vote = await send(asker, 'PUT', `/api/network/answers/${b.id}/vote`, { value: 1 });
    expect(vote.json()).toEqual({ score: 1, myVote: 1 });
    expect((await send(helper, 'PUT', `/api/network/answers/${b.id}/vote`, { value: -1 })).json().score).toBe(0);
    expect((await send(helper, 'PUT', `/api/network/answers/${b.id}/vote`, { value: 1 })).json().score).toBe(2);
    expect((await send(helper, 'PUT', `/api/network/answers/${b.id}/vote`, { value: 0 })).json().score).toBe(1);
    problemOf(await send(helper, 'PUT', `/api/network/answers/${a.id}/vote`, { value: 1 }), 403);

    await t.deps.db.insert(networkExpertise).values({ personId: helper.id, tagId: tag?.id as string, level: 'expert' });
    problemOf(await send(helper, 'PUT', `/api/network/questions/${q.id}/accepted`, { answerId: a.id }), 403);
    const accepted = await send(asker, 'PUT', `/api/network/questions/${q.id}/accepted`, { answerId: a.id });
    expect(accepted.statusCode, accepted.body).toBe(204);
    expect((await notificationsOf(t, helper, kinds.accepted))[0]?.data).toMatchObject({ actorName: 'Anna Seevetal' });
    const expertise = () =>
      t.deps.db
        .select({ n: networkExpertise.acceptedAnswerCount })
        .from(networkExpertise)
        .where(and(eq(networkExpertise.personId, helper.id), eq(networkExpertise.tagId, tag?.id as string)));
    expect((await expertise())[0]?.n).toBe(1);

    const after = await detail(asker, q.id);
    expect(after.answers.map((x) => x.id)).toEqual([a.id, b.id]);
    expect(after.answers[0]?.comments.map((x) => x.body)).toEqual(['Danke!']);
    expect(after).toMatchObject({ acceptedAnswerId: a.id, answerCount: 2, canAccept: true, canModerate: false });
    expect((await detail(moderator, q.id)).canModerate).toBe(true);

    // The moderator moves the acceptance; the count follows it.
    await send(moderator, 'PUT', `/api/network/questions/${q.id}/accepted`, { answerId: b.id });
    expect((await expertise())[0]?.n).toBe(0);
    expect((await detail(asker, q.id)).answers[0]?.id).toBe(b.id);

    const open_ = await list(asker, `community=${open.id}&filter=open`);
    expect(open_.items.map((x) => x.id)).toContain(first.id);
    expect(open_.items.map((x) => x.id)).not.toContain(q.id);
    expect((await list(asker, `tag=${tag?.id}`)).items.map((x) => x.id).sort()).toEqual([first.id, q.id].sort());
    expect((await list(asker, 'filter=mine')).items.map((x) => x.id)).toContain(q.id);
    expect((await list(asker, 'filter=following')).items.map((x) => x.id)).toContain(q.id);
    expect((await list(asker, `q=Tourenplanung&community=${open.id}`)).items.map((x) => x.id)).toEqual([q.id]);
  });

  it('lets authors edit, others not', async () => {
    const q = await ask(asker, { communityId: null });
    const a = await answer(helper, q.id);
    expect(
      (await send(asker, 'PATCH', `/api/network/questions/${q.id}`, { title: 'Neu', tags: ['Bauhof'] })).statusCode,
    ).toBe(204);
    expect((await detail(helper, q.id)).title).toBe('Neu');
    problemOf(await send(helper, 'PATCH', `/api/network/questions/${q.id}`, { title: 'X' }), 403);
    expect((await send(helper, 'PATCH', `/api/network/answers/${a.id}`, { body: 'Besser' })).statusCode).toBe(204);
    problemOf(await send(asker, 'PATCH', `/api/network/answers/${a.id}`, { body: 'X' }), 403);
  });

  it('finds similar published questions one may read, by any word of the title', async () => {
    const word = `Kehrmaschine${Date.now().toString(36)}`;
    const hit = await ask(asker, { title: `${word} mieten oder kaufen`, communityId: open.id });
    const hidden = await ask(asker, { title: `${word} im Winter`, communityId: closed.id });
    const similar = (title: string, who = outsider) =>
      send(who, 'GET', `/api/network/questions/similar?title=${encodeURIComponent(title)}`).then((r) => r.json().items);
    expect((await similar(`Welche ${word}?`)).map((x: { id: string }) => x.id)).toEqual([hit.id]);
    expect((await similar(`${word} Winter`, helper)).map((x: { id: string }) => x.id)[0]).toBe(hidden.id);
    // Titles with all the words first; the words every question shares alone find nothing more.
    const both = await ask(asker, { title: `Wer hat Erfahrung mit ${word} Leasing?`, communityId: open.id });
    const ids = (await similar(`Erfahrung ${word} Leasing`)).map((x: { id: string }) => x.id);
    expect(ids[0]).toBe(both.id);
    expect(ids).toContain(hit.id);
    expect(await similar(`Wer hat Erfahrung ${Date.now().toString(36)}x`)).toEqual([]);
    expect(await similar('')).toEqual([]);
    expect(await similar('!!! & | :*')).toEqual([]);
  });

  it('keeps an Idempotency-Key’s question to one', async () => {
    const payload = { title: `Einmal ${unique('i')}`, body: '', communityId: null, tags: [] };
    const headers = { 'idempotency-key': newId() };
    const one = await send(asker, 'POST', '/api/network/questions', payload, headers);
    const two = await send(asker, 'POST', '/api/network/questions', payload, headers);
    expect(two.json()).toEqual(one.json());
    const rows = await t.deps.db.select().from(questions).where(eq(questions.title, payload.title));
    expect(rows).toHaveLength(1);
  });
});

describe('walls', () => {
  it('answers 401 signed out', async () => {
    for (const [method, url] of [
      ['GET', '/api/network/questions'],
      ['GET', '/api/network/questions/similar?title=x'],
      ['POST', '/api/network/questions'],
      ['GET', `/api/network/questions/${newId()}`],
      ['GET', '/api/network/tags/followed'],
    ] as const) {
      problemOf(
        await send(
          null,
          method,
          url,
          method === 'POST' ? { title: 'x', body: '', communityId: null, tags: [] } : undefined,
        ),
        401,
      );
    }
  });

  it('keeps a closed community’s questions from non-members (404, never in lists)', async () => {
    const q = await ask(asker, { title: `Geheim ${unique('c')}`, communityId: closed.id });
    problemOf(await send(outsider, 'GET', `/api/network/questions/${q.id}`), 404);
    problemOf(await send(outsider, 'POST', `/api/network/questions/${q.id}/answers`, { body: 'x' }), 404);
    problemOf(await send(outsider, 'PUT', `/api/network/questions/${q.id}/vote`, { value: 1 }), 404);
    problemOf(await send(outsider, 'PUT', `/api/network/questions/${q.id}/follow`), 404);
    problemOf(
      await send(outsider, 'POST', '/api/network/questions', {
        title: 'x',
        body: '',
        communityId: closed.id,
        tags: [],
      }),
      404,
    );
    expect((await list(outsider, 'limit=50')).items.map((x) => x.id)).not.toContain(q.id);
    expect((await list(outsider, `community=${closed.id}`)).items).toEqual([]);
    expect((await list(helper, `community=${closed.id}`)).items.map((x) => x.id)).toContain(q.id);
  });

  it('asks to join an open community before posting (403)', async () => {
    problemOf(
      await send(outsider, 'POST', '/api/network/questions', { title: 'x', body: '', communityId: open.id, tags: [] }),
      403,
    );
    const q = await ask(asker, { communityId: open.id });
    expect((await detail(outsider, q.id)).canPost).toBe(false);
    problemOf(await send(outsider, 'POST', `/api/network/questions/${q.id}/answers`, { body: 'x' }), 403);
    problemOf(await send(outsider, 'PUT', `/api/network/questions/${q.id}/vote`, { value: 1 }), 403);
    problemOf(await send(asker, 'PUT', `/api/network/questions/${q.id}/vote`, { value: 1 }), 403);
  });

  it('names the field of bad input', async () => {
    const bad = async (payload: unknown, field: string) => {
      const problem = problemOf(await send(asker, 'POST', '/api/network/questions', payload), 400);
      expect(problem.errors?.map((e) => e.field)).toContain(field);
    };
    await bad({ title: '', body: '', communityId: null, tags: [] }, 'body:/title');
    await bad({ title: '   ', body: '', communityId: null, tags: [] }, 'body:/title');
    await bad({ title: 'x'.repeat(301), body: '', communityId: null, tags: [] }, 'body:/title');
    await bad({ title: 'x', body: '', communityId: 'nope', tags: [] }, 'body:/communityId');
    await bad({ title: 'x', body: '', communityId: null, tags: ['a', 'b', 'c', 'd', 'e', 'f'] }, 'body:/tags');
    await bad({ title: 'x', body: '', communityId: null, tags: [], extra: 1 }, 'body:/extra');
    problemOf(await send(asker, 'GET', '/api/network/questions?filter=everything'), 400);
    problemOf(await send(asker, 'GET', '/api/network/questions/nope'), 400);
    const q = await ask(asker);
    const vote = problemOf(await send(helper, 'PUT', `/api/network/questions/${q.id}/vote`, { value: 2 }), 400);
    expect(vote.errors?.[0]?.field).toContain('body:/value');
  });

  it('holds first posts where the community asks for it, and tells its moderators', async () => {
    const newcomer = await createPerson(t);
    const held = await createCommunity(t, {
      createdBy: moderator.id,
      approveFirstPosts: true,
      members: [
        { personId: newcomer.id },
        { personId: moderator.id, role: 'moderator' },
        { personId: helper.id, trusted: true },
      ],
    });
    const q = await ask(newcomer, { communityId: held.id });
    expect(q.state).toBe('pending');
    expect((await notificationsOf(t, moderator, kinds.postPending)).length).toBeGreaterThan(0);
    expect(
      await notificationsOf(t, helper, kinds.question).then((n) => n.filter((x) => x.link?.includes(q.id))),
    ).toEqual([]);
    problemOf(await send(helper, 'GET', `/api/network/questions/${q.id}`), 404);
    expect((await detail(newcomer, q.id)).state).toBe('pending');
    expect((await detail(moderator, q.id)).state).toBe('pending');
    expect((await list(newcomer, 'filter=mine')).items.map((x) => x.id)).toContain(q.id);
    expect((await list(newcomer, 'filter=all')).items.map((x) => x.id)).not.toContain(q.id);
  });

  it('refuses past the hourly limit with 429 and Retry-After', async () => {
    const limited = await buildTestApp({
      networkLimits: { questionsPerHour: 1, answersPerHour: 1, commentsPerHour: 1, endorsementsPerHour: 1 },
    });
    const person = await createPerson(limited);
    const post = () =>
      limited.request({
        method: 'POST',
        url: '/api/network/questions',
        cookie: person.cookie,
        payload: { title: 'Eine Frage', body: '', communityId: null, tags: [] },
      });
    expect((await post()).statusCode).toBe(201);
    const refused = await post();
    problemOf(refused, 429);
    expect(Number(refused.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('follows only tags that exist', async () => {
    problemOf(await send(asker, 'PUT', `/api/network/tags/${newId()}/follow`), 404);
    const [tag] = await t.deps.db.select({ id: networkTags.id }).from(networkTags).limit(1);
    if (tag)
      expect((await send(asker, 'DELETE', `/api/network/tags/${tag.id}/follow`)).json()).toEqual({ following: false });
  });
});
