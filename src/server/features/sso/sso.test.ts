import { and, eq } from 'drizzle-orm';
import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { persons } from '../../platform/auth/tables.ts';
import { createOrganisation, createPerson, findPerson, TEST_PASSWORD, unique } from '../../test/factories.ts';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../../test/test-app.ts';
import { twoFactorSecrets } from '../accounts/tables.ts';
import { uniqueIp } from '../accounts/test-support.ts';
import { organisationMemberships } from '../organisations/tables.ts';
import type { SsoProviderSettings } from './provider-settings.ts';
import { ssoFlows, ssoIdentities } from './tables.ts';
import { startTestProvider, type TestProvider } from './test-provider.ts';

// Every case runs against a real OpenID Provider (`oidc-provider`) on a free port. Two cases cannot be
// produced by it as it is, because a conformant provider never issues such a token: an ID token for another
// audience and one that has already expired. For those the test's provider rewrites the ID token of its own
// token answer and signs it again with its own key (test-provider.ts, `changeIdToken`), so the signature
// is valid and only the claim under test is wrong. The mix-up (another issuer) is shown both ways: the
// `iss` parameter of the authorisation answer (RFC 9207) and the `iss` claim of the ID token.

const CALLBACK = `${TEST_ORIGIN}/api/auth/sso/test/callback`;
let provider: TestProvider;
let t: TestApp;
let organisationId: string;
const SESSION = 'allmende_session';
const STATE = 'allmende_sso_state';

function settings(p: TestProvider, id = 'test', organisations: string[] = []): SsoProviderSettings {
  return {
    id,
    name: 'Kreis-Login',
    issuer: p.issuer,
    clientId: p.clientId,
    clientSecret: p.clientSecret,
    organisationIds: organisations,
    claims: { name: 'name', email: 'email', organisation: 'org' },
  };
}

const cookieOf = (answer: LightMyRequestResponse, name: string) =>
  answer.cookies.find((c) => c.name === name && c.value !== '')?.value;

/** The browser's way: start at the platform, sign in at the provider, come back to the callback. */
async function ssoSignIn(options: { returnTo?: string; cookie?: string; path?: string } = {}) {
  const query = options.returnTo === undefined ? '' : `?returnTo=${encodeURIComponent(options.returnTo)}`;
  const ip = uniqueIp();
  const start = await t.request({
    method: 'GET',
    url: `/api/auth/sso/test/${options.path ?? 'start'}${query}`,
    cookie: options.cookie,
    remoteAddress: ip,
  });
  expect(start.statusCode).toBe(303);
  const state = cookieOf(start, STATE);
  expect(state).toBeTruthy();
  const callbackPath = await provider.authorise(String(start.headers.location));
  const browserCookie = [options.cookie, `${STATE}=${state}`].filter(Boolean).join('; ');
  const callback = await t.request({ method: 'GET', url: callbackPath, cookie: browserCookie, remoteAddress: ip });
  return { start, state, callbackPath, browserCookie, callback, ip };
}

function newAccount(overrides: Record<string, unknown> = {}) {
  const sub = unique('sub');
  return {
    sub,
    name: `Sandra ${sub}`,
    email: `${sub}@kreis.example`.toLowerCase(),
    email_verified: true,
    ...overrides,
  };
}

async function identityFor(sub: string) {
  const rows = await t.deps.db
    .select()
    .from(ssoIdentities)
    .where(and(eq(ssoIdentities.issuer, provider.issuer), eq(ssoIdentities.subject, sub)));
  return rows[0];
}

/** What the audit log says failed in the refused sign-in from this (test's own) address. */
async function failureWhy(ip: string): Promise<string> {
  const rows = await t.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, 'auth.sso_failed'), eq(auditLog.ip, ip)));
  return String((rows[0]?.details as { why?: string } | null)?.why);
}

function expectRefused(answer: LightMyRequestResponse, reason: string) {
  expect(answer.statusCode).toBe(303);
  expect(answer.headers.location).toBe(`/sign-in?sso-error=${reason}`);
  expect(cookieOf(answer, SESSION)).toBeUndefined();
}

beforeAll(async () => {
  provider = await startTestProvider({ callbackUrl: CALLBACK });
  const probe = await buildTestApp();
  organisationId = (await createOrganisation(probe)).id;
  t = await buildTestApp({ ssoProviders: [settings(provider, 'test', [organisationId])] });
});

afterAll(async () => {
  await provider?.close();
});

describe('single sign-on with a real OpenID provider', () => {
  it('lists the configured providers for the sign-in page, without secrets', async () => {
    const answer = await t.request({ method: 'GET', url: '/api/auth/sso/providers' });
    expect(answer.statusCode).toBe(200);
    expect(answer.json()).toEqual([{ id: 'test', name: 'Kreis-Login', startUrl: '/api/auth/sso/test/start' }]);
    expect(answer.body).not.toContain(provider.clientSecret);
  });

  it('sends the browser to the provider with PKCE (S256), state and nonce', async () => {
    const start = await t.request({ method: 'GET', url: '/api/auth/sso/test/start' });
    expect(start.statusCode).toBe(303);
    const url = new URL(String(start.headers.location));
    expect(url.origin).toBe(provider.issuer);
    expect(url.searchParams.get('code_challenge_method')).toBe('S256');
    expect(url.searchParams.get('code_challenge')).toBeTruthy();
    expect(url.searchParams.get('nonce')).toBeTruthy();
    expect(url.searchParams.get('redirect_uri')).toBe(CALLBACK);
    const state = url.searchParams.get('state');
    expect(cookieOf(start, STATE)).toBe(state);
    const cookie = start.cookies.find((c) => c.name === STATE);
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/api/auth/sso' });
  });

  it('creates the person on the first sign-in, verified and confirmed in the vouched organisation, with a session', async () => {
    const account = newAccount({ org: organisationId });
    provider.signInAs(account);
    const { callback } = await ssoSignIn({ returnTo: '/workspaces?tab=mine' });
    expect(callback.statusCode).toBe(303);
    expect(callback.headers.location).toBe('/workspaces?tab=mine');
    const session = cookieOf(callback, SESSION);
    expect(session).toBeTruthy();
    expect(callback.cookies.find((c) => c.name === SESSION)).toMatchObject({ httpOnly: true, sameSite: 'Lax' });

    const me = await t.request({ method: 'GET', url: '/api/me', cookie: `${SESSION}=${session}` });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ name: account.name, email: account.email });

    const identity = await identityFor(account.sub);
    expect(identity?.providerId).toBe('test');
    const person = await findPerson(t, identity?.personId ?? '');
    expect(person?.emailVerifiedAt).toBeInstanceOf(Date);
    const membership = await t.deps.db
      .select()
      .from(organisationMemberships)
      .where(eq(organisationMemberships.personId, person?.id ?? ''));
    expect(membership[0]).toMatchObject({ organisationId, status: 'confirmed', role: 'member' });
    const audit = await t.deps.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.subjectId, person?.id ?? ''));
    expect(audit.map((e) => e.action)).toContain('auth.sso_registered');
  });

  it('updates name and e-mail on a later sign-in, and signs in the same person', async () => {
    const account = newAccount();
    provider.signInAs(account);
    await ssoSignIn();
    const personId = (await identityFor(account.sub))?.personId;
    const renamed = { ...account, name: `Sandra Neumann ${account.sub}`, email: `neu-${account.email}` };
    provider.signInAs(renamed);
    const { callback } = await ssoSignIn();
    expect(callback.statusCode).toBe(303);
    expect(callback.headers.location).toBe('/');
    expect(cookieOf(callback, SESSION)).toBeTruthy();
    expect((await identityFor(account.sub))?.personId).toBe(personId);
    const person = await findPerson(t, personId ?? '');
    expect(person).toMatchObject({ name: renamed.name, email: renamed.email });
  });

  it('refuses an ID token for another audience', async () => {
    provider.signInAs(newAccount());
    provider.changeIdToken((claims) => ({ ...claims, aud: 'another-client' }));
    try {
      const { callback, ip } = await ssoSignIn();
      expectRefused(callback, 'sign-in-refused');
      expect(await failureWhy(ip)).toContain('"aud"');
    } finally {
      provider.changeIdToken(undefined);
    }
  });

  it('refuses an expired ID token', async () => {
    const account = newAccount();
    provider.signInAs(account);
    const now = Math.floor(Date.now() / 1000);
    provider.changeIdToken((claims) => ({ ...claims, iat: now - 7200, exp: now - 3600 }));
    try {
      const { callback, ip } = await ssoSignIn();
      expectRefused(callback, 'sign-in-refused');
      expect(await failureWhy(ip)).toContain('"exp"');
      expect(await identityFor(account.sub)).toBeUndefined();
    } finally {
      provider.changeIdToken(undefined);
    }
  });

  it('refuses an ID token signed with a key the provider does not publish', async () => {
    provider.signInAs(newAccount());
    provider.changeIdToken((claims) => claims, { foreignKey: true });
    try {
      const { callback, ip } = await ssoSignIn();
      expectRefused(callback, 'sign-in-refused');
      expect(await failureWhy(ip)).toMatch(/signature/i);
    } finally {
      provider.changeIdToken(undefined);
    }
  });

  it('refuses an ID token with another nonce', async () => {
    provider.signInAs(newAccount());
    provider.changeIdToken((claims) => ({ ...claims, nonce: 'not-the-nonce-of-this-sign-in' }));
    try {
      const { callback, ip } = await ssoSignIn();
      expectRefused(callback, 'sign-in-refused');
      expect(await failureWhy(ip)).toContain('"nonce"');
    } finally {
      provider.changeIdToken(undefined);
    }
  });

  it('refuses a replayed state: the callback works once', async () => {
    provider.signInAs(newAccount());
    const { callback, callbackPath, browserCookie } = await ssoSignIn();
    expect(cookieOf(callback, SESSION)).toBeTruthy();
    const again = await t.request({ method: 'GET', url: callbackPath, cookie: browserCookie });
    expectRefused(again, 'flow-invalid');
  });

  it('refuses a callback in a browser that did not start the sign-in (no or another state cookie)', async () => {
    provider.signInAs(newAccount());
    const start = await t.request({ method: 'GET', url: '/api/auth/sso/test/start' });
    const path = await provider.authorise(String(start.headers.location));
    expectRefused(await t.request({ method: 'GET', url: path }), 'flow-invalid');
    expectRefused(
      await t.request({ method: 'GET', url: path, cookie: `${STATE}=someone-elses-state` }),
      'flow-invalid',
    );
  });

  it('refuses a mix-up: an answer naming another issuer, and an ID token of another issuer', async () => {
    provider.signInAs(newAccount());
    const start = await t.request({ method: 'GET', url: '/api/auth/sso/test/start' });
    const state = cookieOf(start, STATE);
    const path = await provider.authorise(String(start.headers.location));
    const url = new URL(path, TEST_ORIGIN);
    expect(url.searchParams.get('iss')).toBe(provider.issuer);
    url.searchParams.set('iss', 'https://other-provider.example');
    const ip = uniqueIp();
    const mixed = await t.request({
      method: 'GET',
      url: `${url.pathname}${url.search}`,
      cookie: `${STATE}=${state}`,
      remoteAddress: ip,
    });
    expectRefused(mixed, 'sign-in-refused');
    expect(await failureWhy(ip)).toContain('"iss"');

    provider.changeIdToken((claims) => ({ ...claims, iss: 'https://other-provider.example' }));
    try {
      const { callback, ip } = await ssoSignIn();
      expectRefused(callback, 'sign-in-refused');
      expect(await failureWhy(ip)).toContain('"iss"');
    } finally {
      provider.changeIdToken(undefined);
    }
  });

  it('ignores a returnTo that leaves the platform (open redirect)', async () => {
    for (const returnTo of ['https://evil.example/', '//evil.example/x', '/\\evil.example', 'javascript:alert(1)']) {
      provider.signInAs(newAccount());
      const { callback } = await ssoSignIn({ returnTo });
      expect(callback.statusCode).toBe(303);
      expect(callback.headers.location).toBe('/');
      expect(cookieOf(callback, SESSION)).toBeTruthy();
    }
  });

  it('does not link an existing account with the same address silently; the signed-in person links it', async () => {
    const existing = await createPerson(t);
    const account = newAccount({ email: existing.email });
    provider.signInAs(account);
    const { callback } = await ssoSignIn();
    expectRefused(callback, 'account-exists');
    expect(await identityFor(account.sub)).toBeUndefined();

    // Signed in with the password, the person links the provider; afterwards the provider signs them in.
    const linked = await ssoSignIn({ path: 'link', cookie: existing.cookie, returnTo: '/account' });
    expect(linked.callback.statusCode).toBe(303);
    expect(linked.callback.headers.location).toBe('/account');
    expect((await identityFor(account.sub))?.personId).toBe(existing.id);
    const { callback: again } = await ssoSignIn();
    const session = cookieOf(again, SESSION);
    const me = await t.request({ method: 'GET', url: '/api/me', cookie: `${SESSION}=${session}` });
    expect(me.json()).toMatchObject({ email: existing.email });
  });

  it('refuses linking a provider account that belongs to another person', async () => {
    const account = newAccount();
    provider.signInAs(account);
    await ssoSignIn();
    const other = await createPerson(t);
    const { callback } = await ssoSignIn({ path: 'link', cookie: other.cookie });
    expectRefused(callback, 'identity-taken');
  });

  it('refuses a new person whose address the provider has not verified', async () => {
    const account = newAccount({ email_verified: false });
    provider.signInAs(account);
    const { callback } = await ssoSignIn();
    expectRefused(callback, 'email-not-verified');
    expect(await identityFor(account.sub)).toBeUndefined();
  });

  it('trusts the provider with the second factor: a person with TOTP signs in by SSO without a code', async () => {
    const person = await createPerson(t);
    await t.deps.db
      .insert(twoFactorSecrets)
      .values({ personId: person.id, secret: 'JBSWY3DPEHPK3PXP', enabledAt: new Date() });
    const password = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: person.email, password: TEST_PASSWORD },
      remoteAddress: uniqueIp(),
    });
    expect(password.statusCode).toBe(202);
    const account = newAccount({ email: person.email });
    provider.signInAs(account);
    await ssoSignIn({ path: 'link', cookie: person.cookie });
    const { callback } = await ssoSignIn();
    expect(callback.statusCode).toBe(303);
    expect(cookieOf(callback, SESSION)).toBeTruthy();
  });

  it('tells a locked person so', async () => {
    const account = newAccount();
    provider.signInAs(account);
    await ssoSignIn();
    const identity = await identityFor(account.sub);
    await t.deps.db
      .update(persons)
      .set({ lockedAt: new Date() })
      .where(eq(persons.id, identity?.personId ?? ''));
    const { callback } = await ssoSignIn();
    expectRefused(callback, 'account-locked');
  });

  it('sends the browser back to the sign-in page when the provider answers with an error', async () => {
    const start = await t.request({ method: 'GET', url: '/api/auth/sso/test/start' });
    const state = cookieOf(start, STATE) ?? '';
    const callback = await t.request({
      method: 'GET',
      url: `/api/auth/sso/test/callback?error=access_denied&state=${state}`,
      cookie: `${STATE}=${state}`,
    });
    expectRefused(callback, 'provider-refused');
    const used = await t.deps.db.select().from(ssoFlows).where(eq(ssoFlows.providerId, 'test'));
    expect(used.length).toBeGreaterThan(0);
  });
});

describe('a provider that is down', () => {
  it('sends the browser back to the sign-in page with a message, at the start and at the callback', async () => {
    const down = await startTestProvider({ callbackUrl: `${TEST_ORIGIN}/api/auth/sso/down/callback` });
    const gone = await startTestProvider({ callbackUrl: `${TEST_ORIGIN}/api/auth/sso/gone/callback` });
    const app = await buildTestApp({ ssoProviders: [settings(down, 'down'), settings(gone, 'gone')] });
    await down.close();
    const start = await app.request({ method: 'GET', url: '/api/auth/sso/down/start' });
    expect(start.statusCode).toBe(303);
    expect(start.headers.location).toBe('/sign-in?sso-error=provider-unavailable');

    // Down between the start and the return: the code cannot be redeemed.
    gone.signInAs(newAccount());
    const begun = await app.request({ method: 'GET', url: '/api/auth/sso/gone/start' });
    const state = cookieOf(begun, STATE);
    const path = await gone.authorise(String(begun.headers.location));
    await gone.close();
    const callback = await app.request({ method: 'GET', url: path, cookie: `${STATE}=${state}` });
    expect(callback.statusCode).toBe(303);
    expect(callback.headers.location).toBe('/sign-in?sso-error=provider-unavailable');
  });
});

describe('bad input and walls', () => {
  it('answers 4xx problem+json for bad input on every route', async () => {
    const cases: Array<[string, number]> = [
      ['/api/auth/sso/nobody/start', 404],
      ['/api/auth/sso/Not_An_Id/start', 400],
      [`/api/auth/sso/test/start?returnTo=${'a'.repeat(1001)}`, 400],
      ['/api/auth/sso/test/start?other=1', 400],
      ['/api/auth/sso/test/callback', 400],
      ['/api/auth/sso/test/callback?state=', 400],
      ['/api/auth/sso/nobody/callback?state=x', 404],
      ['/api/auth/sso/test/link', 401],
      ['/api/auth/sso/nobody/link', 401],
    ];
    for (const [url, status] of cases) {
      const answer = await t.request({ method: 'GET', url });
      expect([url, answer.statusCode]).toEqual([url, status]);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    }
    const person = await createPerson(t);
    const unknown = await t.request({ method: 'GET', url: '/api/auth/sso/nobody/link', cookie: person.cookie });
    expect(unknown.statusCode).toBe(404);
  });

  it('answers an empty list and 404s when no provider is configured', async () => {
    const plain = await buildTestApp();
    expect((await plain.request({ method: 'GET', url: '/api/auth/sso/providers' })).json()).toEqual([]);
    expect((await plain.request({ method: 'GET', url: '/api/auth/sso/test/start' })).statusCode).toBe(404);
  });
});
