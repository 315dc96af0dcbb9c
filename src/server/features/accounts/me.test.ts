import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { persons } from '../../platform/auth/tables.ts';
import { createOrganisation, createPerson, unique } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';

const t = await buildTestApp();
const UNKNOWN_ID = '01900000-0000-7000-8000-000000000000';

const get = (url: string, cookie?: string) => t.request({ method: 'GET', url, cookie });
const send = (method: 'PATCH' | 'PUT', url: string, payload: unknown, cookie?: string) =>
  t.request({ method, url, payload: payload as object, cookie });

describe('GET /api/me', () => {
  it('shows the signed-in person with a pending home organisation', async () => {
    const organisation = await createOrganisation(t);
    const person = await createPerson(t, { organisation, pending: true });
    const res = await get('/api/me', person.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({
      id: person.id,
      isPlatformAdmin: false,
      organisation: { id: organisation.id, name: organisation.name, role: 'member', status: 'pending' },
    });
  });

  it('answers 401 when signed out or with an unknown cookie', async () => {
    expect(problemOf(await get('/api/me'), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await get('/api/me', 'allmende_session=forged'), 401).type).toBe('/problems/unauthenticated');
  });
});

describe('GET /api/auth/session', () => {
  it('answers who is signed in, the same person /api/me shows', async () => {
    const organisation = await createOrganisation(t);
    const person = await createPerson(t, { organisation, role: 'admin' });
    const res = await get('/api/auth/session', person.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ me: (await get('/api/me', person.cookie)).json() });
    expect(res.json().me).toMatchObject({ id: person.id, organisation: { id: organisation.id, role: 'admin' } });
  });

  it('answers 200 with nobody when signed out, with an unknown cookie or after signing out', async () => {
    for (const cookie of [undefined, 'allmende_session=forged']) {
      const res = await get('/api/auth/session', cookie);
      expect(res.statusCode).toBe(200);
      expect(res.json()).toEqual({ me: null });
    }
    const person = await createPerson(t);
    expect((await t.request({ method: 'POST', url: '/api/auth/logout', cookie: person.cookie })).statusCode).toBe(204);
    expect((await get('/api/auth/session', person.cookie)).json()).toEqual({ me: null });
  });

  it('does not reveal a locked person', async () => {
    const person = await createPerson(t);
    await t.deps.db.update(persons).set({ lockedAt: new Date() }).where(eq(persons.id, person.id));
    expect((await get('/api/auth/session', person.cookie)).json()).toEqual({ me: null });
  });
});

describe('PATCH /api/me', () => {
  it('changes name and language', async () => {
    const person = await createPerson(t);
    const res = await send('PATCH', '/api/me', { name: '  Dr. Erika   Musterfrau ', locale: 'en' }, person.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Dr. Erika Musterfrau', locale: 'en' });
    expect((await get('/api/me', person.cookie)).json()).toMatchObject({ name: 'Dr. Erika Musterfrau', locale: 'en' });
  });

  it.each([
    ['an extra field', { email: 'new@people.example' }],
    ['a wrong type', { name: 7 }],
    ['an oversized name', { name: 'x'.repeat(201) }],
    ['a blank name', { name: '  ' }],
    ['an unknown language', { locale: 'fr' }],
  ])('refuses %s', async (_, payload) => {
    const person = await createPerson(t);
    expect(problemOf(await send('PATCH', '/api/me', payload, person.cookie), 400).type).toBe('/problems/validation');
    expect((await get('/api/me', person.cookie)).json().name).toBe(person.name);
  });

  it('needs a signed-in person', async () => {
    expect(problemOf(await send('PATCH', '/api/me', { name: 'X' }), 401).type).toBe('/problems/unauthenticated');
  });
});

describe('PUT /api/me/organisation', () => {
  it('is confirmed at once when the organisation registered my e-mail domain', async () => {
    const organisation = await createOrganisation(t);
    // Someone with an address at the organisation's domain who has not named any organisation yet.
    const person = await createPerson(t);
    const email = `${person.id}@${organisation.domain}`;
    await t.deps.db.update(persons).set({ email }).where(eq(persons.id, person.id));
    const res = await send('PUT', '/api/me/organisation', { organisationId: organisation.id }, person.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json().organisation).toMatchObject({ id: organisation.id, role: 'member', status: 'confirmed' });
  });

  it('is pending when the domain does not match', async () => {
    const organisation = await createOrganisation(t);
    const person = await createPerson(t);
    const res = await send('PUT', '/api/me/organisation', { organisationId: organisation.id }, person.cookie);
    expect(res.json().organisation).toMatchObject({ id: organisation.id, status: 'pending' });
  });

  it('keeps an admin an admin when they name their own organisation again', async () => {
    const organisation = await createOrganisation(t);
    const person = await createPerson(t, { organisation, role: 'admin' });
    const res = await send('PUT', '/api/me/organisation', { organisationId: organisation.id }, person.cookie);
    expect(res.json().organisation).toMatchObject({ role: 'admin', status: 'confirmed' });
  });

  it('does not let the last admin walk away from their organisation', async () => {
    const organisation = await createOrganisation(t);
    const other = await createOrganisation(t);
    const admin = await createPerson(t, { organisation, role: 'admin' });
    const res = await send('PUT', '/api/me/organisation', { organisationId: other.id }, admin.cookie);
    expect(problemOf(res, 409).type).toBe('/problems/last-admin');
    await createPerson(t, { organisation, role: 'admin' });
    const moved = await send('PUT', '/api/me/organisation', { organisationId: other.id }, admin.cookie);
    expect(moved.json().organisation).toMatchObject({ id: other.id, role: 'member', status: 'pending' });
  });

  it('refuses unknown organisations, bad input and signed-out callers', async () => {
    const person = await createPerson(t);
    const unknown = problemOf(
      await send('PUT', '/api/me/organisation', { organisationId: UNKNOWN_ID }, person.cookie),
      400,
    );
    expect(unknown.errors?.[0]?.field).toBe('body:/organisationId');
    expect(problemOf(await send('PUT', '/api/me/organisation', { organisationId: 'x' }, person.cookie), 400).type).toBe(
      '/problems/validation',
    );
    expect(problemOf(await send('PUT', '/api/me/organisation', {}, person.cookie), 400).type).toBe(
      '/problems/validation',
    );
    expect(problemOf(await send('PUT', '/api/me/organisation', { organisationId: UNKNOWN_ID }), 401).type).toBe(
      '/problems/unauthenticated',
    );
  });
});

describe('GET /api/persons', () => {
  it('finds confirmed members by part of their name, also with a typo', async () => {
    const organisation = await createOrganisation(t);
    const surname = `Quendelmeyer${unique('n').replace(/[^a-z0-9]/g, '')}`;
    const member = await createPerson(t, { organisation, name: `Hiltrud ${surname}` });
    await createPerson(t, { organisation, pending: true, name: `Pending ${surname}` });
    await createPerson(t, { name: `Homeless ${surname}` });
    const viewer = await createPerson(t);

    const res = await get(`/api/persons?q=${encodeURIComponent(surname.toLowerCase())}`, viewer.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      items: [{ id: member.id, name: member.name, organisation: { id: organisation.id, name: organisation.name } }],
    });

    const typo = await get(
      `/api/persons?q=${encodeURIComponent(`Hiltrud ${surname.replace('del', 'dl')}`)}`,
      viewer.cookie,
    );
    expect(typo.json().items.map((i: { id: string }) => i.id)).toContain(member.id);
  });

  it('treats wildcard characters as text', async () => {
    const viewer = await createPerson(t);
    const res = await get('/api/persons?q=%25', viewer.cookie);
    expect(res.statusCode).toBe(200);
    expect(res.json().items).toEqual([]);
  });

  it('is for signed-in people only', async () => {
    expect(problemOf(await get('/api/persons?q=anna'), 401).type).toBe('/problems/unauthenticated');
  });

  it('refuses bad queries', async () => {
    const viewer = await createPerson(t);
    expect(problemOf(await get('/api/persons', viewer.cookie), 400).type).toBe('/problems/validation');
    expect(problemOf(await get(`/api/persons?q=${'x'.repeat(101)}`, viewer.cookie), 400).type).toBe(
      '/problems/validation',
    );
    expect(problemOf(await get('/api/persons?q=a&limit=500', viewer.cookie), 400).type).toBe('/problems/validation');
  });
});
