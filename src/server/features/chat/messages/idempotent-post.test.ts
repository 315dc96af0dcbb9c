import { describe, expect, it } from 'vitest';
import type { ChannelSummary, ChatMessage, MessagePage, Thread } from '../../../../shared/contracts/chat.ts';
import { createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { chatWorkspace, ok, post } from '../chat-fixtures.ts';

// A post whose answer was lost (the server killed after the commit, a dropped connection) is sent
// again with the same Idempotency-Key: the person sees their message once.

const t = await buildTestApp();

function postKeyed(
  app: TestApp,
  person: TestPerson | null,
  channelId: string,
  key: string,
  body: Record<string, unknown>,
) {
  return app.request({
    method: 'POST',
    url: `/api/channels/${channelId}/messages`,
    cookie: person?.cookie,
    headers: { 'idempotency-key': key },
    payload: body,
  });
}

async function textsIn(person: TestPerson, channelId: string) {
  const page = await ok<MessagePage>(t, person, 'GET', `/api/channels/${channelId}/messages`);
  return page.messages.map((m) => m.text);
}

describe('POST /api/channels/:id/messages with an Idempotency-Key', () => {
  it('answers a repeat as the first post, and the message shows once', async () => {
    const w = await chatWorkspace(t);
    const key = unique('key');
    const first = await postKeyed(t, w.member, w.defaultChannelId, key, { text: 'Einmal, bitte' });
    expect(first.statusCode, first.body).toBe(201);
    const again = await postKeyed(t, w.member, w.defaultChannelId, key, { text: 'Einmal, bitte' });
    expect(again.statusCode).toBe(201);
    expect(again.json()).toEqual(first.json());
    expect(await textsIn(w.owner, w.defaultChannelId)).toEqual(['Einmal, bitte']);
    // A new key is a new message, even with the same words.
    await postKeyed(t, w.member, w.defaultChannelId, unique('key'), { text: 'Einmal, bitte' });
    expect(await textsIn(w.owner, w.defaultChannelId)).toEqual(['Einmal, bitte', 'Einmal, bitte']);
  });

  it('keeps thread replies and direct messages single too', async () => {
    const w = await chatWorkspace(t);
    const root = await post(t, w.owner, w.defaultChannelId, 'Frage');
    const reply = { text: 'Antwort', threadRootId: root.id };
    const key = unique('key');
    const answers = [
      await postKeyed(t, w.member, w.defaultChannelId, key, reply),
      await postKeyed(t, w.member, w.defaultChannelId, key, reply),
    ];
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201]);
    const thread = await ok<Thread>(t, w.owner, 'GET', `/api/messages/${root.id}/thread`);
    expect(thread.root.replyCount).toBe(1);
    expect(thread.replies.map((r) => r.text)).toEqual(['Antwort']);

    const [a, b] = [await createPerson(t), await createPerson(t)];
    const direct = await ok<ChannelSummary>(t, a, 'POST', '/api/conversations', { personIds: [b.id] }, 201);
    const dmKey = unique('key');
    for (let i = 0; i < 3; i += 1) {
      expect((await postKeyed(t, a, direct.id, dmKey, { text: 'Hallo B' })).statusCode).toBe(201);
    }
    expect(await textsIn(b, direct.id)).toEqual(['Hallo B']);
  });

  it('lets two requests with one key at once write once', async () => {
    const w = await chatWorkspace(t);
    const key = unique('key');
    const both = await Promise.all(
      [0, 1].map(() => postKeyed(t, w.member, w.defaultChannelId, key, { text: 'Gleichzeitig' })),
    );
    expect(both.map((r) => r.statusCode)).toEqual([201, 201]);
    expect(both[1]?.json()).toEqual(both[0]?.json());
    expect(await textsIn(w.owner, w.defaultChannelId)).toEqual(['Gleichzeitig']);
  });

  it('refuses the key with another request (422) and stores nothing for it', async () => {
    const w = await chatWorkspace(t);
    const other = await ok<ChannelSummary>(
      t,
      w.owner,
      'POST',
      `/api/workspaces/${w.workspaceId}/channels`,
      { name: `kanal-${unique('c')}`, closed: false },
      201,
    );
    const key = unique('key');
    await postKeyed(t, w.member, w.defaultChannelId, key, { text: 'Erste' });
    const changed = problemOf(await postKeyed(t, w.member, w.defaultChannelId, key, { text: 'Zweite' }), 422);
    expect(changed.type).toBe('/problems/idempotency-key-reused');
    const elsewhere = await postKeyed(t, w.member, other.id, key, { text: 'Erste' });
    expect(problemOf(elsewhere, 422).type).toBe('/problems/idempotency-key-reused');
    expect(await textsIn(w.owner, w.defaultChannelId)).toEqual(['Erste']);
    expect(await textsIn(w.owner, other.id)).toEqual([]);
  });

  it('keeps a key only with a stored post: after a refused attempt the key is still free', async () => {
    const w = await chatWorkspace(t);
    const key = unique('key');
    const refused = await postKeyed(t, w.member, w.defaultChannelId, key, {
      text: 'Mit Anhang',
      attachmentIds: ['0190f1f0-0000-7000-8000-000000000000'],
    });
    expect(problemOf(refused, 400).type).toBe('/problems/validation');
    const stored = await postKeyed(t, w.member, w.defaultChannelId, key, { text: 'Ohne Anhang' });
    expect(stored.statusCode, stored.body).toBe(201);
  });

  it('gives nobody else the first person’s answer', async () => {
    const w = await chatWorkspace(t);
    const key = unique('key');
    const mine = await postKeyed(t, w.member, w.defaultChannelId, key, { text: 'Von mir' });
    // Another member with the same key and words posts their own message.
    const theirs = await postKeyed(t, w.owner, w.defaultChannelId, key, { text: 'Von mir' });
    expect(theirs.statusCode).toBe(201);
    expect(theirs.json().id).not.toBe(mine.json().id);
    expect((theirs.json() as ChatMessage).author.id).toBe(w.owner.id);
    // Outsiders and signed-out callers learn nothing about the channel or the stored answer.
    expect(problemOf(await postKeyed(t, w.outsider, w.defaultChannelId, key, { text: 'Von mir' }), 404).type).toBe(
      '/problems/not-found',
    );
    expect(problemOf(await postKeyed(t, null, w.defaultChannelId, key, { text: 'Von mir' }), 401).type).toBe(
      '/problems/unauthenticated',
    );
    expect(await textsIn(w.owner, w.defaultChannelId)).toEqual(['Von mir', 'Von mir']);
  });

  it('takes 1 to 200 printable ASCII characters as a key, else 400', async () => {
    const w = await chatWorkspace(t);
    const longest = await postKeyed(t, w.member, w.defaultChannelId, 'k'.repeat(200), { text: 'lang' });
    expect(longest.statusCode, longest.body).toBe(201);
    expect((await postKeyed(t, w.member, w.defaultChannelId, '"a b~c"', { text: 'sf-string' })).statusCode).toBe(201);
    for (const key of ['', 'k'.repeat(201), 'schlüssel', 'tab\there']) {
      const problem = problemOf(await postKeyed(t, w.member, w.defaultChannelId, key, { text: 'nie' }), 400);
      expect(problem.type).toBe('/problems/validation');
      expect(problem.errors?.[0]?.field).toBe('headers:/idempotency-key');
    }
    expect(await textsIn(w.owner, w.defaultChannelId)).toEqual(['lang', 'sf-string']);
  });
});

// Two apps on one PostgreSQL database are two server processes: the key is in the database, not in
// a process, so a retry that reaches another process (or a restarted one) finds it. Skipped on PGlite,
// whose database lives inside one process: there is no second process to share it with.
describe.skipIf(!process.env.DATABASE_URL)('an Idempotency-Key across processes', () => {
  it('answers the retry on the other process as the first, also when both arrive at once', async () => {
    const other = await buildTestApp();
    const w = await chatWorkspace(t);
    const key = unique('key');
    const first = await postKeyed(t, w.member, w.defaultChannelId, key, { text: 'Über zwei Prozesse' });
    const retry = await postKeyed(other, w.member, w.defaultChannelId, key, { text: 'Über zwei Prozesse' });
    expect(retry.statusCode).toBe(201);
    expect(retry.json()).toEqual(first.json());

    const both = unique('key');
    const answers = await Promise.all(
      [t, other].map((app) => postKeyed(app, w.member, w.defaultChannelId, both, { text: 'Zugleich' })),
    );
    expect(answers.map((a) => a.statusCode)).toEqual([201, 201]);
    expect(answers[1]?.json()).toEqual(answers[0]?.json());
    expect(await textsIn(w.owner, w.defaultChannelId)).toEqual(['Über zwei Prozesse', 'Zugleich']);
  });
});
