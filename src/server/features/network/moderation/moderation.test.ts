import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { networkNotificationKinds } from '../../../../shared/network-notification-kinds.ts';
import { auditLog } from '../../../platform/audit/tables.ts';
import { createOrganisation, createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { notifications } from '../../notifications/tables.ts';
import { answers, communityMembers, postReports, questions } from '../tables.ts';
import { addMember, makeAnswer, makeComment, makeCommunity, makeQuestion } from './moderation-fixtures.ts';

let t: TestApp;
let moderator: TestPerson;
let newcomer: TestPerson;
let reader: TestPerson;
let outsider: TestPerson;
let community: { id: string; slug: string; name: string };

const post = (path: string, cookie: string | undefined, payload?: unknown) =>
  t.request({ method: 'POST', url: `/api/network/moderation${path}`, cookie, ...(payload ? { payload } : {}) });

async function notificationsOf(personId: string, kind: string) {
  return t.deps.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.personId, personId), eq(notifications.kind, kind)));
}

async function auditOf(postId: string) {
  return t.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, postId));
}

beforeAll(async () => {
  t = await buildTestApp();
  const org = await createOrganisation(t, { name: 'Gemeinde Seevetal Test' });
  moderator = await createPerson(t, { organisation: org });
  newcomer = await createPerson(t, { organisation: org, name: 'Nora Neu' });
  reader = await createPerson(t);
  outsider = await createPerson(t);
  community = await makeCommunity(t, { createdBy: moderator.id, approveFirstPosts: true });
  await addMember(t, community.id, moderator.id, { role: 'moderator', trusted: true });
  await addMember(t, community.id, newcomer.id);
  await addMember(t, community.id, reader.id, { trusted: true });
});

describe('held first posts', () => {
  it('lists a held question in the queue and approves it: published, author trusted and notified, audited', async () => {
    const q = await makeQuestion(t, { communityId: community.id, authorId: newcomer.id, state: 'pending' });
    const queue = await t.request({
      method: 'GET',
      url: `/api/network/moderation/queue?community=${community.slug}`,
      cookie: moderator.cookie,
    });
    expect(queue.statusCode).toBe(200);
    const held = queue.json().held.find((h: { postId: string }) => h.postId === q.id);
    expect(held).toMatchObject({
      postKind: 'question',
      questionTitle: q.title,
      author: { id: newcomer.id, name: 'Nora Neu', organisationName: 'Gemeinde Seevetal Test' },
      community: { id: community.id, slug: community.slug },
    });
    expect(queue.json().counts.held).toBeGreaterThanOrEqual(1);

    const approved = await post(`/posts/question/${q.id}/approve`, moderator.cookie);
    expect(approved.statusCode).toBe(200);
    expect(approved.json()).toEqual({ postKind: 'question', postId: q.id, state: 'published', hiddenReason: null });
    const [row] = await t.deps.db.select().from(questions).where(eq(questions.id, q.id));
    expect(row?.state).toBe('published');
    const [membership] = await t.deps.db
      .select()
      .from(communityMembers)
      .where(and(eq(communityMembers.communityId, community.id), eq(communityMembers.personId, newcomer.id)));
    expect(membership?.trusted).toBe(true);
    const [notice] = await notificationsOf(newcomer.id, networkNotificationKinds.postDecided);
    expect(notice?.data).toEqual({ title: q.title, approved: true });
    expect(notice?.link).toBe(`/network/questions/${q.id}`);
    const [entry] = await auditOf(q.id);
    expect(entry).toMatchObject({ actorId: moderator.id, action: 'network.post_approved' });

    expect(problemOf(await post(`/posts/question/${q.id}/approve`, moderator.cookie), 409).type).toBe(
      '/problems/not-pending',
    );
  });

  it('refuses a held answer with a reason: hidden, the author told why; the answer count stays', async () => {
    const q = await makeQuestion(t, { communityId: community.id, authorId: reader.id });
    const a = await makeAnswer(t, { questionId: q.id, authorId: newcomer.id, state: 'pending' });
    const refused = await post(`/posts/answer/${a.id}/refuse`, moderator.cookie, { reason: 'Werbung' });
    expect(refused.statusCode).toBe(200);
    expect(refused.json()).toMatchObject({ state: 'hidden', hiddenReason: 'Werbung' });
    const [row] = await t.deps.db.select().from(answers).where(eq(answers.id, a.id));
    expect(row).toMatchObject({ state: 'hidden', hiddenReason: 'Werbung', hiddenBy: moderator.id });
    const notices = await notificationsOf(newcomer.id, networkNotificationKinds.postDecided);
    expect(notices.map((n) => n.data)).toContainEqual({ title: q.title, approved: false, reason: 'Werbung' });
    const [entry] = await auditOf(a.id);
    expect(entry).toMatchObject({ actorId: moderator.id, action: 'network.post_refused' });
    expect(entry?.details).toMatchObject({ reason: 'Werbung', postKind: 'answer', authorId: newcomer.id });
  });

  it('approving an answer counts it on its question', async () => {
    const q = await makeQuestion(t, { communityId: community.id, authorId: reader.id });
    const a = await makeAnswer(t, { questionId: q.id, authorId: newcomer.id, state: 'pending' });
    expect((await post(`/posts/answer/${a.id}/approve`, moderator.cookie)).statusCode).toBe(200);
    const [row] = await t.deps.db.select().from(questions).where(eq(questions.id, q.id));
    expect(row?.answerCount).toBe(1);
    // Announced as if just posted: the asker hears of the answer now.
    const told = await notificationsOf(reader.id, networkNotificationKinds.answer);
    expect(told.map((n) => n.data)).toContainEqual({ actorName: 'Nora Neu', title: q.title });
  });

  it('hides a held post from members and outsiders (404), forbids members who see it (403), 401 signed out', async () => {
    const q = await makeQuestion(t, { communityId: community.id, authorId: newcomer.id, state: 'pending' });
    expect(problemOf(await post(`/posts/question/${q.id}/approve`, undefined), 401).type).toBe(
      '/problems/unauthenticated',
    );
    expect(problemOf(await post(`/posts/question/${q.id}/approve`, reader.cookie), 404).type).toBe(
      '/problems/not-found',
    );
    expect(problemOf(await post(`/posts/question/${q.id}/approve`, outsider.cookie), 404).type).toBe(
      '/problems/not-found',
    );
    // The author sees their own held post but may not let it through.
    expect(problemOf(await post(`/posts/question/${q.id}/approve`, newcomer.cookie), 403).type).toBe(
      '/problems/forbidden',
    );
    const published = await makeQuestion(t, { communityId: community.id, authorId: newcomer.id });
    const hide = await post(`/posts/question/${published.id}/hide`, reader.cookie, { reason: 'x' });
    expect(problemOf(hide, 403).type).toBe('/problems/forbidden');
  });
});

describe('walls between communities', () => {
  it('a moderator of one community cannot act in another: 404 in a closed one, 403 in an open one', async () => {
    const other = await makeCommunity(t, { createdBy: outsider.id, joinPolicy: 'request' });
    await addMember(t, other.id, outsider.id, { role: 'moderator' });
    const closedQ = await makeQuestion(t, { communityId: other.id, authorId: outsider.id });
    const hideClosed = await post(`/posts/question/${closedQ.id}/hide`, moderator.cookie, { reason: 'Spam' });
    expect(problemOf(hideClosed, 404).type).toBe('/problems/not-found');
    const queue = await t.request({
      method: 'GET',
      url: `/api/network/moderation/queue?community=${other.id}`,
      cookie: moderator.cookie,
    });
    expect(problemOf(queue, 404).type).toBe('/problems/not-found');

    const open = await makeCommunity(t, { createdBy: outsider.id });
    await addMember(t, open.id, outsider.id, { role: 'moderator' });
    const openQ = await makeQuestion(t, { communityId: open.id, authorId: outsider.id });
    const hideOpen = await post(`/posts/question/${openQ.id}/hide`, moderator.cookie, { reason: 'Spam' });
    expect(problemOf(hideOpen, 403).type).toBe('/problems/forbidden');
    const openQueue = await t.request({
      method: 'GET',
      url: `/api/network/moderation/queue?community=${open.slug}`,
      cookie: moderator.cookie,
    });
    expect(problemOf(openQueue, 403).type).toBe('/problems/forbidden');
  });

  it('platform admins moderate the platform-wide area but not a closed community', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const platformQ = await makeQuestion(t, { communityId: null, authorId: reader.id });
    expect((await post(`/posts/question/${platformQ.id}/hide`, admin.cookie, { reason: 'Doppelt' })).statusCode).toBe(
      200,
    );
    expect(
      problemOf(await post(`/posts/question/${platformQ.id}/unhide`, moderator.cookie, { reason: 'x' }), 404).type,
    ).toBe('/problems/not-found');
    const closed = await makeCommunity(t, { createdBy: outsider.id, joinPolicy: 'request' });
    const closedQ = await makeQuestion(t, { communityId: closed.id, authorId: outsider.id });
    expect(problemOf(await post(`/posts/question/${closedQ.id}/hide`, admin.cookie, { reason: 'x' }), 404).type).toBe(
      '/problems/not-found',
    );
    const queue = await t.request({ method: 'GET', url: '/api/network/moderation/queue', cookie: admin.cookie });
    expect(queue.statusCode).toBe(200);
    expect(queue.json().community).toBeNull();
  });

  it('someone who moderates nothing has no queue (403); signed out 401', async () => {
    expect(
      problemOf(await t.request({ method: 'GET', url: '/api/network/moderation/queue', cookie: reader.cookie }), 403)
        .type,
    ).toBe('/problems/forbidden');
    expect(problemOf(await t.request({ method: 'GET', url: '/api/network/moderation/queue' }), 401).type).toBe(
      '/problems/unauthenticated',
    );
    const unknown = await t.request({
      method: 'GET',
      url: '/api/network/moderation/queue?community=no-such-community',
      cookie: moderator.cookie,
    });
    expect(problemOf(unknown, 404).type).toBe('/problems/not-found');
  });
});

describe('hiding and unhiding', () => {
  it('hides a published comment with a reason, tells its author, audits it; unhides it with a reason', async () => {
    const q = await makeQuestion(t, { communityId: community.id, authorId: reader.id });
    const c = await makeComment(t, { questionId: q.id, postKind: 'question', postId: q.id, authorId: newcomer.id });
    const hidden = await post(`/posts/comment/${c.id}/hide`, moderator.cookie, { reason: 'Beleidigend' });
    expect(hidden.json()).toMatchObject({ state: 'hidden', hiddenReason: 'Beleidigend' });
    const notices = await notificationsOf(newcomer.id, networkNotificationKinds.postHidden);
    expect(notices.map((n) => n.data)).toContainEqual({ title: q.title, reason: 'Beleidigend' });
    // Hidden: gone for readers, still there for its author.
    const report = await post('/reports', outsider.cookie, { postKind: 'comment', postId: c.id, reason: 'x' });
    expect(problemOf(report, 404).type).toBe('/problems/not-found');
    expect(problemOf(await post(`/posts/comment/${c.id}/hide`, moderator.cookie, { reason: 'x' }), 409).type).toBe(
      '/problems/not-published',
    );
    const shown = await post(`/posts/comment/${c.id}/unhide`, moderator.cookie, {
      reason: 'Nach Rücksprache in Ordnung',
    });
    expect(shown.json()).toMatchObject({ state: 'published', hiddenReason: null });
    const actions = (await auditOf(c.id)).map((e) => e.action).sort();
    expect(actions).toEqual(['network.post_hidden', 'network.post_unhidden']);
  });

  it('a hidden accepted answer is accepted no more and leaves the count; the expertise count is taken back', async () => {
    const q = await makeQuestion(t, { communityId: community.id, authorId: reader.id });
    const a = await makeAnswer(t, { questionId: q.id, authorId: newcomer.id });
    const b = await makeAnswer(t, { questionId: q.id, authorId: moderator.id });
    await t.deps.db.update(questions).set({ acceptedAnswerId: a.id, answerCount: 2 }).where(eq(questions.id, q.id));
    expect((await post(`/posts/answer/${a.id}/hide`, moderator.cookie, { reason: 'Falsch' })).statusCode).toBe(200);
    const [row] = await t.deps.db.select().from(questions).where(eq(questions.id, q.id));
    expect(row).toMatchObject({ acceptedAnswerId: null, answerCount: 1 });
    const [entry] = await auditOf(a.id);
    expect(entry?.details).toMatchObject({ acceptanceDropped: true, reason: 'Falsch' });
    expect(b.id).toBeTruthy();
    await post(`/posts/answer/${a.id}/unhide`, moderator.cookie, { reason: 'Doch richtig' });
    const [again] = await t.deps.db.select().from(questions).where(eq(questions.id, q.id));
    expect(again).toMatchObject({ acceptedAnswerId: null, answerCount: 2 });
  });

  it('refuses bad input naming the field', async () => {
    const q = await makeQuestion(t, { communityId: community.id, authorId: reader.id });
    const noReason = problemOf(await post(`/posts/question/${q.id}/hide`, moderator.cookie, {}), 400);
    expect(JSON.stringify(noReason.errors)).toContain('reason');
    const blank = problemOf(await post(`/posts/question/${q.id}/hide`, moderator.cookie, { reason: '   ' }), 400);
    expect(JSON.stringify(blank.errors)).toContain('reason');
    const long = problemOf(
      await post(`/posts/question/${q.id}/hide`, moderator.cookie, { reason: 'x'.repeat(1001) }),
      400,
    );
    expect(JSON.stringify(long.errors)).toContain('reason');
    const extra = problemOf(await post(`/posts/question/${q.id}/hide`, moderator.cookie, { reason: 'x', y: 1 }), 400);
    expect(extra.status).toBe(400);
    expect(problemOf(await post(`/posts/thread/${q.id}/hide`, moderator.cookie, { reason: 'x' }), 400).status).toBe(
      400,
    );
    expect(
      problemOf(await post('/posts/question/not-a-uuid/hide', moderator.cookie, { reason: 'x' }), 400).status,
    ).toBe(400);
    const missing = await post('/posts/question/0190f3a0-0000-7000-8000-000000000000/hide', moderator.cookie, {
      reason: 'x',
    });
    expect(problemOf(missing, 404).type).toBe('/problems/not-found');
  });
});

describe('reports', () => {
  it('a reader reports once; moderators are told; the queue lists it; hiding settles it as hidden', async () => {
    const q = await makeQuestion(t, { communityId: community.id, authorId: newcomer.id });
    const a = await makeAnswer(t, { questionId: q.id, authorId: newcomer.id });
    const input = { postKind: 'answer', postId: a.id, reason: 'Enthält Telefonnummern' };
    const first = await post('/reports', reader.cookie, input);
    expect(first.statusCode).toBe(201);
    expect(problemOf(await post('/reports', reader.cookie, input), 409).type).toBe('/problems/already-reported');
    expect(problemOf(await post('/reports', newcomer.cookie, input), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await post('/reports', undefined, input), 401).type).toBe('/problems/unauthenticated');
    // An open community's post is read (and so reported) by anyone signed in.
    expect((await post('/reports', outsider.cookie, { ...input, reason: 'Auch' })).statusCode).toBe(201);

    const notices = await notificationsOf(moderator.id, networkNotificationKinds.report);
    expect(notices.map((n) => n.data)).toContainEqual({
      actorName: reader.name,
      title: q.title,
      communityName: community.name,
      excerpt: 'Enthält Telefonnummern',
    });

    const mine = await t.request({
      method: 'GET',
      url: `/api/network/moderation/questions/${q.id}/mine`,
      cookie: reader.cookie,
    });
    expect(mine.json()).toEqual({ mine: [], reported: [a.id] });
    const authorView = await t.request({
      method: 'GET',
      url: `/api/network/moderation/questions/${q.id}/mine`,
      cookie: newcomer.cookie,
    });
    expect(authorView.json().mine.sort()).toEqual([q.id, a.id].sort());

    const queue = await t.request({
      method: 'GET',
      url: `/api/network/moderation/queue?community=${community.id}`,
      cookie: moderator.cookie,
    });
    const listed = queue.json().reported.find((r: { postId: string }) => r.postId === a.id);
    expect(listed.reports.map((r: { reason: string }) => r.reason)).toEqual(['Enthält Telefonnummern', 'Auch']);
    expect(listed.author.name).toBe('Nora Neu');

    await post(`/posts/answer/${a.id}/hide`, moderator.cookie, { reason: 'Persönliche Daten' });
    const reports = await t.deps.db.select().from(postReports).where(eq(postReports.postId, a.id));
    expect(reports.map((r) => r.outcome)).toEqual(['hidden', 'hidden']);
    expect(reports.every((r) => r.settledBy === moderator.id)).toBe(true);
  });

  it('dismissing settles the open reports as dismissed and keeps the post', async () => {
    const q = await makeQuestion(t, { communityId: community.id, authorId: newcomer.id });
    await post('/reports', reader.cookie, { postKind: 'question', postId: q.id, reason: 'Off-topic' });
    expect(
      problemOf(await post(`/posts/question/${q.id}/dismiss-reports`, reader.cookie, { reason: 'x' }), 403).type,
    ).toBe('/problems/forbidden');
    const dismissed = await post(`/posts/question/${q.id}/dismiss-reports`, moderator.cookie, { reason: 'Passt' });
    expect(dismissed.json()).toEqual({ dismissed: 1 });
    const [report] = await t.deps.db.select().from(postReports).where(eq(postReports.postId, q.id));
    expect(report).toMatchObject({ outcome: 'dismissed', settledBy: moderator.id });
    const [row] = await t.deps.db.select().from(questions).where(eq(questions.id, q.id));
    expect(row?.state).toBe('published');
    expect(
      problemOf(await post(`/posts/question/${q.id}/dismiss-reports`, moderator.cookie, { reason: 'x' }), 409).type,
    ).toBe('/problems/no-open-reports');
  });

  it('a closed community’s posts cannot be reported by outsiders (404); bad input names the field', async () => {
    const closed = await makeCommunity(t, { createdBy: outsider.id, joinPolicy: 'request' });
    await addMember(t, closed.id, outsider.id, { role: 'moderator' });
    const q = await makeQuestion(t, { communityId: closed.id, authorId: outsider.id });
    const report = await post('/reports', reader.cookie, { postKind: 'question', postId: q.id, reason: 'x' });
    expect(problemOf(report, 404).type).toBe('/problems/not-found');
    const mine = await t.request({
      method: 'GET',
      url: `/api/network/moderation/questions/${q.id}/mine`,
      cookie: reader.cookie,
    });
    expect(problemOf(mine, 404).type).toBe('/problems/not-found');
    const bad = problemOf(await post('/reports', reader.cookie, { postKind: 'question', postId: q.id }), 400);
    expect(JSON.stringify(bad.errors)).toContain('reason');
    const badKind = problemOf(
      await post('/reports', reader.cookie, { postKind: 'vote', postId: q.id, reason: 'x' }),
      400,
    );
    expect(JSON.stringify(badKind.errors)).toContain('postKind');
  });
});

describe('the queue of everything one moderates', () => {
  it('lists the held posts of all my communities, and platform admins the platform-wide area’s reports', async () => {
    const second = await makeCommunity(t, { createdBy: moderator.id, approveFirstPosts: true });
    await addMember(t, second.id, moderator.id, { role: 'moderator' });
    await addMember(t, second.id, newcomer.id);
    const foreign = await makeCommunity(t, { createdBy: outsider.id, approveFirstPosts: true });
    await addMember(t, foreign.id, outsider.id, { role: 'moderator' });
    await addMember(t, foreign.id, newcomer.id);
    const here = await makeQuestion(t, { communityId: community.id, authorId: newcomer.id, state: 'pending' });
    const there = await makeQuestion(t, { communityId: second.id, authorId: newcomer.id, state: 'pending' });
    const elsewhere = await makeQuestion(t, { communityId: foreign.id, authorId: newcomer.id, state: 'pending' });
    const all = await t.request({ method: 'GET', url: '/api/network/moderation/queue', cookie: moderator.cookie });
    expect(all.statusCode).toBe(200);
    const ids = all.json().held.map((h: { postId: string }) => h.postId);
    expect(ids).toContain(here.id);
    expect(ids).toContain(there.id);
    expect(ids).not.toContain(elsewhere.id);
    expect(all.json().community).toBeNull();

    const admin = await createPerson(t, { platformAdmin: true });
    const platformQ = await makeQuestion(t, { communityId: null, authorId: reader.id });
    await post('/reports', outsider.cookie, { postKind: 'question', postId: platformQ.id, reason: 'Doppelt gefragt' });
    const told = await notificationsOf(admin.id, networkNotificationKinds.report);
    expect(told.map((n) => n.link)).toContain('/network/moderation');
    const adminQueue = await t.request({ method: 'GET', url: '/api/network/moderation/queue', cookie: admin.cookie });
    const listed = adminQueue.json().reported.find((r: { postId: string }) => r.postId === platformQ.id);
    expect(listed).toMatchObject({ community: null, reports: [{ reason: 'Doppelt gefragt' }] });
    expect(adminQueue.json().held.map((h: { postId: string }) => h.postId)).not.toContain(here.id);
  });
});

describe('a hidden question leaves the lists and the search', () => {
  it('is listed and found while published, and neither once a moderator hid it', async () => {
    const word = `Streusalzlager${Date.now().toString(36)}`;
    const q = await makeQuestion(t, {
      communityId: community.id,
      authorId: newcomer.id,
      title: `Wer kennt ein ${word}?`,
      body: `Wir suchen ein ${word} für den Bauhof.`,
    });
    const listed = async () => {
      const list = await t.request({
        method: 'GET',
        url: `/api/network/questions?community=${community.id}&limit=50`,
        cookie: reader.cookie,
      });
      expect(list.statusCode).toBe(200);
      return list.json().items.map((i: { id: string }) => i.id) as string[];
    };
    const found = async () => {
      const search = await t.request({ method: 'GET', url: `/api/search?q=${word}`, cookie: reader.cookie });
      expect(search.statusCode).toBe(200);
      const group = search.json().groups.find((g: { kind: string }) => g.kind === 'questions');
      return (group?.hits ?? []).map((h: { id: string }) => h.id) as string[];
    };
    expect(await listed()).toContain(q.id);
    expect(await found()).toContain(q.id);
    await post(`/posts/question/${q.id}/hide`, moderator.cookie, { reason: 'Doppelt' });
    expect(await listed()).not.toContain(q.id);
    expect(await found()).not.toContain(q.id);
  });
});
