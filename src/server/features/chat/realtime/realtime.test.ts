import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openSocket, type TestSocket, type WireMessage } from '../../../platform/events/ws-test-client.ts';
import type { TestPerson } from '../../../test/factories.ts';
import { buildTestApp, TEST_ORIGIN } from '../../../test/test-app.ts';
import { addToChannel, chatWorkspace, createChannel, ok, post } from '../chat-fixtures.ts';

const t = await buildTestApp();
await t.app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;

const open: TestSocket[] = [];
async function connect(person: TestPerson) {
  const socket = await openSocket(base, { cookie: person.cookie, origin: TEST_ORIGIN });
  open.push(socket);
  return socket;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

const created = (text: string) => (m: WireMessage) =>
  m.type === 'message.created' && (m.message as { text?: string } | undefined)?.text === text;
const texts = (socket: TestSocket) =>
  socket.messages.filter((m) => m.type === 'message.created').map((m) => (m.message as { text: string }).text);
const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));

describe('message events on /api/realtime', () => {
  it('delivers message.created to the channel’s readers only, and stops at once when someone is removed', async () => {
    const w = await chatWorkspace(t);
    const closed = await createChannel(t, w.owner, w.workspaceId, true);
    await addToChannel(t, w.owner, closed.id, w.member);
    await addToChannel(t, w.owner, closed.id, w.guest);
    const [memberSocket, guestSocket, outsiderSocket] = [
      await connect(w.member),
      await connect(w.guest),
      await connect(w.outsider),
    ];

    const first = await post(t, w.owner, closed.id, 'Erste Nachricht');
    const received = await memberSocket.next(created('Erste Nachricht'));
    expect(received).toEqual({
      type: 'message.created',
      channelId: closed.id,
      message: first,
      id: expect.any(String),
      position: expect.any(Number),
      at: expect.any(String),
    });
    await guestSocket.next(created('Erste Nachricht'));

    // The guest sees nothing of the default channel, which they were never added to.
    await post(t, w.owner, w.defaultChannelId, 'Nur für Mitglieder');
    await memberSocket.next(created('Nur für Mitglieder'));

    await ok(t, w.owner, 'DELETE', `/api/channels/${closed.id}/members/${w.member.id}`, undefined, 204);
    await ok(t, w.owner, 'DELETE', `/api/workspaces/${w.workspaceId}/members/${w.guest.id}`, undefined, 204);
    await post(t, w.owner, closed.id, 'Nach dem Entfernen');
    await post(t, w.owner, w.defaultChannelId, 'Marke');
    await memberSocket.next(created('Marke'));
    await sleep(200);
    expect(texts(memberSocket)).toEqual(['Erste Nachricht', 'Nur für Mitglieder', 'Marke']);
    expect(texts(guestSocket)).toEqual(['Erste Nachricht']);
    expect(memberSocket.messages.some((m) => m.type === 'channel.member.removed' && m.personId === w.member.id)).toBe(
      true,
    );
    expect(texts(outsiderSocket)).toEqual([]);
  });

  it('tells readers of edits, deletions, reactions and thread replies, and a person’s other devices of their reading', async () => {
    const w = await chatWorkspace(t);
    const [ownerSocket, memberPhone, memberLaptop] = [
      await connect(w.owner),
      await connect(w.member),
      await connect(w.member),
    ];
    const root = await post(t, w.owner, w.defaultChannelId, 'Wurzel');
    await ok(t, w.owner, 'PATCH', `/api/messages/${root.id}`, { text: 'Wurzel, bearbeitet' });
    const updated = await memberPhone.next((m) => m.type === 'message.updated');
    expect(updated).toMatchObject({
      channelId: w.defaultChannelId,
      message: { id: root.id, text: 'Wurzel, bearbeitet' },
    });

    await ok(t, w.member, 'PUT', `/api/messages/${root.id}/reactions/${encodeURIComponent('🎉')}`);
    const reaction = await ownerSocket.next((m) => m.type === 'reaction.changed');
    expect(reaction).toMatchObject({
      channelId: w.defaultChannelId,
      messageId: root.id,
      reactions: [{ emoji: '🎉', count: 1, personIds: [w.member.id] }],
    });

    const reply = await post(t, w.member, w.defaultChannelId, 'Antwort im Thread', { threadRootId: root.id });
    const thread = await ownerSocket.next((m) => m.type === 'thread.updated');
    expect(thread).toMatchObject({
      channelId: w.defaultChannelId,
      messageId: root.id,
      replyCount: 1,
      lastReplierIds: [w.member.id],
      lastReplyAt: expect.any(String),
    });
    expect(await ownerSocket.next(created('Antwort im Thread'))).toMatchObject({ message: { threadRootId: root.id } });

    await ok(t, w.member, 'DELETE', `/api/messages/${reply.id}`, undefined, 204);
    const deleted = await ownerSocket.next((m) => m.type === 'message.deleted');
    expect(deleted).toMatchObject({
      channelId: w.defaultChannelId,
      messageId: reply.id,
      message: { text: '', deletedAt: expect.any(String) },
    });

    await ok(t, w.member, 'POST', `/api/channels/${w.defaultChannelId}/read`, { seq: root.seq });
    for (const device of [memberPhone, memberLaptop]) {
      expect(await device.next((m) => m.type === 'channel.read' && m.seq === root.seq)).toMatchObject({
        channelId: w.defaultChannelId,
      });
    }
    await sleep(100);
    expect(ownerSocket.messages.some((m) => m.type === 'channel.read')).toBe(false);
  });
});

describe('typing and presence', () => {
  it('passes typing on to the channel’s other readers only, without storing it', async () => {
    const w = await chatWorkspace(t);
    const [ownerSocket, memberSocket, guestSocket, outsiderSocket] = [
      await connect(w.owner),
      await connect(w.member),
      await connect(w.guest),
      await connect(w.outsider),
    ];
    memberSocket.send({ type: 'typing', channelId: w.defaultChannelId });
    const typing = await ownerSocket.next((m) => m.type === 'typing');
    expect(typing).toEqual({
      type: 'typing',
      channelId: w.defaultChannelId,
      personId: w.member.id,
      name: w.member.name,
      at: expect.any(String),
    });
    // Someone who cannot read the channel cannot claim to type in it.
    outsiderSocket.send({ type: 'typing', channelId: w.defaultChannelId });
    memberSocket.send({ type: 'typing', channelId: 'no-channel' });
    await memberSocket.next((m) => m.type === 'error' && m.title === 'typing needs a channelId');
    await sleep(300);
    expect(ownerSocket.messages.filter((m) => m.type === 'typing')).toHaveLength(1);
    expect(memberSocket.messages.some((m) => m.type === 'typing')).toBe(false);
    expect(guestSocket.messages.some((m) => m.type === 'typing')).toBe(false);
  });

  it('shows online, away and offline to people who share a workspace', async () => {
    const w = await chatWorkspace(t);
    const ownerSocket = await connect(w.owner);
    const outsiderSocket = await connect(w.outsider);
    ownerSocket.send({ type: 'presence', status: 'online' });
    const memberSocket = await connect(w.member);
    const online = await ownerSocket.next(
      (m) => m.type === 'presence' && JSON.stringify(m.statuses).includes(w.member.id),
    );
    expect(online.statuses).toEqual([{ personId: w.member.id, status: 'online' }]);
    memberSocket.send({ type: 'presence', status: 'online' });
    const snapshot = await memberSocket.next((m) => m.type === 'presence');
    expect(snapshot.statuses).toContainEqual({ personId: w.owner.id, status: 'online' });
    memberSocket.send({ type: 'presence', status: 'away' });
    await ownerSocket.next((m) => m.type === 'presence' && JSON.stringify(m.statuses).includes('"away"'));
    await memberSocket.close();
    await ownerSocket.next((m) => m.type === 'presence' && JSON.stringify(m.statuses).includes('"offline"'));
    outsiderSocket.send({ type: 'presence', status: 'sleeping' });
    await outsiderSocket.next((m) => m.type === 'error');
    expect(outsiderSocket.messages.some((m) => m.type === 'presence')).toBe(false);
  });
});

describe('resume', () => {
  it('replays what a reconnecting member missed, but not what they may no longer read', async () => {
    const w = await chatWorkspace(t);
    const closed = await createChannel(t, w.owner, w.workspaceId, true);
    await addToChannel(t, w.owner, closed.id, w.member);
    const first = await connect(w.member);
    await post(t, w.owner, closed.id, 'Vor der Trennung');
    const last = await first.next(created('Vor der Trennung'));
    await first.close();

    await post(t, w.owner, w.defaultChannelId, 'Verpasst 1');
    await post(t, w.owner, closed.id, 'Verpasst 2');
    await ok(t, w.owner, 'DELETE', `/api/channels/${closed.id}/members/${w.member.id}`, undefined, 204);
    await post(t, w.owner, closed.id, 'Nicht mehr für dich');
    await post(t, w.owner, w.defaultChannelId, 'Verpasst 3');

    const second = await connect(w.member);
    second.send({ type: 'resume', after: last.position });
    await second.next(created('Verpasst 3'));
    // Rights count at delivery: the closed channel's messages are no longer theirs, even those from before.
    expect(texts(second)).toEqual(['Verpasst 1', 'Verpasst 3']);
  });
});
