import { and, desc, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { outbox } from '../../platform/events/tables.ts';
import {
  createOrganisation,
  createPerson,
  type TestOrganisation,
  type TestPerson,
  unique,
} from '../../test/factories.ts';
import type { TestApp } from '../../test/test-app.ts';
import { notifications } from '../notifications/tables.ts';

// Helpers for the workspace tests: each test builds its own organisations, people and workspaces.

export interface Workspace {
  id: string;
  name: string;
  description: string;
  visibility: 'members' | 'owner' | 'platform';
  owner: { kind: 'organisation' | 'alliance'; id: string; name: string };
  createdAt: string;
}

export interface Member {
  personId: string;
  name: string;
  role: 'owner' | 'member' | 'guest';
  organisation: { id: string; name: string } | null;
  joinedAt: string;
}

export interface Detail {
  workspace: Workspace;
  memberCount: number;
  members: Member[];
  channels: unknown[];
  viewer: {
    role: Member['role'] | null;
    canInvite: boolean;
    canManage: boolean;
    canJoin: boolean;
    canRequest: boolean;
    requestPending: boolean;
    canLeave: boolean;
  };
}

/** An organisation with a confirmed person who owns a fresh workspace of it, plus a colleague and an outsider. */
export async function workspaceSetup(t: TestApp, visibility: Workspace['visibility'] = 'members') {
  const organisation = await createOrganisation(t);
  const owner = await createPerson(t, { organisation });
  const colleague = await createPerson(t, { organisation });
  const otherOrganisation = await createOrganisation(t);
  const outsider = await createPerson(t, { organisation: otherOrganisation });
  const workspace = await createWorkspace(t, owner, { ownerOrganisationId: organisation.id, visibility });
  return { organisation, owner, colleague, otherOrganisation, outsider, workspace };
}

export async function createWorkspace(
  t: TestApp,
  person: TestPerson,
  input: {
    ownerOrganisationId?: string;
    ownerAllianceId?: string;
    visibility?: Workspace['visibility'];
    name?: string;
  },
): Promise<Workspace> {
  const res = await t.request({
    method: 'POST',
    url: '/api/workspaces',
    cookie: person.cookie,
    payload: { name: input.name ?? `Arbeitsraum ${unique('w')}`, visibility: input.visibility ?? 'members', ...input },
  });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Workspace;
}

export function call(
  t: TestApp,
  person: TestPerson | null,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
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

export async function detail(t: TestApp, workspaceId: string, person: TestPerson): Promise<Detail> {
  const res = await call(t, person, 'GET', `/api/workspaces/${workspaceId}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as Detail;
}

/** Adds a person through the API as an owner. */
export async function addMember(
  t: TestApp,
  owner: TestPerson,
  workspaceId: string,
  person: TestPerson,
  role: Member['role'],
) {
  const res = await call(t, owner, 'POST', `/api/workspaces/${workspaceId}/members`, { personId: person.id, role });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as Member;
}

export const roleOf = (d: Detail, person: TestPerson) => d.members.find((m) => m.personId === person.id)?.role;

/** The audit entries of an action about a workspace, newest first. */
export async function auditEntries(t: TestApp, action: string, workspaceId: string) {
  return t.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.subjectId, workspaceId)))
    .orderBy(desc(auditLog.at));
}

/** Outbox events of a type about the workspace. */
export async function eventsAbout(t: TestApp, type: string, workspaceId: string) {
  return t.deps.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.type, type), sql`${outbox.payload}->>'workspaceId' = ${workspaceId}`));
}

/** A person's notifications of a kind. */
export async function notificationsOf(t: TestApp, person: { id: string }, kind: string) {
  return t.deps.db
    .select()
    .from(notifications)
    .where(and(eq(notifications.personId, person.id), eq(notifications.kind, kind)));
}

export type { TestOrganisation, TestPerson };
