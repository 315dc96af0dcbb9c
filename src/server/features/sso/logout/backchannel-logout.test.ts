import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/tables.ts';
import { sessions } from '../../../platform/auth/tables.ts';
import { SESSION_ENDED } from '../../../platform/events/gateway.ts';
import { openSocket } from '../../../platform/events/ws-test-client.ts';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../../../test/test-app.ts';
import type { SsoProviderSettings } from '../provider-settings.ts';
import { deliverTo, newAccount, newProviderId, ssoSignIn } from '../sso-test-support.ts';
import { ssoSessions } from '../tables.ts';
import { startTestProvider, type TestProvider } from '../test-provider.ts';

// OpenID Connect Back-Channel Logout 1.0 against a real provider: oidc-provider makes the logout token and
// posts it (its `fetch` is handed to the app). Forged, replayed and misdirected tokens are made by the test's
// provider too, re-signed with its own key (or a foreign one) after one claim was changed.

const ID = newProviderId();
let provider: TestProvider;
let t: TestApp;
const logoutUrl = `/api/auth/sso/${ID}/backchannel-logout`;

beforeAll(async () => {
  provider = await startTestProvider({
    callbackUrl: `${TEST_ORIGIN}/api/auth/sso/${ID}/callback`,
    backchannelLogoutUrl: `${TEST_ORIGIN}${logoutUrl}`,
    deliver: deliverTo(() => t),
  });
  const settings: SsoProviderSettings = {
    id: ID,
    name: 'Kreis-Login',
    issuer: provider.issuer,
    clientId: provider.clientId,
    clientSecret: provider.clientSecret,
    organisationIds: [],
    claims: { name: 'name', email: 'email', organisation: undefined },
  };
  t = await buildTestApp({ ssoProviders: [settings] });
  await t.app.listen({ port: 0, host: '127.0.0.1' });
});

afterAll(async () => {
  await provider?.close();
});

async function signedIn() {
  const account = newAccount();
  provider.signInAs(account);
  const { cookie } = await ssoSignIn(t, provider, ID);
  const me = await t.request({ method: 'GET', url: '/api/me', cookie });
  expect(me.statusCode).toBe(200);
  const [row] = await t.deps.db
    .select()
    .from(ssoSessions)
    .where(and(eq(ssoSessions.issuer, provider.issuer), eq(ssoSessions.subject, account.sub)));
  return { account, cookie, personId: me.json().id as string, sid: row?.sid ?? '' };
}

const post = (token: string, extra = '') =>
  t.request({
    method: 'POST',
    url: logoutUrl,
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    payload: `logout_token=${encodeURIComponent(token)}${extra}`,
  });

describe('back-channel logout', () => {
  it('stores the provider session (sid) with the session the sign-in opened', async () => {
    const { sid } = await signedIn();
    expect(sid).toMatch(/.{8,}/);
  });

  it('ends the sessions of the provider session when the provider signs the person out, and tells the sockets', async () => {
    const { account, cookie, personId, sid } = await signedIn();
    const other = await signedIn();
    const changed: Array<string | null> = [];
    t.app.personChanges.subscribe((id) => changed.push(id));
    await provider.backchannelLogout(account.sub, sid);
    expect((await t.request({ method: 'GET', url: '/api/me', cookie })).statusCode).toBe(401);
    expect(changed).toContain(personId);
    expect((await t.request({ method: 'GET', url: '/api/me', cookie: other.cookie })).statusCode).toBe(200);
    const audited = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.action, 'auth.sso_backchannel_logout'), eq(auditLog.subjectId, personId)));
    expect(audited[0]?.details).toMatchObject({ provider: ID, sessions: 1 });
  });

  it('closes the open sockets of the ended session at once, and only those', async () => {
    const base = `http://127.0.0.1:${(t.app.server.address() as AddressInfo).port}`;
    const { account, cookie, sid } = await signedIn();
    const other = await signedIn();
    const mine = await openSocket(base, { cookie: cookie ?? '', origin: TEST_ORIGIN });
    const theirs = await openSocket(base, { cookie: other.cookie ?? '', origin: TEST_ORIGIN });
    const closedWithin = (socket: typeof mine, ms: number) =>
      Promise.race([socket.closed, new Promise<'open'>((resolve) => setTimeout(() => resolve('open'), ms))]);
    try {
      await provider.backchannelLogout(account.sub, sid);
      expect(await closedWithin(mine, 1000)).toBe(SESSION_ENDED);
      expect(await closedWithin(theirs, 300)).toBe('open');
    } finally {
      await Promise.all([mine.close(), theirs.close()]);
    }
  });

  it('ends every session of the subject when the token names no sid', async () => {
    const { account, cookie } = await signedIn();
    provider.signInAs(account);
    const second = await ssoSignIn(t, provider, ID);
    const token = await provider.logoutToken({ sub: account.sub });
    expect((await post(token)).statusCode).toBe(200);
    for (const c of [cookie, second.cookie])
      expect((await t.request({ method: 'GET', url: '/api/me', cookie: c })).statusCode).toBe(401);
  });

  it('refuses a replayed token', async () => {
    const { account, sid } = await signedIn();
    const token = await provider.logoutToken({ sub: account.sub, sid });
    expect((await post(token)).statusCode).toBe(200);
    const again = await post(token);
    expect(again.statusCode).toBe(400);
    expect(again.json().detail).toContain('jti');
  });

  it('refuses forged, misdirected and malformed tokens, and keeps the session', async () => {
    const { account, cookie, sid } = await signedIn();
    const claims = { sub: account.sub, sid };
    const cases: Array<[string, Promise<string>, RegExp]> = [
      ['foreign key', provider.logoutToken(claims, undefined, { foreignKey: true }), /signature/],
      ['wrong audience', provider.logoutToken(claims, (c) => ({ ...c, aud: 'someone-else' })), /aud/],
      ['wrong issuer', provider.logoutToken(claims, (c) => ({ ...c, iss: 'https://evil.example' })), /iss/],
      ['old iat', provider.logoutToken(claims, (c) => ({ ...c, iat: Number(c.iat) - 3600 })), /iat/],
      ['future iat', provider.logoutToken(claims, (c) => ({ ...c, iat: Number(c.iat) + 3600 })), /iat/],
      ['expired', provider.logoutToken(claims, (c) => ({ ...c, exp: Number(c.iat) - 600 })), /exp/],
      ['no events', provider.logoutToken(claims, ({ events: _e, ...c }) => c), /events/],
      ['wrong event', provider.logoutToken(claims, (c) => ({ ...c, events: { 'urn:x': {} } })), /events/],
      ['nonce', provider.logoutToken(claims, (c) => ({ ...c, nonce: 'n' })), /nonce/],
      ['no sub, no sid', provider.logoutToken(claims, ({ sub: _s, sid: _d, ...c }) => c), /sub/],
      ['no jti', provider.logoutToken(claims, ({ jti: _j, ...c }) => c), /jti/],
      ['alg none', Promise.resolve(unsigned({ ...claims, iss: provider.issuer, aud: provider.clientId })), /alg/],
      ['not a JWT', Promise.resolve('not.a.jwt!'), /JWT/],
    ];
    for (const [name, token, why] of cases) {
      const answer = await post(await token);
      expect(answer.statusCode, name).toBe(400);
      expect(answer.headers['content-type']).toContain('application/problem+json');
      expect(answer.json().detail, name).toMatch(why);
    }
    expect((await t.request({ method: 'GET', url: '/api/me', cookie })).statusCode).toBe(200);
    const [session] = await t.deps.db
      .select()
      .from(sessions)
      .where(eq(sessions.personId, (await me(cookie)).id));
    expect(session).toBeTruthy();
  });

  it('refuses bad and hostile input with 4xx problem+json', async () => {
    const form = { 'content-type': 'application/x-www-form-urlencoded' };
    const cases: Array<[Record<string, string>, string, number[]]> = [
      [form, '', [400]],
      [form, 'logout_token=', [400]],
      [form, 'logout_token=a%00b', [400]],
      [form, `logout_token=${'x'.repeat(100_000)}`, [400, 413]],
      [form, 'logout_token=a&logout_token=b', [400]],
      [{ 'content-type': 'application/json' }, 'null', [400]],
      [{ 'content-type': 'application/json' }, '{"logout_token":null}', [400]],
      [{ 'content-type': 'text/plain' }, 'logout_token=x', [400, 415]],
    ];
    for (const [headers, payload, statuses] of cases) {
      const answer = await t.request({ method: 'POST', url: logoutUrl, headers, payload });
      expect(statuses, `${headers['content-type']} ${payload.slice(0, 40)}`).toContain(answer.statusCode);
      expect(answer.headers['content-type']).toContain('application/problem+json');
    }
    const unknown = await t.request({
      method: 'POST',
      url: '/api/auth/sso/nosuch/backchannel-logout',
      headers: form,
      payload: 'logout_token=x',
    });
    expect(unknown.statusCode).toBe(404);
    const bad = await t.request({
      method: 'POST',
      url: '/api/auth/sso/Bad%00/backchannel-logout',
      headers: form,
      payload: 'logout_token=x',
    });
    expect(bad.statusCode).toBe(400);
  });
});

async function me(cookie: string | undefined) {
  return (await t.request({ method: 'GET', url: '/api/me', cookie })).json() as { id: string };
}

function unsigned(claims: Record<string, unknown>) {
  const b64 = (v: unknown) => Buffer.from(JSON.stringify(v)).toString('base64url');
  const now = Math.floor(Date.now() / 1000);
  return `${b64({ alg: 'none' })}.${b64({ ...claims, iat: now, jti: 'x', events: { 'http://schemas.openid.net/event/backchannel-logout': {} } })}.`;
}
