import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/db/ids.ts';
import { createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import { give, readEventsFor, stored } from './notification-fixtures.ts';

const t = await buildTestApp();

interface Page {
  items: Array<{ id: string; kind: string; data: Record<string, unknown>; link: string | null; readAt: string | null }>;
  nextBefore: string | null;
}

async function list(person: TestPerson, query = ''): Promise<Page> {
  const response = await t.request({ method: 'GET', url: `/api/notifications${query}`, cookie: person.cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json();
}

async function unread(person: TestPerson): Promise<number> {
  const response = await t.request({ method: 'GET', url: '/api/notifications/count', cookie: person.cookie });
  expect(response.statusCode, response.body).toBe(200);
  return response.json().unread;
}

const read = (person: TestPerson | null, id: string) =>
  t.request({ method: 'POST', url: `/api/notifications/${id}/read`, cookie: person?.cookie, payload: {} });

describe('GET /api/notifications', () => {
  it('lists only my notifications, newest first, with what the page shows', async () => {
    const anna = await createPerson(t);
    const ben = await createPerson(t);
    const [first] = await give(t, anna, 'join-request', { actorName: 'Ben', workspaceName: 'Bauhof' }, '/workspaces/b');
    const [second] = await give(t, [anna, ben], 'workspace-invitation');
    const page = await list(anna);
    expect(page.items.map((n) => n.id)).toEqual([expect.any(String), first]);
    expect(page.items[0]?.id).not.toBe(first);
    expect(page.items[1]).toMatchObject({
      kind: 'join-request',
      data: { actorName: 'Ben', workspaceName: 'Bauhof' },
      link: '/workspaces/b',
      readAt: null,
      createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT/),
    });
    expect(page.nextBefore).toBeNull();
    const bens = await list(ben);
    expect(bens.items).toHaveLength(1);
    expect(bens.items[0]?.id).not.toBe(second);
  });

  it('pages backwards with before and limit, without gaps or repeats', async () => {
    const anna = await createPerson(t);
    const ids: string[] = [];
    for (let i = 0; i < 5; i += 1) ids.push(...(await give(t, anna, 'mention', { excerpt: `n${i}` })));
    const one = await list(anna, '?limit=2');
    const two = await list(anna, `?limit=2&before=${one.nextBefore}`);
    const three = await list(anna, `?limit=2&before=${two.nextBefore}`);
    expect([...one.items, ...two.items, ...three.items].map((n) => n.id)).toEqual([...ids].reverse());
    expect(three.nextBefore).toBeNull();
  });

  it('lists only unread ones with unread=true', async () => {
    const anna = await createPerson(t);
    const [old, fresh] = [...(await give(t, anna)), ...(await give(t, anna))];
    expect((await read(anna, old as string)).statusCode).toBe(204);
    const page = await list(anna, '?unread=true');
    expect(page.items.map((n) => n.id)).toEqual([fresh]);
  });

  it('gives an empty page for a cursor that is not mine', async () => {
    const anna = await createPerson(t);
    const ben = await createPerson(t);
    await give(t, anna);
    const [bens] = await give(t, ben);
    expect((await list(anna, `?before=${bens}`)).items).toEqual([]);
    expect((await list(anna, `?before=${newId()}`)).items).toEqual([]);
  });

  it('refuses bad query strings with 400', async () => {
    const anna = await createPerson(t);
    for (const query of [
      '?limit=0',
      '?limit=101',
      '?limit=abc',
      '?before=nope',
      '?unread=maybe',
      `?before=${'a'.repeat(40)}`,
    ]) {
      const response = await t.request({ method: 'GET', url: `/api/notifications${query}`, cookie: anna.cookie });
      expect(problemOf(response, 400).status, query).toBe(400);
    }
  });
});

describe('GET /api/notifications/count', () => {
  it('counts my unread notifications only', async () => {
    const anna = await createPerson(t);
    const ben = await createPerson(t);
    expect(await unread(anna)).toBe(0);
    await give(t, [anna, ben]);
    await give(t, anna);
    expect(await unread(anna)).toBe(2);
    expect(await unread(ben)).toBe(1);
  });
});

describe('POST /api/notifications/:id/read', () => {
  it('marks my notification read, tells my other tabs once, and is idempotent', async () => {
    const anna = await createPerson(t);
    const [id] = (await give(t, anna)) as [string];
    await give(t, anna);
    expect((await read(anna, id)).statusCode).toBe(204);
    expect(await unread(anna)).toBe(1);
    expect((await list(anna)).items.find((n) => n.id === id)?.readAt).toEqual(expect.any(String));
    expect((await read(anna, id)).statusCode).toBe(204);
    expect(await readEventsFor(t, anna)).toEqual([{ notificationIds: [id] }]);
  });

  it('also works without a body', async () => {
    const anna = await createPerson(t);
    const [id] = (await give(t, anna)) as [string];
    const response = await t.request({ method: 'POST', url: `/api/notifications/${id}/read`, cookie: anna.cookie });
    expect(response.statusCode).toBe(204);
    expect(await unread(anna)).toBe(0);
  });

  it('answers 404 for another person’s notification and leaves it unread', async () => {
    const anna = await createPerson(t);
    const ben = await createPerson(t);
    const [bens] = (await give(t, ben)) as [string];
    const admin = await createPerson(t, { platformAdmin: true });
    for (const who of [anna, admin]) {
      const problem = problemOf(await read(who, bens), 404);
      expect(problem.type).toBe('/problems/not-found');
    }
    expect((await stored(t, bens))?.readAt).toBeNull();
    expect(await readEventsFor(t, ben)).toEqual([]);
  });

  it('answers 404 for an unknown ID and 400 for a malformed one', async () => {
    const anna = await createPerson(t);
    expect(problemOf(await read(anna, newId()), 404).status).toBe(404);
    expect(problemOf(await read(anna, 'not-a-uuid'), 400).status).toBe(400);
  });
});

describe('POST /api/notifications/read-all', () => {
  it('marks all of mine read and nobody else’s', async () => {
    const anna = await createPerson(t);
    const ben = await createPerson(t);
    await give(t, [anna, ben]);
    await give(t, anna);
    const response = await t.request({
      method: 'POST',
      url: '/api/notifications/read-all',
      cookie: anna.cookie,
      payload: {},
    });
    expect(response.statusCode).toBe(200);
    expect(response.json()).toEqual({ marked: 2 });
    expect(await unread(anna)).toBe(0);
    expect(await unread(ben)).toBe(1);
    expect(await readEventsFor(t, anna)).toEqual([{ all: true }]);
    const again = await t.request({ method: 'POST', url: '/api/notifications/read-all', cookie: anna.cookie });
    expect(again.json()).toEqual({ marked: 0 });
    expect(await readEventsFor(t, anna)).toHaveLength(1);
  });
});

describe('signed out', () => {
  it('gets 401 from every route', async () => {
    const ben = await createPerson(t);
    const [id] = (await give(t, ben)) as [string];
    const requests = [
      { method: 'GET', url: '/api/notifications' },
      { method: 'GET', url: '/api/notifications/count' },
      { method: 'POST', url: `/api/notifications/${id}/read` },
      { method: 'POST', url: '/api/notifications/read-all' },
    ] as const;
    for (const request of requests) {
      expect(problemOf(await t.request(request), 401).type, request.url).toBe('/problems/unauthenticated');
      const forged = await t.request({ ...request, cookie: 'allmende_session=forged' });
      expect(problemOf(forged, 401).status).toBe(401);
    }
    expect((await stored(t, id))?.readAt).toBeNull();
  });
});
