import { expect } from 'vitest';
import type { ChannelSummary, ChatMessage } from '../../../shared/contracts/chat.ts';
import { createOrganisation, createPerson, type TestPerson, unique } from '../../test/factories.ts';
import type { TestApp } from '../../test/test-app.ts';

// Helpers for the chat tests: each test builds its own organisations, people and workspaces through the API.

export type Method = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

export function call(t: TestApp, person: TestPerson | null, method: Method, url: string, payload?: unknown) {
  return t.request({
    method,
    url,
    cookie: person?.cookie,
    ...(payload === undefined ? {} : { payload: payload as Record<string, unknown> }),
  });
}

/** Calls the API and expects the status; returns the parsed body. */
export async function ok<T = unknown>(
  t: TestApp,
  person: TestPerson | null,
  method: Method,
  url: string,
  payload?: unknown,
  status = 200,
): Promise<T> {
  const res = await call(t, person, method, url, payload);
  expect(res.statusCode, `${method} ${url}: ${res.body}`).toBe(status);
  return (res.body ? res.json() : null) as T;
}

export interface ChatWorkspace {
  workspaceId: string;
  defaultChannelId: string;
  owner: TestPerson;
  member: TestPerson;
  guest: TestPerson;
  outsider: TestPerson;
}

/**
 * A workspace of a fresh organisation: its owner, a colleague as member, a person of another
 * organisation as guest, and an outsider who is in nothing.
 */
export async function chatWorkspace(t: TestApp, names: { owner?: string; member?: string; guest?: string } = {}) {
  const organisation = await createOrganisation(t);
  const owner = await createPerson(t, { organisation, name: names.owner });
  const member = await createPerson(t, { organisation, name: names.member });
  const guest = await createPerson(t, { organisation: await createOrganisation(t), name: names.guest });
  const outsider = await createPerson(t, { organisation: await createOrganisation(t) });
  const workspace = await ok<{ id: string }>(
    t,
    owner,
    'POST',
    '/api/workspaces',
    { name: `Arbeitsraum ${unique('w')}`, ownerOrganisationId: organisation.id, visibility: 'members' },
    201,
  );
  await addToWorkspace(t, owner, workspace.id, member, 'member');
  await addToWorkspace(t, owner, workspace.id, guest, 'guest');
  const channels = await ok<ChannelSummary[]>(t, owner, 'GET', `/api/workspaces/${workspace.id}/channels`);
  const defaultChannel = channels.find((c) => c.isDefault);
  expect(defaultChannel).toBeDefined();
  return {
    workspaceId: workspace.id,
    defaultChannelId: defaultChannel?.id as string,
    owner,
    member,
    guest,
    outsider,
  } satisfies ChatWorkspace;
}

export async function addToWorkspace(
  t: TestApp,
  owner: TestPerson,
  workspaceId: string,
  person: TestPerson,
  role: 'owner' | 'member' | 'guest',
) {
  await ok(t, owner, 'POST', `/api/workspaces/${workspaceId}/members`, { personId: person.id, role }, 201);
}

export async function createChannel(t: TestApp, person: TestPerson, workspaceId: string, closed = false) {
  return ok<ChannelSummary>(
    t,
    person,
    'POST',
    `/api/workspaces/${workspaceId}/channels`,
    { name: `kanal-${unique('c')}`, closed },
    201,
  );
}

export async function post(
  t: TestApp,
  person: TestPerson,
  channelId: string,
  text: string,
  extra: { threadRootId?: string; alsoInChannel?: boolean; attachmentIds?: string[] } = {},
) {
  return ok<ChatMessage>(t, person, 'POST', `/api/channels/${channelId}/messages`, { text, ...extra }, 201);
}

export async function addToChannel(t: TestApp, by: TestPerson, channelId: string, person: TestPerson) {
  await ok(t, by, 'POST', `/api/channels/${channelId}/members`, { personId: person.id }, 204);
}
