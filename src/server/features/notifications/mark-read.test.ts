import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/db/ids.ts';
import { createPerson } from '../../test/factories.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { markChannelNotificationsRead } from './mark-read.ts';
import { give, mention, readEventsFor, stored } from './notification-fixtures.ts';

const t = await buildTestApp();

describe('markChannelNotificationsRead', () => {
  it('marks only that person’s chat notifications of that channel up to the sequence number', async () => {
    const anna = await createPerson(t);
    const ben = await createPerson(t);
    const channel = newId();
    const other = newId();
    const [a1] = await give(t, anna, 'mention', mention(channel, 1));
    const [a2] = await give(t, anna, 'direct-message', mention(channel, 2));
    const [a3] = await give(t, anna, 'mention', mention(channel, 3));
    const [b1] = await give(t, anna, 'mention', mention(other, 1));
    const [bens] = await give(t, ben, 'mention', mention(channel, 1));
    // Not a chat notification, even though its data looks alike.
    const [contact] = await give(t, anna, 'cooperation-contact', { channelId: channel, seq: 1 });

    await t.deps.db.transaction((tx) => markChannelNotificationsRead(tx, anna.id, channel, 2));
    await t.deps.publisher.flush();

    const readAt = async (id: string | undefined) => (await stored(t, id as string))?.readAt ?? null;
    expect(await readAt(a1)).toBeInstanceOf(Date);
    expect(await readAt(a2)).toBeInstanceOf(Date);
    expect(await readAt(a3)).toBeNull();
    expect(await readAt(b1)).toBeNull();
    expect(await readAt(bens)).toBeNull();
    expect(await readAt(contact)).toBeNull();
    expect(await readEventsFor(t, anna)).toEqual([{ notificationIds: expect.arrayContaining([a1, a2]) }]);

    const count = await t.request({ method: 'GET', url: '/api/notifications/count', cookie: anna.cookie });
    expect(count.json()).toEqual({ unread: 3 });
  });

  it('does nothing and tells nobody when nothing is unread there', async () => {
    const anna = await createPerson(t);
    await t.deps.db.transaction((tx) => markChannelNotificationsRead(tx, anna.id, newId(), 100));
    expect(await readEventsFor(t, anna)).toEqual([]);
  });

  it('skips notifications whose sequence number is not a number instead of failing', async () => {
    const anna = await createPerson(t);
    const channel = newId();
    const [odd] = await give(t, anna, 'mention', { ...mention(channel, 1), seq: '1' });
    const [fine] = await give(t, anna, 'mention', mention(channel, 1));
    await t.deps.db.transaction((tx) => markChannelNotificationsRead(tx, anna.id, channel, 5));
    expect((await stored(t, odd as string))?.readAt).toBeNull();
    expect((await stored(t, fine as string))?.readAt).toBeInstanceOf(Date);
  });
});
