import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ChatMessage, MessagePage, Thread } from '../../../../shared/contracts/chat.ts';
import { auditLog } from '../../../platform/audit/tables.ts';
import { newId } from '../../../platform/db/ids.ts';
import { createPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { addToChannel, call, chatWorkspace, createChannel, ok, post } from '../chat-fixtures.ts';

const t = await buildTestApp();

describe('POST /api/channels/:id/messages', () => {
  it('stores the Markdown, renders a safe subset and numbers the messages', async () => {
    const w = await chatWorkspace(t);
    const text =
      '**fett** _kursiv_ `code` <script>alert(1)</script>\n\n- eins\n- zwei\n\n[Seite](https://example.org) [böse](javascript:alert(1))';
    const message = await post(t, w.member, w.defaultChannelId, text);
    expect(message).toMatchObject({
      channelId: w.defaultChannelId,
      seq: 1,
      author: { id: w.member.id, name: w.member.name },
      text,
      threadRootId: null,
      replyCount: 0,
      editedAt: null,
      deletedAt: null,
      reactions: [],
      attachments: [],
    });
    expect(message.html).toContain('<strong>fett</strong>');
    expect(message.html).toContain('<em>kursiv</em>');
    expect(message.html).toContain('<code>code</code>');
    expect(message.html).toContain('<li>eins</li>');
    expect(message.html).toContain('&lt;script&gt;');
    expect(message.html).not.toContain('<script');
    expect(message.html).toContain('<a href="https://example.org" rel="noopener nofollow" target="_blank">Seite</a>');
    expect(message.html).not.toContain('href="javascript');
    const fence = await post(t, w.member, w.defaultChannelId, '```\n<b>roh</b>\n```');
    expect(fence.seq).toBe(2);
    expect(fence.html).toBe('<pre><code>&lt;b&gt;roh&lt;/b&gt;\n</code></pre>\n');
  });

  it('takes 16,000 characters and no more; refuses blank and malformed input', async () => {
    const w = await chatWorkspace(t);
    const url = `/api/channels/${w.defaultChannelId}/messages`;
    const longest = await post(t, w.member, w.defaultChannelId, 'ä'.repeat(16_000));
    expect(longest.text).toHaveLength(16_000);
    expect(problemOf(await call(t, w.member, 'POST', url, { text: 'ä'.repeat(16_001) }), 400).type).toBe(
      '/problems/validation',
    );
    for (const body of [
      {},
      { text: '' },
      { text: 7 },
      { text: 'a', extra: true },
      { text: 'a', threadRootId: 'x' },
      { text: 'a', attachmentIds: 'x' },
    ]) {
      expect((await call(t, w.member, 'POST', url, body)).statusCode).toBe(400);
    }
    expect(problemOf(await call(t, w.member, 'POST', url, { text: ' \n\t ' }), 400).errors?.[0]?.field).toBe(
      'body:/text',
    );
    const malformed = await t.request({
      method: 'POST',
      url,
      cookie: w.member.cookie,
      headers: { 'content-type': 'application/json' },
      payload: '{"text":',
    });
    expect(problemOf(malformed, 400).type).toBe('/problems/malformed-json');
    expect((await call(t, w.member, 'POST', `/api/channels/${newId()}/messages`, { text: 'a' })).statusCode).toBe(404);
    expect((await call(t, w.member, 'POST', url, { text: 'a', threadRootId: newId() })).statusCode).toBe(404);
  });

  it('keeps out whoever may not read the channel', async () => {
    const w = await chatWorkspace(t);
    const closed = await createChannel(t, w.owner, w.workspaceId, true);
    for (const [person, channelId] of [
      [w.outsider, w.defaultChannelId],
      [w.guest, w.defaultChannelId],
      [w.guest, closed.id],
      [w.member, closed.id],
    ] as const) {
      const res = await call(t, person, 'POST', `/api/channels/${channelId}/messages`, { text: 'Hallo' });
      expect(problemOf(res, 404).type).toBe('/problems/not-found');
    }
    expect(
      (await call(t, null, 'POST', `/api/channels/${w.defaultChannelId}/messages`, { text: 'a' })).statusCode,
    ).toBe(401);
    expect((await call(t, null, 'GET', `/api/channels/${w.defaultChannelId}/messages`)).statusCode).toBe(401);
    await addToChannel(t, w.owner, closed.id, w.guest);
    await post(t, w.guest, closed.id, 'Jetzt bin ich drin');
  });
});

describe('PATCH and DELETE /api/messages/:id', () => {
  it('lets only the author edit; the author or an owner delete, leaving a tombstone', async () => {
    const w = await chatWorkspace(t);
    const message = await post(t, w.member, w.defaultChannelId, 'Erste Fassung');
    const url = `/api/messages/${message.id}`;
    const edited = await ok<ChatMessage>(t, w.member, 'PATCH', url, { text: 'Zweite **Fassung**' });
    expect(edited).toMatchObject({ text: 'Zweite **Fassung**', id: message.id, seq: message.seq });
    expect(edited.editedAt).not.toBeNull();
    expect(edited.html).toContain('<strong>Fassung</strong>');
    expect(problemOf(await call(t, w.owner, 'PATCH', url, { text: 'Übernahme' }), 403).type).toBe(
      '/problems/forbidden',
    );
    expect((await call(t, w.outsider, 'PATCH', url, { text: 'x' })).statusCode).toBe(404);
    expect((await call(t, w.guest, 'DELETE', url)).statusCode).toBe(404);
    expect((await call(t, null, 'PATCH', url, { text: 'x' })).statusCode).toBe(401);
    expect((await call(t, w.member, 'PATCH', url, { text: 'x'.repeat(16_001) })).statusCode).toBe(400);
    expect((await call(t, w.member, 'PATCH', url, {})).statusCode).toBe(400);
    expect((await call(t, w.member, 'PATCH', `/api/messages/${newId()}`, { text: 'x' })).statusCode).toBe(404);

    const other = await post(t, w.owner, w.defaultChannelId, 'Vom Owner');
    expect(problemOf(await call(t, w.member, 'DELETE', `/api/messages/${other.id}`), 403).type).toBe(
      '/problems/forbidden',
    );

    await ok(t, w.owner, 'DELETE', url, undefined, 204);
    await ok(t, w.owner, 'DELETE', url, undefined, 204);
    const page = await ok<MessagePage>(t, w.member, 'GET', `/api/channels/${w.defaultChannelId}/messages`);
    const tombstone = page.messages.find((m) => m.id === message.id);
    expect(tombstone).toMatchObject({ text: '', html: '', reactions: [], attachments: [] });
    expect(tombstone?.deletedAt).not.toBeNull();
    expect(problemOf(await call(t, w.member, 'PATCH', url, { text: 'wieder da' }), 409).type).toBe(
      '/problems/message-deleted',
    );
    const moderated = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'chat.message_deleted'), eq(auditLog.subjectId, message.id)));
    expect(moderated).toHaveLength(1);
    await ok(t, w.owner, 'DELETE', `/api/messages/${other.id}`, undefined, 204);
  });
});

describe('threads', () => {
  it('counts replies and keeps the last three repliers, newest first', async () => {
    const w = await chatWorkspace(t);
    const extra = await createPerson(t);
    const closed = await createChannel(t, w.owner, w.workspaceId, true);
    for (const p of [w.member, w.guest]) await addToChannel(t, w.owner, closed.id, p);
    await ok(
      t,
      w.owner,
      'POST',
      `/api/workspaces/${w.workspaceId}/members`,
      { personId: extra.id, role: 'member' },
      201,
    );
    await addToChannel(t, w.owner, closed.id, extra);
    const root = await post(t, w.owner, closed.id, 'Wer kommt mit?');
    const replies = [];
    for (const person of [w.member, w.guest, extra, w.member]) {
      replies.push(await post(t, person, closed.id, `Ich (${person.name})`, { threadRootId: root.id }));
    }
    const viaReply = await post(t, w.owner, closed.id, 'Auch im Kanal', {
      threadRootId: replies[0]?.id,
      alsoInChannel: true,
    });
    expect(viaReply.threadRootId).toBe(root.id);

    const thread = await ok<Thread>(t, w.guest, 'GET', `/api/messages/${root.id}/thread`);
    expect(thread.root.replyCount).toBe(5);
    expect(thread.root.lastRepliers.map((p) => p.id)).toEqual([w.owner.id, w.member.id, extra.id]);
    expect(thread.root.lastReplyAt).not.toBeNull();
    expect(thread.replies.map((r) => r.id)).toEqual([...replies.map((r) => r.id), viaReply.id]);
    const fromReply = await ok<Thread>(t, w.guest, 'GET', `/api/messages/${replies[2]?.id}/thread`);
    expect(fromReply.root.id).toBe(root.id);

    // The channel shows the root and the reply also posted there, not the others.
    const page = await ok<MessagePage>(t, w.member, 'GET', `/api/channels/${closed.id}/messages`);
    expect(page.messages.map((m) => m.id)).toEqual([root.id, viaReply.id]);
    expect((await call(t, w.outsider, 'GET', `/api/messages/${root.id}/thread`)).statusCode).toBe(404);
    expect((await call(t, null, 'GET', `/api/messages/${root.id}/thread`)).statusCode).toBe(401);
    expect((await call(t, w.owner, 'GET', `/api/messages/${newId()}/thread`)).statusCode).toBe(404);
    // A thread root of another channel is no root here.
    const res = await call(t, w.owner, 'POST', `/api/channels/${w.defaultChannelId}/messages`, {
      text: 'x',
      threadRootId: root.id,
    });
    expect(res.statusCode).toBe(404);
  });
});

describe('reactions', () => {
  it('takes one emoji per call, counts people, and takes reactions back', async () => {
    const w = await chatWorkspace(t);
    const message = await post(t, w.owner, w.defaultChannelId, 'Beschlossen');
    const url = (emoji: string) => `/api/messages/${message.id}/reactions/${encodeURIComponent(emoji)}`;
    await ok(t, w.owner, 'PUT', url('👍'));
    await ok(t, w.member, 'PUT', url('👍'));
    await ok(t, w.member, 'PUT', url('👍'));
    await ok(t, w.member, 'PUT', url('👍🏽'));
    await ok(t, w.member, 'PUT', url('🇩🇪'));
    const answer = await ok<{ reactions: Array<{ emoji: string; count: number; personIds: string[] }> }>(
      t,
      w.owner,
      'PUT',
      url('👨‍👩‍👧'),
    );
    expect(answer.reactions).toEqual([
      { emoji: '👍', count: 2, personIds: [w.owner.id, w.member.id] },
      { emoji: '👍🏽', count: 1, personIds: [w.member.id] },
      { emoji: '🇩🇪', count: 1, personIds: [w.member.id] },
      { emoji: '👨‍👩‍👧', count: 1, personIds: [w.owner.id] },
    ]);
    const after = await ok<{ reactions: Array<{ emoji: string; count: number }> }>(t, w.owner, 'DELETE', url('👍'));
    expect(after.reactions[0]).toMatchObject({ emoji: '👍', count: 1 });
    for (const bad of ['a', '👍👍', 'ok', '<b>', '1']) {
      expect(problemOf(await call(t, w.owner, 'PUT', url(bad)), 400).type).toBe('/problems/validation');
    }
    expect((await call(t, w.guest, 'PUT', url('🎉'))).statusCode).toBe(404);
    expect((await call(t, null, 'PUT', url('🎉'))).statusCode).toBe(401);
    expect((await call(t, w.owner, 'PUT', `/api/messages/${newId()}/reactions/%F0%9F%8E%89`)).statusCode).toBe(404);
    const page = await ok<MessagePage>(t, w.member, 'GET', `/api/channels/${w.defaultChannelId}/messages`);
    expect(page.messages[0]?.reactions.map((r) => r.emoji)).toEqual(['👍', '👍🏽', '🇩🇪', '👨‍👩‍👧']);
  });
});

describe('GET /api/channels/:id/messages', () => {
  it('pages backwards and forwards and centres on a message', async () => {
    const w = await chatWorkspace(t);
    const channel = await createChannel(t, w.owner, w.workspaceId);
    const url = `/api/channels/${channel.id}/messages`;
    const posted: ChatMessage[] = [];
    for (let i = 1; i <= 30; i += 1) posted.push(await post(t, w.owner, channel.id, `Nachricht ${i}`));
    const seqs = (page: MessagePage) => page.messages.map((m) => m.seq);

    const latest = await ok<MessagePage>(t, w.member, 'GET', `${url}?limit=10`);
    expect(seqs(latest)).toEqual([21, 22, 23, 24, 25, 26, 27, 28, 29, 30]);
    expect(latest).toMatchObject({ hasMoreBefore: true, hasMoreAfter: false, lastReadSeq: 0 });
    const older = await ok<MessagePage>(t, w.member, 'GET', `${url}?before=21&limit=10`);
    expect(seqs(older)).toEqual([11, 12, 13, 14, 15, 16, 17, 18, 19, 20]);
    expect(older).toMatchObject({ hasMoreBefore: true, hasMoreAfter: true });
    const oldest = await ok<MessagePage>(t, w.member, 'GET', `${url}?before=11&limit=10`);
    expect(oldest).toMatchObject({ hasMoreBefore: false, hasMoreAfter: true });
    const newer = await ok<MessagePage>(t, w.member, 'GET', `${url}?after=25`);
    expect(seqs(newer)).toEqual([26, 27, 28, 29, 30]);
    expect(newer).toMatchObject({ hasMoreBefore: true, hasMoreAfter: false });

    const target = posted[14] as ChatMessage;
    const around = await ok<MessagePage>(t, w.member, 'GET', `${url}?around=${target.id}&limit=6`);
    expect(seqs(around)).toEqual([12, 13, 14, 15, 16, 17]);
    expect(around).toMatchObject({ hasMoreBefore: true, hasMoreAfter: true });
    const bySeq = await ok<MessagePage>(t, w.member, 'GET', `${url}?around=2&limit=6`);
    expect(seqs(bySeq)).toEqual([1, 2, 3, 4, 5, 6]);
    expect(bySeq.hasMoreAfter).toBe(true);
    const atEnd = await ok<MessagePage>(t, w.member, 'GET', `${url}?around=29&limit=6`);
    expect(seqs(atEnd)).toEqual([25, 26, 27, 28, 29, 30]);
    expect(atEnd).toMatchObject({ hasMoreBefore: true, hasMoreAfter: false });
    expect(bySeq.hasMoreBefore).toBe(false);

    for (const query of ['limit=101', 'limit=0', 'before=-1', 'after=x', 'around=nope', 'around=1;drop']) {
      expect((await call(t, w.member, 'GET', `${url}?${query}`)).statusCode).toBe(400);
    }
    expect((await call(t, w.member, 'GET', `${url}?around=${newId()}`)).statusCode).toBe(404);
    const elsewhere = await post(t, w.owner, w.defaultChannelId, 'anderswo');
    expect((await call(t, w.member, 'GET', `${url}?around=${elsewhere.id}`)).statusCode).toBe(404);
    const full = await ok<MessagePage>(t, w.member, 'GET', `${url}?limit=100`);
    expect(full.messages).toHaveLength(30);
  });
});
