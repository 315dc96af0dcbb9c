import { beforeAll, describe, expect, it } from 'vitest';
import type { Task } from '../../../../shared/contracts/projects.ts';
import { buildTestApp, problemOf, type TestApp } from '../../../test/test-app.ts';
import { notificationsOf } from '../../workspaces/workspace-fixtures.ts';
import {
  createdProject,
  createdTask,
  dayFromToday,
  detailOf,
  type ProjectWorld,
  projectWorld,
  send,
} from '../project-fixtures.ts';

let t: TestApp;
let w: ProjectWorld;
let projectId: string;

beforeAll(async () => {
  t = await buildTestApp();
  w = await projectWorld(t);
  projectId = (await createdProject(t, w.owner, w.workspace.id, { name: 'Smart Health' })).id;
});

const board = async (state?: string) => {
  const res = await send(t, w.owner, 'GET', `/api/projects/${projectId}/tasks${state ? `?state=${state}` : ''}`);
  expect(res.statusCode, res.body).toBe(200);
  return (res.json().tasks as Task[]).map((task) => task.title);
};

describe('tasks of a project', () => {
  it('adds tasks to the bottom of their column and moves them between columns and places', async () => {
    const a = await createdTask(t, w.member, projectId, { title: 'A', assigneeIds: [w.member.id] });
    const b = await createdTask(t, w.member, projectId, { title: 'B' });
    const c = await createdTask(t, w.member, projectId, { title: 'C' });
    expect(await board('todo')).toEqual(['A', 'B', 'C']);
    expect(a.assignees).toEqual([{ id: w.member.id, name: expect.any(String) }]);

    const moved = await send(t, w.member, 'PATCH', `/api/tasks/${c.id}`, { position: 0 });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(await board('todo')).toEqual(['C', 'A', 'B']);
    await send(t, w.member, 'PATCH', `/api/tasks/${b.id}`, { state: 'in_progress' });
    expect(await board('todo')).toEqual(['C', 'A']);
    expect(await board('in_progress')).toEqual(['B']);
  });

  it('asks a reason for blocking, keeps since when, and records when a task was done', async () => {
    const task = await createdTask(t, w.member, projectId, { title: 'Datenschutzprüfung' });
    const refused = await send(t, w.member, 'PATCH', `/api/tasks/${task.id}`, { state: 'blocked' });
    expect(problemOf(refused, 400).errors?.[0]?.field).toBe('body:/blockedReason');
    const blocked = await send(t, w.member, 'PATCH', `/api/tasks/${task.id}`, {
      state: 'blocked',
      blockedReason: 'Wartet auf den Datenschutzbeauftragten',
    });
    expect(blocked.json()).toMatchObject({ state: 'blocked', blockedReason: 'Wartet auf den Datenschutzbeauftragten' });
    expect(blocked.json().blockedSince).toEqual(expect.any(String));
    const done = (await send(t, w.member, 'PATCH', `/api/tasks/${task.id}`, { state: 'done' })).json();
    expect(done).toMatchObject({ state: 'done', blockedReason: null, blockedSince: null });
    expect(done.doneAt).toEqual(expect.any(String));
    expect((await detailOf(t, w.owner, projectId)).progress.done).toBeGreaterThanOrEqual(1);
  });

  it('counts a milestone’s tasks and those done on the project’s page', async () => {
    const project = await createdProject(t, w.owner, w.workspace.id, { name: 'Meilensteine zählen' });
    const milestone = (
      await send(t, w.owner, 'POST', `/api/projects/${project.id}/milestones`, {
        name: 'Vergabe',
        date: dayFromToday(20),
      })
    ).json().milestones[0];
    await createdTask(t, w.owner, project.id, { title: 'Angebote prüfen', milestoneId: milestone.id });
    await createdTask(t, w.owner, project.id, { title: 'Zuschlag', milestoneId: milestone.id, state: 'done' });
    await createdTask(t, w.owner, project.id, { title: 'Ohne Meilenstein' });
    const detail = await detailOf(t, w.owner, project.id);
    expect(detail.milestones[0]).toMatchObject({ name: 'Vergabe', tasks: { total: 2, done: 1 } });
  });

  it('refuses what does not fit: due before start, a milestone of another project, assignees who cannot see it', async () => {
    const other = await createdProject(t, w.owner, w.workspace.id, { name: 'Andere' });
    const milestone = (
      await send(t, w.owner, 'POST', `/api/projects/${other.id}/milestones`, { name: 'Fremd', date: dayFromToday(10) })
    ).json().milestones[0];
    const res = await send(t, w.member, 'POST', `/api/projects/${projectId}/tasks`, {
      title: 'Falsch',
      startDate: '2026-05-01',
      dueDate: '2026-04-01',
      milestoneId: milestone.id,
      assigneeIds: [w.guest.id, w.outsider.id],
    });
    expect((problemOf(res, 400).errors ?? []).map((e) => e.field).sort()).toEqual(
      ['body:/assigneeIds/0', 'body:/assigneeIds/1', 'body:/dueDate', 'body:/milestoneId'].sort(),
    );
    for (const payload of [
      { title: '' },
      { title: 'x', state: 'fertig' },
      { title: 'x', labels: [''] },
      { title: 'x', estimateHours: -1 },
    ]) {
      expect((await send(t, w.member, 'POST', `/api/projects/${projectId}/tasks`, payload)).statusCode).toBe(400);
    }
  });

  it('keeps tasks behind the project’s wall', async () => {
    const task = await createdTask(t, w.member, projectId, { title: 'Geheim' });
    for (const [person, status] of [
      [null, 401],
      [w.outsider, 404],
      [w.guest, 404],
    ] as const) {
      expect((await send(t, person, 'GET', `/api/tasks/${task.id}`)).statusCode).toBe(status);
      expect((await send(t, person, 'PATCH', `/api/tasks/${task.id}`, { title: 'X' })).statusCode).toBe(status);
      expect((await send(t, person, 'GET', `/api/tasks/${task.id}/comments`)).statusCode).toBe(status);
      expect((await send(t, person, 'POST', `/api/tasks/${task.id}/comments`, { body: 'Hallo' })).statusCode).toBe(
        status,
      );
      expect((await send(t, person, 'GET', `/api/projects/${projectId}/tasks`)).statusCode).toBe(status);
      expect((await send(t, person, 'DELETE', `/api/tasks/${task.id}`)).statusCode).toBe(status);
    }
    expect((await send(t, w.member, 'GET', `/api/tasks/${task.id}`)).json().title).toBe('Geheim');
  });

  it('refuses a dependency that closes a cycle, naming it task by task', async () => {
    const a = await createdTask(t, w.member, projectId, { title: 'Ausschreibung' });
    const b = await createdTask(t, w.member, projectId, { title: 'Vergabe' });
    const c = await createdTask(t, w.member, projectId, { title: 'Bau' });
    expect((await send(t, w.member, 'PUT', `/api/tasks/${b.id}/dependencies`, { dependsOn: [a.id] })).statusCode).toBe(
      200,
    );
    const set = await send(t, w.member, 'PUT', `/api/tasks/${c.id}/dependencies`, { dependsOn: [b.id] });
    expect(set.json().dependsOn).toEqual([expect.objectContaining({ id: b.id, title: 'Vergabe' })]);
    const cycle = await send(t, w.member, 'PUT', `/api/tasks/${a.id}/dependencies`, { dependsOn: [c.id] });
    expect(problemOf(cycle, 400)).toMatchObject({
      title: 'Dependency cycle',
      errors: [
        {
          field: 'body:/dependsOn/0',
          message: 'would close a cycle: „Ausschreibung“ → „Bau“ → „Vergabe“ → „Ausschreibung“',
        },
      ],
    });
    const self = await send(t, w.member, 'PUT', `/api/tasks/${a.id}/dependencies`, { dependsOn: [a.id] });
    expect(problemOf(self, 400).errors?.[0]?.message).toBe('is the task itself');
  });

  it('shows a slipping task of another project as a reason in every project waiting for it', async () => {
    const tender = await createdProject(t, w.owner, w.workspace.id, { name: 'Gemeinsame Ausschreibung' });
    const waiting = await createdProject(t, w.owner, w.workspace.id, {
      name: 'Glasfaser Ort',
      leadPersonId: w.member.id,
    });
    const late = await createdTask(t, w.owner, tender.id, { title: 'Zuschlag erteilen', dueDate: dayFromToday(5) });
    const build = await createdTask(t, w.member, waiting.id, { title: 'Bauarbeiten', startDate: dayFromToday(7) });
    await send(t, w.member, 'PUT', `/api/tasks/${build.id}/dependencies`, { dependsOn: [late.id] });
    expect((await detailOf(t, w.owner, waiting.id)).health.reasons).toEqual([]);
    // The tender slips three weeks: the waiting project says so, naming the other project's task.
    await send(t, w.owner, 'PATCH', `/api/tasks/${late.id}`, { dueDate: dayFromToday(26) });
    const health = (await detailOf(t, w.owner, waiting.id)).health;
    expect(health.level).toBe('red');
    expect(health.reasons).toEqual([
      expect.objectContaining({
        signal: 'dependency-slip',
        value: 19,
        subject: expect.objectContaining({
          kind: 'task',
          name: 'Zuschlag erteilen',
          projectName: 'Gemeinsame Ausschreibung',
        }),
      }),
    ]);
  });

  it('notifies the people a comment mentions who see the project, not others', async () => {
    const task = await createdTask(t, w.owner, projectId, { title: 'Förderantrag' });
    const member = (await send(t, w.member, 'GET', '/api/me')).json().name as string;
    const guest = (await send(t, w.guest, 'GET', '/api/me')).json().name as string;
    const res = await send(t, w.owner, 'POST', `/api/tasks/${task.id}/comments`, {
      body: `@${member} bitte prüfen, @${guest} auch`,
    });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json().mentions).toEqual([{ id: w.member.id, name: member }]);
    expect(res.json().html).toContain(`data-person-id="${w.member.id}"`);
    const told = await notificationsOf(t, w.member, 'task-mention');
    expect(told.some((n) => (n?.data as { title?: string } | undefined)?.title === 'Förderantrag')).toBe(true);
    expect(await notificationsOf(t, w.guest, 'task-mention')).toHaveLength(0);
    const list = (await send(t, w.member, 'GET', `/api/tasks/${task.id}/comments`)).json().comments;
    expect(list).toHaveLength(1);
    expect((await send(t, w.member, 'GET', `/api/tasks/${task.id}`)).json().commentCount).toBe(1);
  });

  it('lists my tasks across workspaces, open ones by due date, and forgets those of projects I no longer see', async () => {
    const later = await createdTask(t, w.owner, projectId, {
      title: 'Später',
      dueDate: dayFromToday(20),
      assigneeIds: [w.member.id],
    });
    await createdTask(t, w.owner, projectId, { title: 'Bald', dueDate: dayFromToday(2), assigneeIds: [w.member.id] });
    const mine = (await send(t, w.member, 'GET', '/api/me/tasks')).json().tasks.map((task: Task) => task.title);
    expect(mine.indexOf('Bald')).toBeLessThan(mine.indexOf('Später'));
    expect(mine).not.toContain('Datenschutzprüfung');
    await send(t, w.owner, 'DELETE', `/api/workspaces/${w.workspace.id}/members/${w.member.id}`);
    const after = (await send(t, w.member, 'GET', '/api/me/tasks')).json().tasks.map((task: Task) => task.id);
    expect(after).not.toContain(later.id);
    expect((await send(t, null, 'GET', '/api/me/tasks')).statusCode).toBe(401);
  });
});
