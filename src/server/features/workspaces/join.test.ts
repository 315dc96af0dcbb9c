import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/db/ids.ts';
import { createOrganisation, createPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import { allianceWithTwoMembers } from '../alliances/alliance-fixtures.ts';
import {
  addMember,
  auditEntries,
  call,
  createWorkspace,
  detail,
  notificationsOf,
  roleOf,
  type TestPerson,
  workspaceSetup,
} from './workspace-fixtures.ts';

const t = await buildTestApp();

const join = (person: TestPerson | null, id: string) => call(t, person, 'POST', `/api/workspaces/${id}/join`);
const ask = (person: TestPerson | null, id: string, payload: unknown = { message: 'Wir machen mit' }) =>
  call(t, person, 'POST', `/api/workspaces/${id}/join-requests`, payload);
const answer = (person: TestPerson | null, id: string, requestId: string, accept: boolean) =>
  call(t, person, 'POST', `/api/workspaces/${id}/join-requests/${requestId}`, { accept });

interface JoinRequest {
  id: string;
  person: { id: string; name: string; organisation: { id: string; name: string } | null };
  message: string;
  status: string;
  createdAt: string;
}

describe('POST /api/workspaces/:id/join', () => {
  it('lets people of the owning organisation join an open workspace as members, audited', async () => {
    const { organisation, colleague, workspace } = await workspaceSetup(t, 'owner');
    const res = await join(colleague, workspace.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({
      personId: colleague.id,
      role: 'member',
      organisation: { id: organisation.id, name: organisation.name },
    });
    expect(roleOf(await detail(t, workspace.id, colleague), colleague)).toBe('member');
    const [entry] = await auditEntries(t, 'workspace.member_added', workspace.id);
    expect(entry).toMatchObject({ actorId: colleague.id });
    expect(entry?.details).toMatchObject({ personId: colleague.id, role: 'member', via: 'joined' });
    expect(problemOf(await join(colleague, workspace.id), 409).type).toBe('/problems/already-member');
  });

  it('lets people of an alliance’s member organisations join its open workspaces', async () => {
    const { alliance, founder, joined } = await allianceWithTwoMembers(t);
    const workspace = await createWorkspace(t, founder.admin, { ownerAllianceId: alliance.id, visibility: 'owner' });
    const colleague = await createPerson(t, { organisation: joined.organisation });
    expect((await join(colleague, workspace.id)).statusCode).toBe(201);
    const outsider = await createPerson(t, { organisation: await createOrganisation(t) });
    expect(problemOf(await join(outsider, workspace.id), 404).type).toBe('/problems/not-found');
  });

  it('lets the owner’s people join a platform-wide workspace directly, but not others', async () => {
    const { colleague, outsider, workspace } = await workspaceSetup(t, 'platform');
    expect((await join(colleague, workspace.id)).statusCode).toBe(201);
    expect(problemOf(await join(outsider, workspace.id), 403).type).toBe('/problems/join-by-request');
  });

  it('keeps invitation-only workspaces closed (404), also to the owner’s people; 401 signed out', async () => {
    const { colleague, outsider, workspace } = await workspaceSetup(t, 'members');
    expect(problemOf(await join(colleague, workspace.id), 404).type).toBe('/problems/not-found');
    expect(problemOf(await join(outsider, workspace.id), 404).type).toBe('/problems/not-found');
    expect(problemOf(await join(null, workspace.id), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await join(colleague, newId()), 404).type).toBe('/problems/not-found');
  });

  it('does not count a pending membership of the owner', async () => {
    const { organisation, workspace } = await workspaceSetup(t, 'owner');
    const pending = await createPerson(t, { organisation, pending: true });
    expect((await join(pending, workspace.id)).statusCode).toBe(404);
  });
});

describe('join requests', () => {
  it('notifies the owners of a request; they see it listed with the person’s organisation', async () => {
    const { owner, outsider, otherOrganisation, workspace } = await workspaceSetup(t, 'platform');
    const secondOwner = await createPerson(t);
    await addMember(t, owner, workspace.id, secondOwner, 'owner');
    const res = await ask(outsider, workspace.id);
    expect(res.statusCode, res.body).toBe(201);
    const request = res.json() as JoinRequest;
    expect(request).toEqual({
      id: expect.any(String),
      person: {
        id: outsider.id,
        name: outsider.name,
        organisation: { id: otherOrganisation.id, name: otherOrganisation.name },
      },
      message: 'Wir machen mit',
      status: 'open',
      createdAt: expect.any(String),
    });
    for (const person of [owner, secondOwner]) {
      const [notification] = await notificationsOf(t, person, 'join-request');
      expect(notification?.data).toMatchObject({
        workspaceId: workspace.id,
        workspaceName: workspace.name,
        actorName: outsider.name,
        requestId: request.id,
      });
      expect(notification?.link).toBe(`/workspaces/${workspace.id}`);
    }
    const listed = await call(t, owner, 'GET', `/api/workspaces/${workspace.id}/join-requests`);
    expect(listed.statusCode).toBe(200);
    expect(listed.json()).toEqual([request]);
    const [entry] = await auditEntries(t, 'workspace.join_requested', workspace.id);
    expect(entry).toMatchObject({ actorId: outsider.id });

    expect(problemOf(await ask(outsider, workspace.id), 409).type).toBe('/problems/already-requested');
  });

  it('accepting brings an outsider in as a guest and tells them; a second answer is refused', async () => {
    const { owner, outsider, workspace } = await workspaceSetup(t, 'platform');
    const request = (await ask(outsider, workspace.id, {})).json() as JoinRequest;
    expect(request.message).toBe('');
    const res = await answer(owner, workspace.id, request.id, true);
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ id: request.id, status: 'accepted' });
    expect(roleOf(await detail(t, workspace.id, outsider), outsider)).toBe('guest');
    const [entry] = await auditEntries(t, 'workspace.member_added', workspace.id);
    expect(entry).toMatchObject({ actorId: owner.id });
    expect(entry?.details).toMatchObject({ personId: outsider.id, role: 'guest', via: 'join-request' });
    const [told] = await notificationsOf(t, outsider, 'join-request-answered');
    expect(told?.data).toMatchObject({ workspaceId: workspace.id, accepted: true });
    expect(problemOf(await answer(owner, workspace.id, request.id, false), 409).type).toBe(
      '/problems/already-answered',
    );
    const open = await call(t, owner, 'GET', `/api/workspaces/${workspace.id}/join-requests`);
    expect(open.json()).toEqual([]);
  });

  it('declining keeps them out for good (they cannot ask again), audited and told', async () => {
    const { owner, outsider, workspace } = await workspaceSetup(t, 'platform');
    const request = (await ask(outsider, workspace.id)).json() as JoinRequest;
    const res = await answer(owner, workspace.id, request.id, false);
    expect(res.json()).toMatchObject({ status: 'declined' });
    expect((await detail(t, workspace.id, outsider)).viewer).toMatchObject({
      role: null,
      canRequest: false,
      requestPending: false,
    });
    const [entry] = await auditEntries(t, 'workspace.join_request_declined', workspace.id);
    expect(entry?.details).toMatchObject({ personId: outsider.id, requestId: request.id });
    const [told] = await notificationsOf(t, outsider, 'join-request-answered');
    expect(told?.data).toMatchObject({ accepted: false });
    expect(problemOf(await ask(outsider, workspace.id), 403).type).toBe('/problems/request-declined');
  });

  it('refuses requests from members (409), the owner’s people (403), to closed workspaces (404), signed out (401)', async () => {
    const { owner, colleague, outsider, workspace } = await workspaceSetup(t, 'platform');
    expect(problemOf(await ask(owner, workspace.id), 409).type).toBe('/problems/already-member');
    expect(problemOf(await ask(colleague, workspace.id), 403).type).toBe('/problems/join-directly');
    expect(problemOf(await ask(null, workspace.id), 401).type).toBe('/problems/unauthenticated');
    const closed = await workspaceSetup(t, 'owner');
    expect(problemOf(await ask(outsider, closed.workspace.id), 404).type).toBe('/problems/not-found');
    expect(problemOf(await ask(outsider, workspace.id, { message: 'x'.repeat(1001) }), 400).type).toBe(
      '/problems/validation',
    );
    expect(problemOf(await ask(outsider, workspace.id, { note: 'hi' }), 400).type).toBe('/problems/validation');
  });

  it('lets only owners list and answer requests', async () => {
    const { owner, colleague, outsider, workspace } = await workspaceSetup(t, 'platform');
    await addMember(t, owner, workspace.id, colleague, 'member');
    const request = (await ask(outsider, workspace.id)).json() as JoinRequest;
    const url = `/api/workspaces/${workspace.id}/join-requests`;
    expect(problemOf(await call(t, colleague, 'GET', url), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await call(t, outsider, 'GET', url), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await call(t, null, 'GET', url), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await answer(colleague, workspace.id, request.id, true), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await answer(outsider, workspace.id, request.id, true), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await answer(owner, workspace.id, newId(), true), 404).type).toBe('/problems/not-found');
    const other = await workspaceSetup(t, 'platform');
    expect(problemOf(await answer(other.owner, other.workspace.id, request.id, true), 404).type).toBe(
      '/problems/not-found',
    );
    const bad = await call(t, owner, 'POST', `${url}/${request.id}`, { accept: 'yes' });
    expect(problemOf(bad, 400).type).toBe('/problems/validation');
    expect((await detail(t, workspace.id, outsider)).viewer.requestPending).toBe(true);
  });
});
