import { and, eq } from 'drizzle-orm';
import { Secret, TOTP } from 'otpauth';
import { beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../config.ts';
import { auditLog } from '../../platform/audit/tables.ts';
import { createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestAppOnOwnDatabase } from '../../test/own-database.ts';
import { problemOf, type TestApp } from '../../test/test-app.ts';
import { call, ok } from '../chat/chat-fixtures.ts';

// The requirement is one setting for the whole platform: these tests change it on a database of their own
// (on PostgreSQL too, where the run's database is shared by every test file).
let t: TestApp;
let member: TestPerson;

beforeAll(async () => {
  t = await buildTestAppOnOwnDatabase({ twoFactorForAdminsByDefault: true });
  member = await createPerson(t);
});

const SETTING = '/api/admin/two-factor-requirement';

const codeAt = (secret: string, offsetSteps = 0) =>
  new TOTP({ algorithm: 'SHA1', digits: 6, period: 30, secret: Secret.fromBase32(secret) }).generate({
    timestamp: Date.now() + offsetSteps * 30_000,
  });

async function enrol(person: TestPerson): Promise<string> {
  const { secret } = await ok<{ secret: string }>(t, person, 'POST', '/api/me/two-factor/setup');
  // The current step's code: the server takes one step either side, so it still holds if a step ends
  // between making the code and checking it (the previous step's code would then be two behind).
  await ok(t, person, 'POST', '/api/me/two-factor/confirm', { code: codeAt(secret) });
  return secret;
}

function expectTwoFactorRequired(res: Awaited<ReturnType<typeof call>>) {
  const problem = problemOf(res, 403);
  expect(problem.type).toBe('/problems/two-factor-required');
  expect(res.json().enrolUrl).toBe('/account');
  expect(problem.detail).toContain('/account');
}

describe('an admin without a second factor, while the platform requires one', () => {
  it('is refused by every admin route with 403 two-factor-required naming the account page', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    expectTwoFactorRequired(await call(t, admin, 'GET', '/api/admin/persons'));
    expectTwoFactorRequired(await call(t, admin, 'GET', '/api/admin/audit'));
    expectTwoFactorRequired(await call(t, admin, 'GET', '/api/admin/retention'));
    expectTwoFactorRequired(await call(t, admin, 'GET', '/api/admin/documents/retention'));
    expectTwoFactorRequired(await call(t, admin, 'GET', SETTING));
    expectTwoFactorRequired(await call(t, admin, 'PUT', SETTING, { platformAdmins: false }));
    expectTwoFactorRequired(await call(t, admin, 'POST', `/api/admin/persons/${member.id}/lock`));
  });

  it('still reaches the account page and enrolment, and the administration once enrolled', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const status = await ok<{ enabled: boolean; requiredForAdmin: boolean }>(t, admin, 'GET', '/api/me/two-factor');
    expect(status).toMatchObject({ enabled: false, requiredForAdmin: true });
    await ok(t, admin, 'GET', '/api/me');
    await enrol(admin);
    expect(await ok(t, admin, 'GET', '/api/me/two-factor')).toMatchObject({ enabled: true, requiredForAdmin: true });
    await ok(t, admin, 'GET', '/api/admin/persons');
    await ok(t, admin, 'GET', '/api/admin/retention');
  });

  it('is not what others learn: the signed out and members get 404 as before, also with bad input', async () => {
    for (const person of [null, member]) {
      for (const [method, url, body] of [
        ['GET', '/api/admin/persons', undefined],
        ['GET', SETTING, undefined],
        ['PUT', SETTING, { platformAdmins: false }],
        ['PUT', SETTING, { platformAdmins: 'no' }],
        ['POST', `/api/admin/persons/${member.id}/lock`, undefined],
      ] as const) {
        expect(problemOf(await call(t, person, method, url, body), 404).type).toBe('/problems/not-found');
      }
    }
    expect(await ok(t, member, 'GET', '/api/me/two-factor')).toMatchObject({ requiredForAdmin: false });
  });
});

describe('the requirement setting', () => {
  it('is on until set, and set by an enrolled platform admin with an audited change', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const unenrolled = await createPerson(t, { platformAdmin: true });
    await enrol(admin);
    expect(await ok(t, admin, 'GET', SETTING)).toEqual({ platformAdmins: true });
    expect(await ok(t, admin, 'PUT', SETTING, { platformAdmins: false })).toEqual({ platformAdmins: false });
    expect(await ok(t, admin, 'GET', SETTING)).toEqual({ platformAdmins: false });
    // Off: an admin without a second factor administers again, and is not told it is required.
    await ok(t, unenrolled, 'GET', '/api/admin/persons');
    expect(await ok(t, unenrolled, 'GET', '/api/me/two-factor')).toMatchObject({ requiredForAdmin: false });
    const [entry] = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, admin.id), eq(auditLog.action, 'platform.two_factor_requirement_set')));
    expect(entry?.details).toEqual({ before: { platformAdmins: true }, after: { platformAdmins: false } });
    // Requiring it takes an admin who has it: one without is refused, and nothing changes.
    const refused = await call(t, unenrolled, 'PUT', SETTING, { platformAdmins: true });
    expect(problemOf(refused, 409).type).toBe('/problems/two-factor-not-enabled');
    expect(await ok(t, admin, 'GET', SETTING)).toEqual({ platformAdmins: false });
    await ok(t, admin, 'PUT', SETTING, { platformAdmins: true });
    expectTwoFactorRequired(await call(t, unenrolled, 'GET', '/api/admin/persons'));
  });

  it.each([
    ['not a boolean', { platformAdmins: 'false' }, '/platformAdmins'],
    ['null', { platformAdmins: null }, '/platformAdmins'],
    ['missing', {}, '/platformAdmins'],
    ['unknown', { platformAdmins: true, everyone: true }, '/everyone'],
  ])('refuses a value %s with 400 naming the field', async (_label, body, field) => {
    const admin = await createPerson(t, { platformAdmin: true });
    await enrol(admin);
    const problem = problemOf(await call(t, admin, 'PUT', SETTING, body), 400);
    expect(JSON.stringify(problem.errors)).toContain(field);
  });
});

describe('the default of a never-saved requirement', () => {
  it('is on, off in tests and demo mode, and TWO_FACTOR_FOR_ADMINS decides when given', () => {
    expect(loadConfig({}).twoFactorForAdminsByDefault).toBe(true);
    expect(loadConfig({ NODE_ENV: 'production' }).twoFactorForAdminsByDefault).toBe(true);
    expect(loadConfig({ NODE_ENV: 'test' }).twoFactorForAdminsByDefault).toBe(false);
    expect(loadConfig({ DEMO: '1' }).twoFactorForAdminsByDefault).toBe(false);
    expect(loadConfig({ TWO_FACTOR_FOR_ADMINS: '0' }).twoFactorForAdminsByDefault).toBe(false);
    expect(loadConfig({ NODE_ENV: 'test', TWO_FACTOR_FOR_ADMINS: '1' }).twoFactorForAdminsByDefault).toBe(true);
    expect(() => loadConfig({ TWO_FACTOR_FOR_ADMINS: 'yes' })).toThrow(/TWO_FACTOR_FOR_ADMINS must be 1 or 0/);
  });
});
