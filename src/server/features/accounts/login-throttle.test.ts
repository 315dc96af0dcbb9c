import { eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { createPerson, unique } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import { loginAlerts, loginAttempts } from './tables.ts';
import { mailsFor, uniqueIp } from './test-support.ts';

// A day's window, so that delays can grow far (they are capped at the window) while the test moves
// failures back in time instead of sleeping. Every other limit is the default: 5 per pair, 30 per
// address, 20 per account, a mail after 10.
const t = await buildTestApp({ loginWindowMinutes: 24 * 60 });

function login(email: string, password: string, ip: string) {
  return t.request({ method: 'POST', url: '/api/auth/login', payload: { email, password }, remoteAddress: ip });
}

/** Lets `seconds` pass for the attempts from an address, as far as the throttle can tell. */
async function backdate(ip: string, seconds: number) {
  await t.deps.db
    .update(loginAttempts)
    .set({ createdAt: sql`${loginAttempts.createdAt} - (${String(seconds)})::int * interval '1 second'` })
    .where(eq(loginAttempts.ip, ip));
}

const retryAfter = (res: { headers: Record<string, unknown> }) => Number(res.headers['retry-after']);

describe('sign-in throttle', () => {
  it('slows an attacking address down more with each failure, and lets the owner in from elsewhere', async () => {
    const owner = await createPerson(t);
    const attacker = uniqueIp();
    const waits: number[] = [];
    let failures = 0;
    while (failures < 20) {
      const res = await login(owner.email, `guess ${failures}`, attacker);
      if (res.statusCode === 401) failures += 1;
      else {
        expect(problemOf(res, 429).type).toBe('/problems/rate-limited');
        waits.push(retryAfter(res));
        await backdate(attacker, retryAfter(res));
      }
    }
    // 1 s after the fifth failure, doubling: the first one or two may pass unnoticed on a slow machine.
    expect(waits.length).toBeGreaterThanOrEqual(13);
    for (let i = 1; i < waits.length; i++) expect(waits[i]).toBeGreaterThan(waits[i - 1] as number);
    expect(waits.at(-1)).toBeGreaterThan(2 ** 14 - 5);

    // The owner, from an address without failures of its own, gets in at once.
    expect((await login(owner.email, owner.password, uniqueIp())).statusCode).toBe(200);

    // From the attacker's address even the right password waits, until the delay has passed.
    const held = await login(owner.email, owner.password, attacker);
    expect(problemOf(held, 429).type).toBe('/problems/rate-limited');
    expect(retryAfter(held)).toBeGreaterThan(waits.at(-1) as number);
    await backdate(attacker, retryAfter(held));
    expect((await login(owner.email, owner.password, attacker)).statusCode).toBe(200);

    // That success clears the pair's failures: the next typo is not held back.
    expect((await login(owner.email, 'typo', attacker)).statusCode).toBe(401);
  });

  it('gives a pair its free failures again after a successful sign-in', async () => {
    const person = await createPerson(t);
    const ip = uniqueIp();
    for (let i = 0; i < 4; i++) expect((await login(person.email, 'wrong', ip)).statusCode).toBe(401);
    expect((await login(person.email, person.password, ip)).statusCode).toBe(200);
    for (let i = 0; i < 5; i++) expect((await login(person.email, 'wrong', ip)).statusCode).toBe(401);
    expect(problemOf(await login(person.email, person.password, ip), 429).type).toBe('/problems/rate-limited');
  });

  it('holds back a spread-out attack, but neither the owner at home nor on a new device, and mails the owner once', async () => {
    const owner = await createPerson(t);
    const home = uniqueIp();
    expect((await login(owner.email, owner.password, home)).statusCode).toBe(200);

    // 25 addresses, one guess each: every address's first attempt is heard.
    const attackers = Array.from({ length: 25 }, () => uniqueIp());
    for (const ip of attackers) expect((await login(owner.email, 'guess', ip)).statusCode).toBe(401);
    // Past 20 failures on the account, an address that failed itself waits (2^5 s from its own failure).
    const again = await login(owner.email, 'guess', attackers[0] as string);
    expect(problemOf(again, 429).type).toBe('/problems/rate-limited');
    expect(retryAfter(again)).toBeLessThanOrEqual(32);

    // At home the owner may even mistype: the account's count does not apply to an address it is known at.
    expect((await login(owner.email, 'typo', home)).statusCode).toBe(401);
    expect((await login(owner.email, owner.password, home)).statusCode).toBe(200);
    // On a new device the right password works at once.
    expect((await login(owner.email, owner.password, uniqueIp())).statusCode).toBe(200);

    const [mail] = await mailsFor(t, owner.email);
    expect(mail).toContain('10-mal vergeblich versucht');
    expect(mail).toContain('Ihr Konto ist nicht gesperrt');
    expect(mail).toContain('/account');
    expect(t.mailsTo(owner.email)).toHaveLength(1);
  });

  it('mails nobody about failures from an address the account is known at', async () => {
    const owner = await createPerson(t);
    const office = uniqueIp();
    expect((await login(owner.email, owner.password, office)).statusCode).toBe(200);
    for (let i = 0; i < 12; i++) {
      const res = await login(owner.email, 'typo', office);
      if (res.statusCode === 429) await backdate(office, retryAfter(res));
    }
    const alerts = await t.deps.db.select().from(loginAlerts).where(eq(loginAlerts.email, owner.email));
    expect(alerts).toEqual([]);
  });

  it('answers for an address without an account exactly as for one with an account, also when mailing', async () => {
    const person = await createPerson(t);
    const nobody = `${unique('nobody')}@people.example`;
    for (let i = 0; i < 12; i++) {
      const known = await login(person.email, 'guess', uniqueIp());
      const unknown = await login(nobody, 'guess', uniqueIp());
      expect(problemOf(known, 401).type).toBe('/problems/invalid-credentials');
      expect([unknown.statusCode, unknown.body, unknown.headers['content-type']]).toEqual([
        known.statusCode,
        known.body,
        known.headers['content-type'],
      ]);
    }
    const ip = uniqueIp();
    const pair = async (email: string) => {
      const answers = [];
      for (let i = 0; i < 6; i++) answers.push((await login(email, 'guess', ip)).statusCode);
      return answers;
    };
    expect(await pair(person.email)).toEqual([401, 401, 401, 401, 401, 429]);
    expect(await pair(nobody)).toEqual([401, 401, 401, 401, 401, 429]);
    // The mail's claim is made for both, so neither takes longer.
    const claims = await t.deps.db
      .select({ email: loginAlerts.email })
      .from(loginAlerts)
      .where(sql`${loginAlerts.email} in (${person.email}, ${nobody})`);
    expect(claims).toHaveLength(2);
  });

  it('throttles an address that fails on many accounts, later than a single pair', async () => {
    const ip = uniqueIp();
    const perAddress = t.config.loginMaxFailuresPerAddress;
    expect(perAddress).toBeGreaterThan(t.config.loginMaxFailures);
    for (let i = 0; i < perAddress - 1; i++) await login(`${unique('guess')}@people.example`, 'guess', ip);
    // Colleagues behind the same town-hall address can still sign in after a few strangers' failures.
    const colleague = await createPerson(t);
    expect((await login(colleague.email, colleague.password, ip)).statusCode).toBe(200);
    await login(`${unique('guess')}@people.example`, 'guess', ip);
    const person = await createPerson(t);
    const res = await login(person.email, person.password, ip);
    expect(problemOf(res, 429).type).toBe('/problems/rate-limited');
    expect(retryAfter(res)).toBeGreaterThan(60);
    // The same account from another address is unaffected.
    expect((await login(person.email, person.password, uniqueIp())).statusCode).toBe(200);
  });
});
