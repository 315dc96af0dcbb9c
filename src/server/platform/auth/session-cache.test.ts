import { eq } from 'drizzle-orm';
import { describe, expect, it, vi } from 'vitest';
import { createOrganisation, createPerson } from '../../test/factories.ts';
import { buildTestApp, startTestApp, testConfig } from '../../test/test-app.ts';
import { sessions } from './tables.ts';

// A long cache time, so that only the explicit forgetting can make these tests pass.
const t = await buildTestApp({ sessionCacheMs: 60_000 });

const me = (cookie: string) => t.request({ method: 'GET', url: '/api/me', cookie });

describe('the session and /me cache', () => {
  it('reuses a resolved session without asking the database again (within its time)', async () => {
    const person = await createPerson(t);
    expect((await me(person.cookie)).statusCode).toBe(200);
    await t.deps.db.delete(sessions).where(eq(sessions.personId, person.id));
    expect((await me(person.cookie)).statusCode).toBe(200);
  });

  it('forgets the sessions of a person who signs out everywhere, at once', async () => {
    const person = await createPerson(t);
    expect((await me(person.cookie)).statusCode).toBe(200);
    expect((await t.request({ method: 'POST', url: '/api/auth/logout-all', cookie: person.cookie })).statusCode).toBe(
      204,
    );
    expect((await me(person.cookie)).statusCode).toBe(401);
  });

  it('forgets a locked person at once', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const person = await createPerson(t);
    expect((await me(person.cookie)).statusCode).toBe(200);
    const lock = await t.request({ method: 'POST', url: `/api/admin/persons/${person.id}/lock`, cookie: admin.cookie });
    expect(lock.statusCode).toBe(204);
    expect((await me(person.cookie)).statusCode).toBe(401);
  });

  it('shows a confirmed membership on /me right after the admin confirms it', async () => {
    const organisation = await createOrganisation(t);
    const admin = await createPerson(t, { organisation, role: 'admin' });
    const member = await createPerson(t, { organisation, pending: true });
    expect((await me(member.cookie)).json().organisation.status).toBe('pending');
    const confirm = await t.request({
      method: 'POST',
      url: `/api/organisations/${organisation.id}/members/${member.id}/confirm`,
      cookie: admin.cookie,
    });
    expect(confirm.statusCode).toBe(204);
    expect((await me(member.cookie)).json().organisation.status).toBe('confirmed');
  });

  it('shows my own changes at once', async () => {
    const person = await createPerson(t);
    expect((await me(person.cookie)).json().locale).toBe('de');
    const patch = await t.request({
      method: 'PATCH',
      url: '/api/me',
      cookie: person.cookie,
      payload: { locale: 'en' },
    });
    expect(patch.statusCode).toBe(200);
    expect((await me(person.cookie)).json().locale).toBe('en');
  });
});

describe('the session cache across server processes', () => {
  it('is forgotten in another process at once when the person signs out everywhere', async () => {
    // A second app on the same database and bus stands in for a second server process.
    const database = { ...t.deps.database, close: async () => {} };
    const bus = { ...t.deps.bus, close: async () => {} };
    const other = await startTestApp(testConfig({ sessionCacheMs: 60_000 }), database, bus);
    const person = await createPerson(t);
    expect((await other.request({ method: 'GET', url: '/api/me', cookie: person.cookie })).statusCode).toBe(200);
    expect((await t.request({ method: 'POST', url: '/api/auth/logout-all', cookie: person.cookie })).statusCode).toBe(
      204,
    );
    await vi.waitFor(async () => {
      expect((await other.request({ method: 'GET', url: '/api/me', cookie: person.cookie })).statusCode).toBe(401);
    });
  });
});
