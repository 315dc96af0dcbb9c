import { and, eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { PortfolioSubscriptions } from '../../../../shared/contracts/portfolio.ts';
import type { TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { send } from '../project-fixtures.ts';
import { portfolioSubscriptions } from '../tables.ts';
import { type PortfolioWorld, portfolioWorld } from './portfolio-fixtures.ts';

let t: TestApp;
let w: PortfolioWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await portfolioWorld(t);
});

const URL = '/api/portfolio/subscription';
const METHODS = ['GET', 'PUT', 'DELETE'] as const;

async function rowsOf(person: TestPerson) {
  return t.deps.db
    .select({ kind: portfolioSubscriptions.scopeKind, id: portfolioSubscriptions.scopeId })
    .from(portfolioSubscriptions)
    .where(eq(portfolioSubscriptions.personId, person.id));
}

async function subscribed(person: TestPerson, query: string): Promise<boolean> {
  const res = await send(t, person, 'GET', `${URL}?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json().subscribed;
}

describe('the weekly mail of a portfolio: GET, PUT, DELETE /api/portfolio/subscription', () => {
  it('subscribes and unsubscribes a member of the alliance, each as often as asked, with one row', async () => {
    const query = `alliance=${w.alliance.id}`;
    expect(await subscribed(w.aMember, query)).toBe(false);
    for (let i = 0; i < 2; i += 1) {
      const res = await send(t, w.aMember, 'PUT', `${URL}?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ subscribed: true });
    }
    expect(await subscribed(w.aMember, query)).toBe(true);
    expect(await rowsOf(w.aMember)).toEqual([{ kind: 'alliance', id: w.alliance.id }]);
    // Someone else's subscription is theirs alone.
    expect(await subscribed(w.bMember, query)).toBe(false);

    for (let i = 0; i < 2; i += 1) {
      const res = await send(t, w.aMember, 'DELETE', `${URL}?${query}`);
      expect(res.statusCode, res.body).toBe(200);
      expect(res.json()).toEqual({ subscribed: false });
    }
    expect(await subscribed(w.aMember, query)).toBe(false);
    expect(await rowsOf(w.aMember)).toEqual([]);
  });

  it('takes an upper-case ID as the same portfolio', async () => {
    const res = await send(t, w.b.admin, 'PUT', `${URL}?organisation=${w.b.organisation.id.toUpperCase()}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(await subscribed(w.b.admin, `organisation=${w.b.organisation.id}`)).toBe(true);
    await send(t, w.b.admin, 'DELETE', `${URL}?organisation=${w.b.organisation.id}`);
  });

  it('lets a guest subscribe to the portfolio they see a project of, and no other', async () => {
    const res = await send(t, w.guest, 'PUT', `${URL}?alliance=${w.alliance.id}`);
    expect(res.statusCode, res.body).toBe(200);
    for (const method of METHODS) {
      const own = await send(t, w.guest, method, `${URL}?workspace=${w.workspaces.ownA.id}`);
      expect(problemOf(own, 404).type, method).toBe('/problems/not-found');
    }
    expect(await rowsOf(w.guest)).toEqual([{ kind: 'alliance', id: w.alliance.id }]);
    await send(t, w.guest, 'DELETE', `${URL}?alliance=${w.alliance.id}`);
  });

  it('lets someone of another organisation subscribe to what they see of it', async () => {
    // B's member works in the alliance's workspace, whose projects A leads.
    const res = await send(t, w.bMember, 'PUT', `${URL}?organisation=${w.a.organisation.id}`);
    expect(res.statusCode, res.body).toBe(200);
    await send(t, w.bMember, 'DELETE', `${URL}?organisation=${w.a.organisation.id}`);
  });

  it('is 401 signed out, and 404 to those who may not see the portfolio, as the portfolio answers', async () => {
    for (const method of METHODS) {
      const query = `alliance=${w.alliance.id}`;
      expect(problemOf(await send(t, null, method, `${URL}?${query}`), 401).type, method).toBe(
        '/problems/unauthenticated',
      );
      // Outside the alliance, and an organisation only invited to it.
      for (const person of [w.outsider, w.invited.admin]) {
        expect(problemOf(await send(t, person, method, `${URL}?${query}`), 404).type, method).toBe(
          '/problems/not-found',
        );
        expect(problemOf(await send(t, person, 'GET', `/api/portfolio?${query}`), 404).status).toBe(404);
      }
      // Another organisation's person asking for A's portfolio, and for B's workspace.
      expect(
        problemOf(await send(t, w.outsider, method, `${URL}?organisation=${w.a.organisation.id}`), 404).status,
      ).toBe(404);
      expect(problemOf(await send(t, w.aMember, method, `${URL}?workspace=${w.workspaces.ownB.id}`), 404).status).toBe(
        404,
      );
      const unknown = '00000000-0000-4000-8000-000000000000';
      expect(problemOf(await send(t, w.a.admin, method, `${URL}?alliance=${unknown}`), 404).status).toBe(404);
    }
    for (const person of [w.outsider, w.invited.admin, w.aMember]) expect(await rowsOf(person)).toEqual([]);
  });

  it('refuses anything but exactly one scope with a valid ID as problem+json', async () => {
    const queries = [
      '',
      `alliance=${w.alliance.id}&workspace=${w.workspaces.shared.id}`,
      'alliance=nicht-eine-id',
      `organisation=${w.a.organisation.id}x`,
      `alliance=${w.alliance.id}&extra=1`,
      `alliance=${w.alliance.id}&alliance=${w.alliance.id}`,
    ];
    for (const method of METHODS) {
      for (const query of queries) {
        const res = await send(t, w.a.admin, method, `${URL}?${query}`);
        expect(problemOf(res, 400).status, `${method} ${query}`).toBe(400);
      }
      // Signed out too, the scope is looked at first, as the portfolio does.
      const none = problemOf(await send(t, null, method, URL), 400);
      expect(none.errors?.[0]?.field).toBe('querystring:/');
    }
    expect(await rowsOf(w.a.admin)).toEqual([]);
  });
});

describe('GET /api/me/portfolio-subscriptions', () => {
  it('lists the portfolios whose mail I get, by name, leaving out those I no longer see', async () => {
    const me = w.bMember;
    for (const query of [`alliance=${w.alliance.id}`, `workspace=${w.workspaces.ownB.id}`]) {
      expect((await send(t, me, 'PUT', `${URL}?${query}`)).statusCode).toBe(200);
    }
    // A subscription to a portfolio they cannot see (as if they had lost access) is not listed.
    await t.deps.db
      .insert(portfolioSubscriptions)
      .values({ personId: me.id, scopeKind: 'workspace', scopeId: w.workspaces.elsewhere.id });
    const res = await send(t, me, 'GET', '/api/me/portfolio-subscriptions');
    expect(res.statusCode, res.body).toBe(200);
    const list = (res.json() as PortfolioSubscriptions).subscriptions;
    expect(list.map((s) => s.scope)).toEqual([
      { kind: 'alliance', id: w.alliance.id, name: w.alliance.name },
      { kind: 'workspace', id: w.workspaces.ownB.id, name: w.workspaces.ownB.name },
    ]);
    // Nobody else sees them.
    expect((await send(t, w.aMember, 'GET', '/api/me/portfolio-subscriptions')).json()).toEqual({ subscriptions: [] });
    expect(problemOf(await send(t, null, 'GET', '/api/me/portfolio-subscriptions'), 401).status).toBe(401);
    await t.deps.db.delete(portfolioSubscriptions).where(and(eq(portfolioSubscriptions.personId, me.id)));
  });
});
