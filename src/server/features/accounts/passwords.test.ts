import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { createOrganisation, createPerson, findPerson, unique } from '../../test/factories.ts';
import { buildTestApp, problemOf, sessionCookieOf } from '../../test/test-app.ts';
import { mailsFor, tokenIn, uniqueIp } from './test-support.ts';

const t = await buildTestApp();
const NEW_PASSWORD = 'a brand new password';

const post = (url: string, payload: object, cookie?: string) =>
  t.request({ method: 'POST', url, payload, cookie, remoteAddress: uniqueIp() });
const login = (email: string, password: string) => post('/api/auth/login', { email, password });
const meStatus = async (cookie: string) => (await t.request({ method: 'GET', url: '/api/me', cookie })).statusCode;

async function resetToken(email: string, count = 1) {
  expect((await post('/api/auth/password-reset', { email })).statusCode).toBe(202);
  const mails = await mailsFor(t, email, count);
  return tokenIn(mails[count - 1] as string, '/reset-password');
}

describe('password reset', () => {
  it('sets a new password with the mailed link, which works once and ends every session', async () => {
    const person = await createPerson(t);
    const token = await resetToken(person.email);
    const res = await post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(res.statusCode).toBe(204);
    expect(await meStatus(person.cookie)).toBe(401);
    expect((await login(person.email, person.password)).statusCode).toBe(401);
    expect((await login(person.email, NEW_PASSWORD)).statusCode).toBe(200);

    const again = await post('/api/auth/password-reset/confirm', { token, password: 'yet another password' });
    expect(problemOf(again, 400).type).toBe('/problems/invalid-token');
    expect((await login(person.email, NEW_PASSWORD)).statusCode).toBe(200);

    const audited = await t.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, person.id));
    expect(audited.map((e) => e.action)).toContain('auth.password_reset');
  });

  it('voids older reset links once one is used', async () => {
    const person = await createPerson(t);
    const first = await resetToken(person.email, 1);
    const second = await resetToken(person.email, 2);
    expect((await post('/api/auth/password-reset/confirm', { token: second, password: NEW_PASSWORD })).statusCode).toBe(
      204,
    );
    const res = await post('/api/auth/password-reset/confirm', { token: first, password: 'sneaky other password' });
    expect(problemOf(res, 400).type).toBe('/problems/invalid-token');
  });

  it('counts as verifying the address, since the link proves the mailbox', async () => {
    const organisation = await createOrganisation(t);
    const person = await createPerson(t, { verified: false, organisation, pending: true });
    const token = await resetToken(person.email);
    await post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    const signedIn = await login(person.email, NEW_PASSWORD);
    expect(signedIn.statusCode).toBe(200);
    expect(signedIn.json().organisation).toMatchObject({ id: organisation.id, status: 'confirmed' });
  });

  it('answers unknown addresses exactly like known ones, and mails only the known', async () => {
    const person = await createPerson(t);
    const unknown = `${unique('nobody')}@people.example`;
    const a = await post('/api/auth/password-reset', { email: unknown });
    const b = await post('/api/auth/password-reset', { email: person.email });
    expect(a.statusCode).toBe(202);
    expect(a.body).toBe(b.body);
    await mailsFor(t, person.email);
    expect(t.mailsTo(unknown)).toHaveLength(0);
  });

  it('mails in the person’s language', async () => {
    const person = await createPerson(t);
    await t.request({ method: 'PATCH', url: '/api/me', cookie: person.cookie, payload: { locale: 'en' } });
    await post('/api/auth/password-reset', { email: person.email });
    expect((await mailsFor(t, person.email))[0]).toContain('use this link to set a new password');
  });

  it('refuses unknown tokens and bad input', async () => {
    const unknownToken = await post('/api/auth/password-reset/confirm', { token: 'made-up', password: NEW_PASSWORD });
    expect(problemOf(unknownToken, 400).type).toBe('/problems/invalid-token');
    for (const payload of [
      { token: 'x', password: 'short' },
      { token: 'x' },
      { token: 'x', password: NEW_PASSWORD, extra: true },
      { token: 'x', password: 'x'.repeat(201) },
    ]) {
      expect(problemOf(await post('/api/auth/password-reset/confirm', payload), 400).type).toBe('/problems/validation');
    }
    expect(problemOf(await post('/api/auth/password-reset', { email: 42 }), 400).type).toBe('/problems/validation');
  });
});

describe('POST /api/auth/change-password', () => {
  it('changes the password, keeps this session and ends the others', async () => {
    const person = await createPerson(t);
    const other = sessionCookieOf(await login(person.email, person.password));
    const res = await post(
      '/api/auth/change-password',
      { currentPassword: person.password, newPassword: NEW_PASSWORD },
      person.cookie,
    );
    expect(res.statusCode).toBe(204);
    expect(await meStatus(person.cookie)).toBe(200);
    expect(await meStatus(other)).toBe(401);
    expect((await login(person.email, NEW_PASSWORD)).statusCode).toBe(200);
    expect((await mailsFor(t, person.email))[0]).toContain('das Passwort Ihres Allmende-Kontos wurde soeben geändert');
    const audited = await t.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, person.id));
    expect(audited.map((e) => e.action)).toContain('auth.password_changed');
  });

  it('refuses a wrong current password and leaves the password as it was', async () => {
    const person = await createPerson(t);
    const before = (await findPerson(t, person.id))?.passwordHash;
    const res = await post(
      '/api/auth/change-password',
      { currentPassword: 'not my password', newPassword: NEW_PASSWORD },
      person.cookie,
    );
    expect(problemOf(res, 403).type).toBe('/problems/wrong-password');
    expect((await findPerson(t, person.id))?.passwordHash).toBe(before);
  });

  it('needs a signed-in person and valid input', async () => {
    const person = await createPerson(t);
    const body = { currentPassword: person.password, newPassword: NEW_PASSWORD };
    expect(problemOf(await post('/api/auth/change-password', body), 401).type).toBe('/problems/unauthenticated');
    expect(
      problemOf(await post('/api/auth/change-password', { ...body, newPassword: 'short' }, person.cookie), 400).type,
    ).toBe('/problems/validation');
  });
});
