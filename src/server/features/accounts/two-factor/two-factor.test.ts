import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/tables.ts';
import { createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, sessionCookieOf } from '../../../test/test-app.ts';
import { twoFactorChallenges, twoFactorRecoveryCodes, twoFactorSecrets } from '../tables.ts';
import { uniqueIp } from '../test-support.ts';

const t = await buildTestApp();

const codeAt = (secret: string, offsetSteps = 0) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

function post(url: string, payload: unknown, cookie?: string, ip = uniqueIp()) {
  return t.request({ method: 'POST', url: `/api${url}`, payload: payload as object, cookie, remoteAddress: ip });
}

/** A person with TOTP active; enrolled with the previous step's code, so that this step's and the next are free. */
async function enrolled(): Promise<{ person: TestPerson; secret: string; recoveryCodes: string[] }> {
  const person = await createPerson(t);
  const setup = await post('/me/two-factor/setup', undefined, person.cookie);
  expect(setup.statusCode).toBe(200);
  const { secret } = setup.json();
  const confirm = await post('/me/two-factor/confirm', { code: codeAt(secret, -1) }, person.cookie);
  expect(confirm.statusCode).toBe(200);
  return { person, secret, recoveryCodes: confirm.json().recoveryCodes };
}

async function challengeFor(person: TestPerson, ip = uniqueIp()): Promise<string> {
  const res = await post('/auth/login', { email: person.email, password: person.password }, undefined, ip);
  expect(res.statusCode).toBe(202);
  return res.json().challenge;
}

describe('enrolment', () => {
  it('shows the secret as text and QR code once, and is active only after a current code', async () => {
    const person = await createPerson(t);
    const setup = await post('/me/two-factor/setup', undefined, person.cookie);
    expect(setup.statusCode).toBe(200);
    expect(setup.headers['cache-control']).toBe('no-store');
    const body = setup.json();
    expect(body.secret).toMatch(/^[A-Z2-7]{32}$/);
    expect(body.uri).toContain(`secret=${body.secret}`);
    expect(body.uri).toContain('algorithm=SHA1&digits=6&period=30');
    expect(body.qrSvg).toMatch(/^<svg[\s\S]*<\/svg>$/);

    // Not active yet: sign-in opens a session at once.
    const direct = await post('/auth/login', { email: person.email, password: person.password });
    expect(direct.statusCode).toBe(200);

    const wrong = problemOf(await post('/me/two-factor/confirm', { code: '000000' }, person.cookie), 400);
    expect(wrong.type).toBe('/problems/invalid-two-factor-code');
    const status0 = await t.request({ method: 'GET', url: '/api/me/two-factor', cookie: person.cookie });
    expect(status0.json()).toEqual({
      enabled: false,
      enabledAt: null,
      passkeys: 0,
      active: false,
      recoveryCodesLeft: 0,
      requiredForAdmin: false,
      requiredByOrganisation: false,
      enrolmentRequired: false,
    });

    const confirm = await post('/me/two-factor/confirm', { code: codeAt(body.secret) }, person.cookie);
    expect(confirm.statusCode).toBe(200);
    expect(confirm.headers['cache-control']).toBe('no-store');
    const codes: string[] = confirm.json().recoveryCodes;
    expect(codes).toHaveLength(10);
    expect(new Set(codes).size).toBe(10);
    for (const code of codes) expect(code).toMatch(/^[a-z2-9]{5}-[a-z2-9]{5}$/);

    const status = await t.request({ method: 'GET', url: '/api/me/two-factor', cookie: person.cookie });
    expect(status.json()).toMatchObject({ enabled: true, recoveryCodesLeft: 10 });
    expect(status.body).not.toContain(body.secret);
    // The secret is never handed out again.
    expect(problemOf(await post('/me/two-factor/setup', undefined, person.cookie), 409).type).toBe(
      '/problems/two-factor-enabled',
    );
    // Recovery codes are stored hashed with argon2id.
    const stored = await t.deps.db
      .select()
      .from(twoFactorRecoveryCodes)
      .where(eq(twoFactorRecoveryCodes.personId, person.id));
    expect(stored).toHaveLength(10);
    for (const row of stored) {
      expect(row.codeHash).toMatch(/^\$argon2id\$/);
      expect(codes.some((c) => row.codeHash.includes(c.replace('-', '')))).toBe(false);
    }
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, person.id));
    expect(audit.map((e) => e.action)).toContain('auth.two_factor_enabled');
  });

  it('refuses to confirm before setup, and a second setup replaces a pending secret', async () => {
    const person = await createPerson(t);
    expect(problemOf(await post('/me/two-factor/confirm', { code: '123456' }, person.cookie), 409).type).toBe(
      '/problems/two-factor-not-started',
    );
    const first = (await post('/me/two-factor/setup', undefined, person.cookie)).json().secret;
    const second = (await post('/me/two-factor/setup', undefined, person.cookie)).json().secret;
    expect(second).not.toBe(first);
    expect(problemOf(await post('/me/two-factor/confirm', { code: codeAt(first) }, person.cookie), 400).type).toBe(
      '/problems/invalid-two-factor-code',
    );
    expect((await post('/me/two-factor/confirm', { code: codeAt(second) }, person.cookie)).statusCode).toBe(200);
  });
});

describe('signed out', () => {
  it('answers 401 on every two-factor route of the account', async () => {
    expect(problemOf(await t.request({ method: 'GET', url: '/api/me/two-factor' }), 401).type).toBe(
      '/problems/unauthenticated',
    );
    for (const [url, payload] of [
      ['/me/two-factor/setup', undefined],
      ['/me/two-factor/confirm', { code: '123456' }],
      ['/me/two-factor/recovery-codes', { code: '123456' }],
      ['/me/two-factor/disable', { password: 'x', code: '123456' }],
    ] as const) {
      expect(problemOf(await post(url, payload), 401).type).toBe('/problems/unauthenticated');
    }
  });
});

describe('sign-in with a second factor', () => {
  it('opens no session before the code, then signs in with password and a current code', async () => {
    const { person, secret } = await enrolled();
    const first = await post('/auth/login', { email: person.email, password: person.password });
    expect(first.statusCode).toBe(202);
    expect(first.cookies).toEqual([]);
    expect(first.headers['cache-control']).toBe('no-store');
    const { status, challenge, expiresAt } = first.json();
    expect(status).toBe('two-factor-required');
    const minutes = (new Date(expiresAt).getTime() - Date.now()) / 60_000;
    expect(minutes).toBeGreaterThan(4);
    expect(minutes).toBeLessThanOrEqual(5);
    const stored = await t.deps.db
      .select()
      .from(twoFactorChallenges)
      .where(eq(twoFactorChallenges.personId, person.id));
    expect(stored[0]?.tokenHash).not.toBe(challenge);

    const wrong = await post('/auth/login/two-factor', { challenge, code: '000000' });
    expect(problemOf(wrong, 401).type).toBe('/problems/invalid-two-factor-code');
    expect(wrong.cookies).toEqual([]);

    const ok = await post('/auth/login/two-factor', { challenge, code: codeAt(secret) });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().id).toBe(person.id);
    const me = await t.request({ method: 'GET', url: '/api/me', cookie: sessionCookieOf(ok) });
    expect(me.json().id).toBe(person.id);
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, person.id));
    expect(audit.map((e) => e.action)).toEqual(expect.arrayContaining(['auth.two_factor_failed', 'auth.login']));
    // The next sign-in clears the finished half-done one: only open ones are kept.
    await challengeFor(person);
    const left = await t.deps.db.select().from(twoFactorChallenges).where(eq(twoFactorChallenges.personId, person.id));
    expect(left.map((c) => c.usedAt)).toEqual([null]);
  });

  it('refuses a used half-done sign-in, a replayed code and an expired half-done sign-in', async () => {
    const { person, secret } = await enrolled();
    const challenge = await challengeFor(person);
    const code = codeAt(secret);
    expect((await post('/auth/login/two-factor', { challenge, code })).statusCode).toBe(200);
    // The same half-done sign-in again, even with a fresh code.
    const again = await post('/auth/login/two-factor', { challenge, code: codeAt(secret, 1) });
    expect(problemOf(again, 401).type).toBe('/problems/two-factor-challenge-invalid');
    // The same code in a new sign-in: each code counts once.
    const replay = await post('/auth/login/two-factor', { challenge: await challengeFor(person), code });
    expect(problemOf(replay, 401).type).toBe('/problems/invalid-two-factor-code');
    // An expired half-done sign-in.
    const late = await challengeFor(person);
    await t.deps.db
      .update(twoFactorChallenges)
      .set({ expiresAt: new Date(Date.now() - 1000) })
      .where(eq(twoFactorChallenges.personId, person.id));
    const expired = await post('/auth/login/two-factor', { challenge: late, code: codeAt(secret, 1) });
    expect(problemOf(expired, 401).type).toBe('/problems/two-factor-challenge-invalid');
    expect(expired.cookies).toEqual([]);
    // A made-up half-done sign-in.
    const unknown = await post('/auth/login/two-factor', { challenge: 'made-up', code: codeAt(secret, 1) });
    expect(problemOf(unknown, 401).type).toBe('/problems/two-factor-challenge-invalid');
  });

  it('takes a recovery code once', async () => {
    const { person, recoveryCodes } = await enrolled();
    const code = recoveryCodes[3] as string;
    const ok = await post('/auth/login/two-factor', {
      challenge: await challengeFor(person),
      code: code.toUpperCase(),
    });
    expect(ok.statusCode).toBe(200);
    const twice = await post('/auth/login/two-factor', { challenge: await challengeFor(person), code });
    expect(problemOf(twice, 401).type).toBe('/problems/invalid-two-factor-code');
    const status = await t.request({ method: 'GET', url: '/api/me/two-factor', cookie: sessionCookieOf(ok) });
    expect(status.json().recoveryCodesLeft).toBe(9);
  });

  it('answers a wrong password exactly as without a second factor', async () => {
    const { person } = await enrolled();
    const plain = await createPerson(t);
    const wrong = await post('/auth/login', { email: person.email, password: 'not the password' });
    const wrongPlain = await post('/auth/login', { email: plain.email, password: 'not the password' });
    expect(problemOf(wrong, 401).type).toBe('/problems/invalid-credentials');
    expect(wrong.body).toBe(wrongPlain.body);
    expect(wrong.cookies).toEqual([]);
  });

  it('slows wrong codes down: 5 per window and person, then 429 with Retry-After even for the right code', async () => {
    const { person, secret } = await enrolled();
    const challenge = await challengeFor(person);
    for (let i = 0; i < 5; i++) {
      problemOf(await post('/auth/login/two-factor', { challenge, code: '000000' }), 401);
    }
    // Counted per person, not per address or half-done sign-in.
    const throttled = await post('/auth/login/two-factor', {
      challenge: await challengeFor(person),
      code: codeAt(secret),
    });
    expect(problemOf(throttled, 429).type).toBe('/problems/rate-limited');
    const retryAfter = Number(throttled.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(800);
    expect(retryAfter).toBeLessThanOrEqual(15 * 60);
    // The signed-in account actions share the count.
    const regenerate = await t.request({
      method: 'POST',
      url: '/api/me/two-factor/recovery-codes',
      payload: { code: codeAt(secret) },
      cookie: person.cookie,
    });
    expect(problemOf(regenerate, 429).type).toBe('/problems/rate-limited');
    expect(regenerate.headers['retry-after']).toBeDefined();
  });

  it('refuses bad input with 400 naming the field', async () => {
    const missing = problemOf(await post('/auth/login/two-factor', { code: '123456' }), 400);
    expect(JSON.stringify(missing)).toContain('challenge');
    for (const code of ['12', 'x'.repeat(21), '12345<'] as const) {
      const bad = problemOf(await post('/auth/login/two-factor', { challenge: 'abc', code }), 400);
      expect(bad.errors?.map((e) => e.field)).toContain('body:/code');
    }
    const extra = problemOf(await post('/auth/login/two-factor', { challenge: 'abc', code: '123456', x: 1 }), 400);
    expect(extra.type).toBe('/problems/validation');
    const person = await createPerson(t);
    const badConfirm = problemOf(await post('/me/two-factor/confirm', { code: 7 }, person.cookie), 400);
    expect(badConfirm.errors?.map((e) => e.field)).toContain('body:/code');
    const badDisable = problemOf(await post('/me/two-factor/disable', { code: '123456' }, person.cookie), 400);
    expect(JSON.stringify(badDisable)).toContain('password');
  });
});

describe('recovery codes and turning off', () => {
  it('new recovery codes need a current code and void the old ones', async () => {
    const { person, secret, recoveryCodes } = await enrolled();
    const wrong = problemOf(await post('/me/two-factor/recovery-codes', { code: '000000' }, person.cookie), 400);
    expect(wrong.type).toBe('/problems/invalid-two-factor-code');
    const fresh = await post('/me/two-factor/recovery-codes', { code: codeAt(secret) }, person.cookie);
    expect(fresh.statusCode).toBe(200);
    expect(fresh.headers['cache-control']).toBe('no-store');
    const codes: string[] = fresh.json().recoveryCodes;
    expect(codes).toHaveLength(10);
    const old = await post('/auth/login/two-factor', { challenge: await challengeFor(person), code: recoveryCodes[0] });
    problemOf(old, 401);
    const now = await post('/auth/login/two-factor', { challenge: await challengeFor(person), code: codes[0] });
    expect(now.statusCode).toBe(200);
  });

  it('turning off needs the password and a code; afterwards sign-in needs the password only', async () => {
    const { person, secret, recoveryCodes } = await enrolled();
    const noPassword = await post(
      '/me/two-factor/disable',
      { password: 'not the password', code: codeAt(secret) },
      person.cookie,
    );
    expect(problemOf(noPassword, 403).type).toBe('/problems/wrong-password');
    const noCode = await post('/me/two-factor/disable', { password: person.password, code: '000000' }, person.cookie);
    expect(problemOf(noCode, 400).type).toBe('/problems/invalid-two-factor-code');
    // A recovery code is enough instead of the app.
    const off = await post(
      '/me/two-factor/disable',
      { password: person.password, code: recoveryCodes[9] },
      person.cookie,
    );
    expect(off.statusCode).toBe(204);
    expect(await t.deps.db.select().from(twoFactorSecrets).where(eq(twoFactorSecrets.personId, person.id))).toEqual([]);
    expect((await post('/auth/login', { email: person.email, password: person.password })).statusCode).toBe(200);
    expect(
      problemOf(await post('/me/two-factor/disable', { password: person.password, code: '123456' }, person.cookie), 409)
        .type,
    ).toBe('/problems/two-factor-not-enabled');
  });

  it('leaves app passwords alone: a WebDAV or API token still signs in without a code', async () => {
    const { person, secret } = await enrolled();
    // Making one asks for a current code (step-up); using it does not.
    const created = await t.request({
      method: 'POST',
      url: '/api/me/app-passwords',
      payload: { name: 'Skript', scope: 'api' },
      cookie: person.cookie,
      remoteAddress: uniqueIp(),
      headers: { 'x-two-factor-code': codeAt(secret) },
    });
    expect(created.statusCode).toBe(201);
    const me = await t.request({
      method: 'GET',
      url: '/api/me',
      headers: { authorization: `Bearer ${created.json().token}` },
    });
    expect(me.statusCode).toBe(200);
    expect(me.json().id).toBe(person.id);
  });
});
