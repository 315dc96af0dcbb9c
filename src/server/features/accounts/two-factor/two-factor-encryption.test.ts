import { randomBytes } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../config.ts';
import { createPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, testConfig } from '../../../test/test-app.ts';
import { twoFactorSecrets } from '../tables.ts';
import { uniqueIp } from '../test-support.ts';
import { newTotpSecret } from './two-factor.ts';
import { checkTwoFactorKey } from './two-factor-key-check.ts';
import { isSealed, openSecret, sealSecret, twoFactorKeyOf } from './two-factor-secret-box.ts';

const t = await buildTestApp();

const codeAt = (secret: string, offsetSteps = 0) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

const post = (url: string, payload: unknown, cookie?: string) =>
  t.request({ method: 'POST', url: `/api${url}`, payload: payload as object, cookie, remoteAddress: uniqueIp() });

async function storedSecretOf(personId: string): Promise<string> {
  const [row] = await t.deps.db.select().from(twoFactorSecrets).where(eq(twoFactorSecrets.personId, personId));
  if (!row) throw new Error('no secret stored');
  return row.secret;
}

/** Runs a block with another key configured, as after a wrong TWO_FACTOR_KEY. */
async function withKey<T>(key: Buffer, run: () => Promise<T>): Promise<T> {
  const before = t.deps.config.twoFactorKey;
  t.deps.config.twoFactorKey = key;
  try {
    return await run();
  } finally {
    t.deps.config.twoFactorKey = before;
  }
}

describe('the sealed secret', () => {
  const key = randomBytes(32);
  const personId = '0190f7a2-0000-7000-8000-000000000001';

  it('is versioned, never the secret, and opens only with the key and the person it was sealed for', () => {
    const secret = newTotpSecret();
    const sealed = sealSecret(key, personId, secret);
    expect(sealed).toMatch(/^v1:[\w-]{16}:[\w-]{22}:[\w-]+$/);
    expect(sealed).not.toContain(secret);
    expect(sealSecret(key, personId, secret)).not.toBe(sealed);
    expect(openSecret(key, personId, sealed)).toBe(secret);
    const mismatch = { status: 500, type: 'two-factor-key-mismatch' };
    expect(() => openSecret(randomBytes(32), personId, sealed)).toThrow(expect.objectContaining(mismatch));
    expect(() => openSecret(key, '0190f7a2-0000-7000-8000-000000000002', sealed)).toThrow(
      expect.objectContaining(mismatch),
    );
    const [v, iv, tag, body] = sealed.split(':');
    const flipped = `${v}:${iv}:${tag}:${body?.startsWith('A') ? 'B' : 'A'}${body?.slice(1)}`;
    expect(() => openSecret(key, personId, flipped)).toThrow(expect.objectContaining(mismatch));
    expect(() => openSecret(key, personId, `v2:${iv}:${tag}:${body}`)).toThrow(expect.objectContaining(mismatch));
    expect(() => openSecret(key, personId, 'v1:short')).toThrow(expect.objectContaining(mismatch));
  });

  it('reads a secret stored before encryption as it is', () => {
    const secret = newTotpSecret();
    expect(isSealed(secret)).toBe(false);
    expect(openSecret(key, personId, secret)).toBe(secret);
  });
});

describe('the key', () => {
  it('comes from TWO_FACTOR_KEY (32 bytes in base64) and refuses anything else', () => {
    const key = randomBytes(32);
    expect(loadConfig({ TWO_FACTOR_KEY: key.toString('base64') }).twoFactorKey?.equals(key)).toBe(true);
    expect(loadConfig({}).twoFactorKey).toBeUndefined();
    expect(() => loadConfig({ TWO_FACTOR_KEY: randomBytes(16).toString('base64') })).toThrow(/32 bytes in base64/);
    expect(() => loadConfig({ TWO_FACTOR_KEY: 'not a key at all, not base64!' })).toThrow(/TWO_FACTOR_KEY/);
  });

  it('without it, is made once and kept in the data folder for the embedded database and outside production', () => {
    const config = testConfig();
    const key = twoFactorKeyOf(config);
    expect(key?.length).toBe(32);
    const file = join(config.dataDir, 'two-factor.key');
    expect(Buffer.from(readFileSync(file, 'utf8').trim(), 'base64').equals(key as Buffer)).toBe(true);
    expect(statSync(file).mode & 0o777).toBe(0o600);
    expect(twoFactorKeyOf({ ...config })?.equals(key as Buffer)).toBe(true);
    const embeddedProduction = { ...testConfig(), environment: 'production' as const };
    expect(twoFactorKeyOf(embeddedProduction)?.length).toBe(32);
  });

  it('in production on PostgreSQL is not made up: the start is refused once anyone uses two factors', async () => {
    const config = { ...testConfig(), environment: 'production' as const, databaseUrl: 'postgres://db.invalid/x' };
    expect(twoFactorKeyOf(config)).toBeNull();
    const person = await createPerson(t);
    expect((await post('/me/two-factor/setup', undefined, person.cookie)).statusCode).toBe(200);
    await expect(checkTwoFactorKey({ ...t.deps, config })).rejects.toThrow(/TWO_FACTOR_KEY is not set/);
    await expect(checkTwoFactorKey(t.deps)).resolves.toBeUndefined();
  });
});

describe('two-factor secrets in the database', () => {
  it('are stored encrypted, not as the secret', async () => {
    const person = await createPerson(t);
    const setup = await post('/me/two-factor/setup', undefined, person.cookie);
    const { secret } = setup.json();
    const stored = await storedSecretOf(person.id);
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain(secret);
    expect(openSecret(twoFactorKeyOf(t.config) as Buffer, person.id, stored)).toBe(secret);
    expect((await post('/me/two-factor/confirm', { code: codeAt(secret) }, person.cookie)).statusCode).toBe(200);
  });

  it('fail closed under a wrong key: no code is accepted, the answer says why', async () => {
    const person = await createPerson(t);
    const { secret } = (await post('/me/two-factor/setup', undefined, person.cookie)).json();
    expect((await post('/me/two-factor/confirm', { code: codeAt(secret, -1) }, person.cookie)).statusCode).toBe(200);
    const res = await withKey(randomBytes(32), async () => {
      const login = await post('/auth/login', { email: person.email, password: person.password });
      expect(login.statusCode).toBe(202);
      return post('/auth/login/two-factor', { challenge: login.json().challenge, code: codeAt(secret) });
    });
    expect(res.statusCode).toBe(500);
    expect(problemOf(res, 500).type).toBe('/problems/two-factor-key-mismatch');
    expect(res.headers['set-cookie']).toBeUndefined();
    // With the right key again, the same code works: the refusal used nothing up.
    const login = await post('/auth/login', { email: person.email, password: person.password });
    const done = await post('/auth/login/two-factor', { challenge: login.json().challenge, code: codeAt(secret) });
    expect(done.statusCode).toBe(200);
  });

  it('stored in plain text before encryption still work, and are encrypted on their first use', async () => {
    const person = await createPerson(t);
    const { secret } = (await post('/me/two-factor/setup', undefined, person.cookie)).json();
    expect((await post('/me/two-factor/confirm', { code: codeAt(secret, -1) }, person.cookie)).statusCode).toBe(200);
    await t.deps.db.update(twoFactorSecrets).set({ secret }).where(eq(twoFactorSecrets.personId, person.id));
    expect(await storedSecretOf(person.id)).toBe(secret);

    const login = await post('/auth/login', { email: person.email, password: person.password });
    const done = await post('/auth/login/two-factor', { challenge: login.json().challenge, code: codeAt(secret) });
    expect(done.statusCode).toBe(200);
    const stored = await storedSecretOf(person.id);
    expect(stored).toMatch(/^v1:/);
    expect(stored).not.toContain(secret);

    // Encrypted now, the next code still signs in.
    const again = await post('/auth/login', { email: person.email, password: person.password });
    const next = await post('/auth/login/two-factor', { challenge: again.json().challenge, code: codeAt(secret, 1) });
    expect(next.statusCode).toBe(200);
  });
});
