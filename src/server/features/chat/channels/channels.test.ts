import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { ChannelDetail, ChannelSummary, Sidebar } from '../../../../shared/contracts/chat.ts';
import { auditLog } from '../../../platform/audit/tables.ts';
import { newId } from '../../../platform/db/ids.ts';
import { createPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { addToChannel, addToWorkspace, call, chatWorkspace, createChannel, ok, post } from '../chat-fixtures.ts';

const t = await buildTestApp();

const channelsOf = (person: Parameters<typeof ok>[1], workspaceId: string) =>
  ok<ChannelSummary[]>(t, person, 'GET', `/api/workspaces/${workspaceId}/channels`);

describe('POST /api/workspaces/:id/channels', () => {
  it('lets owners and members open channels, not guests; outsiders do not find the workspace', async () => {
    const w = await chatWorkspace(t);
    const byOwner = await createChannel(t, w.owner, w.workspaceId);
    expect(byOwner).toMatchObject({ kind: 'channel', workspaceId: w.workspaceId, closed: false, isDefault: false });
    const byMember = await createChannel(t, w.member, w.workspaceId, true);
    expect(byMember.closed).toBe(true);
    const url = `/api/workspaces/${w.workspaceId}/channels`;
    expect(problemOf(await call(t, w.guest, 'POST', url, { name: 'gäste' }), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await call(t, w.outsider, 'POST', url, { name: 'fremd' }), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(t, null, 'POST', url, { name: 'anonym' }), 401).type).toBe('/problems/unauthenticated');
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'chat.channel_created'), eq(auditLog.subjectId, byMember.id)));
    expect(audit).toHaveLength(1);
  });

  it('refuses bad input and a second channel of the same name', async () => {
    const w = await chatWorkspace(t);
    const url = `/api/workspaces/${w.workspaceId}/channels`;
    for (const body of [
      {},
      { name: '' },
      { name: 'x'.repeat(81) },
      { name: 'a', extra: 1 },
      { name: 42 },
      { name: 'a', closed: 'yes' },
    ]) {
      expect(problemOf(await call(t, w.owner, 'POST', url, body), 400).type).toBe('/problems/validation');
    }
    expect(problemOf(await call(t, w.owner, 'POST', url, { name: '   ' }), 400).errors?.[0]?.field).toBe('body:/name');
    expect((await call(t, w.owner, 'POST', '/api/workspaces/not-a-uuid/channels', { name: 'a' })).statusCode).toBe(400);
    expect((await call(t, w.owner, 'POST', `/api/workspaces/${newId()}/channels`, { name: 'a' })).statusCode).toBe(404);
    await ok(t, w.owner, 'POST', url, { name: 'Planung  Süd' }, 201);
    expect(problemOf(await call(t, w.member, 'POST', url, { name: ' planung süd ' }), 409).type).toBe(
      '/problems/channel-name-taken',
    );
    expect(problemOf(await call(t, w.member, 'POST', url, { name: 'ALLGEMEIN' }), 409).type).toBe(
      '/problems/channel-name-taken',
    );
  });
});

describe('GET /api/workspaces/:id/channels', () => {
  it('shows members the open channels and closed ones they are in; guests only what they were added to', async () => {
    const w = await chatWorkspace(t);
    const open = await createChannel(t, w.owner, w.workspaceId);
    const closed = await createChannel(t, w.owner, w.workspaceId, true);
    const closedForGuest = await createChannel(t, w.owner, w.workspaceId, true);
    await addToChannel(t, w.owner, closedForGuest.id, w.guest);

    const ids = (list: ChannelSummary[]) => list.map((c) => c.id).sort();
    expect(ids(await channelsOf(w.owner, w.workspaceId))).toEqual(
      [w.defaultChannelId, open.id, closed.id, closedForGuest.id].sort(),
    );
    expect(ids(await channelsOf(w.member, w.workspaceId))).toEqual([w.defaultChannelId, open.id].sort());
    expect(ids(await channelsOf(w.guest, w.workspaceId))).toEqual([closedForGuest.id]);
    const url = `/api/workspaces/${w.workspaceId}/channels`;
    expect((await call(t, w.outsider, 'GET', url)).statusCode).toBe(404);
    expect((await call(t, null, 'GET', url)).statusCode).toBe(401);
    // What cannot be listed cannot be opened either.
    expect((await call(t, w.member, 'GET', `/api/channels/${closed.id}`)).statusCode).toBe(404);
    expect((await call(t, w.guest, 'GET', `/api/channels/${open.id}`)).statusCode).toBe(404);
    expect((await call(t, w.guest, 'GET', `/api/channels/${closed.id}/messages`)).statusCode).toBe(404);
  });
});

describe('PATCH /api/channels/:id', () => {
  it('lets the creator and owners rename and archive; others are refused', async () => {
    const w = await chatWorkspace(t);
    const channel = await createChannel(t, w.member, w.workspaceId);
    const url = `/api/channels/${channel.id}`;
    const renamed = await ok<ChannelSummary>(t, w.member, 'PATCH', url, { name: 'Haushalt 2027', topic: ' Zahlen ' });
    expect(renamed).toMatchObject({ name: 'Haushalt 2027', topic: 'Zahlen' });
    const other = await createPerson(t);
    await addToWorkspace(t, w.owner, w.workspaceId, other, 'member');
    expect(problemOf(await call(t, other, 'PATCH', url, { name: 'Übernahme' }), 403).type).toBe('/problems/forbidden');
    expect((await call(t, w.guest, 'PATCH', url, { name: 'x' })).statusCode).toBe(404);
    expect((await call(t, null, 'PATCH', url, { name: 'x' })).statusCode).toBe(401);
    expect((await call(t, w.owner, 'PATCH', url, { name: 'x'.repeat(81) })).statusCode).toBe(400);
    expect((await call(t, w.owner, 'PATCH', url, { archived: 'ja' })).statusCode).toBe(400);
    expect((await call(t, w.owner, 'PATCH', url, { name: 'allgemein' })).statusCode).toBe(409);

    const archived = await ok<ChannelSummary>(t, w.owner, 'PATCH', url, { archived: true });
    expect(archived.archivedAt).not.toBeNull();
    expect(problemOf(await call(t, w.member, 'POST', `${url}/messages`, { text: 'Hallo?' }), 409).type).toBe(
      '/problems/channel-archived',
    );
    // Still readable, and gone from the sidebar.
    expect((await call(t, w.member, 'GET', `${url}/messages`)).statusCode).toBe(200);
    const sidebar = await ok<Sidebar>(t, w.member, 'GET', '/api/chat/sidebar');
    const mine = sidebar.workspaces.find((s) => s.id === w.workspaceId);
    expect(mine?.channels.map((c) => c.id)).toEqual([w.defaultChannelId]);
    const restored = await ok<ChannelSummary>(t, w.member, 'PATCH', url, { archived: false });
    expect(restored.archivedAt).toBeNull();

    expect(
      problemOf(await call(t, w.owner, 'PATCH', `/api/channels/${w.defaultChannelId}`, { archived: true }), 409).type,
    ).toBe('/problems/default-channel');
  });
});

describe('channel members', () => {
  it('adds members to closed channels and guests to any; takes them out again', async () => {
    const w = await chatWorkspace(t);
    const closed = await createChannel(t, w.owner, w.workspaceId, true);
    const members = `/api/channels/${closed.id}/members`;
    await addToChannel(t, w.owner, closed.id, w.member);
    await addToChannel(t, w.owner, closed.id, w.member);
    expect((await channelsOf(w.member, w.workspaceId)).map((c) => c.id)).toContain(closed.id);
    await addToChannel(t, w.owner, w.defaultChannelId, w.guest);
    expect((await channelsOf(w.guest, w.workspaceId)).map((c) => c.id)).toEqual([w.defaultChannelId]);

    const list = await ok<{ items: Array<{ id: string; role: string | null }> }>(t, w.member, 'GET', members);
    expect(list.items.map((i) => i.id).sort()).toEqual([w.owner.id, w.member.id].sort());

    expect(problemOf(await call(t, w.owner, 'POST', members, { personId: w.outsider.id }), 409).type).toBe(
      '/problems/not-workspace-member',
    );
    const open = await createChannel(t, w.owner, w.workspaceId);
    expect(
      problemOf(await call(t, w.owner, 'POST', `/api/channels/${open.id}/members`, { personId: w.member.id }), 409)
        .type,
    ).toBe('/problems/reads-already');
    await addToChannel(t, w.owner, closed.id, w.guest);
    expect(problemOf(await call(t, w.guest, 'POST', members, { personId: w.owner.id }), 403).type).toBe(
      '/problems/forbidden',
    );
    expect((await call(t, w.outsider, 'POST', members, { personId: w.outsider.id })).statusCode).toBe(404);
    expect((await call(t, null, 'POST', members, { personId: w.member.id })).statusCode).toBe(401);
    expect((await call(t, w.owner, 'POST', members, { personId: 'nobody' })).statusCode).toBe(400);
    expect((await call(t, w.owner, 'POST', members, {})).statusCode).toBe(400);

    // The guest cannot remove others; the member leaves on their own; the owner removes the guest.
    expect((await call(t, w.guest, 'DELETE', `${members}/${w.member.id}`)).statusCode).toBe(403);
    await ok(t, w.member, 'DELETE', `${members}/${w.member.id}`, undefined, 204);
    expect((await call(t, w.member, 'GET', `/api/channels/${closed.id}`)).statusCode).toBe(404);
    await ok(t, w.owner, 'DELETE', `${members}/${w.guest.id}`, undefined, 204);
    expect((await call(t, w.guest, 'GET', `/api/channels/${closed.id}/messages`)).statusCode).toBe(404);
    expect((await call(t, w.owner, 'DELETE', `${members}/${w.guest.id}`)).statusCode).toBe(404);
    expect(
      problemOf(await call(t, w.owner, 'DELETE', `/api/channels/${open.id}/members/${w.owner.id}`), 404).type,
    ).toBe('/problems/not-found');
    const removed = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'chat.channel_member_removed'), eq(auditLog.subjectId, closed.id)));
    expect(removed.map((r) => r.details?.personId)).toEqual([w.guest.id]);
  });

  it('takes a person out of every channel when they leave the workspace', async () => {
    const w = await chatWorkspace(t);
    const closed = await createChannel(t, w.owner, w.workspaceId, true);
    await addToChannel(t, w.owner, closed.id, w.guest);
    await post(t, w.guest, closed.id, 'Ich bin dabei');
    await ok(t, w.owner, 'DELETE', `/api/workspaces/${w.workspaceId}/members/${w.guest.id}`, undefined, 204);
    expect((await call(t, w.guest, 'GET', `/api/channels/${closed.id}/messages`)).statusCode).toBe(404);
    // Added again, the old addition does not come back with them.
    await addToWorkspace(t, w.owner, w.workspaceId, w.guest, 'guest');
    expect(await channelsOf(w.guest, w.workspaceId)).toEqual([]);
  });
});

describe('POST /api/conversations', () => {
  it('opens one direct conversation per pair and groups of up to eight', async () => {
    const [a, b, c] = [await createPerson(t), await createPerson(t), await createPerson(t)];
    const first = await ok<ChannelSummary>(t, a, 'POST', '/api/conversations', { personIds: [b.id] }, 201);
    expect(first.kind).toBe('direct');
    expect(first.members.map((m) => m.id).sort()).toEqual([a.id, b.id].sort());
    const again = await ok<ChannelSummary>(t, b, 'POST', '/api/conversations', { personIds: [a.id, b.id] }, 200);
    expect(again.id).toBe(first.id);

    const seven = await Promise.all(Array.from({ length: 7 }, () => createPerson(t)));
    const group = await ok<ChannelSummary>(
      t,
      a,
      'POST',
      '/api/conversations',
      { personIds: seven.map((p) => p.id) },
      201,
    );
    expect(group.kind).toBe('group');
    expect(group.members).toHaveLength(8);
    const eight = [...seven.map((p) => p.id), c.id];
    expect(problemOf(await call(t, a, 'POST', '/api/conversations', { personIds: eight }), 400).type).toBe(
      '/problems/validation',
    );

    for (const body of [
      {},
      { personIds: [] },
      { personIds: [b.id, b.id] },
      { personIds: ['x'] },
      { personIds: [b.id], x: 1 },
    ]) {
      expect((await call(t, a, 'POST', '/api/conversations', body)).statusCode).toBe(400);
    }
    expect((await call(t, a, 'POST', '/api/conversations', { personIds: [a.id] })).statusCode).toBe(400);
    expect((await call(t, a, 'POST', '/api/conversations', { personIds: [newId()] })).statusCode).toBe(404);
    expect((await call(t, null, 'POST', '/api/conversations', { personIds: [b.id] })).statusCode).toBe(401);

    // Only the people in it read a conversation.
    await post(t, a, first.id, 'Unter uns');
    expect((await call(t, c, 'GET', `/api/channels/${first.id}/messages`)).statusCode).toBe(404);
    expect((await call(t, c, 'POST', `/api/channels/${first.id}/messages`, { text: 'hallo' })).statusCode).toBe(404);
    const page = await ok<{ messages: Array<{ text: string }> }>(t, b, 'GET', `/api/channels/${first.id}/messages`);
    expect(page.messages.map((m) => m.text)).toEqual(['Unter uns']);
    expect(problemOf(await call(t, a, 'POST', `/api/channels/${first.id}/members`, { personId: c.id }), 409).type).toBe(
      '/problems/not-a-channel',
    );
  });
});

describe('GET /api/chat/sidebar and GET /api/channels/:id', () => {
  it('lists my workspaces with their channels and my conversations; the detail says what I may do', async () => {
    const w = await chatWorkspace(t);
    const other = await createPerson(t);
    const dm = await ok<ChannelSummary>(t, w.member, 'POST', '/api/conversations', { personIds: [other.id] }, 201);
    await post(t, other, dm.id, 'Hallo!');
    const sidebar = await ok<Sidebar>(t, w.member, 'GET', '/api/chat/sidebar');
    const workspace = sidebar.workspaces.find((s) => s.id === w.workspaceId);
    expect(workspace).toMatchObject({ role: 'member' });
    expect(workspace?.channels.map((c) => c.id)).toEqual([w.defaultChannelId]);
    expect(sidebar.conversations.find((c) => c.id === dm.id)).toMatchObject({ unreadCount: 1, mentionCount: 1 });
    expect((await call(t, null, 'GET', '/api/chat/sidebar')).statusCode).toBe(401);

    const detail = await ok<ChannelDetail>(t, w.member, 'GET', `/api/channels/${w.defaultChannelId}`);
    expect(detail).toMatchObject({ name: 'allgemein', isDefault: true });
    expect(detail.viewer).toEqual({
      role: 'member',
      canPost: true,
      canManage: false,
      canAddMembers: true,
      canDeleteOthers: false,
    });
    const ownerView = await ok<ChannelDetail>(t, w.owner, 'GET', `/api/channels/${w.defaultChannelId}`);
    expect(ownerView.viewer.canManage).toBe(true);
    expect((await call(t, w.guest, 'GET', `/api/channels/${w.defaultChannelId}`)).statusCode).toBe(404);
    expect((await call(t, w.member, 'GET', `/api/channels/${newId()}`)).statusCode).toBe(404);
    expect((await call(t, w.member, 'GET', '/api/channels/zzz')).statusCode).toBe(400);
  });
});
