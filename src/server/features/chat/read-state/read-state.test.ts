import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ChannelSummary, Sidebar } from '../../../../shared/contracts/chat.ts';
import { createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { notifications } from '../../notifications/tables.ts';
import { call, chatWorkspace, ok, post } from '../chat-fixtures.ts';

const t = await buildTestApp();

async function summaryOf(person: TestPerson, channelId: string): Promise<ChannelSummary> {
  const sidebar = await ok<Sidebar>(t, person, 'GET', '/api/chat/sidebar');
  const all = [...sidebar.workspaces.flatMap((w) => w.channels), ...sidebar.conversations];
  const found = all.find((c) => c.id === channelId);
  if (!found) throw new Error(`channel ${channelId} not in the sidebar`);
  return found;
}

const notificationsOf = (person: TestPerson, kind: string) =>
  t.deps.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.personId, person.id), eq(notifications.kind, kind)));

describe('mentions', () => {
  it('resolves @Name among those who read the channel, notifies them and counts a badge', async () => {
    const w = await chatWorkspace(t, { owner: 'Anna Schulz', member: 'Anna Schulz-Weber', guest: 'Gustav Gast' });
    const message = await post(
      t,
      w.member,
      w.defaultChannelId,
      'Hallo @anna schulz, bitte prüfen. `@Anna Schulz-Weber` zählt nicht, @Gustav Gast liest hier nicht mit.',
    );
    expect(message.mentions).toEqual([{ id: w.owner.id, name: 'Anna Schulz' }]);
    expect(message.html).toContain(`<span class="mention" data-person-id="${w.owner.id}">@anna schulz</span>`);
    expect(await summaryOf(w.owner, w.defaultChannelId)).toMatchObject({ unreadCount: 1, mentionCount: 1 });
    const longer = await post(t, w.owner, w.defaultChannelId, 'Danke @Anna Schulz-Weber!');
    expect(longer.mentions.map((m) => m.id)).toEqual([w.member.id]);

    const [mention] = await notificationsOf(w.owner, 'mention');
    expect(mention?.data).toMatchObject({
      actorName: 'Anna Schulz-Weber',
      channelName: 'allgemein',
      channelId: w.defaultChannelId,
      seq: message.seq,
      messageId: message.id,
    });
    expect(mention?.link).toBe(`/chat/${w.defaultChannelId}?message=${message.id}`);
    expect(await notificationsOf(w.guest, 'mention')).toEqual([]);

    const everyone = await post(t, w.owner, w.defaultChannelId, 'Alle mal herhören, @channel!');
    expect(everyone.mentionsChannel).toBe(true);
    expect(everyone.html).toContain('<span class="mention mention-channel">@channel</span>');
    expect(await summaryOf(w.member, w.defaultChannelId)).toMatchObject({ unreadCount: 2, mentionCount: 2 });
    expect(await notificationsOf(w.member, 'mention')).toHaveLength(2);
  });

  it('follows the notify level: muted hears nothing, mentions only mentions, all also direct messages', async () => {
    const w = await chatWorkspace(t);
    const url = `/api/channels/${w.defaultChannelId}/notify`;
    await ok(t, w.owner, 'PUT', url, { level: 'muted' });
    await post(t, w.member, w.defaultChannelId, `@${w.owner.name} stumm?`);
    expect(await notificationsOf(w.owner, 'mention')).toEqual([]);
    expect(await summaryOf(w.owner, w.defaultChannelId)).toMatchObject({ notify: 'muted', mentionCount: 1 });
    expect((await call(t, w.owner, 'PUT', url, { level: 'loud' })).statusCode).toBe(400);
    expect((await call(t, w.owner, 'PUT', url, {})).statusCode).toBe(400);
    expect((await call(t, w.guest, 'PUT', url, { level: 'all' })).statusCode).toBe(404);
    expect((await call(t, null, 'PUT', url, { level: 'all' })).statusCode).toBe(401);

    const [a, b, c] = [await createPerson(t), await createPerson(t), await createPerson(t)];
    const dm = await ok<ChannelSummary>(t, a, 'POST', '/api/conversations', { personIds: [b.id] }, 201);
    await post(t, a, dm.id, 'Eine Frage');
    expect(await notificationsOf(b, 'direct-message')).toHaveLength(1);
    await ok(t, b, 'PUT', `/api/channels/${dm.id}/notify`, { level: 'mentions' });
    await post(t, a, dm.id, 'Noch eine');
    expect(await notificationsOf(b, 'direct-message')).toHaveLength(1);
    await post(t, a, dm.id, `@${b.name} jetzt aber`);
    expect(await notificationsOf(b, 'mention')).toHaveLength(1);
    const group = await ok<ChannelSummary>(t, a, 'POST', '/api/conversations', { personIds: [b.id, c.id] }, 201);
    await post(t, a, group.id, 'An alle drei');
    const [forC] = await notificationsOf(c, 'direct-message');
    expect(forC?.data).toMatchObject({ actorName: a.name, channelId: group.id, excerpt: 'An alle drei' });
    expect(await notificationsOf(a, 'direct-message')).toEqual([]);
  });
});

describe('unread counts and POST /api/channels/:id/read', () => {
  it('counts others’ unread messages (not thread-only replies) and moves the read position forward only', async () => {
    const w = await chatWorkspace(t);
    const root = await post(t, w.owner, w.defaultChannelId, 'Eins');
    await post(t, w.owner, w.defaultChannelId, `Zwei @${w.member.name}`);
    await post(t, w.owner, w.defaultChannelId, 'nur im Thread', { threadRootId: root.id });
    await post(t, w.member, w.defaultChannelId, 'Meine eigene zählt nicht', { threadRootId: root.id });
    const three = await post(t, w.owner, w.defaultChannelId, 'Drei');
    expect(await summaryOf(w.member, w.defaultChannelId)).toMatchObject({
      unreadCount: 3,
      mentionCount: 1,
      lastReadSeq: 0,
    });

    const url = `/api/channels/${w.defaultChannelId}/read`;
    expect(await ok(t, w.member, 'POST', url, { seq: 2 })).toEqual({ lastReadSeq: 2 });
    expect(await summaryOf(w.member, w.defaultChannelId)).toMatchObject({ unreadCount: 1, mentionCount: 0 });
    const [mention] = await notificationsOf(w.member, 'mention');
    expect(mention?.readAt).not.toBeNull();
    expect(await ok(t, w.member, 'POST', url, { seq: 1 })).toEqual({ lastReadSeq: 2 });
    expect(await ok(t, w.member, 'POST', url, { seq: 9999 })).toEqual({ lastReadSeq: three.seq });
    expect(await summaryOf(w.member, w.defaultChannelId)).toMatchObject({ unreadCount: 0, lastReadSeq: three.seq });
    const page = await ok<{ lastReadSeq: number }>(t, w.member, 'GET', `/api/channels/${w.defaultChannelId}/messages`);
    expect(page.lastReadSeq).toBe(three.seq);

    for (const body of [{}, { seq: -1 }, { seq: '3' }, { seq: 1.5 }, { seq: 1, x: 1 }]) {
      expect(problemOf(await call(t, w.member, 'POST', url, body), 400).type).toBe('/problems/validation');
    }
    expect((await call(t, w.guest, 'POST', url, { seq: 1 })).statusCode).toBe(404);
    expect((await call(t, null, 'POST', url, { seq: 1 })).statusCode).toBe(401);
  });

  it('marks what the author writes as read for them', async () => {
    const w = await chatWorkspace(t);
    await post(t, w.owner, w.defaultChannelId, 'Vorher');
    const mine = await post(t, w.member, w.defaultChannelId, 'Gesehen und geantwortet');
    expect(await summaryOf(w.member, w.defaultChannelId)).toMatchObject({ unreadCount: 0, lastReadSeq: mine.seq });
  });
});
