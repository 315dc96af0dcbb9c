import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { persons } from '../../platform/auth/tables.ts';
import { hashToken } from '../../platform/auth/tokens.ts';
import { createOrganisation, createPerson, findPerson, unique } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import { emailTokens } from './tables.ts';
import { mailsFor, tokenIn } from './test-support.ts';

const t = await buildTestApp();
const PASSWORD = 'a long enough password';

function registerBody(over: Record<string, unknown> = {}) {
  return { name: 'Erika Mustermann', email: `${unique('reg')}@people.example`, password: PASSWORD, ...over };
}

const post = (url: string, payload: unknown) => t.request({ method: 'POST', url, payload: payload as object });

async function me(cookie: string) {
  return (await t.request({ method: 'GET', url: '/api/me', cookie })).json();
}

async function signIn(email: string, password = PASSWORD) {
  return post('/api/auth/login', { email, password });
}

describe('POST /api/auth/register', () => {
  it('creates an unverified account and mails a verification link that verifies it', async () => {
    const body = registerBody({ email: `${unique('Reg')}@People.Example` });
    const res = await post('/api/auth/register', body);
    expect(res.statusCode).toBe(201);
    expect(res.json()).toEqual({ status: 'verification-sent' });

    const email = body.email.toLowerCase();
    expect((await signIn(email)).statusCode).toBe(403);

    const [mail] = await mailsFor(t, email);
    expect(mail).toContain(`${t.config.publicUrl}/verify-email?token=`);
    expect(mail).toContain('Guten Tag Erika Mustermann');
    const verified = await post('/api/auth/verify', { token: tokenIn(mail as string, '/verify-email') });
    expect(verified.statusCode).toBe(200);
    expect(verified.json()).toEqual({ verified: true });

    const login = await signIn(email);
    expect(login.statusCode).toBe(200);
    expect(login.json()).toMatchObject({ email, name: 'Erika Mustermann', locale: 'de', organisation: null });
  });

  it('writes the mail in English for English speakers', async () => {
    const body = registerBody({ locale: 'en' });
    await post('/api/auth/register', body);
    const [mail] = await mailsFor(t, body.email);
    expect(mail).toContain('please confirm your e-mail address');
  });

  it('confirms the home organisation after verification when its e-mail domain matches', async () => {
    const organisation = await createOrganisation(t);
    const email = `${unique('m')}@${organisation.domain}`;
    await post('/api/auth/register', registerBody({ email, organisationId: organisation.id }));
    const [mail] = await mailsFor(t, email);
    await post('/api/auth/verify', { token: tokenIn(mail as string, '/verify-email') });
    const cookie = (await signIn(email)).headers['set-cookie'];
    const view = await me(String(cookie).split(';')[0] as string);
    expect(view.organisation).toMatchObject({ id: organisation.id, role: 'member', status: 'confirmed' });
  });

  it('leaves the home organisation pending when the domain does not match', async () => {
    const organisation = await createOrganisation(t);
    const email = `${unique('m')}@elsewhere.example`;
    await post('/api/auth/register', registerBody({ email, organisationId: organisation.id }));
    const [mail] = await mailsFor(t, email);
    await post('/api/auth/verify', { token: tokenIn(mail as string, '/verify-email') });
    const cookie = String((await signIn(email)).headers['set-cookie']).split(';')[0] as string;
    expect((await me(cookie)).organisation).toMatchObject({ id: organisation.id, status: 'pending' });
  });

  it('answers an existing address exactly like a new one, and mails its owner instead', async () => {
    const existing = await createPerson(t);
    const fresh = await post('/api/auth/register', registerBody());
    const known = await post('/api/auth/register', registerBody({ email: existing.email.toUpperCase() }));
    expect(known.statusCode).toBe(fresh.statusCode);
    expect(known.body).toBe(fresh.body);
    const [mail] = await mailsFor(t, existing.email);
    expect(mail).toContain('Sie haben bereits eines');
    // The attempt did not change the existing account's password.
    expect((await signIn(existing.email, existing.password)).statusCode).toBe(200);
  });

  it('sends a fresh verification link when an unverified address registers again', async () => {
    const body = registerBody();
    await post('/api/auth/register', body);
    await post('/api/auth/register', { ...body, password: 'another long password' });
    const mails = await mailsFor(t, body.email, 2);
    const second = tokenIn(mails[1] as string, '/verify-email');
    expect((await post('/api/auth/verify', { token: second })).statusCode).toBe(200);
    expect((await signIn(body.email)).statusCode).toBe(200);
  });

  it('records the registration in the audit log', async () => {
    const body = registerBody();
    await post('/api/auth/register', body);
    const [person] = await t.deps.db.select().from(persons).where(eq(persons.email, body.email));
    const entries = await t.deps.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, person?.id as string));
    expect(entries).toEqual([
      expect.objectContaining({ action: 'auth.registered', actorId: person?.id, ip: '127.0.0.1' }),
    ]);
  });

  it('refuses an organisation that does not exist', async () => {
    const problem = problemOf(
      await post('/api/auth/register', registerBody({ organisationId: '01900000-0000-7000-8000-000000000000' })),
      400,
    );
    expect(problem.errors?.[0]?.field).toBe('body:/organisationId');
  });

  it.each([
    ['a missing field', { name: 'X', email: 'x@people.example' }],
    ['an extra field', { ...registerBody(), admin: true }],
    ['a wrong type', { ...registerBody(), name: 42 }],
    ['a malformed e-mail', { ...registerBody(), email: 'not-an-address' }],
    ['a short password', { ...registerBody(), password: 'short' }],
    ['an oversized name', { ...registerBody(), name: 'x'.repeat(201) }],
    ['a blank name', { ...registerBody(), name: '   ' }],
    ['an unknown locale', { ...registerBody(), locale: 'fr' }],
    ['a malformed organisation id', { ...registerBody(), organisationId: 'nope' }],
  ])('refuses %s', async (_, payload) => {
    expect(problemOf(await post('/api/auth/register', payload), 400).type).toBe('/problems/validation');
  });

  it('refuses a malformed JSON body', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/register',
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(problemOf(res, 400).type).toBe('/problems/malformed-json');
  });

  it('refuses a request from a foreign origin', async () => {
    const res = await t.request({
      method: 'POST',
      url: '/api/auth/register',
      headers: { origin: 'https://evil.example' },
      payload: registerBody(),
    });
    expect(problemOf(res, 403).type).toBe('/problems/bad-origin');
  });
});

describe('POST /api/auth/verify', () => {
  it('works once', async () => {
    const body = registerBody();
    await post('/api/auth/register', body);
    const token = tokenIn((await mailsFor(t, body.email))[0] as string, '/verify-email');
    expect((await post('/api/auth/verify', { token })).statusCode).toBe(200);
    expect(problemOf(await post('/api/auth/verify', { token }), 400).type).toBe('/problems/invalid-token');
  });

  it('refuses an unknown token', async () => {
    expect(problemOf(await post('/api/auth/verify', { token: 'made-up' }), 400).type).toBe('/problems/invalid-token');
  });

  it('refuses bad input', async () => {
    expect(problemOf(await post('/api/auth/verify', {}), 400).type).toBe('/problems/validation');
    expect(problemOf(await post('/api/auth/verify', { token: 'x'.repeat(201) }), 400).type).toBe(
      '/problems/validation',
    );
    expect(problemOf(await post('/api/auth/verify', { token: 'x', extra: 1 }), 400).type).toBe('/problems/validation');
  });

  it('refuses an expired token', async () => {
    const body = registerBody();
    await post('/api/auth/register', body);
    const token = tokenIn((await mailsFor(t, body.email))[0] as string, '/verify-email');
    await t.deps.db
      .update(emailTokens)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(emailTokens.tokenHash, hashToken(token)));
    expect(problemOf(await post('/api/auth/verify', { token }), 400).type).toBe('/problems/invalid-token');
  });
});

describe('POST /api/auth/resend-verification', () => {
  it('mails a new link to an unverified account', async () => {
    const body = registerBody();
    await post('/api/auth/register', body);
    const res = await post('/api/auth/resend-verification', { email: body.email });
    expect(res.statusCode).toBe(202);
    const mails = await mailsFor(t, body.email, 2);
    expect((await post('/api/auth/verify', { token: tokenIn(mails[1] as string, '/verify-email') })).statusCode).toBe(
      200,
    );
  });

  it('answers unknown and verified addresses the same and mails nobody', async () => {
    const verified = await createPerson(t);
    const unknown = `${unique('nobody')}@people.example`;
    const a = await post('/api/auth/resend-verification', { email: unknown });
    const b = await post('/api/auth/resend-verification', { email: verified.email });
    expect([a.statusCode, b.statusCode]).toEqual([202, 202]);
    expect(a.body).toBe(b.body);
    await new Promise((resolve) => setTimeout(resolve, 100));
    expect(t.mailsTo(unknown)).toHaveLength(0);
    expect(t.mailsTo(verified.email)).toHaveLength(0);
    expect((await findPerson(t, verified.id))?.emailVerifiedAt).not.toBeNull();
  });

  it('refuses bad input', async () => {
    expect(problemOf(await post('/api/auth/resend-verification', { email: 'x' }), 400).type).toBe(
      '/problems/validation',
    );
  });
});
