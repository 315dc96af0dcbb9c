import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { appPasswords, persons } from '../../platform/auth/tables.ts';
import { createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import { uniqueIp } from './test-support.ts';

// With the session cache on, as in production: revoking and locking must still take effect at once.
const t = await buildTestApp({ sessionCacheMs: 60_000 });
const UNKNOWN_ID = '01900000-0000-7000-8000-000000000000';

const list = (cookie?: string) => t.request({ method: 'GET', url: '/api/me/app-passwords', cookie });
const create = (payload: unknown, cookie?: string) =>
  t.request({ method: 'POST', url: '/api/me/app-passwords', payload: payload as object, cookie });
const revoke = (id: string, cookie?: string) =>
  t.request({ method: 'DELETE', url: `/api/me/app-passwords/${id}`, cookie });

/** A request as an API client sends it: no cookie, no Origin, the token as Bearer. */
const withBearer = (
  token: string,
  options: { method?: 'GET' | 'HEAD' | 'PATCH' | 'POST' | 'DELETE'; url?: string; payload?: object } = {},
) =>
  t.app.inject({
    method: options.method ?? 'GET',
    url: options.url ?? '/api/me',
    headers: { authorization: `Bearer ${token}` },
    remoteAddress: uniqueIp(),
    ...(options.payload ? { payload: options.payload } : {}),
  });

async function newToken(
  person: TestPerson,
  scope: 'api' | 'api-read' | 'webdav' = 'api',
  name = 'Laptop',
  expiresInDays?: number | null,
) {
  const res = await create({ name, scope, ...(expiresInDays === undefined ? {} : { expiresInDays }) }, person.cookie);
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; token: string; lastFour: string };
}

describe('app passwords in the account', () => {
  it('shows a new token once; the list has its last four characters but never the token', async () => {
    const person = await createPerson(t);
    const res = await create({ name: '  Thunderbird  ', scope: 'webdav' }, person.cookie);
    expect(res.statusCode).toBe(201);
    expect(res.headers['cache-control']).toBe('no-store');
    const created = res.json();
    expect(created).toMatchObject({ name: 'Thunderbird', scope: 'webdav', lastUsedAt: null });
    expect(created.token).toMatch(/^alm_[A-Za-z0-9_-]{43}$/);
    expect(created.lastFour).toBe(created.token.slice(-4));

    const listed = await list(person.cookie);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual([
      {
        id: created.id,
        name: 'Thunderbird',
        scope: 'webdav',
        lastFour: created.lastFour,
        createdAt: created.createdAt,
        lastUsedAt: null,
        expiresAt: null,
      },
    ]);
    expect(listed.body).not.toContain(created.token);
    const [row] = await t.deps.db.select().from(appPasswords).where(eq(appPasswords.id, created.id));
    expect(JSON.stringify(row)).not.toContain(created.token);

    const [entry] = await t.deps.db
      .select()
      .from(auditLog)
      .where(eq(auditLog.actorId, person.id))
      .then((rows) => rows.filter((r) => r.action === 'auth.app_password_created'));
    expect(entry?.details).toMatchObject({ appPasswordId: created.id, name: 'Thunderbird', scope: 'webdav' });
    expect(JSON.stringify(entry)).not.toContain(created.token);
  });

  it('answers 401 signed out, and 404 for another person’s app password, which stays open', async () => {
    expect(problemOf(await list(), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await create({ name: 'x', scope: 'api' }), 401).type).toBe('/problems/unauthenticated');
    const owner = await createPerson(t);
    const other = await createPerson(t);
    const { id, token } = await newToken(owner);
    expect(problemOf(await revoke(id), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await revoke(id, other.cookie), 404).type).toBe('/problems/not-found');
    expect(problemOf(await revoke(UNKNOWN_ID, owner.cookie), 404).type).toBe('/problems/not-found');
    expect(await list(other.cookie).then((r) => r.json())).toEqual([]);
    expect((await withBearer(token)).statusCode).toBe(200);
  });

  it('refuses bad input with 400 problem+json', async () => {
    const person = await createPerson(t);
    for (const body of [
      {},
      { name: '', scope: 'api' },
      { name: '   ', scope: 'api' },
      { name: 'x'.repeat(101), scope: 'api' },
      { name: 'x', scope: 'ftp' },
      { name: 'x', scope: 'api', extra: 1 },
      { name: 5, scope: 'api' },
      { name: 'x', scope: 'api', expiresInDays: 0 },
      { name: 'x', scope: 'api', expiresInDays: 366 },
      { name: 'x', scope: 'api', expiresInDays: 1.5 },
      { name: 'x', scope: 'api', expiresInDays: '30' },
      { name: 'x', scope: 'API-READ' },
      { name: 'x\u0000y', scope: 'api' },
    ]) {
      expect(problemOf(await create(body, person.cookie), 400).status).toBe(400);
    }
    expect(problemOf(await revoke('nope', person.cookie), 400).status).toBe(400);
    expect((await create({ name: 'x'.repeat(100), scope: 'api' }, person.cookie)).statusCode).toBe(201);
  });

  it('allows at most 20 open app passwords; revoking one makes room', async () => {
    const person = await createPerson(t);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await newToken(person, 'api', `Client ${i}`)).id);
    expect(problemOf(await create({ name: 'one more', scope: 'api' }, person.cookie), 409).type).toBe(
      '/problems/too-many-app-passwords',
    );
    expect((await revoke(ids[0] as string, person.cookie)).statusCode).toBe(204);
    expect((await list(person.cookie)).json()).toHaveLength(19);
    expect((await create({ name: 'one more', scope: 'api' }, person.cookie)).statusCode).toBe(201);
  });
});

describe('scopes and ends of app passwords', () => {
  it('lets a token of scope api-read read the API but change nothing, also once cached', async () => {
    const person = await createPerson(t);
    const { token } = await newToken(person, 'api-read', 'Auswertung');
    expect((await withBearer(token)).json()).toMatchObject({ id: person.id });
    expect((await withBearer(token, { method: 'HEAD' })).statusCode).toBe(200);
    for (const method of ['PATCH', 'POST', 'DELETE'] as const) {
      const refused = await withBearer(token, { method, payload: { name: 'Nur lesen' } });
      expect(problemOf(refused, 403).type).toBe('/problems/insufficient-scope');
      expect(refused.headers['www-authenticate']).toContain('error="insufficient_scope"');
    }
    const [row] = await t.deps.db.select().from(persons).where(eq(persons.id, person.id));
    expect(row?.name).toBe(person.name);
    // WebDAV takes only its own scope.
    const dav = await t.app.inject({
      method: 'PROPFIND',
      url: '/dav/',
      headers: { authorization: `Basic ${Buffer.from(`${person.email}:${token}`).toString('base64')}`, depth: '0' },
      remoteAddress: uniqueIp(),
    });
    expect(dav.statusCode).toBe(401);
  });

  it('ends a token on its day: listed with the end, then 401 — also for a client the server had just seen', async () => {
    const person = await createPerson(t);
    const created = await newToken(person, 'api', 'Monatlich', 30);
    const listed = (await list(person.cookie)).json().find((p: { id: string }) => p.id === created.id);
    const days = (Date.parse(listed.expiresAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(29.9);
    expect(days).toBeLessThanOrEqual(30);
    // Its end brought near (no clock is faked: other test files share the database and its clock):
    // the first use caches the person with that end, and once it has passed the cached token is refused.
    const near = new Date(Date.now() + 1_500);
    await t.deps.db.update(appPasswords).set({ expiresAt: near }).where(eq(appPasswords.id, created.id));
    expect((await withBearer(created.token)).statusCode).toBe(200);
    await new Promise((resolve) => setTimeout(resolve, near.getTime() - Date.now() + 50));
    const expired = await withBearer(created.token);
    expect(problemOf(expired, 401).type).toBe('/problems/invalid-app-password');
    // Ended in the database, read afresh: it opens nothing either.
    const other = await newToken(person, 'api', 'Frisch', 1);
    await t.deps.db
      .update(appPasswords)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(appPasswords.id, other.id));
    expect(problemOf(await withBearer(other.token), 401).type).toBe('/problems/invalid-app-password');
  });

  it('counts only tokens that still open something against the limit of 20', async () => {
    const person = await createPerson(t);
    const ids: string[] = [];
    for (let i = 0; i < 20; i++) ids.push((await newToken(person, 'api-read', `Bericht ${i}`, 90)).id);
    expect((await create({ name: 'one more', scope: 'api' }, person.cookie)).statusCode).toBe(409);
    await t.deps.db
      .update(appPasswords)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(appPasswords.id, ids[0] as string));
    expect((await create({ name: 'one more', scope: 'api', expiresInDays: null }, person.cookie)).statusCode).toBe(201);
    // The expired one stays listed (marked by its end) until it is revoked.
    expect((await list(person.cookie)).json()).toHaveLength(21);
  });
});

describe('signing in to the API with an app password', () => {
  it('reads and writes as its person with Bearer, without cookie or Origin, and notes when it was used', async () => {
    const person = await createPerson(t);
    const { id, token } = await newToken(person);
    const me = await withBearer(token);
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({ id: person.id, email: person.email });
    const changed = await withBearer(token, { method: 'PATCH', payload: { name: 'Per Token' } });
    expect(changed.statusCode).toBe(200);
    expect(changed.json().name).toBe('Per Token');
    const [listed] = (await list(person.cookie)).json();
    expect(listed.id).toBe(id);
    expect(Date.now() - Date.parse(listed.lastUsedAt)).toBeLessThan(60_000);
  });

  it('does not let an app password create app passwords', async () => {
    const person = await createPerson(t);
    const { token } = await newToken(person);
    const res = await t.app.inject({
      method: 'POST',
      url: '/api/me/app-passwords',
      headers: { authorization: `Bearer ${token}` },
      payload: { name: 'more', scope: 'api' },
    });
    expect(problemOf(res, 403).type).toBe('/problems/forbidden');
  });

  it('refuses Basic on the API, even with the right e-mail address and token', async () => {
    const person = await createPerson(t);
    const { token } = await newToken(person);
    const basic = Buffer.from(`${person.email}:${token}`).toString('base64');
    const res = await t.app.inject({ method: 'GET', url: '/api/me', headers: { authorization: `Basic ${basic}` } });
    expect(problemOf(res, 401).type).toBe('/problems/unauthenticated');
  });

  it('answers 401 with WWW-Authenticate for a wrong, revoked, WebDAV, locked or unverified one', async () => {
    const person = await createPerson(t);
    const { token: webdav } = await newToken(person, 'webdav');
    const lockedPerson = await createPerson(t);
    const { token: locked } = await newToken(lockedPerson);
    await t.deps.db.update(persons).set({ lockedAt: new Date() }).where(eq(persons.id, lockedPerson.id));
    const unverified = await createPerson(t);
    const { token: unverifiedToken } = await newToken(unverified);
    await t.deps.db.update(persons).set({ emailVerifiedAt: null }).where(eq(persons.id, unverified.id));
    for (const token of ['alm_wrong', 'not-even-ours', webdav, locked, unverifiedToken]) {
      const res = await withBearer(token);
      expect(problemOf(res, 401).type).toBe('/problems/invalid-app-password');
      expect(res.headers['www-authenticate']).toMatch(/^Bearer realm="Allmende", error="invalid_token"/);
    }
  });

  it('stops working at once when revoked, though its person was just seen', async () => {
    const person = await createPerson(t);
    const { id, token } = await newToken(person);
    expect((await withBearer(token)).statusCode).toBe(200);
    expect((await withBearer(token)).statusCode).toBe(200);
    expect((await revoke(id, person.cookie)).statusCode).toBe(204);
    expect(problemOf(await withBearer(token), 401).type).toBe('/problems/invalid-app-password');
    expect(await list(person.cookie).then((r) => r.json())).toEqual([]);
  });

  it('stops working at once when an administrator locks its person', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const person = await createPerson(t);
    const { token } = await newToken(person);
    expect((await withBearer(token)).statusCode).toBe(200);
    const lock = await t.request({ method: 'POST', url: `/api/admin/persons/${person.id}/lock`, cookie: admin.cookie });
    expect(lock.statusCode).toBe(204);
    expect(problemOf(await withBearer(token), 401).type).toBe('/problems/invalid-app-password');
  });

  it('slows down guessing from one address with the sign-in throttle', async () => {
    const remoteAddress = uniqueIp();
    const guess = () =>
      t.app.inject({
        method: 'GET',
        url: '/api/me',
        headers: { authorization: 'Bearer alm_guess' },
        remoteAddress,
      });
    const answers: number[] = [];
    for (let i = 0; i < t.config.loginMaxFailures + 1; i++) answers.push((await guess()).statusCode);
    expect(answers.slice(0, t.config.loginMaxFailures).every((s) => s === 401)).toBe(true);
    const throttled = await guess();
    expect(problemOf(throttled, 429).type).toBe('/problems/rate-limited');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
  });
});
