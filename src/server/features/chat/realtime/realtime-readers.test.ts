import { describe, expect, it } from 'vitest';
import { newId } from '../../../platform/db/ids.ts';
import type { DomainEvent } from '../../../platform/events/event.ts';
import { createPerson } from '../../../test/factories.ts';
import { buildTestApp } from '../../../test/test-app.ts';
import { addToChannel, chatWorkspace, createChannel, ok } from '../chat-fixtures.ts';
import { createChatAudience } from './realtime-readers.ts';

const t = await buildTestApp();

function heard(type: string, payload: Record<string, unknown>): DomainEvent {
  return { id: newId(), position: -1, type, payload, audience: { kind: 'persons', personIds: [] }, createdAt: '' };
}

describe('the per-process cache of who reads a channel', () => {
  it('answers from memory after one load, and forgets what a membership change on the bus touches', async () => {
    const audience = createChatAudience(t.deps.db, t.deps.bus);
    const w = await chatWorkspace(t);
    const closed = await createChannel(t, w.owner, w.workspaceId, true);
    expect(await audience.canReadChannel(w.owner.id, closed.id)).toBe(true);
    expect(audience.canReadChannel(w.member.id, closed.id)).toBe(false);
    const first = audience.canReadChannel(w.member.id, w.defaultChannelId);
    expect(first).toBeInstanceOf(Promise);
    expect(await first).toBe(true);
    expect(audience.canReadChannel(w.guest.id, w.defaultChannelId)).toBe(false);
    const loads = audience.stats().channelLoads;
    for (let i = 0; i < 1000; i += 1) audience.canReadChannel(w.member.id, w.defaultChannelId);
    expect(audience.stats().channelLoads).toBe(loads);

    // Added through the API: the command's event on the bus makes the cache forget the channel.
    await addToChannel(t, w.owner, closed.id, w.member);
    expect(await audience.canReadChannel(w.member.id, closed.id)).toBe(true);
    await ok(t, w.owner, 'DELETE', `/api/workspaces/${w.workspaceId}/members/${w.member.id}`, undefined, 204);
    expect(await audience.canReadChannel(w.member.id, closed.id)).toBe(false);
    expect(await audience.canReadChannel(w.member.id, w.defaultChannelId)).toBe(false);
  });

  it('tells who shares a workspace or a conversation', async () => {
    const audience = createChatAudience(t.deps.db, t.deps.bus);
    const w = await chatWorkspace(t);
    const stranger = await createPerson(t);
    expect(await audience.sharesRoom(w.owner.id, w.guest.id)).toBe(true);
    expect(await audience.sharesRoom(w.owner.id, stranger.id)).toBe(false);
    await ok(t, stranger, 'POST', '/api/conversations', { personIds: [w.owner.id] }, 201);
    expect(await audience.sharesRoom(w.owner.id, stranger.id)).toBe(true);
    expect(audience.sharesRoom(stranger.id, stranger.id)).toBe(true);
  });

  it('loads again when a change is heard while it loads', async () => {
    const w = await chatWorkspace(t);
    // The first load's query waits until the change has reached this process's bus subscribers (the
    // cache subscribed first, so it has heard it too), so the change always arrives while that load
    // is in flight, however fast the database answers and however the bus carries it (Redis in CI).
    let published!: () => void;
    const changeHeard = new Promise<void>((resolve) => {
      published = resolve;
    });
    let queries = 0;
    const db = t.deps.db;
    const slowFirstQuery = new Proxy(db, {
      get(target, prop, receiver) {
        if (prop !== 'execute') return Reflect.get(target, prop, receiver);
        return async (...args: Parameters<typeof db.execute>) => {
          queries += 1;
          if (queries === 1) await changeHeard;
          return db.execute(...args);
        };
      },
    });
    const audience = createChatAudience(slowFirstQuery, t.deps.bus);
    const change = heard('workspace.member-changed', { workspaceId: w.workspaceId, personId: w.member.id });
    const stop = t.deps.bus.subscribe((event) => {
      if (event.id === change.id) published();
    });
    const loading = audience.canReadChannel(w.member.id, w.defaultChannelId);
    await t.deps.bus.publish(change);
    expect(await loading).toBe(true);
    expect(audience.stats().channelLoads).toBe(2);
    expect(audience.canReadChannel(w.member.id, w.defaultChannelId)).toBe(true);
    stop();
  });
});
