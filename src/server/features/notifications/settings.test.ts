import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { NotificationSettings } from '../../../shared/contracts/notifications.ts';
import { NOTIFICATION_KINDS } from '../../../shared/notification-kinds.ts';
import { newId } from '../../platform/db/ids.ts';
import { outbox } from '../../platform/events/tables.ts';
import { createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import { give, mention } from './notification-fixtures.ts';

const t = await buildTestApp();

const get = (person: TestPerson | null) =>
  t.request({ method: 'GET', url: '/api/me/notification-settings', cookie: person?.cookie });
const put = (person: TestPerson | null, payload: unknown) =>
  t.request({
    method: 'PUT',
    url: '/api/me/notification-settings',
    cookie: person?.cookie,
    payload: payload as object,
  });

async function settings(person: TestPerson): Promise<NotificationSettings> {
  const response = await get(person);
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

const choiceOf = (s: NotificationSettings, kind: string) => s.kinds.find((k) => k.kind === kind);

describe('GET /api/me/notification-settings', () => {
  it('lists every kind with its group and defaults: in the app on, mail on for what the digest mails', async () => {
    const anna = await createPerson(t);
    const s = await settings(anna);
    expect(s.digestFrequency).toBe('soon');
    expect(s.kinds.map((k) => k.kind)).toEqual(NOTIFICATION_KINDS.map((k) => k.kind));
    expect(choiceOf(s, 'mention')).toEqual({ kind: 'mention', group: 'chat', inApp: true, mail: true });
    expect(choiceOf(s, 'workspace-invitation')).toEqual({
      kind: 'workspace-invitation',
      group: 'workspaces',
      inApp: true,
      mail: false,
    });
    expect(choiceOf(s, 'network-answer')).toMatchObject({ group: 'network', inApp: true, mail: true });
  });

  it('answers 401 signed out', async () => {
    problemOf(await get(null), 401);
    problemOf(await put(null, { digestFrequency: 'daily' }), 401);
  });
});

describe('PUT /api/me/notification-settings', () => {
  it('keeps my choices and frequency, and nobody else’s change', async () => {
    const anna = await createPerson(t);
    const ben = await createPerson(t);
    const response = await put(anna, {
      digestFrequency: 'daily',
      kinds: [{ kind: 'mention', inApp: true, mail: false }],
    });
    expect(response.statusCode, response.body).toBe(200);
    expect(response.json().digestFrequency).toBe('daily');
    // A second change of another kind leaves the first as it was.
    await put(anna, { kinds: [{ kind: 'network-question', inApp: false, mail: true }] });
    const s = await settings(anna);
    expect(s.digestFrequency).toBe('daily');
    expect(choiceOf(s, 'mention')).toMatchObject({ inApp: true, mail: false });
    expect(choiceOf(s, 'network-question')).toMatchObject({ inApp: false, mail: true });
    const other = await settings(ben);
    expect(other.digestFrequency).toBe('soon');
    expect(choiceOf(other, 'mention')).toMatchObject({ inApp: true, mail: true });
  });

  it('refuses unknown kinds, bad frequencies and another person’s ID with 400 naming the field', async () => {
    const anna = await createPerson(t);
    const fields = async (payload: unknown) => problemOf(await put(anna, payload), 400).errors?.map((e) => e.field);
    expect(await fields({ digestFrequency: 'hourly' })).toContain('body:/digestFrequency');
    expect(await fields({ kinds: [{ kind: 'no-such-kind', inApp: true, mail: true }] })).toContain(
      'body:/kinds/0/kind',
    );
    expect(await fields({ kinds: [{ kind: 'mention', inApp: 'yes', mail: true }] })).toContain('body:/kinds/0/inApp');
    expect(await fields({ personId: newId(), digestFrequency: 'daily' })).toContain('body:/personId');
    expect((await settings(anna)).digestFrequency).toBe('soon');
  });
});

describe('preferences at work', () => {
  it('leaves kinds turned off in the app out of the bell’s list and count, and sends no live event', async () => {
    const carla = await createPerson(t);
    await put(carla, { kinds: [{ kind: 'workspace-invitation', inApp: false, mail: true }] });
    const [hidden] = (await give(t, carla, 'workspace-invitation')) as [string];
    const [shown] = (await give(t, carla, 'join-request', { actorName: 'Ben', workspaceName: 'Bauhof' })) as [string];
    const list = await t.request({ method: 'GET', url: '/api/notifications', cookie: carla.cookie });
    expect(list.json().items.map((n: { id: string }) => n.id)).toEqual([shown]);
    const count = await t.request({ method: 'GET', url: '/api/notifications/count', cookie: carla.cookie });
    expect(count.json().unread).toBe(1);
    const events = await t.deps.db.select().from(outbox).where(eq(outbox.type, 'notification.created'));
    const ids = events.map((e) => (e.payload as { notification: { id: string } }).notification.id);
    expect(ids).toContain(shown);
    expect(ids).not.toContain(hidden);
  });

  it('writes nothing of a kind turned off both in the app and by mail', async () => {
    const dora = await createPerson(t);
    const eva = await createPerson(t);
    await put(dora, { kinds: [{ kind: 'mention', inApp: false, mail: false }] });
    const ids = await give(t, [dora, eva], 'mention', mention(newId(), 1));
    expect(ids).toHaveLength(1);
    const list = await t.request({ method: 'GET', url: '/api/notifications', cookie: eva.cookie });
    expect(list.json().items.map((n: { id: string }) => n.id)).toEqual(ids);
  });
});
