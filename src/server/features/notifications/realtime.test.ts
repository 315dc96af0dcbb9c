import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openSocket, type TestSocket } from '../../platform/events/ws-test-client.ts';
import { createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestApp, TEST_ORIGIN } from '../../test/test-app.ts';
import { give } from './notification-fixtures.ts';

const t = await buildTestApp();
await t.app.listen({ port: 0, host: '127.0.0.1' });
const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;

const open: TestSocket[] = [];
async function tab(person: TestPerson) {
  const socket = await openSocket(base, { cookie: person.cookie, origin: TEST_ORIGIN });
  open.push(socket);
  return socket;
}
afterEach(async () => {
  await Promise.all(open.splice(0).map((s) => s.close()));
});

describe('notifications over /api/realtime', () => {
  it('tells the recipient’s open tabs about new and read notifications, and nobody else', async () => {
    const anna = await createPerson(t);
    const ben = await createPerson(t);
    const annasTab = await tab(anna);
    const bensTab = await tab(ben);

    const [id] = (await give(t, anna, 'mention', { actorName: 'Ben', excerpt: 'Hallo' }, '/chat/x')) as [string];
    const created = await annasTab.next((m) => m.type === 'notification.created');
    expect(created.notification).toMatchObject({ id, kind: 'mention', data: { excerpt: 'Hallo' }, link: '/chat/x' });

    await t.request({ method: 'POST', url: `/api/notifications/${id}/read`, cookie: anna.cookie });
    const read = await annasTab.next((m) => m.type === 'notification.read');
    expect(read.notificationIds).toEqual([id]);

    await t.request({ method: 'POST', url: '/api/notifications/read-all', cookie: ben.cookie });
    await give(t, ben);
    await bensTab.next((m) => m.type === 'notification.created');
    expect(bensTab.messages.filter((m) => String(m.type).startsWith('notification.'))).toHaveLength(1);
    expect(annasTab.messages.filter((m) => String(m.type).startsWith('notification.'))).toHaveLength(2);
  });
});
