import { beforeAll, describe, expect, it } from 'vitest';
import { createOrganisation, createPerson } from '../../../test/factories.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { notificationsOf } from '../../workspaces/workspace-fixtures.ts';
import {
  createdProject,
  dayFromToday,
  detailOf,
  joinChannel,
  type ProjectWorld,
  projectOnChannel,
  projectWorld,
  send,
} from '../project-fixtures.ts';

let t: TestApp;
let w: ProjectWorld;

beforeAll(async () => {
  t = await buildTestApp();
  w = await projectWorld(t);
});

describe('projects of a workspace', () => {
  it('lets a member start a project they lead, shown with its workspace, lead, partners and health', async () => {
    const partner = await createOrganisation(t);
    const project = await createdProject(t, w.member, w.workspace.id, {
      name: 'Vernetzte Mobilität',
      goal: 'Ein Rufbus für fünf Gemeinden',
      partnerIds: [partner.id],
      startDate: '2026-01-01',
      endDate: '2027-12-31',
      budgetEuros: 250_000,
    });
    expect(project).toMatchObject({
      name: 'Vernetzte Mobilität',
      workspace: { id: w.workspace.id },
      leadPerson: { id: w.member.id },
      leadOrganisation: { id: w.organisation.id },
      partners: [{ id: partner.id }],
      status: 'running',
      budgetEuros: 250_000,
      health: { level: 'green', reasons: [], override: null },
      progress: { tasks: 0, done: 0 },
      viewer: { canEdit: true, canManage: true },
    });
    const list = await send(t, w.owner, 'GET', `/api/workspaces/${w.workspace.id}/projects`);
    expect(list.json().projects.map((p: { id: string }) => p.id)).toContain(project.id);
  });

  it('keeps projects from outsiders, signed-out readers and guests without the project’s channel', async () => {
    const project = await createdProject(t, w.owner, w.workspace.id, { name: 'Nur für Mitglieder' });
    const url = `/api/projects/${project.id}`;
    expect(problemOf(await send(t, null, 'GET', url), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await send(t, w.outsider, 'GET', url), 404).type).toBe('/problems/not-found');
    expect(problemOf(await send(t, w.guest, 'GET', url), 404).type).toBe('/problems/not-found');
    expect(problemOf(await send(t, await createPerson(t), 'GET', url), 404).type).toBe('/problems/not-found');
    const list = await send(t, w.guest, 'GET', `/api/workspaces/${w.workspace.id}/projects`);
    expect(list.json().projects.map((p: { id: string }) => p.id)).not.toContain(project.id);
    expect(problemOf(await send(t, w.outsider, 'GET', `/api/workspaces/${w.workspace.id}/projects`), 404).type).toBe(
      '/problems/not-found',
    );
    expect(problemOf(await send(t, w.outsider, 'PATCH', url, { name: 'Übernommen' }), 404).type).toBe(
      '/problems/not-found',
    );
    expect(problemOf(await send(t, w.outsider, 'DELETE', url), 404).type).toBe('/problems/not-found');
  });

  it('shows a guest the projects of the channels they were added to, and lets them work but not manage', async () => {
    const { channelId, project } = await projectOnChannel(t, w, 'Mit Gästen');
    expect(problemOf(await send(t, w.guest, 'GET', `/api/projects/${project.id}`), 404).status).toBe(404);
    await joinChannel(t, w, channelId, w.guest);
    const listed = await send(t, w.guest, 'GET', `/api/workspaces/${w.workspace.id}/projects`);
    expect(listed.json().projects.map((p: { id: string; viewer: unknown }) => [p.id, p.viewer])).toContainEqual([
      project.id,
      { canEdit: true, canManage: false },
    ]);
    const seen = await detailOf(t, w.guest, project.id);
    expect(seen.viewer).toEqual({ canEdit: true, canManage: false });
    const note = await send(t, w.guest, 'POST', `/api/projects/${project.id}/status-notes`, {
      text: 'Gutachten liegt vor',
    });
    expect(note.statusCode, note.body).toBe(201);
    expect(problemOf(await send(t, w.guest, 'PATCH', `/api/projects/${project.id}`, { name: 'X' }), 403).type).toBe(
      '/problems/forbidden',
    );
    expect(
      problemOf(await send(t, w.guest, 'POST', `/api/workspaces/${w.workspace.id}/projects`, { name: 'X' }), 403).type,
    ).toBe('/problems/forbidden');
  });

  it('lets only the lead and the owners change settings, freeze a baseline, override the colour or delete', async () => {
    const project = await createdProject(t, w.owner, w.workspace.id, { name: 'Gemeinsame Vergabe' });
    const url = `/api/projects/${project.id}`;
    expect(problemOf(await send(t, w.member, 'PATCH', url, { status: 'paused' }), 403).type).toBe(
      '/problems/forbidden',
    );
    expect(problemOf(await send(t, w.member, 'POST', `${url}/baselines`, { name: 'Plan v1' }), 403).status).toBe(403);
    expect(
      problemOf(await send(t, w.member, 'PUT', `${url}/health-override`, { level: 'red', reason: 'Gefühl' }), 403)
        .status,
    ).toBe(403);
    expect(problemOf(await send(t, w.member, 'DELETE', url), 403).status).toBe(403);

    const made = await send(t, w.owner, 'PATCH', url, { leadPersonId: w.member.id, status: 'paused' });
    expect(made.statusCode, made.body).toBe(200);
    expect(made.json()).toMatchObject({ status: 'paused', leadPerson: { id: w.member.id } });
    const override = await send(t, w.member, 'PUT', `${url}/health-override`, {
      level: 'amber',
      reason: 'Der Kreistag hat die Mittel noch nicht freigegeben.',
    });
    expect(override.statusCode, override.body).toBe(200);
    expect(override.json().health).toMatchObject({
      level: 'green',
      override: {
        level: 'amber',
        reason: 'Der Kreistag hat die Mittel noch nicht freigegeben.',
        by: { id: w.member.id, name: w.member.name },
      },
    });
    expect((await send(t, w.member, 'DELETE', `${url}/health-override`)).json().health.override).toBeNull();
    expect((await send(t, w.member, 'DELETE', url)).statusCode).toBe(204);
    expect(problemOf(await send(t, w.owner, 'GET', url), 404).status).toBe(404);
  });

  it('refuses settings that do not fit, naming each field, and writes nothing', async () => {
    const before = (await send(t, w.owner, 'GET', `/api/workspaces/${w.workspace.id}/projects`)).json().projects.length;
    const bad = await send(t, w.owner, 'POST', `/api/workspaces/${w.workspace.id}/projects`, {
      name: 'Falsch',
      startDate: '2027-01-01',
      endDate: '2026-01-01',
      leadPersonId: w.outsider.id,
      partnerIds: ['00000000-0000-4000-8000-000000000000'],
    });
    expect((problemOf(bad, 400).errors ?? []).map((e) => e.field).sort()).toEqual(
      ['body:/endDate', 'body:/leadPersonId', 'body:/partnerIds/0'].sort(),
    );
    const guestLead = await send(t, w.owner, 'POST', `/api/workspaces/${w.workspace.id}/projects`, {
      name: 'Gast führt',
      leadPersonId: w.guest.id,
    });
    expect(problemOf(guestLead, 400).errors?.[0]?.field).toBe('body:/leadPersonId');
    for (const payload of [
      {},
      { name: '' },
      { name: 'x', status: 'erledigt' },
      { name: 'x', extra: 1 },
      { name: 'x', endDate: '2026-02-30' },
    ]) {
      expect((await send(t, w.owner, 'POST', `/api/workspaces/${w.workspace.id}/projects`, payload)).statusCode).toBe(
        400,
      );
    }
    const after = (await send(t, w.owner, 'GET', `/api/workspaces/${w.workspace.id}/projects`)).json().projects.length;
    expect(after).toBe(before);
  });

  it('turns amber when a milestone slips against the baseline, says why, and tells the lead once', async () => {
    const project = await createdProject(t, w.owner, w.workspace.id, { name: 'Breitband', leadPersonId: w.member.id });
    const url = `/api/projects/${project.id}`;
    const milestone = (
      await send(t, w.member, 'POST', `${url}/milestones`, { name: 'Ausschreibung', date: dayFromToday(30) })
    ).json().milestones[0];
    expect((await send(t, w.owner, 'POST', `${url}/baselines`, { name: 'Plan v2' })).statusCode).toBe(201);
    const moved = await send(t, w.member, 'PATCH', `/api/milestones/${milestone.id}`, { date: dayFromToday(42) });
    expect(moved.statusCode, moved.body).toBe(200);
    const detail = moved.json();
    expect(detail.health.level).toBe('amber');
    expect(detail.health.reasons).toEqual([
      expect.objectContaining({
        signal: 'milestone-slip',
        level: 'amber',
        value: 12,
        unit: 'days',
        subject: expect.objectContaining({ kind: 'milestone', name: 'Ausschreibung' }),
        baselineName: 'Plan v2',
      }),
    ]);
    expect(detail.milestones[0]).toMatchObject({ name: 'Ausschreibung', baselineDate: dayFromToday(30) });
    const about = async () =>
      (await notificationsOf(t, w.member, 'project-health')).filter(
        (n) => (n?.data as { projectName?: string } | undefined)?.projectName === 'Breitband',
      );
    expect(await about()).toHaveLength(1);
    expect((await about())[0]?.data).toMatchObject({ level: 'amber', reason: { signal: 'milestone-slip', value: 12 } });
    // Moving it once more while amber tells nobody again.
    await send(t, w.member, 'PATCH', `/api/milestones/${milestone.id}`, { date: dayFromToday(43) });
    expect(await about()).toHaveLength(1);
  });
});
