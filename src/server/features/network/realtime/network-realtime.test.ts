import type { AddressInfo } from 'node:net';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { QUESTION_CHANGED, WIKI_PAGE_CHANGED } from '../../../../shared/contracts/network-realtime.ts';
import {
  openSocket,
  refusedHandshake,
  type TestSocket,
  type WireMessage,
} from '../../../platform/events/ws-test-client.ts';
import { createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../../../test/test-app.ts';
import { createCommunity } from '../questions/question-fixtures.ts';

// The network's live events through the real gateway: who hears of a question's and a wiki page's
// changes, and who never does.

let t: TestApp;
let base: string;
let asker: TestPerson;
let helper: TestPerson;
let moderator: TestPerson;
let outsider: TestPerson;
let newcomer: TestPerson;
let closed: { id: string };
let held: { id: string };

const open: TestSocket[] = [];
async function connect(person: TestPerson) {
  const socket = await openSocket(base, { cookie: person.cookie, origin: TEST_ORIGIN });
  open.push(socket);
  return socket;
}

beforeAll(async () => {
  t = await buildTestApp({
    networkLimits: { questionsPerHour: 50, answersPerHour: 50, commentsPerHour: 50, endorsementsPerHour: 50 },
  });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
  base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
  [asker, helper, moderator, outsider, newcomer] = await Promise.all([
    createPerson(t, { name: 'Anna Seevetal' }),
    createPerson(t, { name: 'Bernd Brilon' }),
    createPerson(t, { name: 'Marta Moderation' }),
    createPerson(t, { name: 'Otto Außen' }),
    createPerson(t, { name: 'Nina Neu' }),
  ]);
  const members = [
    { personId: asker.id, trusted: true },
    { personId: helper.id, trusted: true },
    { personId: moderator.id, role: 'moderator' as const },
  ];
  closed = await createCommunity(t, { createdBy: moderator.id, joinPolicy: 'request', members });
  held = await createCommunity(t, {
    createdBy: moderator.id,
    approveFirstPosts: true,
    members: [...members, { personId: newcomer.id }],
  });
});
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});
afterAll(async () => {
  await t.app.close();
});

async function send(person: TestPerson, method: 'POST' | 'PUT' | 'PATCH' | 'DELETE', url: string, payload?: unknown) {
  const res = await t.request({ method, url, cookie: person.cookie, payload: payload as never });
  expect(res.statusCode, res.body).toBeLessThan(300);
  return res.body ? (res.json() as { id: string; state?: string }) : null;
}
const ask = async (person: TestPerson, communityId: string | null) =>
  (await send(person, 'POST', '/api/network/questions', {
    title: `Winterdienst ${unique('q')}`,
    body: 'Wie plant ihr die Touren?',
    communityId,
    tags: [],
  })) as { id: string };
const answer = async (person: TestPerson, questionId: string) =>
  (await send(person, 'POST', `/api/network/questions/${questionId}/answers`, { body: 'Mit Streukarten.' })) as {
    id: string;
    state: string;
  };

const about = (questionId: string) => (m: WireMessage) => m.type === QUESTION_CHANGED && m.questionId === questionId;
const changes = (socket: TestSocket, questionId: string) =>
  socket.messages.filter(about(questionId)).map((m) => m.change);

/**
 * A platform-wide question edited after the checked events: every signed-in socket hears of it, so a
 * socket that has it and not the earlier event was passed over, not merely slow.
 */
async function marker(...sockets: TestSocket[]) {
  const q = await ask(asker, null);
  await send(asker, 'PATCH', `/api/network/questions/${q.id}`, { body: 'Nachtrag' });
  for (const socket of sockets) await socket.next(about(q.id));
}

describe('question events on /api/realtime', () => {
  it('a signed-out socket cannot open, so it can hear nothing', async () => {
    const refused = await refusedHandshake(base, { origin: TEST_ORIGIN });
    expect(refused.status).toBe(401);
  });

  it('tells a by-request community’s members of a new answer, its author by name, and its non-members nothing', async () => {
    const q = await ask(asker, closed.id);
    const [askerTab, moderatorTab, outsiderTab] = [
      await connect(asker),
      await connect(moderator),
      await connect(outsider),
    ];
    const a = await answer(helper, q.id);
    const heard = await askerTab.next(about(q.id));
    expect(heard).toEqual({
      type: QUESTION_CHANGED,
      questionId: q.id,
      change: 'answer-added',
      postKind: 'answer',
      postId: a.id,
      actorId: helper.id,
      actorName: 'Bernd Brilon',
      state: 'published',
      id: expect.any(String),
      position: expect.any(Number),
      at: expect.any(String),
    });
    await moderatorTab.next(about(q.id));

    await send(asker, 'PUT', `/api/network/answers/${a.id}/vote`, { value: 1 });
    await send(asker, 'PUT', `/api/network/questions/${q.id}/accepted`, { answerId: a.id });
    await send(helper, 'POST', `/api/network/questions/${q.id}/comments`, { body: 'Gern geschehen.' });
    await send(asker, 'PATCH', `/api/network/questions/${q.id}`, { body: 'Ergänzt' });
    await moderatorTab.next((m) => about(q.id)(m) && m.change === 'question-edited');
    expect(changes(moderatorTab, q.id)).toEqual([
      'answer-added',
      'votes-changed',
      'answer-accepted',
      'comment-added',
      'question-edited',
    ]);
    expect(moderatorTab.messages.find((m) => about(q.id)(m) && m.change === 'answer-accepted')).toMatchObject({
      postId: a.id,
      actorName: 'Anna Seevetal',
    });

    await marker(outsiderTab);
    expect(changes(outsiderTab, q.id)).toEqual([]);
  });

  it('stops at once for a member who leaves', async () => {
    const own = await createCommunity(t, {
      createdBy: moderator.id,
      joinPolicy: 'request',
      members: [
        { personId: helper.id, trusted: true },
        { personId: moderator.id, role: 'moderator' },
      ],
    });
    const q = await ask(moderator, own.id);
    const helperTab = await connect(helper);
    await send(helper, 'POST', `/api/network/communities/${own.id}/leave`);
    await send(moderator, 'PATCH', `/api/network/questions/${q.id}`, { body: 'Nachtrag' });
    await marker(helperTab);
    expect(changes(helperTab, q.id)).toEqual([]);
  });

  it('tells everyone signed in of a platform-wide question’s changes', async () => {
    const q = await ask(asker, null);
    const outsiderTab = await connect(outsider);
    await answer(helper, q.id);
    expect(await outsiderTab.next(about(q.id))).toMatchObject({ change: 'answer-added', actorName: 'Bernd Brilon' });
  });

  it('keeps a held answer’s event to its author and the moderators until it is let through', async () => {
    const q = await ask(asker, held.id);
    const [askerTab, moderatorTab, newcomerTab] = [
      await connect(asker),
      await connect(moderator),
      await connect(newcomer),
    ];
    const a = await answer(newcomer, q.id);
    expect(a.state).toBe('pending');
    expect(await moderatorTab.next(about(q.id))).toMatchObject({
      change: 'answer-added',
      state: 'pending',
      postId: a.id,
    });
    expect(await newcomerTab.next(about(q.id))).toMatchObject({ change: 'answer-added', state: 'pending' });
    await marker(askerTab);
    expect(changes(askerTab, q.id)).toEqual([]);

    await send(moderator, 'POST', `/api/network/moderation/posts/answer/${a.id}/approve`);
    expect(await askerTab.next(about(q.id))).toMatchObject({
      change: 'post-approved',
      postKind: 'answer',
      postId: a.id,
      actorName: 'Nina Neu',
    });
  });

  it('tells the readers that a post was hidden, and only its author and the moderators that it is shown again', async () => {
    const q = await ask(asker, closed.id);
    const a = await answer(helper, q.id);
    const comment = (await send(asker, 'POST', `/api/network/questions/${q.id}/comments`, {
      body: 'Danke!',
      answerId: a.id,
    })) as { id: string };
    const [askerTab, helperTab, outsiderTab] = [await connect(asker), await connect(helper), await connect(outsider)];

    await send(moderator, 'POST', `/api/network/moderation/posts/answer/${a.id}/hide`, { reason: 'Werbung' });
    expect(await askerTab.next(about(q.id))).toMatchObject({ change: 'post-hidden', postKind: 'answer', postId: a.id });
    await helperTab.next(about(q.id));

    // The comment hangs on the hidden answer: hiding it is news only to those who still see the answer.
    await send(moderator, 'POST', `/api/network/moderation/posts/comment/${comment.id}/hide`, { reason: 'Mit weg' });
    expect(await helperTab.next((m) => about(q.id)(m) && m.postId === comment.id)).toMatchObject({
      change: 'post-hidden',
    });

    // A vote on the hidden answer is impossible; an edit by its author reaches the author and the moderators only.
    await send(helper, 'PATCH', `/api/network/answers/${a.id}`, { body: 'Ohne Werbung.' });
    await helperTab.next((m) => about(q.id)(m) && m.change === 'answer-edited');

    await send(moderator, 'POST', `/api/network/moderation/posts/answer/${a.id}/unhide`, { reason: 'Berichtigt' });
    expect(await askerTab.next((m) => about(q.id)(m) && m.change === 'post-unhidden')).toMatchObject({
      postId: a.id,
    });
    await marker(askerTab, outsiderTab);
    expect(changes(askerTab, q.id)).toEqual(['post-hidden', 'post-unhidden']);
    expect(changes(outsiderTab, q.id)).toEqual([]);
  });

  it('tells the community’s readers that a question was hidden', async () => {
    const openCommunity = await createCommunity(t, {
      createdBy: moderator.id,
      members: [
        { personId: asker.id, trusted: true },
        { personId: moderator.id, role: 'moderator' },
      ],
    });
    const q = await ask(asker, openCommunity.id);
    const outsiderTab = await connect(outsider);
    await send(moderator, 'POST', `/api/network/moderation/posts/question/${q.id}/hide`, { reason: 'Doppelt' });
    expect(await outsiderTab.next(about(q.id))).toMatchObject({ change: 'post-hidden', postKind: 'question' });
  });
});

describe('wiki events on /api/realtime', () => {
  const aboutPage = (pageId: string) => (m: WireMessage) => m.type === WIKI_PAGE_CHANGED && m.pageId === pageId;

  it('tells the readers of a by-request community’s page of a new revision and a check, and nobody else', async () => {
    const created = (await send(asker, 'POST', '/api/network/wiki/pages', {
      community: closed.id,
      title: `Streuplan ${unique('w')}`,
      bodyHtml: '<p>Erste Fassung</p>',
    })) as { id: string };
    const [moderatorTab, outsiderTab] = [await connect(moderator), await connect(outsider)];
    await send(asker, 'PUT', `/api/network/wiki/pages/${created.id}`, {
      title: 'Streuplan',
      bodyHtml: '<p>Zweite Fassung</p>',
      baseRevision: 1,
    });
    expect(await moderatorTab.next(aboutPage(created.id))).toEqual({
      type: WIKI_PAGE_CHANGED,
      pageId: created.id,
      communityId: closed.id,
      change: 'revision-saved',
      revision: 2,
      actorId: asker.id,
      actorName: 'Anna Seevetal',
      id: expect.any(String),
      position: expect.any(Number),
      at: expect.any(String),
    });
    await send(moderator, 'POST', `/api/network/wiki/pages/${created.id}/check`);
    await moderatorTab.next((m) => aboutPage(created.id)(m) && m.change === 'checked');
    await marker(outsiderTab);
    expect(outsiderTab.messages.filter(aboutPage(created.id))).toEqual([]);
  });

  it('tells everyone signed in of the platform wiki’s pages, and their deletion', async () => {
    const created = (await send(asker, 'POST', '/api/network/wiki/pages', {
      community: null,
      title: `Glättemeldung ${unique('w')}`,
      bodyHtml: '<p>Text</p>',
    })) as { id: string };
    const outsiderTab = await connect(outsider);
    await send(helper, 'PUT', `/api/network/wiki/pages/${created.id}`, {
      title: 'Glättemeldung',
      bodyHtml: '<p>Neu</p>',
      baseRevision: 1,
    });
    expect(await outsiderTab.next(aboutPage(created.id))).toMatchObject({ actorName: 'Bernd Brilon', revision: 2 });
    await send(asker, 'DELETE', `/api/network/wiki/pages/${created.id}`);
    await outsiderTab.next((m) => aboutPage(created.id)(m) && m.change === 'deleted');
  });
});
