import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ChannelDetail, ChatMessage, MessagePage } from '../../../../shared/contracts/chat.ts';
import { auditLog } from '../../../platform/audit/tables.ts';
import { createPerson, type TestPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { type CommunityWorld, communityWorld, createdCommunity, send } from './community-fixtures.ts';

// A community's moderators delete others' messages in the community's chat; the audit log keeps it
// under the network's name. Plain members delete only their own; outsiders do not see the messages.

let t: TestApp;
let w: CommunityWorld;
/** A member of the community who moderates another one. */
let elsewhere: TestPerson;

beforeAll(async () => {
  t = await buildTestApp();
  w = await communityWorld(t);
  elsewhere = await createPerson(t, { organisation: w.brilon, name: 'Mara Anderswo' });
});

const api = (id: string, rest = '') => `/api/network/communities/${id}${rest}`;

async function postIn(channelId: string, person: TestPerson, text: string): Promise<ChatMessage> {
  const res = await send(t, person, 'POST', `/api/channels/${channelId}/messages`, { text });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as ChatMessage;
}

async function messageOf(channelId: string, person: TestPerson, id: string): Promise<ChatMessage | undefined> {
  const res = await send(t, person, 'GET', `/api/channels/${channelId}/messages`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json() as MessagePage).messages.find((m) => m.id === id);
}

const auditOf = (messageId: string) =>
  t.deps.db
    .select({ action: auditLog.action, actorId: auditLog.actorId, details: auditLog.details })
    .from(auditLog)
    .where(and(eq(auditLog.subjectType, 'message'), eq(auditLog.subjectId, messageId)));

/** A community of the given kind with its chat on, the founder moderating, the colleague and `elsewhere` members. */
async function communityWithChat(joinPolicy: 'open' | 'request') {
  const c = await createdCommunity(t, w.founder, { name: `Räumdienst ${unique('mod')}`, joinPolicy });
  for (const person of [w.colleague, elsewhere]) {
    await send(t, person, 'POST', api(c.id, '/join'), { note: 'Hallo' });
    if (joinPolicy === 'request') await send(t, w.founder, 'POST', api(c.id, `/requests/${person.id}/accept`));
  }
  const opened = await send(t, w.founder, 'POST', api(c.id, '/channel'));
  expect(opened.statusCode, opened.body).toBe(201);
  return { community: c, channelId: (opened.json() as { channelId: string }).channelId };
}

describe('moderating a community’s chat', () => {
  it('lets a moderator delete a member’s message, with an audit entry in the network’s name', async () => {
    const { community, channelId } = await communityWithChat('request');
    const message = await postIn(channelId, w.colleague, 'Räumplan als Tabelle im Anhang, Telefonnummern inklusive');
    const res = await send(t, w.founder, 'DELETE', `/api/messages/${message.id}`);
    expect(res.statusCode, res.body).toBe(204);
    expect(await messageOf(channelId, w.colleague, message.id)).toMatchObject({
      text: '',
      html: '',
      deletedAt: expect.any(String),
      author: { id: w.colleague.id },
    });
    expect(await auditOf(message.id)).toEqual([
      {
        action: 'network.chat_message_deleted',
        actorId: w.founder.id,
        details: { channelId, communityId: community.id, communityName: community.name, authorId: w.colleague.id },
      },
    ]);
    // Once gone, again answers the same and writes nothing more.
    expect((await send(t, w.founder, 'DELETE', `/api/messages/${message.id}`)).statusCode).toBe(204);
    expect(await auditOf(message.id)).toHaveLength(1);
  });

  it('tells the chat who may delete others’ messages: the moderators, not the members', async () => {
    const { channelId } = await communityWithChat('open');
    const viewer = async (person: TestPerson) =>
      ((await send(t, person, 'GET', `/api/channels/${channelId}`)).json() as ChannelDetail).viewer;
    expect(await viewer(w.founder)).toMatchObject({ role: null, canDeleteOthers: true, canManage: false });
    expect(await viewer(w.colleague)).toMatchObject({ canDeleteOthers: false });
  });

  it('leaves a plain member their own messages only (403 for others’), the author’s deletion unaudited', async () => {
    const { channelId } = await communityWithChat('open');
    const moderators = await postIn(channelId, w.founder, 'Bitte keine Telefonnummern im Chat.');
    const colleagues = await postIn(channelId, w.colleague, 'Verstanden.');
    const mine = await postIn(channelId, elsewhere, 'Ich auch.');
    for (const [person, message] of [
      [w.colleague, moderators],
      [elsewhere, colleagues],
    ] as const) {
      const problem = problemOf(await send(t, person, 'DELETE', `/api/messages/${message.id}`), 403);
      expect(problem.type).toBe('/problems/forbidden');
      expect((await messageOf(channelId, w.founder, message.id))?.deletedAt).toBeNull();
    }
    expect((await send(t, elsewhere, 'DELETE', `/api/messages/${mine.id}`)).statusCode).toBe(204);
    expect(await auditOf(mine.id)).toEqual([]);
    expect(await auditOf(moderators.id)).toEqual([]);
  });

  it('follows the role: a member made moderator may delete, and no longer once made a member again', async () => {
    const { community, channelId } = await communityWithChat('open');
    const first = await postIn(channelId, w.colleague, 'Erste Nachricht');
    const second = await postIn(channelId, w.colleague, 'Zweite Nachricht');
    const promoted = await send(t, w.founder, 'PATCH', api(community.id, `/members/${elsewhere.id}`), {
      role: 'moderator',
    });
    expect(promoted.statusCode, promoted.body).toBe(204);
    expect((await send(t, elsewhere, 'DELETE', `/api/messages/${first.id}`)).statusCode).toBe(204);
    expect((await auditOf(first.id))[0]).toMatchObject({
      action: 'network.chat_message_deleted',
      actorId: elsewhere.id,
    });
    await send(t, w.founder, 'PATCH', api(community.id, `/members/${elsewhere.id}`), { role: 'member' });
    expect(problemOf(await send(t, elsewhere, 'DELETE', `/api/messages/${second.id}`), 403).status).toBe(403);
  });

  it('hides the messages from outsiders (404), also from a moderator of another community; 401 signed out; 400 bad IDs', async () => {
    const { channelId } = await communityWithChat('request');
    const message = await postIn(channelId, w.colleague, 'Nur für Mitglieder');
    // `other` moderates a community of their own, but is no member of this one.
    await createdCommunity(t, w.other, { name: `Eigene Gruppe ${unique('own')}` });
    expect(problemOf(await send(t, w.other, 'DELETE', `/api/messages/${message.id}`), 404).status).toBe(404);
    expect(problemOf(await send(t, null, 'DELETE', `/api/messages/${message.id}`), 401).status).toBe(401);
    expect(problemOf(await send(t, w.founder, 'DELETE', '/api/messages/kein-uuid'), 400).status).toBe(400);
    // Nothing happened to it.
    expect((await messageOf(channelId, w.founder, message.id))?.deletedAt).toBeNull();
  });

  it('ends a moderator’s reach with the membership: after leaving, the messages are out of sight (404)', async () => {
    const { community, channelId } = await communityWithChat('open');
    const message = await postIn(channelId, w.founder, 'Von der Moderation');
    await send(t, w.founder, 'PATCH', api(community.id, `/members/${w.colleague.id}`), { role: 'moderator' });
    const left = await send(t, w.colleague, 'POST', api(community.id, '/leave'));
    expect(left.statusCode, left.body).toBe(204);
    expect(problemOf(await send(t, w.colleague, 'DELETE', `/api/messages/${message.id}`), 404).status).toBe(404);
  });
});
