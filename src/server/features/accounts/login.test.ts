import { and, asc, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { persons } from '../../platform/auth/tables.ts';
import { createOrganisation, createPerson, unique } from '../../test/factories.ts';
import { buildTestApp, problemOf, sessionCookieOf } from '../../test/test-app.ts';
import { uniqueIp } from './test-support.ts';

const t = await buildTestApp();
const limited = await buildTestApp({ authRateLimitPerMinute: 3 });

function login(email: string, password: string, ip = uniqueIp()) {
  return t.request({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });
}

describe('POST /api/auth/login', () => {
  it('signs in with a session cookie and answers with the person', async () => {
    const organisation = await createOrganisation(t);
    const person = await createPerson(t, { organisation, role: 'admin' });
    const res = await login(person.email.toUpperCase(), person.password);
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({
      id: person.id,
      name: person.name,
      email: person.email,
      locale: 'de',
      isPlatformAdmin: false,
      organisation: {
        id: organisation.id,
        name: organisation.name,
        type: 'zweckverband',
        role: 'admin',
        status: 'confirmed',
      },
    });
    const cookie = res.cookies.find((c) => c.name === 'allmende_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    const me = await t.request({ method: 'GET', url: '/api/me', cookie: sessionCookieOf(res) });
    expect(me.json().id).toBe(person.id);
  });

  it('answers an unknown address exactly like a wrong password', async () => {
    const person = await createPerson(t);
    const wrong = await login(person.email, 'not the password');
    const unknown = await login(`${unique('nobody')}@people.example`, 'not the password');
    expect(problemOf(wrong, 401).type).toBe('/problems/invalid-credentials');
    expect(unknown.statusCode).toBe(wrong.statusCode);
    expect(unknown.body).toBe(wrong.body);
    expect(unknown.headers['content-type']).toBe(wrong.headers['content-type']);
    expect(unknown.cookies).toEqual([]);
  });

  it('tells a locked person so, but only after the right password', async () => {
    const person = await createPerson(t);
    await t.deps.db.update(persons).set({ lockedAt: new Date() }).where(eq(persons.id, person.id));
    expect(problemOf(await login(person.email, 'wrong password'), 401).type).toBe('/problems/invalid-credentials');
    expect(problemOf(await login(person.email, person.password), 403).type).toBe('/problems/account-locked');
  });

  it('refuses an unverified address after the right password', async () => {
    const person = await createPerson(t, { verified: false });
    expect(problemOf(await login(person.email, person.password), 403).type).toBe('/problems/email-not-verified');
  });

  it('audits sign-ins and failed sign-ins with the address and the e-mail tried', async () => {
    const person = await createPerson(t);
    const ip = uniqueIp();
    await login(person.email, 'wrong', ip);
    await login(person.email, person.password, ip);
    const entries = await t.deps.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, person.id))
      .orderBy(asc(auditLog.id));
    expect(entries.map((e) => [e.action, e.ip])).toEqual([
      ['auth.login_failed', ip],
      ['auth.login', ip],
    ]);
    expect(entries[0]?.details).toEqual({ email: person.email });
    expect(entries[1]?.actorId).toBe(person.id);
  });

  it.each([
    ['a missing password', { email: 'a@people.example' }],
    ['an extra field', { email: 'a@people.example', password: 'x', remember: true }],
    ['a wrong type', { email: 'a@people.example', password: 1234567890 }],
    ['an oversized password', { email: 'a@people.example', password: 'x'.repeat(201) }],
    ['a malformed e-mail', { email: 'a', password: 'x' }],
  ])('refuses %s', async (_, payload) => {
    const res = await t.request({ method: 'POST', url: '/api/auth/login', payload, remoteAddress: uniqueIp() });
    expect(problemOf(res, 400).type).toBe('/problems/validation');
  });
});

describe('per-address flood guard', () => {
  it('answers 429 with Retry-After once an address exceeds the per-minute limit', async () => {
    const send = () =>
      limited.request({
        method: 'POST',
        url: '/api/auth/password-reset',
        payload: { email: 'someone@people.example' },
        remoteAddress: '10.250.0.1',
      });
    for (let i = 0; i < 3; i++) expect((await send()).statusCode).toBe(202);
    const res = await send();
    expect(problemOf(res, 429).type).toBe('/problems/rate-limited');
    expect(Number(res.headers['retry-after'])).toBeGreaterThan(0);
  });
});

describe('POST /api/auth/logout', () => {
  it('ends the current session only', async () => {
    const person = await createPerson(t);
    const other = sessionCookieOf(await login(person.email, person.password));
    const res = await t.request({ method: 'POST', url: '/api/auth/logout', cookie: person.cookie });
    expect(res.statusCode).toBe(204);
    expect(res.cookies.find((c) => c.name === 'allmende_session')?.value).toBe('');
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: person.cookie })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: other })).statusCode).toBe(200);
    const audited = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, person.id), eq(auditLog.action, 'auth.logout')));
    expect(audited).toHaveLength(1);
  });

  it('is harmless when signed out', async () => {
    expect((await t.request({ method: 'POST', url: '/api/auth/logout' })).statusCode).toBe(204);
  });
});

describe('POST /api/auth/logout-all', () => {
  it('ends every session of the person, including the others', async () => {
    const person = await createPerson(t);
    const other = sessionCookieOf(await login(person.email, person.password));
    const bystander = await createPerson(t);
    expect((await t.request({ method: 'POST', url: '/api/auth/logout-all', cookie: person.cookie })).statusCode).toBe(
      204,
    );
    expect(problemOf(await t.request({ method: 'GET', url: '/api/me', cookie: other }), 401).type).toBe(
      '/problems/unauthenticated',
    );
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: person.cookie })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: bystander.cookie })).statusCode).toBe(200);
  });

  it('needs a signed-in person', async () => {
    expect(problemOf(await t.request({ method: 'POST', url: '/api/auth/logout-all' }), 401).type).toBe(
      '/problems/unauthenticated',
    );
  });
});

describe('sessions', () => {
  it('lists my sessions and marks the current one', async () => {
    const person = await createPerson(t);
    await login(person.email, person.password, '10.249.1.1');
    const res = await t.request({ method: 'GET', url: '/api/auth/sessions', cookie: person.cookie });
    expect(res.statusCode).toBe(200);
    const sessions = res.json() as Array<{ id: string; current: boolean; ip: string | null }>;
    expect(sessions).toHaveLength(2);
    expect(sessions.filter((s) => s.current)).toHaveLength(1);
    expect(sessions.find((s) => !s.current)?.ip).toBe('10.249.1.1');
  });

  it('tells the coarse place of each session: the country, or a local network', async () => {
    const person = await createPerson(t);
    await login(person.email, person.password, '193.175.1.1');
    await login(person.email, person.password, '192.168.178.20');
    const res = await t.request({ method: 'GET', url: '/api/auth/sessions', cookie: person.cookie });
    const places = (res.json() as Array<{ ip: string | null; place: unknown }>).map((s) => [s.ip, s.place]);
    expect(places).toContainEqual(['193.175.1.1', { kind: 'country', code: 'DE' }]);
    expect(places).toContainEqual(['192.168.178.20', { kind: 'local' }]);
  });

  it('ends one of my sessions', async () => {
    const person = await createPerson(t);
    const other = sessionCookieOf(await login(person.email, person.password));
    const list = (await t.request({ method: 'GET', url: '/api/auth/sessions', cookie: person.cookie })).json();
    const target = list.find((s: { current: boolean }) => !s.current);
    const res = await t.request({ method: 'DELETE', url: `/api/auth/sessions/${target.id}`, cookie: person.cookie });
    expect(res.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: other })).statusCode).toBe(401);
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: person.cookie })).statusCode).toBe(200);
  });

  it('does not let me end (or learn of) someone else’s session', async () => {
    const me = await createPerson(t);
    const stranger = await createPerson(t);
    const theirs = (await t.request({ method: 'GET', url: '/api/auth/sessions', cookie: stranger.cookie })).json()[0];
    const res = await t.request({ method: 'DELETE', url: `/api/auth/sessions/${theirs.id}`, cookie: me.cookie });
    expect(problemOf(res, 404).type).toBe('/problems/not-found');
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: stranger.cookie })).statusCode).toBe(200);
  });

  it('refuses malformed ids and signed-out callers', async () => {
    const person = await createPerson(t);
    expect(
      problemOf(await t.request({ method: 'DELETE', url: '/api/auth/sessions/nope', cookie: person.cookie }), 400).type,
    ).toBe('/problems/validation');
    expect(problemOf(await t.request({ method: 'GET', url: '/api/auth/sessions' }), 401).type).toBe(
      '/problems/unauthenticated',
    );
  });
});
