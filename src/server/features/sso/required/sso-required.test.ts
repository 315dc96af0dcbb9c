import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPerson, TEST_PASSWORD, type TestOrganisation } from '../../../test/factories.ts';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../../../test/test-app.ts';
import { issueEmailToken } from '../../accounts/email-tokens.ts';
import { uniqueIp } from '../../accounts/test-support.ts';
import type { SsoProviderSettings } from '../provider-settings.ts';
import { newAccount, newProviderId, ssoSignIn } from '../sso-test-support.ts';
import { ssoIdentities } from '../tables.ts';
import { startTestProvider, type TestProvider } from '../test-provider.ts';

// An organisation that requires single sign-on, and the account page's linked identities, against a real
// provider (oidc-provider) started by the test.

const ID = newProviderId();
let provider: TestProvider;
let t: TestApp;
let org: TestOrganisation;
let otherOrg: TestOrganisation;

beforeAll(async () => {
  provider = await startTestProvider({ callbackUrl: `${TEST_ORIGIN}/api/auth/sso/${ID}/callback` });
  const probe = await buildTestApp();
  org = await createOrganisation(probe);
  otherOrg = await createOrganisation(probe);
  const settings: SsoProviderSettings = {
    id: ID,
    name: 'Kreis-Login',
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    organisationIds: [org.id],
    claims: { name: 'name', email: 'email', organisation: undefined },
  };
  t = await buildTestApp({ ssoProviders: [settings] });
});

afterAll(async () => {
  await provider?.close();
});

const requirementUrl = (id: string) => `/api/organisations/${id}/sso-requirement`;

/** Links the provider to a signed-in person's account, as the account page's button does. */
async function link(cookie: string) {
  provider.signInAs(newAccount());
  const { callback } = await ssoSignIn(t, provider, ID, { cookie, path: 'link' });
  expect(callback.headers.location).toBe('/account');
}

const signIn = (email: string) =>
  t.request({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: TEST_PASSWORD },
    remoteAddress: uniqueIp(),
  });

describe('an organisation that requires single sign-on', () => {
  it('is set by its admins only; others are refused from their side of the wall', async () => {
    const admin = await createPerson(t, { organisation: org, role: 'admin' });
    const member = await createPerson(t, { organisation: org });
    const otherAdmin = await createPerson(t, { organisation: otherOrg, role: 'admin' });
    expect((await t.request({ method: 'GET', url: requirementUrl(org.id) })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'PUT', url: requirementUrl(org.id), payload: { required: true } })).statusCode,
    ).toBe(401);
    for (const cookie of [member.cookie, otherAdmin.cookie]) {
      expect((await t.request({ method: 'GET', url: requirementUrl(org.id), cookie })).statusCode).toBe(403);
      const put = await t.request({ method: 'PUT', url: requirementUrl(org.id), cookie, payload: { required: true } });
      expect(put.statusCode).toBe(403);
    }
    const unknown = requirementUrl('0190a3b1-5c2d-7e4f-8a9b-0c1d2e3f4a5b');
    expect((await t.request({ method: 'GET', url: unknown, cookie: admin.cookie })).statusCode).toBe(404);
    const got = await t.request({ method: 'GET', url: requirementUrl(org.id), cookie: admin.cookie });
    expect(got.json()).toEqual({ required: false, providers: [{ id: ID, name: 'Kreis-Login' }] });
  });

  it('needs a vouching provider, and the admin who sets it must have linked it', async () => {
    const otherAdmin = await createPerson(t, { organisation: otherOrg, role: 'admin' });
    const none = await t.request({
      method: 'PUT',
      url: requirementUrl(otherOrg.id),
      cookie: otherAdmin.cookie,
      payload: { required: true },
    });
    expect(none.statusCode).toBe(409);
    expect(none.json().type).toContain('sso-no-provider');
    const admin = await createPerson(t, { organisation: org, role: 'admin' });
    const unlinked = await t.request({
      method: 'PUT',
      url: requirementUrl(org.id),
      cookie: admin.cookie,
      payload: { required: true },
    });
    expect(unlinked.statusCode).toBe(409);
    expect(unlinked.json().type).toContain('sso-not-linked');
  });

  it('refuses password sign-in, password reset and new app passwords of members, naming the provider; platform admins pass', async () => {
    const admin = await createPerson(t, { organisation: org, role: 'admin' });
    await link(admin.cookie);
    const set = await t.request({
      method: 'PUT',
      url: requirementUrl(org.id),
      cookie: admin.cookie,
      payload: { required: true },
    });
    expect(set.statusCode).toBe(200);
    expect(set.json().required).toBe(true);

    const member = await createPerson(t, { organisation: org });
    const refused = await signIn(member.email);
    expect(refused.statusCode).toBe(403);
    expect(refused.headers['content-type']).toContain('application/problem+json');
    expect(refused.json()).toMatchObject({ providerName: 'Kreis-Login', startUrl: `/api/auth/sso/${ID}/start` });
    expect(refused.json().type).toContain('sso-required');
    expect(refused.json().detail).toContain('Kreis-Login');
    // A wrong password is still only "wrong": the refusal comes after the right one.
    const wrong = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: member.email, password: 'wrong password!' },
      remoteAddress: uniqueIp(),
    });
    expect(wrong.statusCode).toBe(401);

    const token = await issueEmailToken(t.deps.db, member.id, 'password-reset');
    const reset = await t.request({
      method: 'POST',
      url: '/api/auth/password-reset/confirm',
      payload: { token, password: 'a new password 123' },
    });
    expect(reset.statusCode).toBe(403);
    expect(reset.json().type).toContain('sso-required');

    const appPassword = await t.request({
      method: 'POST',
      url: '/api/me/app-passwords',
      cookie: member.cookie,
      payload: { name: 'Laptop', scope: 'webdav' },
    });
    expect(appPassword.statusCode).toBe(403);
    expect(appPassword.json().type).toContain('sso-required');

    const outsider = await createPerson(t, { organisation: otherOrg });
    expect((await signIn(outsider.email)).statusCode).not.toBe(403);
    const platformAdmin = await createPerson(t, { organisation: org, platformAdmin: true });
    expect([200, 202]).toContain((await signIn(platformAdmin.email)).statusCode);

    const off = await t.request({
      method: 'PUT',
      url: requirementUrl(org.id),
      cookie: admin.cookie,
      payload: { required: false },
    });
    expect(off.json().required).toBe(false);
    expect([200, 202]).toContain((await signIn(member.email)).statusCode);
  });

  it('refuses bad and hostile input with 4xx problem+json', async () => {
    const admin = await createPerson(t, { organisation: org, role: 'admin' });
    const cases: Array<[string, unknown]> = [
      [requirementUrl(org.id), null],
      [requirementUrl(org.id), { required: 'yes' }],
      [requirementUrl(org.id), { required: true, extra: 1 }],
      [requirementUrl(org.id), { required: 'x'.repeat(100_000) }],
      [requirementUrl('not-a-uuid'), { required: true }],
      [requirementUrl('a%00b'), { required: true }],
    ];
    for (const [url, payload] of cases) {
      const answer = await t.request({
        method: 'PUT',
        url,
        cookie: admin.cookie,
        payload: JSON.stringify(payload),
        headers: { 'content-type': 'application/json' },
      });
      expect(answer.statusCode, `${url} ${JSON.stringify(payload).slice(0, 40)}`).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    }
  });
});

describe('linked identities on the account page', () => {
  it('lists them with what can still be linked, and unlinks one while a password remains', async () => {
    const person = await createPerson(t);
    const before = await t.request({ method: 'GET', url: '/api/me/sso-identities', cookie: person.cookie });
    expect(before.json()).toMatchObject({ identities: [], hasPassword: true });
    expect(before.json().linkable).toEqual([
      { id: ID, name: 'Kreis-Login', linkUrl: `/api/auth/sso/${ID}/link?returnTo=/account` },
    ]);
    await link(person.cookie);
    const after = await t.request({ method: 'GET', url: '/api/me/sso-identities', cookie: person.cookie });
    expect(after.json().identities).toHaveLength(1);
    expect(after.json().identities[0]).toMatchObject({ providerId: ID, providerName: 'Kreis-Login' });
    expect(after.json().linkable).toEqual([]);
    const id = after.json().identities[0].id as string;
    const stranger = await createPerson(t);
    expect(
      (await t.request({ method: 'DELETE', url: `/api/me/sso-identities/${id}`, cookie: stranger.cookie })).statusCode,
    ).toBe(404);
    expect((await t.request({ method: 'DELETE', url: `/api/me/sso-identities/${id}` })).statusCode).toBe(401);
    expect(
      (await t.request({ method: 'DELETE', url: `/api/me/sso-identities/${id}`, cookie: person.cookie })).statusCode,
    ).toBe(204);
    expect(await t.deps.db.select().from(ssoIdentities).where(eq(ssoIdentities.id, id))).toHaveLength(0);
  });

  it('keeps the only identity of a person without a password of their own', async () => {
    provider.signInAs(newAccount());
    const { cookie } = await ssoSignIn(t, provider, ID);
    const list = await t.request({ method: 'GET', url: '/api/me/sso-identities', cookie });
    expect(list.json().hasPassword).toBe(false);
    const id = list.json().identities[0].id as string;
    const refused = await t.request({ method: 'DELETE', url: `/api/me/sso-identities/${id}`, cookie });
    expect(refused.statusCode).toBe(409);
    expect(refused.json().type).toContain('sso-last-sign-in');
  });

  it('answers 401 signed out and 4xx problem+json for bad input', async () => {
    expect((await t.request({ method: 'GET', url: '/api/me/sso-identities' })).statusCode).toBe(401);
    const person = await createPerson(t);
    for (const path of ['not-a-uuid', 'a%00b', 'x'.repeat(100_000)]) {
      const answer = await t.request({
        method: 'DELETE',
        url: `/api/me/sso-identities/${path}`,
        cookie: person.cookie,
      });
      expect([400, 414]).toContain(answer.statusCode);
    }
  });
});
