import { eq } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { buildTestAppOnOwnDatabase } from '../../test/own-database.ts';
import { buildTestApp, problemOf, sessionCookieOf } from '../../test/test-app.ts';
import { announceSetup } from './service.ts';

const t = await buildTestAppOnOwnDatabase();
const demo = await buildTestApp({ demo: true });

const body = (token: string, over: Record<string, unknown> = {}) => ({
  token,
  name: 'Erste Administratorin',
  email: 'First.Admin@Allmende.Example',
  password: 'a long setup password',
  ...over,
});
const post = (payload: unknown, app = t) =>
  app.request({ method: 'POST', url: '/api/setup', payload: payload as object });
const needed = async (app = t) => (await app.request({ method: 'GET', url: '/api/setup' })).json().needed;

function quietLog() {
  const lines: string[] = [];
  return { lines, info: (message: string) => lines.push(message) };
}

// The steps build on each other: the platform starts without an administrator and ends with one.
describe('first-run setup', () => {
  let token = '';

  it('is needed while there is no platform administrator, and prints a one-time link', async () => {
    expect(await needed()).toBe(true);
    const log = quietLog();
    token = (await announceSetup(t.deps, log)) as string;
    expect(log.lines).toEqual([`Open ${t.config.publicUrl}/setup?token=${token} to create the first administrator.`]);
  });

  it('replaces the token at every start, so an older link stops working', async () => {
    const old = token;
    token = (await announceSetup(t.deps, quietLog())) as string;
    expect(token).not.toBe(old);
    expect(problemOf(await post(body(old)), 403).type).toBe('/problems/invalid-token');
  });

  it('refuses a wrong token and bad input', async () => {
    expect(problemOf(await post(body('wrong-token')), 403).type).toBe('/problems/invalid-token');
    expect(problemOf(await post(body(token, { password: 'short' })), 400).type).toBe('/problems/validation');
    expect(problemOf(await post(body(token, { role: 'admin' })), 400).type).toBe('/problems/validation');
    expect(problemOf(await post(body(token, { name: 'x'.repeat(201) })), 400).type).toBe('/problems/validation');
    expect(problemOf(await post({ token }), 400).type).toBe('/problems/validation');
    expect(await needed()).toBe(true);
  });

  it('creates a verified platform administrator with the right token and signs them in', async () => {
    const res = await post(body(token));
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({
      name: 'Erste Administratorin',
      email: 'first.admin@allmende.example',
      isPlatformAdmin: true,
      organisation: null,
    });
    const me = await t.request({ method: 'GET', url: '/api/me', cookie: sessionCookieOf(res) });
    expect(me.json().isPlatformAdmin).toBe(true);
    const login = await t.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: 'first.admin@allmende.example', password: 'a long setup password' },
    });
    expect(login.statusCode).toBe(200);
    const audited = await t.deps.db.select().from(auditLog).where(eq(auditLog.action, 'setup.completed'));
    expect(audited).toHaveLength(1);
  });

  it('is done afterwards: the token is spent and no new one is announced', async () => {
    expect(await needed()).toBe(false);
    expect(problemOf(await post(body(token, { email: 'second@allmende.example' })), 404).type).toBe(
      '/problems/setup-done',
    );
    const log = quietLog();
    expect(await announceSetup(t.deps, log)).toBeNull();
    expect(log.lines).toEqual([]);
  });
});

describe('setup in demo mode', () => {
  it('is never needed or announced (demo mode seeds its own administrator)', async () => {
    expect(await needed(demo)).toBe(false);
    const log = quietLog();
    expect(await announceSetup(demo.deps, log)).toBeNull();
    expect(log.lines).toEqual([]);
    expect(problemOf(await post(body('any'), demo), 404).type).toBe('/problems/setup-done');
  });
});
