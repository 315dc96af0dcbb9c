import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import type { AdminPerson } from '../../../shared/contracts/admin.ts';
import { persons } from '../../platform/auth/tables.ts';
import { createOrganisation, createPerson, unique } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import { uniqueIp } from '../accounts/test-support.ts';

const t = await buildTestApp();
const admin = await createPerson(t, { platformAdmin: true, name: `Admin ${unique('a')}` });
const UNKNOWN_ID = '01900000-0000-7000-8000-000000000000';

const get = (url: string, cookie?: string) => t.request({ method: 'GET', url, cookie });
const post = (url: string, cookie?: string) => t.request({ method: 'POST', url, cookie });
const login = (email: string, password: string, ip = uniqueIp()) =>
  t.request({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });

describe('GET /api/admin/persons', () => {
  it('lists people with their organisation, searchable by name or e-mail, with paging', async () => {
    const organisation = await createOrganisation(t);
    const tag = unique('zz').replace(/[^a-z0-9]/g, '');
    const a = await createPerson(t, { organisation, role: 'admin', name: `Adelheid ${tag}` });
    const b = await createPerson(t, { name: `Bernd ${tag}` });
    const res = await get(`/api/admin/persons?q=${tag.toUpperCase()}`, admin.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      total: 2,
      items: [
        {
          id: a.id,
          name: a.name,
          email: a.email,
          organisation: {
            id: organisation.id,
            name: organisation.name,
            role: 'admin',
            status: 'confirmed',
            domainMatches: true,
          },
          isPlatformAdmin: false,
          lockedAt: null,
          emailVerifiedAt: expect.any(String),
          createdAt: expect.any(String),
        },
        expect.objectContaining({ id: b.id, organisation: null }),
      ],
    });
    const byEmail = await get(`/api/admin/persons?q=${encodeURIComponent(b.email)}`, admin.cookie);
    expect(byEmail.json().items.map((p: { id: string }) => p.id)).toEqual([b.id]);
    const byId = await get(`/api/admin/persons?q=${a.id.toUpperCase()}`, admin.cookie);
    expect(byId.json().items.map((p: { id: string }) => p.id)).toEqual([a.id]);
    const page = await get(`/api/admin/persons?q=${tag}&offset=1&limit=1`, admin.cookie);
    expect(page.json()).toMatchObject({ total: 2, items: [{ id: b.id }] });
  });

  it('lists the requests no organisation admin can answer, with the domain check', async () => {
    const tag = unique('w').replace(/[^a-z0-9]/g, '');
    const orphan = await createOrganisation(t);
    const waiting = await createPerson(t, { organisation: orphan, pending: true, name: `Wilma ${tag}` });
    const foreign = await createPerson(t, { organisation: orphan, pending: true, name: `Xaver ${tag}` });
    await t.deps.db
      .update(persons)
      .set({ email: `${tag}@gmail.com` })
      .where(eq(persons.id, foreign.id));
    // An organisation with an admin answers its own requests.
    const served = await createOrganisation(t);
    await createPerson(t, { organisation: served, role: 'admin' });
    await createPerson(t, { organisation: served, pending: true, name: `Yvonne ${tag}` });
    await createPerson(t, { organisation: orphan, name: `Zora ${tag}` });

    const res = await get(`/api/admin/persons?waiting=true&q=${tag}`, admin.cookie);
    expect(res.statusCode, res.body).toBe(200);
    expect(
      res.json().items.map((p: AdminPerson) => [p.id, p.organisation?.status, p.organisation?.domainMatches]),
    ).toEqual([
      [waiting.id, 'pending', true],
      [foreign.id, 'pending', false],
    ]);
    expect(res.json().total).toBe(2);
    expect((await get(`/api/admin/persons?q=${tag}`, admin.cookie)).json().total).toBe(4);
  });

  it('does not exist for members and signed-out people', async () => {
    const member = await createPerson(t);
    expect(problemOf(await get('/api/admin/persons', member.cookie), 404).type).toBe('/problems/not-found');
    expect(problemOf(await get('/api/admin/persons'), 404).type).toBe('/problems/not-found');
  });

  it('refuses bad paging', async () => {
    expect(problemOf(await get('/api/admin/persons?limit=0', admin.cookie), 400).type).toBe('/problems/validation');
    expect(problemOf(await get('/api/admin/persons?offset=-1', admin.cookie), 400).type).toBe('/problems/validation');
    expect(problemOf(await get('/api/admin/persons?sort=name', admin.cookie), 400).type).toBe('/problems/validation');
  });
});

describe('locking people', () => {
  it('locks a person out at once and lets them back in when unlocked', async () => {
    const person = await createPerson(t);
    expect((await post(`/api/admin/persons/${person.id}/lock`, admin.cookie)).statusCode).toBe(204);
    expect((await get('/api/me', person.cookie)).statusCode).toBe(401);
    expect(problemOf(await login(person.email, person.password), 403).type).toBe('/problems/account-locked');
    const listed = await get(`/api/admin/persons?q=${encodeURIComponent(person.email)}`, admin.cookie);
    expect(listed.json().items[0].lockedAt).toEqual(expect.any(String));

    expect((await post(`/api/admin/persons/${person.id}/unlock`, admin.cookie)).statusCode).toBe(204);
    expect((await login(person.email, person.password)).statusCode).toBe(200);
    // The old session stays ended.
    expect((await get('/api/me', person.cookie)).statusCode).toBe(401);

    const log = await get('/api/admin/audit?action=account.', admin.cookie);
    const mine = log.json().items.filter((e: { subjectId: string }) => e.subjectId === person.id);
    expect(mine.map((e: { action: string }) => e.action)).toEqual(['account.unlocked', 'account.locked']);
    expect(mine[0].actor).toMatchObject({ id: admin.id, name: admin.name, deleted: false });
  });

  it('does not let an admin lock themselves', async () => {
    const res = await post(`/api/admin/persons/${admin.id}/lock`, admin.cookie);
    expect(problemOf(res, 403).type).toBe('/problems/cannot-lock-self');
    expect((await get('/api/me', admin.cookie)).statusCode).toBe(200);
  });

  it('answers unknown people and malformed ids', async () => {
    expect(problemOf(await post(`/api/admin/persons/${UNKNOWN_ID}/lock`, admin.cookie), 404).type).toBe(
      '/problems/not-found',
    );
    expect(problemOf(await post('/api/admin/persons/nope/unlock', admin.cookie), 400).type).toBe(
      '/problems/validation',
    );
  });

  it('does not exist for non-admins', async () => {
    const member = await createPerson(t);
    const victim = await createPerson(t);
    expect(problemOf(await post(`/api/admin/persons/${victim.id}/lock`, member.cookie), 404).type).toBe(
      '/problems/not-found',
    );
    expect(problemOf(await post(`/api/admin/persons/${victim.id}/lock`), 404).type).toBe('/problems/not-found');
    expect((await get('/api/me', victim.cookie)).statusCode).toBe(200);
  });
});
