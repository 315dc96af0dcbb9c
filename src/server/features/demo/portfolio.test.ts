import { inArray, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Portfolio, PortfolioMilestones } from '../../../shared/contracts/portfolio.ts';
import type { Project, TaskList } from '../../../shared/contracts/projects.ts';
import type { Tx } from '../../platform/db/client.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import { buildTestApp, problemOf, sessionCookieOf } from '../../test/test-app.ts';
import { personIdByEmail } from '../accounts/person-record.ts';
import { todayInGermany } from '../projects/projects/week.ts';
import { projects } from '../projects/tables.ts';
import { DEMO_PASSWORD } from './accounts.ts';
import { baselineName, DEMO_PROJECTS } from './projects/seed-projects.ts';
import { DATA_PLATFORM, SENSOR_NETWORK } from './projects/smart-cities.ts';
import { seedDemo } from './seed.ts';
import { P } from './workspaces/script.ts';

// The alliance „Smart Cities: 5 für Südwestfalen“ in the demo: a portfolio of projects in two
// workspaces with months of history, whose health the seed computes as of the day it runs.

const demo = await buildTestApp({ demo: true });
const ALLIANCE = 'Smart Cities: 5 für Südwestfalen';
const DAY = 86_400_000;

async function signIn(email: string): Promise<string> {
  const res = await demo.request({
    method: 'POST',
    url: '/api/auth/login',
    payload: { email, password: DEMO_PASSWORD },
  });
  expect(res.statusCode, res.body).toBe(200);
  return sessionCookieOf(res);
}

async function allianceId(): Promise<string> {
  const res = await demo.request({ method: 'GET', url: `/api/alliances?q=${encodeURIComponent('Südwestfalen')}` });
  const found = (res.json().items as Array<{ id: string; name: string; memberCount: number }>).filter(
    (a) => a.name === ALLIANCE,
  );
  expect(found).toEqual([expect.objectContaining({ memberCount: 5 })]);
  return found[0]?.id as string;
}

const byName = (portfolio: Portfolio) => new Map(portfolio.projects.map((p) => [p.name, p]));
const named = (name: string) => DEMO_PROJECTS.find((p) => p.name.startsWith(name))?.name as string;

/** Everything the seed wrote for the demo projects, counted, with each project's colour. */
async function footprint() {
  const ids = (
    await demo.deps.db
      .select({ id: projects.id })
      .from(projects)
      .where(
        inArray(
          projects.name,
          DEMO_PROJECTS.map((p) => p.name),
        ),
      )
  ).map((row) => row.id);
  const list = sql.join(
    ids.map((id) => sql`${id}::uuid`),
    sql`, `,
  );
  const [counts] = rowsOf<Record<string, number>>(
    await demo.deps.db.execute(sql`
      select
        (select count(*)::int from project_tasks where project_id in (${list})) as tasks,
        (select count(*)::int from project_milestones where project_id in (${list})) as milestones,
        (select count(*)::int from project_baselines where project_id in (${list})) as baselines,
        (select count(*)::int from project_status_notes where project_id in (${list})) as notes,
        (select count(*)::int from project_health_snapshots where project_id in (${list})) as snapshots,
        (select count(*)::int from project_task_dependencies d join project_tasks t on t.id = d.task_id
           where t.project_id in (${list})) as dependencies,
        (select count(*)::int from project_task_comments c join project_tasks t on t.id = c.task_id
           where t.project_id in (${list})) as comments,
        (select count(*)::int from notifications where kind = 'project-health') as warnings`),
  );
  const levels = await demo.deps.db
    .select({ name: projects.name, level: projects.healthLevel, activity: projects.lastActivityAt })
    .from(projects)
    .where(inArray(projects.id, ids));
  return { projects: ids.length, ...counts, levels: levels.sort((a, b) => a.name.localeCompare(b.name)) };
}

describe('the demo portfolio of „Smart Cities: 5 für Südwestfalen“', () => {
  let stefan: string;
  let alliance: string;
  let portfolio: Portfolio;

  beforeAll(async () => {
    await seedDemo(demo.deps);
    stefan = await signIn(P.stefan);
    alliance = await allianceId();
    const res = await demo.request({ method: 'GET', url: `/api/portfolio?alliance=${alliance}`, cookie: stefan });
    expect(res.statusCode, res.body).toBe(200);
    portfolio = res.json() as Portfolio;
  }, 180_000);

  it('shows Arnsberg’s admin every project, red, amber, green and done, each colour with its reasons', () => {
    const shown = byName(portfolio);
    for (const project of DEMO_PROJECTS) expect(shown.has(project.name), project.name).toBe(true);
    expect(portfolio.hidden).toBe(0);
    const levels = Object.fromEntries(DEMO_PROJECTS.map((p) => [p.name, shown.get(p.name)?.health.level]));
    expect(levels).toEqual({
      [named('Smart Health')]: 'red',
      [named('New Work')]: 'green',
      [named('Quartiersentwicklung')]: 'green',
      [named('Wissenstransfer')]: 'none',
      [SENSOR_NETWORK]: 'amber',
      [DATA_PLATFORM]: 'red',
      [named('Vernetzte Mobilität')]: 'amber',
      [named('Digitale Bürgerdienste')]: 'amber',
      [named('Smart Metering')]: 'green',
    });
    for (const project of portfolio.projects) {
      const { level, reasons } = project.health;
      if (level === 'amber' || level === 'red') {
        expect(reasons.length, project.name).toBeGreaterThan(0);
        expect(reasons[0]?.level, project.name).toBe(level);
      } else {
        expect(reasons, project.name).toEqual([]);
      }
    }
  });

  it('gives the reasons the health library finds in the plans', () => {
    const shown = byName(portfolio);
    const reasonsOf = (name: string) => shown.get(name)?.health.reasons ?? [];
    // A task blocked for three weeks, and two milestones moved after the steering committee.
    expect(reasonsOf(named('Smart Health'))).toEqual([
      expect.objectContaining({
        signal: 'blocked',
        level: 'red',
        value: 22,
        subject: expect.objectContaining({ name: 'Datenschutz-Folgenabschätzung abschließen' }),
      }),
      expect.objectContaining({ signal: 'milestone-slip', level: 'amber', value: 15 }),
      expect.objectContaining({ signal: 'milestone-slip', level: 'amber', value: 12 }),
    ]);
    const today = todayInGermany();
    expect(reasonsOf(DATA_PLATFORM)).toEqual(
      expect.arrayContaining([
        expect.objectContaining({
          signal: 'milestone-slip',
          level: 'red',
          value: 24,
          baselineName: baselineName(today),
        }),
        expect.objectContaining({ signal: 'overdue-share', level: 'red', value: 0.4 }),
      ]),
    );
    // The shared expert's interface slipped; the on-demand transport waits for it.
    expect(reasonsOf(named('Vernetzte Mobilität'))).toEqual([
      expect.objectContaining({
        signal: 'dependency-slip',
        level: 'amber',
        value: 6,
        subject: expect.objectContaining({ projectName: DATA_PLATFORM }),
      }),
    ]);
    expect(reasonsOf(SENSOR_NETWORK)).toEqual([expect.objectContaining({ signal: 'inactive', value: 17 })]);
    expect(reasonsOf(named('Digitale Bürgerdienste')).map((r) => r.signal)).toEqual([
      'milestone-slip',
      'plan-progress',
      'overdue-share',
    ]);
  });

  it('shows trends against last week, progress, leads, partners, budgets and the atlas record', () => {
    const trends = portfolio.projects.map((p) => p.health.trend);
    expect(trends).toContain('worse');
    expect(trends).toContain('better');
    expect(trends).toContain('same');
    const shown = byName(portfolio);
    expect(shown.get(named('Smart Health'))?.health.trend).toBe('worse');
    expect(shown.get(named('New Work'))?.health.trend).toBe('better');
    const platform = shown.get(DATA_PLATFORM) as Project;
    expect(platform.cooperation?.slug).toBe('smart-cities-5-fuer-suedwestfalen');
    expect(platform).toMatchObject({
      leadOrganisation: { name: 'Arnsberg' },
      leadPerson: { name: 'Stefan Hoffmann' },
      budgetEuros: 1_200_000,
      status: 'running',
    });
    expect(platform.partners.map((o) => o.name).sort()).toEqual([
      'Bad Berleburg',
      'Menden (Sauerland)',
      'Olpe',
      'Soest',
    ]);
    const leads = new Set(portfolio.projects.map((p) => p.leadOrganisation?.name));
    expect(leads).toEqual(new Set(['Arnsberg', 'Bad Berleburg', 'Menden (Sauerland)', 'Olpe', 'Soest']));
    for (const project of portfolio.projects.filter((p) => p.status === 'running')) {
      expect(project.progress.done, project.name).toBeGreaterThan(0);
      expect(project.progress.done, project.name).toBeLessThan(project.progress.tasks);
      expect(Date.now() - Date.parse(project.createdAt), project.name).toBeGreaterThan(100 * DAY);
    }
  });

  it('keeps the frozen plan beside the moved milestone dates', async () => {
    const res = await demo.request({
      method: 'GET',
      url: `/api/portfolio/milestones?alliance=${alliance}`,
      cookie: stefan,
    });
    const { milestones } = res.json() as PortfolioMilestones;
    const portal = milestones.find((m) => m.name.startsWith('Open-Data-Portal'));
    expect(portal?.baselineDate).not.toBeNull();
    expect(Date.parse(portal?.date as string) - Date.parse(portal?.baselineDate as string)).toBe(24 * DAY);
    expect(milestones.filter((m) => m.doneAt !== null).length).toBeGreaterThanOrEqual(8);
  });

  it('gives the blocked task its reason, people, labels, checklist and comment, and done work its past days', async () => {
    const health = byName(portfolio).get(named('Smart Health')) as Project;
    const res = await demo.request({ method: 'GET', url: `/api/projects/${health.id}/tasks`, cookie: stefan });
    const { tasks } = res.json() as TaskList;
    const blocked = tasks.find((t) => t.state === 'blocked');
    expect(blocked).toMatchObject({
      title: 'Datenschutz-Folgenabschätzung abschließen',
      blockedReason: expect.stringContaining('Datenschutz'),
      labels: ['Datenschutz'],
      priority: 'high',
      commentCount: 1,
    });
    expect(blocked?.assignees.map((a) => a.name).sort()).toEqual(['Julia Schäfer', 'Martina Böhm']);
    expect(blocked?.checklist.filter((i) => i.done)).toHaveLength(2);
    expect(Math.round((Date.now() - Date.parse(blocked?.blockedSince as string)) / DAY)).toBeGreaterThanOrEqual(21);
    const done = tasks.filter((t) => t.state === 'done');
    expect(done.length).toBe(4);
    for (const task of done) expect(Date.now() - Date.parse(task.doneAt as string)).toBeGreaterThan(DAY);
  });

  it('adds nothing when it seeds again, and restores a project that is missing', async () => {
    const before = await footprint();
    expect(before.projects).toBe(DEMO_PROJECTS.length);
    await seedDemo(demo.deps);
    expect(await footprint()).toEqual(before);

    // An older demo lacks a project: the next start adds it, with its history, and leaves the rest.
    const lukas = await signIn(P.lukas);
    const metering = byName(portfolio).get(named('Smart Metering')) as Project;
    const removed = await demo.request({ method: 'DELETE', url: `/api/projects/${metering.id}`, cookie: lukas });
    expect(removed.statusCode, removed.body).toBe(204);
    expect((await footprint()).projects).toBe(DEMO_PROJECTS.length - 1);
    await seedDemo(demo.deps);
    const after = await footprint();
    expect({ ...after, warnings: 0 }).toEqual({ ...before, warnings: 0 });
    const again = (
      await demo.request({
        method: 'GET',
        url: `/api/projects/${(await footprintId(named('Smart Metering'))) ?? ''}`,
        cookie: lukas,
      })
    ).json() as Project;
    expect(again.health).toMatchObject({ level: 'green', reasons: [], trend: 'same' });
  });

  it('still starts when people changed the demo so that a missing project no longer fits', async () => {
    // Lukas leads smart metering; the project is deleted and he leaves the workspace.
    const lukas = await signIn(P.lukas);
    const metering = (await footprintId(named('Smart Metering'))) as string;
    const project = (await demo.request({ method: 'GET', url: `/api/projects/${metering}`, cookie: lukas })).json();
    expect((await demo.request({ method: 'DELETE', url: `/api/projects/${metering}`, cookie: lukas })).statusCode).toBe(
      204,
    );
    const lukasId = (await personIdByEmail(demo.deps.db as unknown as Tx, P.lukas)) as string;
    const left = await demo.request({
      method: 'DELETE',
      url: `/api/workspaces/${project.workspace.id}/members/${lukasId}`,
      cookie: lukas,
    });
    expect(left.statusCode, left.body).toBe(204);
    const before = await footprint();

    const warnings: string[] = [];
    await seedDemo(demo.deps, { warn: (message) => warnings.push(message) });
    expect(await footprint()).toEqual(before);
    expect(warnings).toEqual([expect.stringContaining(named('Smart Metering'))]);
  });

  it('keeps the portfolio from people of another alliance and from those signed out', async () => {
    const susanne = await signIn(P.susanne);
    const res = await demo.request({ method: 'GET', url: `/api/portfolio?alliance=${alliance}`, cookie: susanne });
    expect(problemOf(res, 404).status).toBe(404);
    problemOf(await demo.request({ method: 'GET', url: `/api/portfolio?alliance=${alliance}` }), 401);
    const project = byName(portfolio).get(DATA_PLATFORM) as Project;
    problemOf(await demo.request({ method: 'GET', url: `/api/projects/${project.id}`, cookie: susanne }), 404);
  });
});

async function footprintId(name: string): Promise<string | undefined> {
  const [row] = await demo.deps.db
    .select({ id: projects.id })
    .from(projects)
    .where(inArray(projects.name, [name]));
  return row?.id;
}
