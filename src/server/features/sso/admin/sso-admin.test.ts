import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/tables.ts';
import { createOrganisation, createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestAppOnOwnDatabase } from '../../../test/own-database.ts';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../../../test/test-app.ts';
import { organisationMemberships } from '../../organisations/tables.ts';
import { newAccount, newProviderId, ssoSignIn } from '../sso-test-support.ts';
import { ssoProviders } from '../tables.ts';
import { startTestProvider, type TestProvider } from '../test-provider.ts';

// The admin area's providers, against a real OpenID provider (oidc-provider) started by the test: an admin
// adds it (its discovery is read), a person signs in with it, groups become roles; then it is changed,
// turned off and removed. Every route is tried from outside the wall and with hostile input.

const ID = newProviderId();
let provider: TestProvider;
let t: TestApp;
let admin: TestPerson;
let orgAdmin: TestPerson;
let member: TestPerson;
let organisationId: string;

const url = '/api/admin/sso/providers';

function body(overrides: Record<string, unknown> = {}) {
  return {
    id: ID,
    name: 'Kreis-Login',
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    organisationIds: [organisationId],
    claims: { name: 'name', email: 'email', organisation: null, groups: 'groups' },
    groupRoles: [
      { group: 'kreis-admins', role: 'admin' },
      { group: 'kreis-redaktion', role: 'editor' },
    ],
    enabled: true,
    ...overrides,
  };
}

beforeAll(async () => {
  provider = await startTestProvider({ callbackUrl: `${TEST_ORIGIN}/api/auth/sso/${ID}/callback` });
  // Providers are platform-wide (the sign-in page lists them): on a database of its own, so that no other
  // test file sees this one's provider.
  t = await buildTestAppOnOwnDatabase();
  const organisation = await createOrganisation(t);
  organisationId = organisation.id;
  admin = await createPerson(t, { platformAdmin: true });
  orgAdmin = await createPerson(t, { organisation, role: 'admin' });
  member = await createPerson(t);
});

afterAll(async () => {
  await provider?.close();
});

describe('sign-in providers in the admin area', () => {
  it('is closed to the signed out, to non-admins and to organisation admins (404)', async () => {
    for (const cookie of [undefined, member.cookie, orgAdmin.cookie]) {
      for (const [method, path] of [
        ['GET', url],
        ['POST', url],
        ['PUT', `${url}/${ID}`],
        ['DELETE', `${url}/${ID}`],
      ] as const) {
        const answer = await t.request({
          method,
          url: path,
          cookie,
          payload: method === 'GET' || method === 'DELETE' ? undefined : body(),
        });
        expect(answer.statusCode, `${method} ${path}`).toBe(404);
      }
    }
  });

  it('refuses a provider whose issuer does not answer, with a clear message and nothing stored', async () => {
    const answer = await t.request({
      method: 'POST',
      url,
      cookie: admin.cookie,
      payload: body({ issuer: 'http://127.0.0.1:9/realms/none' }),
    });
    expect(answer.statusCode).toBe(422);
    expect(answer.headers['content-type']).toContain('application/problem+json');
    expect(answer.json().type).toContain('sso-discovery-failed');
    expect(answer.json().detail).toContain('http://127.0.0.1:9/realms/none/.well-known/openid-configuration');
    expect(answer.body).not.toContain(provider.clientSecret);
    expect(await t.deps.db.select().from(ssoProviders).where(eq(ssoProviders.id, ID))).toHaveLength(0);
  });

  it('adds a provider: discovery read, secret sealed and never shown again, audited', async () => {
    const answer = await t.request({ method: 'POST', url, cookie: admin.cookie, payload: body() });
    expect(answer.statusCode).toBe(201);
    expect(answer.body).not.toContain(provider.clientSecret);
    expect(answer.json()).toMatchObject({ id: ID, clientSecretSet: true, enabled: true, source: 'admin' });
    expect(answer.json().callbackUrl).toBe(`${TEST_ORIGIN}/api/auth/sso/${ID}/callback`);
    const [row] = await t.deps.db.select().from(ssoProviders).where(eq(ssoProviders.id, ID));
    expect(row?.clientSecretSealed).toMatch(/^v1:/);
    expect(row?.clientSecretSealed).not.toContain(provider.clientSecret);
    const list = await t.request({ method: 'GET', url, cookie: admin.cookie });
    expect(list.body).not.toContain(provider.clientSecret);
    expect(list.json().some((p: { id: string }) => p.id === ID)).toBe(true);
    const audited = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'platform.sso_provider_added'), eq(auditLog.actorId, admin.id)));
    expect(audited).toHaveLength(1);
    expect(JSON.stringify(audited[0]?.details)).not.toContain(provider.clientSecret);
    const again = await t.request({ method: 'POST', url, cookie: admin.cookie, payload: body() });
    expect(again.statusCode).toBe(409);
  });

  it('lets people sign in with it, and maps groups to roles in the vouched organisation at each sign-in', async () => {
    const listed = await t.request({ method: 'GET', url: '/api/auth/sso/providers' });
    expect(listed.json()).toContainEqual({ id: ID, name: 'Kreis-Login', startUrl: `/api/auth/sso/${ID}/start` });
    const account = newAccount({ groups: ['kreis-admins', 'andere'] });
    provider.signInAs(account);
    const first = await ssoSignIn(t, provider, ID);
    expect(first.callback.headers.location).toBe('/');
    const me = await t.request({ method: 'GET', url: '/api/me', cookie: first.cookie });
    const personId = me.json().id as string;
    const roleNow = async () =>
      (
        await t.deps.db
          .select({ role: organisationMemberships.role })
          .from(organisationMemberships)
          .where(eq(organisationMemberships.personId, personId))
      )[0]?.role;
    expect(await roleNow()).toBe('admin');
    provider.signInAs({ ...account, groups: ['kreis-redaktion'] });
    await ssoSignIn(t, provider, ID);
    expect(await roleNow()).toBe('editor');
    provider.signInAs({ ...account, groups: [] });
    await ssoSignIn(t, provider, ID);
    expect(await roleNow()).toBe('member');
    const changes = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'organisation.role_set_by_provider'), eq(auditLog.subjectId, personId)));
    expect(changes.map((c) => (c.details as { after: string }).after)).toEqual(['admin', 'editor', 'member']);
  });

  it('changes it keeping the secret when none is given; a turned-off provider signs no one in', async () => {
    const changed = await t.request({
      method: 'PUT',
      url: `${url}/${ID}`,
      cookie: admin.cookie,
      payload: { ...body({ name: 'Kreis-Login neu', enabled: false }), id: undefined, clientSecret: undefined },
    });
    expect(changed.statusCode).toBe(200);
    expect(changed.json()).toMatchObject({ name: 'Kreis-Login neu', enabled: false, clientSecretSet: true });
    const listed = await t.request({ method: 'GET', url: '/api/auth/sso/providers' });
    expect(listed.json().some((p: { id: string }) => p.id === ID)).toBe(false);
    expect((await t.request({ method: 'GET', url: `/api/auth/sso/${ID}/start` })).statusCode).toBe(404);
    const on = await t.request({
      method: 'PUT',
      url: `${url}/${ID}`,
      cookie: admin.cookie,
      payload: { ...body({ enabled: true }), id: undefined, clientSecret: undefined },
    });
    expect(on.statusCode).toBe(200);
    provider.signInAs(newAccount());
    const signedIn = await ssoSignIn(t, provider, ID);
    expect(signedIn.cookie).toBeTruthy();
  });

  it('refuses bad and hostile input with 4xx problem+json', async () => {
    const big = 'x'.repeat(100_000);
    const cases: Array<[Record<string, unknown> | null, number]> = [
      [null, 400],
      [body({ id: 'Kreis Login' }), 400],
      [body({ id: `nul\u0000` }), 400],
      [body({ name: `Kreis\u0000` }), 400],
      [body({ name: big }), 400],
      [body({ clientSecret: big }), 400],
      [body({ issuer: 'ftp://login.example' }), 400],
      [body({ issuer: 'http://login.example' }), 400],
      [body({ issuer: null }), 400],
      [body({ organisationIds: ['not-a-uuid'] }), 400],
      [body({ organisationIds: ['0190a3b1-5c2d-7e4f-8a9b-0c1d2e3f4a5b'] }), 400],
      [body({ groupRoles: [{ group: 'a', role: 'owner' }] }), 400],
      [
        body({
          groupRoles: [
            { group: 'a', role: 'admin' },
            { group: 'a', role: 'editor' },
          ],
        }),
        400,
      ],
      [body({ claims: { name: 'name', email: 'email', organisation: null, groups: null } }), 400],
      [body({ extra: true }), 400],
    ];
    for (const [payload, status] of cases) {
      const answer = await t.request({
        method: 'POST',
        url,
        cookie: admin.cookie,
        payload: payload === null ? 'null' : { ...payload, id: payload.id === ID ? newProviderId() : payload.id },
        headers: { 'content-type': 'application/json' },
      });
      expect(answer.statusCode, JSON.stringify(payload).slice(0, 120)).toBe(status);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    }
    for (const path of [`${url}/Bad%20Id`, `${url}/a%00b`, `${url}/${'x'.repeat(100_000)}`]) {
      const answer = await t.request({ method: 'DELETE', url: path, cookie: admin.cookie });
      expect([400, 404, 414]).toContain(answer.statusCode);
    }
    expect((await t.request({ method: 'DELETE', url: `${url}/nosuch`, cookie: admin.cookie })).statusCode).toBe(404);
  });

  it('removes it, audited; its people keep their accounts', async () => {
    const removed = await t.request({ method: 'DELETE', url: `${url}/${ID}`, cookie: admin.cookie });
    expect(removed.statusCode).toBe(204);
    expect((await t.request({ method: 'GET', url: `/api/auth/sso/${ID}/start` })).statusCode).toBe(404);
    const audited = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'platform.sso_provider_removed'), eq(auditLog.actorId, admin.id)));
    expect(audited).toHaveLength(1);
  });
});

describe('providers of the environment in the admin area', () => {
  it('are shown read-only and cannot be changed, removed or shadowed', async () => {
    const envId = newProviderId();
    const env = await buildTestApp({
      ssoProviders: [
        {
          id: envId,
          name: 'Land-Login',
          issuer: provider.issuer,
          clientId: provider.clientId,
          clientSecret: 'environment-secret-value',
          organisationIds: [],
          claims: { name: 'name', email: 'email', organisation: undefined },
          source: 'environment',
        },
      ],
    });
    const envAdmin = await createPerson(env, { platformAdmin: true });
    const list = await env.request({ method: 'GET', url, cookie: envAdmin.cookie });
    expect(list.statusCode).toBe(200);
    expect(list.body).not.toContain('environment-secret-value');
    expect(list.json().find((p: { id: string }) => p.id === envId)).toMatchObject({
      source: 'environment',
      clientSecretSet: true,
    });
    const put = await env.request({
      method: 'PUT',
      url: `${url}/${envId}`,
      cookie: envAdmin.cookie,
      payload: { ...body(), id: undefined, organisationIds: [] },
    });
    expect(put.statusCode).toBe(409);
    expect((await env.request({ method: 'DELETE', url: `${url}/${envId}`, cookie: envAdmin.cookie })).statusCode).toBe(
      409,
    );
    const shadow = await env.request({
      method: 'POST',
      url,
      cookie: envAdmin.cookie,
      payload: { ...body(), id: envId, organisationIds: [] },
    });
    expect(shadow.statusCode).toBe(409);
  });
});
