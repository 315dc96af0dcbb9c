import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestApp } from '../../test/test-app.ts';
import { appPasswordCredentials, principalFromAppPassword } from './app-passwords.ts';
import { appPasswords, persons } from './tables.ts';

const t = await buildTestApp();
const db = t.deps.db;

async function tokenOf(person: TestPerson, scope: 'webdav' | 'api') {
  const res = await t.request({
    method: 'POST',
    url: '/api/me/app-passwords',
    payload: { name: 'Explorer', scope },
    cookie: person.cookie,
  });
  expect(res.statusCode).toBe(201);
  return res.json() as { id: string; token: string };
}

const basic = (email: string, token: string) => `Basic ${Buffer.from(`${email}:${token}`).toString('base64')}`;

describe('principalFromAppPassword', () => {
  it('signs in a WebDAV client with Basic and the person’s own e-mail address (any case)', async () => {
    const person = await createPerson(t);
    const { id, token } = await tokenOf(person, 'webdav');
    const principal = await principalFromAppPassword(db, basic(person.email.toUpperCase(), token), ['webdav']);
    expect(principal).toMatchObject({ personId: person.id, email: person.email, appPasswordId: id, sessionId: id });
  });

  it('refuses another e-mail address, Bearer for WebDAV, and a token of the other scope', async () => {
    const person = await createPerson(t);
    const other = await createPerson(t);
    const { token } = await tokenOf(person, 'webdav');
    const { token: apiToken } = await tokenOf(person, 'api');
    expect(await principalFromAppPassword(db, basic(other.email, token), ['webdav'])).toBeNull();
    expect(await principalFromAppPassword(db, `Bearer ${token}`, ['webdav'])).toBeNull();
    expect(await principalFromAppPassword(db, basic(person.email, apiToken), ['webdav'])).toBeNull();
    expect(await principalFromAppPassword(db, basic(person.email, token), ['api'])).toBeNull();
    expect((await principalFromAppPassword(db, `Bearer ${apiToken}`, ['api']))?.personId).toBe(person.id);
    expect((await principalFromAppPassword(db, basic(person.email, apiToken), ['api']))?.personId).toBe(person.id);
  });

  it('refuses revoked tokens and locked or unverified people', async () => {
    const person = await createPerson(t);
    const { id, token } = await tokenOf(person, 'webdav');
    const header = basic(person.email, token);
    await db.update(persons).set({ lockedAt: new Date() }).where(eq(persons.id, person.id));
    expect(await principalFromAppPassword(db, header, ['webdav'])).toBeNull();
    await db.update(persons).set({ lockedAt: null, emailVerifiedAt: null }).where(eq(persons.id, person.id));
    expect(await principalFromAppPassword(db, header, ['webdav'])).toBeNull();
    await db.update(persons).set({ emailVerifiedAt: new Date() }).where(eq(persons.id, person.id));
    expect(await principalFromAppPassword(db, header, ['webdav'])).not.toBeNull();
    await db.update(appPasswords).set({ revokedAt: new Date() }).where(eq(appPasswords.id, id));
    expect(await principalFromAppPassword(db, header, ['webdav'])).toBeNull();
  });

  it('writes the last-used time at most once a minute', async () => {
    const person = await createPerson(t);
    const { id, token } = await tokenOf(person, 'api');
    const lastUsed = async () =>
      (await db.select().from(appPasswords).where(eq(appPasswords.id, id)))[0]?.lastUsedAt ?? null;
    expect(await lastUsed()).toBeNull();
    await principalFromAppPassword(db, `Bearer ${token}`, ['api']);
    const first = await lastUsed();
    expect(first).not.toBeNull();
    await principalFromAppPassword(db, `Bearer ${token}`, ['api']);
    expect(await lastUsed()).toEqual(first);
    const longAgo = new Date(Date.now() - 120_000);
    await db.update(appPasswords).set({ lastUsedAt: longAgo }).where(eq(appPasswords.id, id));
    await principalFromAppPassword(db, `Bearer ${token}`, ['api']);
    expect((await lastUsed())?.getTime()).toBeGreaterThan(longAgo.getTime() + 60_000);
  });

  it('reads nothing from headers that are not ours', async () => {
    for (const header of [undefined, '', 'Bearer', 'Bearer ', 'Digest abc', 'Basic !!!', basic('', 'alm_x')]) {
      expect(await principalFromAppPassword(db, header, ['api'])).toBeNull();
    }
    expect(appPasswordCredentials(`Bearer ${'a'.repeat(201)}`)).toBeNull();
    expect(appPasswordCredentials(basic('A@B.example', 'alm_x:y'))).toEqual({
      kind: 'basic',
      email: 'a@b.example',
      token: 'alm_x:y',
    });
  });
});
