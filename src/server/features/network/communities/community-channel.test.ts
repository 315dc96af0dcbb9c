import { beforeAll, describe, expect, it } from 'vitest';
import type { Sidebar } from '../../../../shared/contracts/chat.ts';
import type { CommunityDetail } from '../../../../shared/contracts/network-communities.ts';
import { unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { createChatAudience } from '../../chat/realtime/realtime-readers.ts';
import { type CommunityWorld, communityWorld, createdCommunity, send } from './community-fixtures.ts';

let t: TestApp;
let w: CommunityWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await communityWorld(t);
});

const api = (id: string, rest = '') => `/api/network/communities/${id}${rest}`;

describe('the community’s chat', () => {
  it('is switched on by a moderator and read by the members only, kept in step with joining and leaving', async () => {
    const name = `Winterdienst ${unique('ch')}`;
    const c = await createdCommunity(t, w.founder, { name, joinPolicy: 'request' });
    await send(t, w.colleague, 'POST', api(c.id, '/join'), { note: 'Hallo' });
    // Not for the one asking (404: the community's inside is hidden), nor signed-out people.
    expect(problemOf(await send(t, w.colleague, 'POST', api(c.id, '/channel')), 404).status).toBe(404);
    expect(problemOf(await send(t, null, 'POST', api(c.id, '/channel')), 401).status).toBe(401);
    const opened = await send(t, w.founder, 'POST', api(c.id, '/channel'));
    expect(opened.statusCode).toBe(201);
    const { channelId } = opened.json() as { channelId: string };
    expect((await send(t, w.founder, 'POST', api(c.id, '/channel'))).json()).toEqual({ channelId });

    const channel = await send(t, w.founder, 'GET', `/api/channels/${channelId}`);
    expect(channel.json()).toMatchObject({ kind: 'community', name, workspaceId: null });
    // The one who only asked cannot read it; the outsider neither.
    expect(problemOf(await send(t, w.colleague, 'GET', `/api/channels/${channelId}/messages`), 404).status).toBe(404);
    expect(problemOf(await send(t, w.other, 'GET', `/api/channels/${channelId}`), 404).status).toBe(404);
    expect(((await send(t, w.other, 'GET', api(c.id))).json() as CommunityDetail).channelId).toBeNull();

    // Accepted: reads and posts at once; it shows among the conversations with the community's name.
    await send(t, w.founder, 'POST', api(c.id, `/requests/${w.colleague.id}/accept`));
    expect(((await send(t, w.colleague, 'GET', api(c.id))).json() as CommunityDetail).channelId).toBe(channelId);
    const posted = await send(t, w.colleague, 'POST', `/api/channels/${channelId}/messages`, {
      text: `Wer plant die Touren mit Software, @${w.founder.name}?`,
    });
    expect(posted.statusCode).toBe(201);
    const message = posted.json() as { id: string; mentions: Array<{ id: string }> };
    expect(message.mentions.map((m) => m.id)).toEqual([w.founder.id]);
    const reply = await send(t, w.founder, 'POST', `/api/channels/${channelId}/messages`, {
      text: 'Wir, seit zwei Wintern.',
      threadRootId: message.id,
    });
    expect(reply.statusCode).toBe(201);
    const thread = await send(t, w.colleague, 'GET', `/api/messages/${message.id}/thread`);
    expect(thread.json().replies).toHaveLength(1);
    const sidebar = (await send(t, w.founder, 'GET', '/api/chat/sidebar')).json() as Sidebar;
    const entry = sidebar.conversations.find((s) => s.id === channelId);
    expect(entry).toMatchObject({ kind: 'community', name, members: [] });
    // A mention in a community chat counts as one; the other messages do not.
    expect(entry?.mentionCount).toBe(1);

    // Chat cannot add to or take from it on its own.
    expect(
      (await send(t, w.founder, 'POST', `/api/channels/${channelId}/members`, { personId: w.other.id })).statusCode,
    ).toBe(409);

    // Leaving loses it at once.
    await send(t, w.colleague, 'POST', api(c.id, '/leave'));
    expect(problemOf(await send(t, w.colleague, 'GET', `/api/channels/${channelId}/messages`), 404).status).toBe(404);
    expect(problemOf(await send(t, w.colleague, 'GET', `/api/messages/${message.id}/thread`), 404).status).toBe(404);
    const after = (await send(t, w.colleague, 'GET', '/api/chat/sidebar')).json() as Sidebar;
    expect(after.conversations.map((s) => s.id)).not.toContain(channelId);
  });

  it('delivers its realtime events to members only, and stops at once for someone who leaves', async () => {
    const audience = createChatAudience(t.deps.db, t.deps.bus);
    const c = await createdCommunity(t, w.founder, { name: `Fuhrpark ${unique('rt')}` });
    await send(t, w.colleague, 'POST', api(c.id, '/join'), {});
    const { channelId } = (await send(t, w.founder, 'POST', api(c.id, '/channel'))).json() as { channelId: string };
    expect(await audience.canReadChannel(w.colleague.id, channelId)).toBe(true);
    expect(await audience.canReadChannel(w.other.id, channelId)).toBe(false);
    expect(await audience.sharesRoom(w.colleague.id, w.founder.id)).toBe(true);
    // The events of joining and leaving make the cache forget what it knew.
    await send(t, w.other, 'POST', api(c.id, '/join'), {});
    expect(await audience.canReadChannel(w.other.id, channelId)).toBe(true);
    await send(t, w.colleague, 'POST', api(c.id, '/leave'));
    expect(await audience.canReadChannel(w.colleague.id, channelId)).toBe(false);
  });

  it('takes out a removed member, follows renames and archiving', async () => {
    const c = await createdCommunity(t, w.founder, { name: `Grünpflege ${unique('g')}` });
    await send(t, w.other, 'POST', api(c.id, '/join'), {});
    const { channelId } = (await send(t, w.founder, 'POST', api(c.id, '/channel'))).json() as { channelId: string };
    expect((await send(t, w.other, 'GET', `/api/channels/${channelId}`)).statusCode).toBe(200);
    // A member joining an open community with a chat reads it at once.
    await send(t, w.colleague, 'POST', api(c.id, '/join'), {});
    expect((await send(t, w.colleague, 'GET', `/api/channels/${channelId}`)).statusCode).toBe(200);
    await send(t, w.founder, 'DELETE', api(c.id, `/members/${w.other.id}`));
    expect(problemOf(await send(t, w.other, 'GET', `/api/channels/${channelId}`), 404).status).toBe(404);
    await send(t, w.founder, 'PATCH', api(c.id), { name: 'Grünflächen', archived: true });
    const channel = (await send(t, w.colleague, 'GET', `/api/channels/${channelId}`)).json();
    expect(channel).toMatchObject({ name: 'Grünflächen', viewer: { canPost: false } });
    expect(channel.archivedAt).not.toBeNull();
  });
});
