import { beforeAll, describe, expect, it } from 'vitest';
import { buildTestApp, problemOf, sessionCookieOf } from '../../test/test-app.ts';
import { DEMO_ORGANISATIONS, DEMO_PASSWORD } from './accounts.ts';
import { organisationsByAgs } from './queries.ts';
import { seedDemo } from './seed.ts';

const demo = await buildTestApp({ demo: true });
const plain = await buildTestApp();

interface DemoAccount {
  email: string;
  password: string;
  name: string;
  organisation: string | null;
  roles: string[];
}

describe('demo mode', () => {
  let first: Awaited<ReturnType<typeof seedDemo>>;
  // The first seed of a fresh database publishes the atlas records and posts the workspaces' conversation.
  beforeAll(async () => {
    first = await seedDemo(demo.deps);
  }, 180_000);

  it('seeds real municipalities with admins and members, idempotently', async () => {
    expect(first.missing).toEqual([]);
    const again = await seedDemo(demo.deps);
    expect(again).toEqual(first);

    const res = await demo.request({ method: 'GET', url: '/api/demo/accounts' });
    expect(res.statusCode).toBe(200);
    const accounts = res.json() as DemoAccount[];
    expect(accounts).toHaveLength(first.people);
    expect(accounts).toContainEqual({
      email: 'admin@allmende.demo',
      password: DEMO_PASSWORD,
      name: 'Lena Hartmann',
      organisation: null,
      roles: ['platform-admin'],
    });
    expect(accounts).toContainEqual({
      email: 'anna.schulz@seevetal.demo',
      password: DEMO_PASSWORD,
      name: 'Anna Schulz',
      organisation: 'Seevetal',
      roles: ['organisation-admin'],
    });
    const names = await organisationsByAgs(
      demo.deps.db,
      DEMO_ORGANISATIONS.map((o) => o.ags),
    );
    expect([...names.values()].map((o) => o.name)).toEqual(
      expect.arrayContaining(['Seevetal', 'Neu Wulmstorf', 'Arnsberg', 'Soest', 'Dresden', 'Leipzig', 'Magdeburg']),
    );
    for (const city of [...names.values()].map((o) => o.name)) {
      const staff = accounts.filter((a) => a.organisation === city);
      expect(
        staff.filter((a) => a.roles.includes('organisation-admin')),
        city,
      ).toHaveLength(1);
      expect(staff.filter((a) => a.roles.includes('member')).length, city).toBeGreaterThanOrEqual(1);
    }
    expect(accounts.every((a) => a.email.endsWith('.demo'))).toBe(true);
  });

  it('lets every demo account sign in with the demo password', async () => {
    const accounts = (await demo.request({ method: 'GET', url: '/api/demo/accounts' })).json() as DemoAccount[];
    const anna = accounts.find((a) => a.email === 'anna.schulz@seevetal.demo') as DemoAccount;
    const login = await demo.request({
      method: 'POST',
      url: '/api/auth/login',
      payload: { email: anna.email, password: anna.password },
    });
    expect(login.statusCode).toBe(200);
    expect(login.json().organisation).toMatchObject({ name: 'Seevetal', role: 'admin', status: 'confirmed' });

    const alliances = await demo.request({
      method: 'GET',
      url: '/api/alliances?mine=true',
      cookie: sessionCookieOf(login),
    });
    expect(alliances.json().items.map((a: { name: string }) => a.name)).toContain('Kooperation Landkreis Harburg');
  });

  it('creates the demo alliances with all their members', async () => {
    const list = await demo.request({ method: 'GET', url: `/api/alliances?q=${encodeURIComponent('Dresden')}` });
    const alliance = list
      .json()
      .items.find((a: { name: string }) => a.name === 'IT-Kooperation Dresden–Leipzig–Magdeburg');
    expect(alliance).toMatchObject({ memberCount: 3 });
    const harburg = (
      await demo.request({
        method: 'GET',
        url: `/api/alliances?q=${encodeURIComponent('Kooperation Landkreis Harburg')}`,
      })
    ).json();
    expect(harburg.items.filter((a: { name: string }) => a.name === 'Kooperation Landkreis Harburg')).toEqual([
      expect.objectContaining({ memberCount: 3 }),
    ]);
  });

  it('lists no demo accounts when demo mode is off', async () => {
    expect(problemOf(await plain.request({ method: 'GET', url: '/api/demo/accounts' }), 404).type).toBe(
      '/problems/not-found',
    );
  });
});
