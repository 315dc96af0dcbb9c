import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ChatMessage, MessagePage } from '../../../../shared/contracts/chat.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { type call, chatWorkspace, ok, post } from '../chat-fixtures.ts';
import { messages } from '../tables.ts';

// The page reads HTML and reactions from the message row; these check that the row keeps up with
// every write, so what a reader sees on the page is what the writer was answered.
const t = await buildTestApp();

async function row(messageId: string) {
  const [found] = await t.deps.db.select().from(messages).where(eq(messages.id, messageId));
  return found;
}

async function pageMessage(person: Parameters<typeof call>[1], channelId: string, messageId: string) {
  const page = await ok<MessagePage>(t, person, 'GET', `/api/channels/${channelId}/messages?around=${messageId}`);
  return page.messages.find((m) => m.id === messageId) as ChatMessage;
}

describe('stored HTML', () => {
  it('is written with the message and replaced when it is edited or deleted', async () => {
    const w = await chatWorkspace(t, { member: 'Mia Meier' });
    const message = await post(t, w.owner, w.defaultChannelId, 'Erste **Fassung**');
    expect((await row(message.id))?.html).toBe(message.html);
    expect(message.html).toContain('<strong>Fassung</strong>');

    const edited = await ok<ChatMessage>(t, w.owner, 'PATCH', `/api/messages/${message.id}`, {
      text: 'Zweite _Fassung_ für @Mia Meier',
    });
    expect((await row(message.id))?.html).toBe(edited.html);
    const onPage = await pageMessage(w.member, w.defaultChannelId, message.id);
    expect(onPage.html).toBe(edited.html);
    expect(onPage.html).toContain('<em>Fassung</em>');
    expect(onPage.html).not.toContain('<strong>');
    expect(onPage.html).toContain(`<span class="mention" data-person-id="${w.member.id}">@Mia Meier</span>`);
    expect(onPage.mentions).toEqual([{ id: w.member.id, name: 'Mia Meier' }]);

    await ok(t, w.owner, 'DELETE', `/api/messages/${message.id}`, undefined, 204);
    expect((await row(message.id))?.html).toBe('');
    expect(await pageMessage(w.member, w.defaultChannelId, message.id)).toMatchObject({ text: '', html: '' });
  });

  it('is rendered on reading for messages stored before HTML was kept', async () => {
    const w = await chatWorkspace(t);
    const message = await post(t, w.owner, w.defaultChannelId, 'Alt, aber `lesbar`');
    await t.deps.db.update(messages).set({ html: null }).where(eq(messages.id, message.id));
    const onPage = await pageMessage(w.member, w.defaultChannelId, message.id);
    expect(onPage.html).toBe(message.html);
    expect(onPage.html).toContain('<code>lesbar</code>');
  });
});

describe('reaction summary on the message', () => {
  it('follows every reaction given and taken back, and goes with the message', async () => {
    const w = await chatWorkspace(t);
    const message = await post(t, w.owner, w.defaultChannelId, 'Einverstanden?');
    const url = (emoji: string) => `/api/messages/${message.id}/reactions/${encodeURIComponent(emoji)}`;
    await ok(t, w.member, 'PUT', url('🎉'));
    await ok(t, w.owner, 'PUT', url('👍'));
    await ok(t, w.member, 'PUT', url('👍'));
    expect((await row(message.id))?.reactions).toEqual([
      { emoji: '🎉', personIds: [w.member.id] },
      { emoji: '👍', personIds: [w.owner.id, w.member.id] },
    ]);
    expect((await pageMessage(w.member, w.defaultChannelId, message.id)).reactions).toEqual([
      { emoji: '🎉', count: 1, personIds: [w.member.id] },
      { emoji: '👍', count: 2, personIds: [w.owner.id, w.member.id] },
    ]);

    await ok(t, w.member, 'DELETE', url('🎉'));
    await ok(t, w.owner, 'DELETE', url('👍'));
    // Taking back what one never gave changes nothing.
    await ok(t, w.owner, 'DELETE', url('🎉'));
    expect((await pageMessage(w.member, w.defaultChannelId, message.id)).reactions).toEqual([
      { emoji: '👍', count: 1, personIds: [w.member.id] },
    ]);

    await ok(t, w.member, 'DELETE', url('👍'));
    expect((await row(message.id))?.reactions).toEqual([]);
    await ok(t, w.owner, 'PUT', url('👀'));
    await ok(t, w.owner, 'DELETE', `/api/messages/${message.id}`, undefined, 204);
    expect((await row(message.id))?.reactions).toEqual([]);
    expect((await pageMessage(w.member, w.defaultChannelId, message.id)).reactions).toEqual([]);
  });
});

describe('pages of every size', () => {
  it('answers the newest n messages for each limit, however many page shapes were asked before', async () => {
    const w = await chatWorkspace(t);
    for (let i = 1; i <= 12; i += 1) await post(t, w.owner, w.defaultChannelId, `Punkt ${i}`);
    // More shapes than the server keeps prepared statements for, so the last ones run unprepared.
    for (let limit = 1; limit <= 40; limit += 1) {
      const page = await ok<MessagePage>(
        t,
        w.member,
        'GET',
        `/api/channels/${w.defaultChannelId}/messages?limit=${limit}`,
      );
      const expected = Math.min(limit, 12);
      expect(page.messages.map((m) => m.text)).toEqual(
        Array.from({ length: expected }, (_, k) => `Punkt ${12 - expected + 1 + k}`),
      );
      expect(page.hasMoreBefore).toBe(limit < 12);
    }
  });
});
