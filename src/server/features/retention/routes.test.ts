import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_RETENTION, type RetentionPeriods } from '../../../shared/contracts/retention.ts';
import { auditLog } from '../../platform/audit/tables.ts';
import { createPerson, type TestPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../test/test-app.ts';
import { call, ok } from '../chat/chat-fixtures.ts';

let t: TestApp;
let admin: TestPerson;
let member: TestPerson;

beforeAll(async () => {
  t = await buildTestApp();
  admin = await createPerson(t, { platformAdmin: true });
  member = await createPerson(t);
});

const URL = '/api/admin/retention';
const valid: RetentionPeriods = { sessionDays: 14, notificationDays: 60, outboxDays: 3, auditDays: 1_095 };

describe('the retention periods', () => {
  it('are the defaults until set, and set only by platform admins with an audited change', async () => {
    await ok(t, admin, 'PUT', URL, DEFAULT_RETENTION);
    expect(await ok(t, admin, 'GET', URL)).toEqual(DEFAULT_RETENTION);
    expect(await ok(t, admin, 'PUT', URL, valid)).toEqual(valid);
    expect(await ok(t, admin, 'GET', URL)).toEqual(valid);
    const [entry] = await t.deps.db
      .select()
      .from(auditLog)
      .where(and(eq(auditLog.actorId, admin.id), eq(auditLog.action, 'platform.retention_set')))
      .orderBy(auditLog.at)
      .offset(1);
    expect(entry?.details).toEqual({ before: DEFAULT_RETENTION, after: valid });
    await ok(t, admin, 'PUT', URL, DEFAULT_RETENTION);
  });

  it('do not exist for the signed out and for people who are not platform admins (404)', async () => {
    for (const person of [null, member]) {
      expect(problemOf(await call(t, person, 'GET', URL), 404).type).toBe('/problems/not-found');
      expect(problemOf(await call(t, person, 'PUT', URL, valid), 404).type).toBe('/problems/not-found');
      // Not even a bad body tells them more.
      expect(problemOf(await call(t, person, 'PUT', URL, { auditDays: -1 }), 404).type).toBe('/problems/not-found');
    }
    expect(await ok(t, admin, 'GET', URL)).toEqual(DEFAULT_RETENTION);
  });

  it.each([
    ['negative', { sessionDays: -1 }, 'sessionDays'],
    ['zero', { outboxDays: 0 }, 'outboxDays'],
    ['not a number', { notificationDays: 'NaN' }, 'notificationDays'],
    ['null', { notificationDays: null }, 'notificationDays'],
    ['a fraction', { sessionDays: 1.5 }, 'sessionDays'],
    ['too short for evidence', { auditDays: 89 }, 'auditDays'],
    ['too long', { auditDays: 3_651 }, 'auditDays'],
    ['an outbox kept over a year', { outboxDays: 366 }, 'outboxDays'],
    ['missing', { auditDays: undefined }, 'auditDays'],
    ['unknown', { jobsDays: 5 }, 'jobsDays'],
  ])('refuse a value %s with 400 naming the field', async (_label, change, field) => {
    const res = await call(t, admin, 'PUT', URL, { ...valid, ...change });
    const problem = problemOf(res, 400);
    expect(res.headers['content-type']).toMatch(/^application\/problem\+json/);
    expect(problem.type).toBe('/problems/validation');
    expect((problem.errors ?? []).map((e) => e.field)).toContain(`body:/${field}`);
  });

  it('keep the stored periods after a refused change', async () => {
    await ok(t, admin, 'PUT', URL, valid);
    expect((await call(t, admin, 'PUT', URL, { ...valid, auditDays: 30 })).statusCode).toBe(400);
    expect(await ok(t, admin, 'GET', URL)).toEqual(valid);
    await ok(t, admin, 'PUT', URL, DEFAULT_RETENTION);
  });
});
