import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../../platform/audit/tables.ts';
import { createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, sessionCookieOf, TEST_ORIGIN } from '../../../test/test-app.ts';
import { twoFactorRecoveryCodes } from '../tables.ts';
import { uniqueIp } from '../test-support.ts';
import { passkeyCredentials } from './tables.ts';
import { SoftwareAuthenticator } from './webauthn-test-authenticator.ts';

const t = await buildTestApp();
const RP_ID = new URL(TEST_ORIGIN).hostname;

function post(url: string, payload: unknown, cookie?: string, ip = uniqueIp(), headers: Record<string, string> = {}) {
  return t.request({
    method: 'POST',
    url: `/api${url}`,
    payload: payload as object,
    cookie,
    remoteAddress: ip,
    headers,
  });
}
const get = (url: string, cookie?: string) => t.request({ method: 'GET', url: `/api${url}`, cookie });
const del = (url: string, cookie?: string, headers: Record<string, string> = {}) =>
  t.request({ method: 'DELETE', url: `/api${url}`, cookie, headers });

/** A person with one passkey (their only second factor) on a software authenticator. */
async function withPasskey(person?: TestPerson) {
  const p = person ?? (await createPerson(t));
  const authenticator = new SoftwareAuthenticator(RP_ID, TEST_ORIGIN);
  const options = (await post('/me/passkeys/options', undefined, p.cookie)).json();
  const res = await post('/me/passkeys', { name: 'Laptop', response: authenticator.register(options) }, p.cookie);
  expect(res.statusCode).toBe(201);
  return { person: p, authenticator, registered: res.json() };
}

async function challengeFor(person: TestPerson, ip = uniqueIp()): Promise<string> {
  const res = await post('/auth/login', { email: person.email, password: person.password }, undefined, ip);
  expect(res.statusCode).toBe(202);
  return res.json().challenge;
}

async function signInOptions(challenge: string) {
  const res = await post('/auth/login/passkey/options', { challenge });
  expect(res.statusCode).toBe(200);
  return res.json();
}

describe('registering a passkey', () => {
  it('stores it after a real attestation, brings recovery codes and turns two-factor sign-in on', async () => {
    const person = await createPerson(t);
    const optionsRes = await post('/me/passkeys/options', undefined, person.cookie);
    expect(optionsRes.statusCode).toBe(200);
    expect(optionsRes.headers['cache-control']).toBe('no-store');
    const options = optionsRes.json();
    expect(options.rp).toEqual({ name: 'Allmende', id: RP_ID });
    expect(options.authenticatorSelection.userVerification).toBe('preferred');
    expect(options.challenge).toMatch(/^[A-Za-z0-9_-]{20,}$/);

    const authenticator = new SoftwareAuthenticator(RP_ID, TEST_ORIGIN);
    const res = await post(
      '/me/passkeys',
      { name: ' Laptop ', response: authenticator.register(options) },
      person.cookie,
    );
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body.passkey).toMatchObject({ name: 'Laptop', lastUsedAt: null });
    expect(body.recoveryCodes).toHaveLength(10);

    const list = await get('/me/passkeys', person.cookie);
    expect(list.json()).toEqual([body.passkey]);
    const status = (await get('/me/two-factor', person.cookie)).json();
    expect(status).toMatchObject({ enabled: false, passkeys: 1, active: true, recoveryCodesLeft: 10 });
    // Password sign-in now asks for the second factor.
    await challengeFor(person);

    // With a second factor on, a new one takes the second factor again (else a session alone could add one).
    const asked = await post('/me/passkeys/options', undefined, person.cookie);
    expect(problemOf(asked, 401).type).toBe('/problems/two-factor-code-required');
    const stepUp = (n: number) => ({ 'x-two-factor-code': body.recoveryCodes[n] });
    const wrongly = await post('/me/passkeys/options', undefined, person.cookie, uniqueIp(), {
      'x-two-factor-code': 'aaaaa-bbbbb',
    });
    expect(problemOf(wrongly, 401).type).toBe('/problems/invalid-two-factor-code');
    // A TOTP enrolment beside passkeys asks too.
    expect(problemOf(await post('/me/two-factor/setup', undefined, person.cookie), 401).type).toBe(
      '/problems/two-factor-code-required',
    );

    // The same authenticator twice: excluded in the options, refused as a duplicate.
    const again = (await post('/me/passkeys/options', undefined, person.cookie, uniqueIp(), stepUp(0))).json();
    expect(again.excludeCredentials.map((c: { id: string }) => c.id)).toEqual([authenticator.register(options).id]);
    const dup = await post('/me/passkeys', { name: 'Again', response: authenticator.register(again) }, person.cookie);
    expect(problemOf(dup, 409).type).toBe('/problems/passkey-exists');

    // A second passkey keeps the recovery codes.
    const other = new SoftwareAuthenticator(RP_ID, TEST_ORIGIN);
    const second = await post(
      '/me/passkeys',
      {
        name: 'Telefon',
        response: other.register(
          (await post('/me/passkeys/options', undefined, person.cookie, uniqueIp(), stepUp(1))).json(),
        ),
      },
      person.cookie,
    );
    expect(second.statusCode).toBe(201);
    expect(second.json().recoveryCodes).toBeNull();
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, person.id));
    expect(audit.filter((e) => e.action === 'auth.passkey_added')).toHaveLength(2);
  });

  const refusals: [string, (a: SoftwareAuthenticator, options: { challenge: string }) => unknown][] = [
    ['a wrong origin', (a, o) => a.register(o, { origin: 'https://evil.example' })],
    [
      'a made-up challenge',
      (a, o) => a.register(o, { challenge: Buffer.from('made-up challenge').toString('base64url') }),
    ],
    ['another relying party', (a, o) => a.register(o, { rpId: 'evil.example' })],
    ['the wrong ceremony type', (a, o) => a.register(o, { type: 'webauthn.get' })],
  ];
  for (const [what, answer] of refusals) {
    it(`refuses ${what} with 400 and stores nothing`, async () => {
      const person = await createPerson(t);
      const options = (await post('/me/passkeys/options', undefined, person.cookie)).json();
      const res = await post(
        '/me/passkeys',
        { name: 'X', response: answer(new SoftwareAuthenticator(RP_ID, TEST_ORIGIN), options) },
        person.cookie,
      );
      expect(problemOf(res, 400).type).toBe('/problems/passkey-refused');
      expect((await get('/me/passkeys', person.cookie)).json()).toEqual([]);
    });
  }

  it('takes each challenge once, and only from the person it was given to', async () => {
    const person = await createPerson(t);
    const other = await createPerson(t);
    const options = (await post('/me/passkeys/options', undefined, person.cookie)).json();
    // Another person cannot use it …
    const stolen = await post(
      '/me/passkeys',
      { name: 'X', response: new SoftwareAuthenticator(RP_ID, TEST_ORIGIN).register(options) },
      other.cookie,
    );
    expect(problemOf(stolen, 400).type).toBe('/problems/passkey-refused');
    // … and once used, it is gone.
    const first = await post(
      '/me/passkeys',
      { name: 'A', response: new SoftwareAuthenticator(RP_ID, TEST_ORIGIN).register(options) },
      person.cookie,
    );
    expect(first.statusCode).toBe(201);
    const replay = await post(
      '/me/passkeys',
      { name: 'B', response: new SoftwareAuthenticator(RP_ID, TEST_ORIGIN).register(options) },
      person.cookie,
    );
    expect(problemOf(replay, 400).type).toBe('/problems/passkey-refused');
  });
});

describe('signing in with a passkey', () => {
  it('finishes a half-done sign-in with a real signature, once', async () => {
    const { person, authenticator } = await withPasskey();
    const challenge = await challengeFor(person);
    const options = await signInOptions(challenge);
    expect(options.rpId).toBe(RP_ID);
    expect(options.userVerification).toBe('preferred');
    expect(options.allowCredentials).toHaveLength(1);
    const assertion = authenticator.authenticate(options);
    const res = await post('/auth/login/passkey', { challenge, response: assertion });
    expect(res.statusCode).toBe(200);
    expect(res.json().id).toBe(person.id);
    const cookie = sessionCookieOf(res);
    expect((await get('/me', cookie)).statusCode).toBe(200);
    const [row] = await t.deps.db.select().from(passkeyCredentials).where(eq(passkeyCredentials.personId, person.id));
    expect(row?.counter).toBe(1);
    expect(row?.lastUsedAt).not.toBeNull();
    const login = (await t.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, person.id))).find(
      (e) => e.action === 'auth.login',
    );
    expect(login?.details).toMatchObject({ secondFactor: 'passkey' });
    // The same answer again: the half-done sign-in is closed.
    expect(problemOf(await post('/auth/login/passkey', { challenge, response: assertion }), 401).type).toBe(
      '/problems/two-factor-challenge-invalid',
    );
  });

  const refusals: [string, (a: SoftwareAuthenticator, o: { challenge: string }) => unknown][] = [
    ['a wrong origin', (a, o) => a.authenticate(o, { origin: 'https://evil.example' })],
    [
      'a wrong challenge',
      (a, o) => a.authenticate(o, { challenge: Buffer.from('not the challenge').toString('base64url') }),
    ],
    ['another relying party', (a, o) => a.authenticate(o, { rpId: 'evil.example' })],
    ['a forged signature', (a, o) => a.authenticate(o, { forgeSignature: true })],
    ['a counter that goes backwards', (a, o) => a.authenticate(o, { counter: 0 })],
  ];
  for (const [what, answer] of refusals) {
    it(`refuses ${what}: 401, no session, counted as a wrong code`, async () => {
      const { person, authenticator } = await withPasskey();
      // One good sign-in first, so that the stored counter is above 0.
      const c0 = await challengeFor(person);
      expect(
        (
          await post('/auth/login/passkey', {
            challenge: c0,
            response: authenticator.authenticate(await signInOptions(c0)),
          })
        ).statusCode,
      ).toBe(200);
      const challenge = await challengeFor(person);
      const options = await signInOptions(challenge);
      const res = await post('/auth/login/passkey', { challenge, response: answer(authenticator, options) });
      expect(problemOf(res, 401).type).toBe('/problems/invalid-two-factor-code');
      expect(res.cookies.find((c) => c.name === 'allmende_session')).toBeUndefined();
      const failed = (await t.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, person.id))).filter(
        (e) => e.action === 'auth.two_factor_failed',
      );
      expect(failed).toHaveLength(1);
      // The challenge was used up by the refused answer: a good answer to it no longer works.
      const retry = await post('/auth/login/passkey', { challenge, response: authenticator.authenticate(options) });
      expect(problemOf(retry, 401).type).toBe('/problems/invalid-two-factor-code');
    });
  }

  it('refuses a replayed challenge and another person’s passkey', async () => {
    const { person, authenticator } = await withPasskey();
    const { authenticator: stranger } = await withPasskey();
    const challenge = await challengeFor(person);
    const options = await signInOptions(challenge);
    const foreign = await post('/auth/login/passkey', { challenge, response: stranger.authenticate(options) });
    expect(problemOf(foreign, 401).type).toBe('/problems/invalid-two-factor-code');
    // A challenge of an earlier half-done sign-in does not finish this one.
    const c1 = await challengeFor(person);
    const o1 = await signInOptions(c1);
    const c2 = await challengeFor(person);
    await signInOptions(c2);
    const crossed = await post('/auth/login/passkey', { challenge: c2, response: authenticator.authenticate(o1) });
    expect(problemOf(crossed, 401).type).toBe('/problems/invalid-two-factor-code');
  });

  it('takes a recovery code instead, and waits after 5 refused answers (429)', async () => {
    const { person, authenticator, registered } = await withPasskey();
    const challenge = await challengeFor(person);
    const res = await post('/auth/login/two-factor', { challenge, code: registered.recoveryCodes[0] });
    expect(res.statusCode).toBe(200);

    for (let i = 0; i < 5; i++) {
      const c = await challengeFor(person);
      const o = await signInOptions(c);
      const bad = await post('/auth/login/passkey', {
        challenge: c,
        response: authenticator.authenticate(o, { origin: 'https://evil.example' }),
      });
      expect(bad.statusCode).toBe(401);
    }
    const c = await challengeFor(person);
    const throttled = await post('/auth/login/passkey/options', { challenge: c });
    expect(throttled.statusCode).toBe(429);
    expect(Number(throttled.headers['retry-after'])).toBeGreaterThan(0);
  });

  it('answers 401 for an unknown half-done sign-in and 409 for a person without passkeys', async () => {
    expect(problemOf(await post('/auth/login/passkey/options', { challenge: 'nope' }), 401).type).toBe(
      '/problems/two-factor-challenge-invalid',
    );
    const person = await createPerson(t);
    const setup = await post('/me/two-factor/setup', undefined, person.cookie);
    expect(setup.statusCode).toBe(200);
    const { Secret, TOTP } = await import('otpauth');
    const code = new TOTP({
      algorithm: 'SHA1',
      digits: 6,
      period: 30,
      secret: Secret.fromBase32(setup.json().secret),
    }).generate({ timestamp: Date.now() - 30_000 });
    expect((await post('/me/two-factor/confirm', { code }, person.cookie)).statusCode).toBe(200);
    const challenge = await challengeFor(person);
    expect(problemOf(await post('/auth/login/passkey/options', { challenge }), 409).type).toBe('/problems/no-passkey');
  });
});

describe('removing a passkey (step-up)', () => {
  async function stepUpProof(person: TestPerson, authenticator: SoftwareAuthenticator) {
    const options = (await post('/me/two-factor/step-up/passkey/options', undefined, person.cookie)).json();
    const res = await post(
      '/me/two-factor/step-up/passkey',
      { response: authenticator.authenticate(options) },
      person.cookie,
    );
    expect(res.statusCode).toBe(200);
    return res.json().code as string;
  }

  it('asks for the second factor again, takes a passkey proof once, and the last one turns two factors off', async () => {
    const { person, authenticator, registered } = await withPasskey();
    const id = registered.passkey.id;
    expect(problemOf(await del(`/me/passkeys/${id}`, person.cookie), 401).type).toBe(
      '/problems/two-factor-code-required',
    );
    const wrong = await del(`/me/passkeys/${id}`, person.cookie, { 'x-two-factor-code': 'pk000000000000000000' });
    expect(problemOf(wrong, 401).type).toBe('/problems/invalid-two-factor-code');

    const proof = await stepUpProof(person, authenticator);
    expect(proof).toMatch(/^pk[0-9a-f]{18}$/);
    // Another person cannot use it.
    const { person: other, registered: otherKey } = await withPasskey();
    expect(
      (await del(`/me/passkeys/${otherKey.passkey.id}`, other.cookie, { 'x-two-factor-code': proof })).statusCode,
    ).toBe(401);

    expect((await del(`/me/passkeys/${id}`, person.cookie, { 'x-two-factor-code': proof })).statusCode).toBe(204);
    expect((await get('/me/passkeys', person.cookie)).json()).toEqual([]);
    // The last factor gone: no second step, no recovery codes left.
    const login = await post('/auth/login', { email: person.email, password: person.password });
    expect(login.statusCode).toBe(200);
    const codes = await t.deps.db
      .select()
      .from(twoFactorRecoveryCodes)
      .where(eq(twoFactorRecoveryCodes.personId, person.id));
    expect(codes).toEqual([]);
    const audit = await t.deps.db.select().from(auditLog).where(eq(auditLog.subjectId, person.id));
    expect(audit.map((e) => e.action)).toContain('auth.passkey_removed');
  });

  it('does not use a proof twice, and takes a recovery code too', async () => {
    const { person, authenticator, registered } = await withPasskey();
    const second = new SoftwareAuthenticator(RP_ID, TEST_ORIGIN);
    const o = (
      await post('/me/passkeys/options', undefined, person.cookie, uniqueIp(), {
        'x-two-factor-code': registered.recoveryCodes[2],
      })
    ).json();
    const added = (await post('/me/passkeys', { name: 'Zweit', response: second.register(o) }, person.cookie)).json();
    const proof = await stepUpProof(person, authenticator);
    expect(
      (await del(`/me/passkeys/${added.passkey.id}`, person.cookie, { 'x-two-factor-code': proof })).statusCode,
    ).toBe(204);
    expect(
      (await del(`/me/passkeys/${registered.passkey.id}`, person.cookie, { 'x-two-factor-code': proof })).statusCode,
    ).toBe(401);
    const byCode = await del(`/me/passkeys/${registered.passkey.id}`, person.cookie, {
      'x-two-factor-code': registered.recoveryCodes[1],
    });
    expect(byCode.statusCode).toBe(204);
  });

  it('answers 404 for another person’s passkey and an unknown one', async () => {
    const { person, registered } = await withPasskey();
    const { registered: foreign } = await withPasskey();
    const code = registered.recoveryCodes[0];
    expect(
      problemOf(await del(`/me/passkeys/${foreign.passkey.id}`, person.cookie, { 'x-two-factor-code': code }), 404)
        .type,
    ).toBe('/problems/not-found');
    expect((await get('/me/passkeys', person.cookie)).json()).toHaveLength(1);
  });
});

describe('from outside the wall and with bad input', () => {
  it('answers 401 to the signed out', async () => {
    const id = '01900000-0000-7000-8000-000000000000';
    for (const res of [
      await get('/me/passkeys'),
      await post('/me/passkeys/options', undefined),
      await post('/me/passkeys', { name: 'X', response: {} }),
      await del(`/me/passkeys/${id}`),
      await post('/me/two-factor/step-up/passkey/options', undefined),
      await post('/me/two-factor/step-up/passkey', { response: {} }),
    ]) {
      expect([400, 401]).toContain(res.statusCode);
      if (res.statusCode === 400) continue;
      expect(problemOf(res, 401).type).toBe('/problems/unauthenticated');
    }
    expect(problemOf(await get('/me/passkeys'), 401).type).toBe('/problems/unauthenticated');
  });

  it('refuses bad and hostile input with 400 problem+json, never a 500', async () => {
    const person = await createPerson(t);
    const a = new SoftwareAuthenticator(RP_ID, TEST_ORIGIN);
    const options = (await post('/me/passkeys/options', undefined, person.cookie)).json();
    const good = a.register(options);
    const bodies: unknown[] = [
      null,
      {},
      { name: null, response: good },
      { name: '', response: good },
      { name: 'x'.repeat(100_000), response: good },
      { name: 'a\u0000b', response: good },
      { name: 'X', response: null },
      { name: 'X', response: { ...good, id: 'not base64url!' } },
      { name: 'X', response: { ...good, response: { ...good.response, attestationObject: 'A'.repeat(100_000) } } },
      { name: 'X', response: good, extra: 1 },
    ];
    for (const body of bodies) {
      const res = await post('/me/passkeys', body, person.cookie);
      expect(res.statusCode, JSON.stringify(body).slice(0, 80)).toBe(400);
      expect(String(res.headers['content-type'])).toMatch(/^application\/problem\+json/);
    }
    const badAssertions: unknown[] = [
      null,
      { challenge: 'x', response: null },
      { challenge: 'x'.repeat(100_000), response: {} },
      {
        challenge: 'x\u0000',
        response: { id: 'a', rawId: 'a', type: 'public-key', response: {}, clientExtensionResults: {} },
      },
    ];
    for (const body of badAssertions) expect((await post('/auth/login/passkey', body)).statusCode).toBe(400);
    // A well-formed answer with garbage inside is refused, not crashed on.
    const challenge = await challengeFor((await withPasskey()).person);
    const garbage = {
      id: 'AAAA',
      rawId: 'AAAA',
      type: 'public-key',
      response: { clientDataJSON: 'AAAA', authenticatorData: 'AAAA', signature: 'AAAA' },
      clientExtensionResults: {},
    };
    expect((await post('/auth/login/passkey', { challenge, response: garbage })).statusCode).toBe(401);
    expect((await del('/me/passkeys/not-a-uuid', person.cookie)).statusCode).toBe(400);
  });
});
