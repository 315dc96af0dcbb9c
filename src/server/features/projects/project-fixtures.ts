import { expect } from 'vitest';
import type { Project, ProjectDetail, Task } from '../../../shared/contracts/projects.ts';
import { createPerson, type TestPerson } from '../../test/factories.ts';
import type { TestApp } from '../../test/test-app.ts';
import { addMember, workspaceSetup } from '../workspaces/workspace-fixtures.ts';

// A workspace of an organisation with its owner, a member, a guest (of another organisation), an
// outsider and someone signed in elsewhere; projects and tasks made through the API as people would.

export async function projectWorld(t: TestApp) {
  const { organisation, owner, colleague: member, otherOrganisation, outsider, workspace } = await workspaceSetup(t);
  await addMember(t, owner, workspace.id, member, 'member');
  const guest = await createPerson(t, { organisation: otherOrganisation });
  await addMember(t, owner, workspace.id, guest, 'guest');
  return { organisation, owner, member, guest, otherOrganisation, outsider, workspace };
}

export type ProjectWorld = Awaited<ReturnType<typeof projectWorld>>;

export function send(
  t: TestApp,
  person: TestPerson | null,
  method: 'GET' | 'POST' | 'PATCH' | 'PUT' | 'DELETE',
  url: string,
  payload?: unknown,
) {
  return t.request({
    method,
    url,
    cookie: person?.cookie,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

export async function createdProject(
  t: TestApp,
  person: TestPerson,
  workspaceId: string,
  input: Record<string, unknown> = {},
): Promise<Project> {
  const res = await send(t, person, 'POST', `/api/workspaces/${workspaceId}/projects`, {
    name: 'Smart Health',
    status: 'running',
    ...input,
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

/** A closed channel of the workspace with a project on it: guests see the project once added to the channel. */
export async function projectOnChannel(t: TestApp, w: ProjectWorld, name: string) {
  const channel = await send(t, w.owner, 'POST', `/api/workspaces/${w.workspace.id}/channels`, {
    name: `projekt-${Date.now()}-${Math.floor(Math.random() * 1e6)}`,
    closed: true,
  });
  expect(channel.statusCode, channel.body).toBe(201);
  const channelId = channel.json().id as string;
  return { channelId, project: await createdProject(t, w.owner, w.workspace.id, { name, channelId }) };
}

/** The owner adds the person to the channel. */
export async function joinChannel(t: TestApp, w: ProjectWorld, channelId: string, person: TestPerson) {
  const added = await send(t, w.owner, 'POST', `/api/channels/${channelId}/members`, { personId: person.id });
  expect(added.statusCode, added.body).toBe(204);
}

export async function createdTask(
  t: TestApp,
  person: TestPerson,
  projectId: string,
  input: Record<string, unknown> = {},
): Promise<Task> {
  const res = await send(t, person, 'POST', `/api/projects/${projectId}/tasks`, { title: 'Bedarf erheben', ...input });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

export async function detailOf(t: TestApp, person: TestPerson, projectId: string): Promise<ProjectDetail> {
  const res = await send(t, person, 'GET', `/api/projects/${projectId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json();
}

/** A calendar date `days` from today in Germany (negative: in the past). */
export function dayFromToday(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
  const date = new Date(`${today}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
