import { gunzipSync } from 'node:zlib';
import { eq } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Portfolio } from '../../../../shared/contracts/portfolio.ts';
import type { TestPerson } from '../../../test/factories.ts';
import { buildTestAppOnOwnDatabase } from '../../../test/own-database.ts';
import { buildTestApp, type TestApp } from '../../../test/test-app.ts';
import { createdProject, send } from '../project-fixtures.ts';
import type { ProjectBase } from '../projects/project-view.ts';
import { projects } from '../tables.ts';
import { type PortfolioWorld, portfolioWorld } from './portfolio-fixtures.ts';
import { createProjectBaseCache } from './project-base-cache.ts';

const base = (id: string, name = id) => ({ id, name }) as ProjectBase;

describe('the cache of project views', () => {
  it('keeps views for their week and time, and forgets a dropped one', () => {
    let clock = 0;
    const cache = createProjectBaseCache({ ttlMs: 1000 }, () => clock);
    const [kept] = cache.keep(cache.mark(), '2026-12-07', [base('a')]);
    expect(kept?.json).toBe(JSON.stringify(base('a')));
    expect(cache.get('a', '2026-12-07')?.base.name).toBe('a');
    // A new week compares the trend with another week: the view is made again.
    expect(cache.get('a', '2026-12-14')).toBeUndefined();
    cache.keep(cache.mark(), '2026-12-07', [base('a'), base('b')]);
    cache.drop('a');
    expect(cache.get('a', '2026-12-07')).toBeUndefined();
    expect(cache.get('b', '2026-12-07')).toBeDefined();
    clock = 1000;
    expect(cache.get('b', '2026-12-07')).toBeUndefined();
  });

  it('does not keep a view read before a drop, which may hold what the drop was for', () => {
    const cache = createProjectBaseCache({ ttlMs: 60_000 });
    const mark = cache.mark();
    cache.drop('a');
    const made = cache.keep(mark, '2026-12-07', [base('a', 'old name')]);
    expect(made[0]?.base.name).toBe('old name');
    expect(cache.get('a', '2026-12-07')).toBeUndefined();
    expect(cache.size).toBe(0);
  });

  it('keeps nothing when turned off, and the newest when full', () => {
    const off = createProjectBaseCache({ ttlMs: 0 });
    off.keep(off.mark(), '2026-12-07', [base('a')]);
    expect(off.size).toBe(0);
    const small = createProjectBaseCache({ ttlMs: 60_000, maxEntries: 2 });
    small.keep(small.mark(), '2026-12-07', [base('a'), base('b'), base('c')]);
    expect(small.size).toBe(2);
    expect(small.get('a', '2026-12-07')).toBeUndefined();
    expect(small.get('c', '2026-12-07')).toBeDefined();
  });
});

// Whole answers are kept for as long as sessions are (off in tests); here for a minute, so that every
// wall below moves by what the change tells the caches, not by time. On a database and bus of its own:
// on the run's shared database every other file's project or membership change drops the kept answers
// too, which would show the change made behind the platform's back too early.
describe('the portfolio with cached views and answers', () => {
  let t: TestApp;
  let w: PortfolioWorld;

  beforeAll(async () => {
    t = await buildTestAppOnOwnDatabase({ sessionCacheMs: 60_000 });
    w = await portfolioWorld(t);
  });

  async function portfolioOf(person: TestPerson, query = `alliance=${w.alliance.id}`): Promise<Portfolio> {
    const res = await send(t, person, 'GET', `/api/portfolio?${query}`);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.headers['content-type']).toBe('application/json; charset=utf-8');
    return res.json();
  }
  const named = (p: Portfolio, name: string) => p.projects.find((project) => project.name === name);

  it('answers from the views it keeps, and shows a change made through the platform at once', async () => {
    await portfolioOf(w.a.admin);
    // A change behind the platform's back stays unseen while the view is kept …
    await t.deps.db
      .update(projects)
      .set({ goal: 'Geändert ohne Nachricht' })
      .where(eq(projects.id, w.projects.work.id));
    expect(named(await portfolioOf(w.a.admin), 'New Work')?.goal).not.toBe('Geändert ohne Nachricht');
    // … a change through the platform drops it in every process before the answer leaves.
    const task = await send(t, w.aMember, 'POST', `/api/projects/${w.projects.work.id}/tasks`, { title: 'Räume' });
    expect(task.statusCode, task.body).toBe(201);
    const after = named(await portfolioOf(w.a.admin), 'New Work');
    expect(after?.goal).toBe('Geändert ohne Nachricht');
    expect(after?.progress.tasks).toBe(1);
  });

  it('sends the answer gzipped to browsers, the same document as without', async () => {
    // Small answers go out as they are; a long goal makes this one worth compressing.
    await createdProject(t, w.a.admin, w.workspaces.shared.id, { name: 'Ausführlich', goal: 'Ziel. '.repeat(800) });
    const url = `/api/portfolio?alliance=${w.alliance.id}`;
    const plain = await send(t, w.a.admin, 'GET', url);
    expect(plain.headers['content-encoding']).toBeUndefined();
    const zipped = await t.request({
      method: 'GET',
      url,
      cookie: w.a.admin.cookie,
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(zipped.headers['content-encoding']).toBe('gzip');
    expect(zipped.headers.vary).toContain('Accept-Encoding');
    expect(JSON.parse(gunzipSync(zipped.rawPayload).toString('utf8'))).toEqual(plain.json());
  });

  it('tells each reader what they may do, though every reader is answered from the same views', async () => {
    const admin = named(await portfolioOf(w.a.admin), 'Smart Health');
    const guest = await portfolioOf(w.guest, `workspace=${w.workspaces.shared.id}`);
    expect(admin?.viewer).toEqual({ canEdit: true, canManage: true });
    expect(guest.projects.map((p) => p.name)).toEqual(['Bürgerportal']);
    expect(guest.projects[0]?.viewer.canManage).toBe(false);
  });

  it('decides who sees what afresh: a guest taken out of the channel no longer sees its project', async () => {
    const channelId = w.projects.portal.channelId as string;
    expect((await portfolioOf(w.guest, `workspace=${w.workspaces.shared.id}`)).projects).toHaveLength(1);
    const removed = await send(t, w.a.admin, 'DELETE', `/api/channels/${channelId}/members/${w.guest.id}`);
    expect(removed.statusCode, removed.body).toBe(204);
    const res = await send(t, w.guest, 'GET', `/api/portfolio?workspace=${w.workspaces.shared.id}`);
    expect(res.statusCode === 404 || res.json().projects.length === 0, res.body).toBe(true);
  });

  it('shows a workspace’s new name at once', async () => {
    const renamed = await send(t, w.a.admin, 'PATCH', `/api/workspaces/${w.workspaces.ownA.id}`, {
      name: 'Neuer Name des Arbeitsraums',
    });
    expect(renamed.statusCode, renamed.body).toBe(200);
    expect(named(await portfolioOf(w.a.admin), 'New Work')?.workspace.name).toBe('Neuer Name des Arbeitsraums');
  });

  it('leaves a member removed from the workspace without its projects', async () => {
    const removed = await send(
      t,
      w.a.admin,
      'DELETE',
      `/api/workspaces/${w.workspaces.ownA.id}/members/${w.aMember.id}`,
    );
    expect(removed.statusCode, removed.body).toBe(204);
    const p = await portfolioOf(w.aMember);
    expect(p.projects.map((project) => project.name)).not.toContain('New Work');
    expect(named(p, 'Smart Health')).toBeDefined();
  });
});

describe('the portfolio’s answers when an organisation leaves the alliance', () => {
  it('leaves the projects of its workspaces out at once, for everyone', async () => {
    const t = await buildTestApp({ sessionCacheMs: 60_000 });
    const w = await portfolioWorld(t);
    const url = `/api/portfolio?alliance=${w.alliance.id}`;
    const before = (await send(t, w.a.admin, 'GET', url)).json() as Portfolio;
    expect(before.hidden).toBe(1);
    const left = await send(t, w.b.admin, 'DELETE', `/api/alliances/${w.alliance.id}/members/${w.b.organisation.id}`);
    expect(left.statusCode, left.body).toBe(204);
    // Glasfaser (in B's own workspace) no longer belongs to the alliance's portfolio, not even as hidden.
    const after = (await send(t, w.a.admin, 'GET', url)).json() as Portfolio;
    expect(after.hidden).toBe(0);
    const member = (await send(t, w.bMember, 'GET', url)).json() as Portfolio;
    expect(member.projects.map((p) => p.name)).not.toContain('Glasfaser');
  });
});
