import { beforeAll, describe, expect, it } from 'vitest';
import type { WorkspaceHealthThresholds } from '../../../../shared/contracts/portfolio.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { notificationsOf } from '../../workspaces/workspace-fixtures.ts';
import { DEFAULT_THRESHOLDS } from '../health/thresholds.ts';
import { createdProject, dayFromToday, detailOf, type ProjectWorld, projectWorld, send } from '../project-fixtures.ts';

let t: TestApp;
let w: ProjectWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await projectWorld(t);
});

const url = () => `/api/workspaces/${w.workspace.id}/health-thresholds`;

/** A project of the workspace whose milestone lies 10 days after its baseline (amber by the defaults). */
async function slippingProject() {
  const project = await createdProject(t, w.owner, w.workspace.id, { name: 'Ausschreibung Breitband' });
  const made = await send(t, w.owner, 'POST', `/api/projects/${project.id}/milestones`, {
    name: 'Zuschlag',
    date: dayFromToday(20),
  });
  expect(made.statusCode, made.body).toBe(201);
  const milestoneId = made.json().milestones[0].id as string;
  expect(
    (await send(t, w.owner, 'POST', `/api/projects/${project.id}/baselines`, { name: 'Plan v1' })).statusCode,
  ).toBe(201);
  expect(
    (await send(t, w.owner, 'PATCH', `/api/milestones/${milestoneId}`, { date: dayFromToday(30) })).statusCode,
  ).toBe(200);
  return project;
}

describe('GET /api/workspaces/:id/health-thresholds', () => {
  it('answers the defaults to everyone in the workspace, and who may change them', async () => {
    const res = await send(t, w.member, 'GET', url());
    expect(res.statusCode, res.body).toBe(200);
    const body: WorkspaceHealthThresholds = res.json();
    expect(body).toEqual({
      workspaceId: w.workspace.id,
      thresholds: DEFAULT_THRESHOLDS,
      defaults: DEFAULT_THRESHOLDS,
      overrides: {},
      updatedAt: null,
      viewer: { canEdit: false },
    });
    expect((await send(t, w.owner, 'GET', url())).json().viewer).toEqual({ canEdit: true });
    expect((await send(t, w.guest, 'GET', url())).statusCode).toBe(200);
  });

  it('is 404 to outsiders and 401 signed out', async () => {
    expect(problemOf(await send(t, w.outsider, 'GET', url()), 404).status).toBe(404);
    expect(problemOf(await send(t, null, 'GET', url()), 401).status).toBe(401);
    expect(problemOf(await send(t, w.owner, 'GET', '/api/workspaces/kein-raum/health-thresholds'), 400).status).toBe(
      400,
    );
  });
});

describe('PUT /api/workspaces/:id/health-thresholds', () => {
  it('lets only owners set them; the workspace’s projects are measured by them at once', async () => {
    const project = await slippingProject();
    expect((await detailOf(t, w.owner, project.id)).health).toMatchObject({
      level: 'amber',
      reasons: [{ signal: 'milestone-slip', value: 10, threshold: 7 }],
    });
    const lenient = { milestoneSlip: { amber: 14, red: 30 } };
    expect(problemOf(await send(t, w.member, 'PUT', url(), lenient), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await send(t, w.guest, 'PUT', url(), lenient), 403).status).toBe(403);
    expect(problemOf(await send(t, w.outsider, 'PUT', url(), lenient), 404).status).toBe(404);
    expect(problemOf(await send(t, null, 'PUT', url(), lenient), 401).status).toBe(401);

    const set = await send(t, w.owner, 'PUT', url(), lenient);
    expect(set.statusCode, set.body).toBe(200);
    expect(set.json()).toMatchObject({
      thresholds: { milestoneSlip: { amber: 14, red: 30 }, inactive: DEFAULT_THRESHOLDS.inactive },
      overrides: lenient,
      viewer: { canEdit: true },
    });
    expect(set.json().updatedAt).not.toBeNull();
    expect((await detailOf(t, w.owner, project.id)).health).toMatchObject({ level: 'green', reasons: [] });
    expect((await send(t, w.member, 'GET', url())).json().overrides).toEqual(lenient);

    const strict = await send(t, w.owner, 'PUT', url(), { milestoneSlip: { amber: 3, red: 8 } });
    expect(strict.statusCode, strict.body).toBe(200);
    expect((await detailOf(t, w.owner, project.id)).health).toMatchObject({
      level: 'red',
      reasons: [{ signal: 'milestone-slip', level: 'red', value: 10, threshold: 8 }],
    });
    // The lead (the owner, who started it) hears that it turned red, and why.
    const told = await notificationsOf(t, w.owner, 'project-health');
    expect(told.some((n) => (n.data as { projectName: string; level: string }).level === 'red')).toBe(true);

    expect((await send(t, w.owner, 'PUT', url(), {})).statusCode).toBe(200);
    expect((await detailOf(t, w.owner, project.id)).health.level).toBe('amber');
    expect((await send(t, w.owner, 'GET', url())).json().overrides).toEqual({});
  });

  it('refuses thresholds that do not fit, naming each field, and keeps the ones set', async () => {
    const before = (await send(t, w.owner, 'GET', url())).json();
    const cases: Array<[unknown, string]> = [
      [{ milestoneSlip: { amber: 0 } }, 'body:/milestoneSlip/amber'],
      [{ planProgress: { red: 1.5 } }, 'body:/planProgress/red'],
      [{ blocked: { amber: 2.5 } }, 'body:/blocked/amber'],
      [{ forecast: { windowWeeks: 60 } }, 'body:/forecast/windowWeeks'],
      [{ inactive: { amber: '14' } }, 'body:/inactive/amber'],
      [{ budget: { amber: 1 } }, 'body:/budget'],
      [{ milestoneSlip: { amber: 5, extra: 1 } }, 'body:/milestoneSlip/extra'],
      // Amber above red, also against the default red (21 days).
      [{ milestoneSlip: { amber: 30 } }, 'body:/milestoneSlip'],
      [{ overdueShare: { amber: 0.5, red: 0.4 } }, 'body:/overdueShare'],
    ];
    for (const [body, field] of cases) {
      const problem = problemOf(await send(t, w.owner, 'PUT', url(), body), 400);
      expect(
        problem.errors?.map((e) => e.field),
        JSON.stringify(body),
      ).toContain(field);
    }
    const both = problemOf(
      await send(t, w.owner, 'PUT', url(), { inactive: { amber: 40 }, dependencySlip: { amber: 20, red: 10 } }),
      400,
    );
    expect(both.errors?.map((e) => e.field).sort()).toEqual(['body:/dependencySlip', 'body:/inactive']);
    expect((await send(t, w.owner, 'GET', url())).json()).toEqual(before);
  });
});
