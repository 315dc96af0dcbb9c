import { beforeAll, describe, expect, it } from 'vitest';
import type { Portfolio, PortfolioMilestones } from '../../../../shared/contracts/portfolio.ts';
import { createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { dayFromToday, send } from '../project-fixtures.ts';
import { type PortfolioWorld, portfolioWorld } from './portfolio-fixtures.ts';

let t: TestApp;
let w: PortfolioWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await portfolioWorld(t);
});

async function portfolioOf(person: TestPerson | null, query: string): Promise<Portfolio> {
  const res = await send(t, person, 'GET', `/api/portfolio?${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

const names = (p: Portfolio) => p.projects.map((project) => project.name);
const sorted = (values: string[]) => [...values].sort();

describe('GET /api/portfolio?alliance=', () => {
  it('shows an alliance admin every project they may see, worst first, with reasons, and counts the others', async () => {
    const p = await portfolioOf(w.a.admin, `alliance=${w.alliance.id}`);
    expect(p.scope).toEqual({ kind: 'alliance', id: w.alliance.id, name: w.alliance.name });
    expect(names(p)).toEqual(['Smart Health', 'Vernetzte Mobilität', 'Bürgerportal', 'New Work', 'Altes Projekt']);
    expect(p.counts).toEqual({ red: 1, amber: 1, green: 2, none: 1 });
    // Glasfaser is in B's workspace, where A's admin is not: counted, not shown.
    expect(p.hidden).toBe(1);
    const [health, mobility] = p.projects;
    expect(health?.health.level).toBe('red');
    expect(health?.health.reasons[0]).toMatchObject({ signal: 'overdue-share', level: 'red', value: 1 });
    expect(mobility).toMatchObject({
      workspace: { id: w.workspaces.shared.id },
      leadPerson: { id: w.aMember.id },
      leadOrganisation: { id: w.a.organisation.id },
      partners: [{ id: w.b.organisation.id }],
      nextMilestone: { name: 'Ausschreibung', date: dayFromToday(30) },
      health: {
        level: 'amber',
        reasons: [{ signal: 'milestone-slip', value: 10, threshold: 7, baselineName: 'Plan v2' }],
        override: null,
      },
      viewer: { canEdit: true, canManage: true },
    });
    expect(p.projects.find((x) => x.name === 'Smart Health')?.progress).toEqual({ tasks: 3, done: 0 });
  });

  it('tells the count of unseen projects to the admins of member organisations only', async () => {
    const member = await portfolioOf(w.aMember, `alliance=${w.alliance.id}`);
    expect(sorted(names(member))).toEqual(
      sorted(['Smart Health', 'Vernetzte Mobilität', 'Bürgerportal', 'New Work', 'Altes Projekt']),
    );
    expect(member.hidden).toBeNull();
    const other = await portfolioOf(w.bMember, `alliance=${w.alliance.id}`);
    expect(sorted(names(other))).toEqual(sorted(['Smart Health', 'Vernetzte Mobilität', 'Bürgerportal', 'Glasfaser']));
    expect(other.hidden).toBeNull();
    const bAdmin = await portfolioOf(w.b.admin, `alliance=${w.alliance.id}`);
    expect(names(bAdmin)).toEqual(['Glasfaser']);
    expect(bAdmin.hidden).toBe(5);
    expect(bAdmin.projects[0]?.viewer).toEqual({ canEdit: true, canManage: true });
  });

  it('shows a guest only the project of the channel they were added to, and nothing of the others', async () => {
    const p = await portfolioOf(w.guest, `alliance=${w.alliance.id}`);
    expect(names(p)).toEqual(['Bürgerportal']);
    expect(p.projects[0]?.viewer).toEqual({ canEdit: true, canManage: false });
    expect(p.hidden).toBeNull();
    expect(p.counts).toEqual({ red: 0, amber: 0, green: 1, none: 0 });
  });

  it('is 404 to outsiders and invited organisations without a project to see, 401 signed out', async () => {
    const url = `/api/portfolio?alliance=${w.alliance.id}`;
    expect(problemOf(await send(t, null, 'GET', url), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await send(t, w.outsider, 'GET', url), 404).type).toBe('/problems/not-found');
    expect(problemOf(await send(t, w.invited.admin, 'GET', url), 404).type).toBe('/problems/not-found');
    const unknown = '00000000-0000-4000-8000-000000000000';
    expect(problemOf(await send(t, w.a.admin, 'GET', `/api/portfolio?alliance=${unknown}`), 404).status).toBe(404);
  });

  it('lets a platform admin count the alliance’s projects without showing them', async () => {
    const admin = await createPerson(t, { platformAdmin: true });
    const p = await portfolioOf(admin, `alliance=${w.alliance.id}`);
    expect(p.projects).toEqual([]);
    expect(p.hidden).toBe(6);
  });

  it('filters by shown colour and status and sorts by name, end and next milestone', async () => {
    const q = `alliance=${w.alliance.id}`;
    const urgent = await portfolioOf(w.a.admin, `${q}&level=red&level=amber`);
    expect(names(urgent)).toEqual(['Smart Health', 'Vernetzte Mobilität']);
    // Counts and the unseen count stay those of the whole portfolio: a filtered count would tell the
    // colours of projects the reader does not see.
    expect(urgent.counts).toEqual({ red: 1, amber: 1, green: 2, none: 1 });
    expect(urgent.hidden).toBe(1);
    expect(names(await portfolioOf(w.a.admin, `${q}&level=none`))).toEqual(['Altes Projekt']);
    expect(names(await portfolioOf(w.a.admin, `${q}&status=done&status=stopped`))).toEqual(['Altes Projekt']);
    expect(names(await portfolioOf(w.a.admin, `${q}&sort=name`))).toEqual([
      'Altes Projekt',
      'Bürgerportal',
      'New Work',
      'Smart Health',
      'Vernetzte Mobilität',
    ]);
    expect(names(await portfolioOf(w.a.admin, `${q}&sort=end`))).toEqual([
      'New Work',
      'Smart Health',
      'Vernetzte Mobilität',
      'Altes Projekt',
      'Bürgerportal',
    ]);
    expect(names(await portfolioOf(w.a.admin, `${q}&sort=next-milestone`))).toEqual([
      'Vernetzte Mobilität',
      'New Work',
      'Altes Projekt',
      'Bürgerportal',
      'Smart Health',
    ]);
  });

  it('refuses a query without exactly one scope, or with values it does not know, as problem+json', async () => {
    for (const query of [
      '',
      `alliance=${w.alliance.id}&workspace=${w.workspaces.shared.id}`,
      'alliance=nicht-eine-id',
      `alliance=${w.alliance.id}&sort=farbe`,
      `alliance=${w.alliance.id}&level=purple`,
      `alliance=${w.alliance.id}&status=erledigt`,
      `alliance=${w.alliance.id}&extra=1`,
    ]) {
      const res = await send(t, w.a.admin, 'GET', `/api/portfolio?${query}`);
      expect(problemOf(res, 400).status, query).toBe(400);
    }
    const none = problemOf(await send(t, w.a.admin, 'GET', '/api/portfolio'), 400);
    expect(none.errors?.[0]?.field).toBe('querystring:/');
  });
});

describe('GET /api/portfolio?organisation= and ?workspace=', () => {
  it('spans the organisation’s workspaces and the projects it leads or partners in elsewhere', async () => {
    const p = await portfolioOf(w.a.admin, `organisation=${w.a.organisation.id}`);
    expect(p.scope).toMatchObject({ kind: 'organisation', name: w.a.organisation.name });
    expect(sorted(names(p))).toEqual(
      sorted(['Smart Health', 'Vernetzte Mobilität', 'Bürgerportal', 'New Work', 'Altes Projekt']),
    );
    // Glasfaser has A as partner, in B's workspace.
    expect(p.hidden).toBe(1);
    expect((await portfolioOf(w.aMember, `organisation=${w.a.organisation.id}`)).hidden).toBeNull();
    const b = await portfolioOf(w.b.admin, `organisation=${w.b.organisation.id}`);
    // B partners in Vernetzte Mobilität, which B's admin does not see.
    expect(names(b)).toEqual(['Glasfaser']);
    expect(b.hidden).toBe(1);
  });

  it('shows someone of another organisation what they see of it, and is 404 to those who see nothing', async () => {
    const seen = await portfolioOf(w.bMember, `organisation=${w.a.organisation.id}`);
    expect(sorted(names(seen))).toEqual(sorted(['Smart Health', 'Vernetzte Mobilität', 'Bürgerportal', 'Glasfaser']));
    expect(seen.hidden).toBeNull();
    const url = `/api/portfolio?organisation=${w.a.organisation.id}`;
    expect(problemOf(await send(t, w.outsider, 'GET', url), 404).status).toBe(404);
    expect(problemOf(await send(t, null, 'GET', url), 401).status).toBe(401);
  });

  it('shows a workspace’s projects to its people, a guest only theirs, and nobody the count', async () => {
    const owner = await portfolioOf(w.a.admin, `workspace=${w.workspaces.shared.id}`);
    expect(names(owner)).toEqual(['Smart Health', 'Vernetzte Mobilität', 'Bürgerportal']);
    expect(owner.hidden).toBeNull();
    expect(names(await portfolioOf(w.guest, `workspace=${w.workspaces.shared.id}`))).toEqual(['Bürgerportal']);
    const url = `/api/portfolio?workspace=${w.workspaces.ownB.id}`;
    expect(problemOf(await send(t, w.a.admin, 'GET', url), 404).status).toBe(404);
    expect(problemOf(await send(t, w.guest, 'GET', url), 404).status).toBe(404);
  });
});

describe('GET /api/portfolio/milestones', () => {
  it('lists the visible projects’ milestones by date with their baseline dates, never others’', async () => {
    const res = await send(t, w.a.admin, 'GET', `/api/portfolio/milestones?alliance=${w.alliance.id}`);
    expect(res.statusCode, res.body).toBe(200);
    const body: PortfolioMilestones = res.json();
    expect(body.milestones.map((m) => m.name)).toEqual(['Ausschreibung', '=SUMME(1;2)']);
    expect(body.milestones[0]).toMatchObject({
      date: dayFromToday(30),
      baselineDate: dayFromToday(20),
      doneAt: null,
      project: { id: w.projects.mobility.id, name: 'Vernetzte Mobilität', level: 'amber', override: null },
    });
    expect(body.milestones[1]).toMatchObject({ baselineDate: null, project: { name: 'New Work', level: 'green' } });
    const b = (await send(t, w.bMember, 'GET', `/api/portfolio/milestones?alliance=${w.alliance.id}`)).json();
    expect(b.milestones.map((m: { name: string }) => m.name)).toEqual(['Tiefbau', 'Ausschreibung']);
    const filtered = await send(t, w.a.admin, 'GET', `/api/portfolio/milestones?alliance=${w.alliance.id}&level=green`);
    expect(filtered.json().milestones.map((m: { name: string }) => m.name)).toEqual(['=SUMME(1;2)']);
    const url = `/api/portfolio/milestones?alliance=${w.alliance.id}`;
    expect(problemOf(await send(t, w.outsider, 'GET', url), 404).status).toBe(404);
    expect(problemOf(await send(t, null, 'GET', url), 401).status).toBe(401);
    expect(problemOf(await send(t, w.a.admin, 'GET', '/api/portfolio/milestones'), 400).status).toBe(400);
  });
});

describe('the lead’s override in the portfolio', () => {
  it('shows the lead’s colour for filters and order, with the computed one beside it', async () => {
    const res = await send(t, w.aMember, 'PUT', `/api/projects/${w.projects.work.id}/health-override`, {
      level: 'red',
      reason: 'Die Räume sind noch nicht gemietet.',
    });
    expect(res.statusCode, res.body).toBe(200);
    const p = await portfolioOf(w.aMember, `alliance=${w.alliance.id}&level=red`);
    expect(names(p)).toEqual(['New Work', 'Smart Health']);
    expect(p.projects[0]?.health).toMatchObject({
      level: 'green',
      override: { level: 'red', reason: 'Die Räume sind noch nicht gemietet.' },
    });
    expect(p.counts).toEqual({ red: 2, amber: 1, green: 1, none: 1 });
    const milestones = (await send(t, w.aMember, 'GET', `/api/portfolio/milestones?alliance=${w.alliance.id}`)).json();
    expect(milestones.milestones[1].project).toMatchObject({ name: 'New Work', level: 'green', override: 'red' });
  });
});
