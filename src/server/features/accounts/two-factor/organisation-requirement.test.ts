import { and, eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/tables.ts';
import { sessions } from '../../../platform/auth/tables.ts';
import { hashToken } from '../../../platform/auth/tokens.ts';
import { createOrganisation, createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, sessionCookieOf, TEST_ORIGIN } from '../../../test/test-app.ts';
import { ssoSessions } from '../../sso/tables.ts';
import { uniqueIp } from '../test-support.ts';
import { SoftwareAuthenticator } from './webauthn-test-authenticator.ts';

const t = await buildTestApp();
const RP_ID = new URL(TEST_ORIGIN).hostname;

const req = (method: 'GET' | 'PUT' | 'POST', url: string, cookie?: string, payload?: unknown) =>
  t.request({ method, url, cookie, payload: payload as object, remoteAddress: uniqueIp() });
const setting = (orgId: string) => `/api/organisations/${orgId}/two-factor-requirement`;

async function addPasskey(person: TestPerson) {
  const options = (await req('POST', '/api/me/passkeys/options', person.cookie)).json();
  const res = await req('POST', '/api/me/passkeys', person.cookie, {
    name: 'Laptop',
    response: new SoftwareAuthenticator(RP_ID, TEST_ORIGIN).register(options),
  });
  expect(res.statusCode).toBe(201);
}

/** An organisation with an admin who has a passkey, and its requirement set to `scope`. */
async function organisationRequiring(scope: 'admins' | 'members') {
  const organisation = await createOrganisation(t);
  const admin = await createPerson(t, { organisation, role: 'admin' });
  await addPasskey(admin);
  const res = await req('PUT', setting(organisation.id), admin.cookie, { scope });
  expect(res.statusCode, res.body).toBe(200);
  return { organisation, admin };
}

function expectHeldAtEnrolment(res: Awaited<ReturnType<typeof req>>) {
  const problem = problemOf(res, 403);
  expect(problem.type).toBe('/problems/two-factor-required');
  expect(res.json().enrolUrl).toBe('/account');
}

describe('setting the requirement', () => {
  it('is read and set by the organisation’s admins, audited; setting it takes a second factor of one’s own', async () => {
    const organisation = await createOrganisation(t);
    const admin = await createPerson(t, { organisation, role: 'admin' });
    expect((await req('GET', setting(organisation.id), admin.cookie)).json()).toEqual({ scope: 'none' });
    const without = await req('PUT', setting(organisation.id), admin.cookie, { scope: 'admins' });
    expect(problemOf(without, 409).type).toBe('/problems/two-factor-not-enabled');
    await addPasskey(admin);
    expect((await req('PUT', setting(organisation.id), admin.cookie, { scope: 'admins' })).json()).toEqual({
      scope: 'admins',
    });
    expect((await req('PUT', setting(organisation.id), admin.cookie, { scope: 'members' })).json()).toEqual({
      scope: 'members',
    });
    expect((await req('GET', setting(organisation.id), admin.cookie)).json()).toEqual({ scope: 'members' });
    const entries = await t.deps.db
      .select()
      .from(auditLog)
      .where(
        and(eq(auditLog.subjectId, organisation.id), eq(auditLog.action, 'organisation.two_factor_requirement_set')),
      );
    expect(entries.map((e) => e.details)).toEqual(
      expect.arrayContaining([
        { before: 'none', after: 'admins' },
        { before: 'admins', after: 'members' },
      ]),
    );
    // Switching it off needs no second factor (it only loosens).
    expect((await req('PUT', setting(organisation.id), admin.cookie, { scope: 'none' })).json()).toEqual({
      scope: 'none',
    });
  });

  it('is closed to the signed out (401), plain members and other organisations’ admins (403), unknown organisations (404)', async () => {
    const organisation = await createOrganisation(t);
    const member = await createPerson(t, { organisation });
    const editor = await createPerson(t, { organisation, role: 'editor' });
    const otherOrg = await createOrganisation(t);
    const otherAdmin = await createPerson(t, { organisation: otherOrg, role: 'admin' });
    await addPasskey(otherAdmin);
    expect(problemOf(await req('GET', setting(organisation.id)), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await req('PUT', setting(organisation.id), undefined, { scope: 'members' }), 401).type).toBe(
      '/problems/unauthenticated',
    );
    for (const person of [member, editor, otherAdmin]) {
      expect(problemOf(await req('GET', setting(organisation.id), person.cookie), 403).type).toBe(
        '/problems/forbidden',
      );
      expect(problemOf(await req('PUT', setting(organisation.id), person.cookie, { scope: 'none' }), 403).type).toBe(
        '/problems/forbidden',
      );
    }
    const unknown = '01900000-0000-7000-8000-000000000000';
    expect(problemOf(await req('GET', setting(unknown), otherAdmin.cookie), 404).type).toBe('/problems/not-found');
    expect(problemOf(await req('PUT', setting(unknown), otherAdmin.cookie, { scope: 'none' }), 404).type).toBe(
      '/problems/not-found',
    );
    expect((await req('GET', setting(organisation.id), member.cookie)).statusCode).toBe(403);
  });

  it('refuses bad and hostile input with 400 problem+json', async () => {
    const { organisation, admin } = await organisationRequiring('admins');
    for (const body of [
      null,
      {},
      { scope: null },
      { scope: 'everyone' },
      { scope: 'x'.repeat(100_000) },
      { scope: 'members\u0000' },
      { scope: 'none', extra: 1 },
    ]) {
      const res = await req('PUT', setting(organisation.id), admin.cookie, body);
      expect(res.statusCode, JSON.stringify(body).slice(0, 60)).toBe(400);
      expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
    }
    expect((await req('GET', '/api/organisations/not-a-uuid/two-factor-requirement', admin.cookie)).statusCode).toBe(
      400,
    );
    expect((await req('GET', setting(organisation.id), admin.cookie)).json()).toEqual({ scope: 'admins' });
  });
});

describe('a person the requirement applies to, without a second factor', () => {
  it('gets a session after the password that reaches only the enrolment, until a second factor is on', async () => {
    const { organisation } = await organisationRequiring('members');
    const member = await createPerson(t, { organisation });
    const login = await req('POST', '/api/auth/login', undefined, { email: member.email, password: member.password });
    expect(login.statusCode).toBe(200);
    const cookie = sessionCookieOf(login);
    expect((await req('GET', '/api/me', cookie)).statusCode).toBe(200);
    expect((await req('GET', '/api/me/two-factor', cookie)).json()).toMatchObject({
      requiredByOrganisation: true,
      active: false,
      enrolmentRequired: true,
    });
    expectHeldAtEnrolment(await req('GET', `/api/organisations/${organisation.id}`, cookie));
    expectHeldAtEnrolment(await req('GET', '/api/me/app-passwords', cookie));
    expectHeldAtEnrolment(await req('POST', '/api/me/app-passwords', cookie, { name: 'x', scope: 'api' }));
    // Enrolment stays open; with a passkey the rest opens.
    await addPasskey({ ...member, cookie });
    expect((await req('GET', `/api/organisations/${organisation.id}`, cookie)).statusCode).toBe(200);
  });

  it('applies to admins only when set so, to confirmed members only, and not to single sign-on sessions', async () => {
    const { organisation } = await organisationRequiring('admins');
    const admin = await createPerson(t, { organisation, role: 'admin' });
    const member = await createPerson(t, { organisation });
    expectHeldAtEnrolment(await req('GET', `/api/organisations/${organisation.id}`, admin.cookie));
    expect((await req('GET', `/api/organisations/${organisation.id}`, member.cookie)).statusCode).toBe(200);

    const strict = await organisationRequiring('members');
    const pending = await createPerson(t, { organisation: strict.organisation, pending: true });
    expect((await req('GET', `/api/organisations/${strict.organisation.id}`, pending.cookie)).statusCode).toBe(200);
    const outsider = await createPerson(t);
    expect((await req('GET', `/api/organisations/${strict.organisation.id}`, outsider.cookie)).statusCode).toBe(200);

    // A session a provider's single sign-on opened is exempt: the provider is trusted with the second factor.
    const viaSso = await createPerson(t, { organisation: strict.organisation });
    const token = viaSso.cookie.split('=')[1] as string;
    const [session] = await t.deps.db
      .select()
      .from(sessions)
      .where(eq(sessions.tokenHash, hashToken(token)));
    await t.deps.db.insert(ssoSessions).values({
      sessionId: session?.id as string,
      providerId: 'test',
      issuer: 'https://idp.example',
      subject: viaSso.id,
    });
    expect((await req('GET', `/api/organisations/${strict.organisation.id}`, viaSso.cookie)).statusCode).toBe(200);
    expect((await req('GET', '/api/me/two-factor', viaSso.cookie)).json()).toMatchObject({
      requiredByOrganisation: true,
      enrolmentRequired: false,
    });
  });
});

describe('with the session cache on, as in production', () => {
  it('lets a held person through at once after turning a second factor on, though their answer was kept', async () => {
    const cached = await buildTestApp({ sessionCacheMs: 60_000 });
    const on = (method: 'GET' | 'POST', url: string, cookie: string, payload?: unknown) =>
      cached.request({ method, url, cookie, payload: payload as object, remoteAddress: uniqueIp() });
    const { organisation } = await organisationRequiring('members');
    const member = await createPerson(t, { organisation });
    const page = `/api/organisations/${organisation.id}`;
    expectHeldAtEnrolment(await on('GET', page, member.cookie));
    expectHeldAtEnrolment(await on('GET', page, member.cookie));
    const options = (await on('POST', '/api/me/passkeys/options', member.cookie)).json();
    const added = await on('POST', '/api/me/passkeys', member.cookie, {
      name: 'Laptop',
      response: new SoftwareAuthenticator(RP_ID, TEST_ORIGIN).register(options),
    });
    expect(added.statusCode, added.body).toBe(201);
    expect((await on('GET', page, member.cookie)).statusCode).toBe(200);
  });
});
