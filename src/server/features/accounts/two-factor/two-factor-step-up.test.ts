import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { appPasswords } from '../../../platform/auth/tables.ts';
import { createPerson, findPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { uniqueIp } from '../test-support.ts';

const t = await buildTestApp();

const codeAt = (secret: string, offsetSteps = 0) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

function send(method: 'POST', url: string, person: TestPerson | null, payload?: object, code?: string) {
  return t.request({
    method,
    url: `/api${url}`,
    payload,
    cookie: person?.cookie,
    remoteAddress: uniqueIp(),
    headers: code === undefined ? {} : { 'x-two-factor-code': code },
  });
}

/** Enrolled with the code two steps back, so that the steps from one back on are free. */
async function enrol(person: TestPerson): Promise<string> {
  const setup = await send('POST', '/me/two-factor/setup', person);
  const { secret } = setup.json();
  const confirm = await send('POST', '/me/two-factor/confirm', person, { code: codeAt(secret, -1) });
  expect(confirm.statusCode, confirm.body).toBe(200);
  return secret;
}

const appPasswordsOf = async (personId: string) =>
  t.deps.db.select().from(appPasswords).where(eq(appPasswords.personId, personId));

describe('a new app password', () => {
  const body = { name: 'Sync', scope: 'webdav' };

  it('needs no code from a person without a second factor', async () => {
    const person = await createPerson(t);
    expect((await send('POST', '/me/app-passwords', person, body)).statusCode).toBe(201);
  });

  it('is shown to a person with a second factor only after a current code, each code once', async () => {
    const person = await createPerson(t);
    const secret = await enrol(person);
    const missing = await send('POST', '/me/app-passwords', person, body);
    expect(problemOf(missing, 401).type).toBe('/problems/two-factor-code-required');
    expect(missing.body).not.toContain('token');
    const wrong = await send(
      'POST',
      '/me/app-passwords',
      person,
      body,
      '000000' === codeAt(secret) ? '111111' : '000000',
    );
    expect(problemOf(wrong, 401).type).toBe('/problems/invalid-two-factor-code');
    expect(await appPasswordsOf(person.id)).toHaveLength(0);
    const code = codeAt(secret);
    const created = await send('POST', '/me/app-passwords', person, body, code);
    expect(created.statusCode, created.body).toBe(201);
    expect(created.json().token).toEqual(expect.any(String));
    const replayed = await send('POST', '/me/app-passwords', person, body, code);
    expect(problemOf(replayed, 401).type).toBe('/problems/invalid-two-factor-code');
    expect(await appPasswordsOf(person.id)).toHaveLength(1);
  });

  it('takes a recovery code once', async () => {
    const person = await createPerson(t);
    const setup = await send('POST', '/me/two-factor/setup', person);
    const { secret } = setup.json();
    const confirm = await send('POST', '/me/two-factor/confirm', person, { code: codeAt(secret, -1) });
    const [recovery] = confirm.json().recoveryCodes as string[];
    expect((await send('POST', '/me/app-passwords', person, body, recovery)).statusCode).toBe(201);
    expect(problemOf(await send('POST', '/me/app-passwords', person, body, recovery), 401).type).toBe(
      '/problems/invalid-two-factor-code',
    );
  });

  it('counts wrong codes with sign-in: after 5, 429 with Retry-After even for the right code', async () => {
    const person = await createPerson(t);
    const secret = await enrol(person);
    const wrong = codeAt(secret) === '123456' ? '654321' : '123456';
    for (let i = 0; i < 5; i++)
      expect((await send('POST', '/me/app-passwords', person, body, wrong)).statusCode).toBe(401);
    const throttled = await send('POST', '/me/app-passwords', person, body, codeAt(secret));
    expect(problemOf(throttled, 429).type).toBe('/problems/rate-limited');
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('refuses a malformed code with 400 naming the header, and the signed out with 401', async () => {
    const person = await createPerson(t);
    await enrol(person);
    for (const bad of ['12', 'abc!def', 'x'.repeat(40)]) {
      const res = await send('POST', '/me/app-passwords', person, body, bad);
      expect(problemOf(res, 400).type).toBe('/problems/validation');
      expect(res.body).toContain('x-two-factor-code');
    }
    expect(problemOf(await send('POST', '/me/app-passwords', null, body, '123456'), 401).type).toBe(
      '/problems/unauthenticated',
    );
  });
});

describe('locking and unlocking a person', () => {
  it('needs a current code from an admin with a second factor, none from one without', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const plain = await createPerson(t, { platformAdmin: true });
    const target = await createPerson(t);
    const secret = await enrol(admin);

    const missing = await send('POST', `/admin/persons/${target.id}/lock`, admin);
    expect(problemOf(missing, 401).type).toBe('/problems/two-factor-code-required');
    expect((await findPerson(t, target.id))?.lockedAt).toBeNull();
    expect((await send('POST', `/admin/persons/${target.id}/lock`, admin, undefined, codeAt(secret))).statusCode).toBe(
      204,
    );
    expect((await findPerson(t, target.id))?.lockedAt).not.toBeNull();

    const unlockMissing = await send('POST', `/admin/persons/${target.id}/unlock`, admin);
    expect(problemOf(unlockMissing, 401).type).toBe('/problems/two-factor-code-required');
    // The code just used is spent; the next step's code works.
    const replayed = await send('POST', `/admin/persons/${target.id}/unlock`, admin, undefined, codeAt(secret));
    expect(problemOf(replayed, 401).type).toBe('/problems/invalid-two-factor-code');
    const unlocked = await send('POST', `/admin/persons/${target.id}/unlock`, admin, undefined, codeAt(secret, 1));
    expect(unlocked.statusCode).toBe(204);
    expect((await findPerson(t, target.id))?.lockedAt).toBeNull();

    expect((await send('POST', `/admin/persons/${target.id}/lock`, plain)).statusCode).toBe(204);
    expect((await send('POST', `/admin/persons/${target.id}/unlock`, plain)).statusCode).toBe(204);
  });

  it('is not there for the signed out and members (404), whatever the code', async () => {
    const member = await createPerson(t);
    const target = await createPerson(t);
    for (const person of [null, member]) {
      for (const code of [undefined, '123456', 'bad!']) {
        const res = await send('POST', `/admin/persons/${target.id}/lock`, person, undefined, code);
        expect([400, 404]).toContain(res.statusCode);
        if (code !== 'bad!') expect(problemOf(res, 404).type).toBe('/problems/not-found');
      }
    }
    expect((await findPerson(t, target.id))?.lockedAt).toBeNull();
  });
});
