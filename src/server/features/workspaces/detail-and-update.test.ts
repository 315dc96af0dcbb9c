import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/db/ids.ts';
import { createPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import { addMember, auditEntries, call, detail, eventsAbout, workspaceSetup } from './workspace-fixtures.ts';

const t = await buildTestApp();

describe('GET /api/workspaces/:id', () => {
  it('shows members their fellow members with roles and home organisations, owners first', async () => {
    const { organisation, otherOrganisation, owner, colleague, outsider, workspace } = await workspaceSetup(t);
    await addMember(t, owner, workspace.id, colleague, 'member');
    await addMember(t, owner, workspace.id, outsider, 'guest');
    const homeless = await createPerson(t);
    await addMember(t, owner, workspace.id, homeless, 'guest');

    const page = await detail(t, workspace.id, outsider);
    expect(page.workspace).toEqual(workspace);
    expect(page.memberCount).toBe(4);
    expect(page.members.map((m) => m.role)).toEqual(['owner', 'member', 'guest', 'guest']);
    const byPerson = new Map(page.members.map((m) => [m.personId, [m.role, m.organisation?.name ?? null]]));
    expect(Object.fromEntries(byPerson)).toEqual({
      [owner.id]: ['owner', organisation.name],
      [colleague.id]: ['member', organisation.name],
      [outsider.id]: ['guest', otherOrganisation.name],
      [homeless.id]: ['guest', null],
    });
    // Guests see only the channels they were added to; members see the open default channel.
    expect(page.channels).toEqual([]);
    expect((await detail(t, workspace.id, colleague)).channels).toEqual([
      { id: expect.any(String), name: 'allgemein', closed: false, isDefault: true },
    ]);
    expect(page.viewer).toEqual({
      role: 'guest',
      canInvite: false,
      canManage: false,
      canJoin: false,
      canRequest: false,
      requestPending: false,
      canLeave: true,
    });
    expect((await detail(t, workspace.id, colleague)).viewer).toMatchObject({
      role: 'member',
      canInvite: false,
      canManage: false,
    });
  });

  it('hides an invitation-only workspace from everyone outside it (404, as for an unknown one)', async () => {
    const { colleague, outsider, workspace } = await workspaceSetup(t, 'members');
    for (const person of [colleague, outsider]) {
      expect(problemOf(await call(t, person, 'GET', `/api/workspaces/${workspace.id}`), 404).type).toBe(
        '/problems/not-found',
      );
    }
    expect(problemOf(await call(t, colleague, 'GET', `/api/workspaces/${newId()}`), 404).type).toBe(
      '/problems/not-found',
    );
  });

  it('shows the owner’s people a workspace open to them, without its members, with a join action', async () => {
    const { colleague, outsider, workspace } = await workspaceSetup(t, 'owner');
    const page = await detail(t, workspace.id, colleague);
    expect(page.workspace.description).toBe(workspace.description);
    expect(page).toMatchObject({ memberCount: 1, members: [], channels: [] });
    expect(page.viewer).toMatchObject({ role: null, canJoin: true, canRequest: false, canLeave: false });
    expect((await call(t, outsider, 'GET', `/api/workspaces/${workspace.id}`)).statusCode).toBe(404);
  });

  it('shows everyone signed in a platform-wide workspace with a request action', async () => {
    const { outsider, workspace } = await workspaceSetup(t, 'platform');
    const page = await detail(t, workspace.id, outsider);
    expect(page.members).toEqual([]);
    expect(page.viewer).toMatchObject({ role: null, canJoin: false, canRequest: true, requestPending: false });
    await call(t, outsider, 'POST', `/api/workspaces/${workspace.id}/join-requests`, {});
    expect((await detail(t, workspace.id, outsider)).viewer).toMatchObject({ canRequest: false, requestPending: true });
  });

  it('refuses the signed out and malformed IDs', async () => {
    const { workspace } = await workspaceSetup(t, 'platform');
    expect(problemOf(await call(t, null, 'GET', `/api/workspaces/${workspace.id}`), 401).type).toBe(
      '/problems/unauthenticated',
    );
    const person = await createPerson(t);
    expect(problemOf(await call(t, person, 'GET', '/api/workspaces/not-a-uuid'), 400).type).toBe(
      '/problems/validation',
    );
  });
});

describe('PATCH /api/workspaces/:id', () => {
  it('lets owners change name, description and visibility, with an audit entry and an event for members', async () => {
    const { owner, colleague, workspace } = await workspaceSetup(t, 'members');
    await addMember(t, owner, workspace.id, colleague, 'member');
    const res = await call(t, owner, 'PATCH', `/api/workspaces/${workspace.id}`, {
      name: ' Neuer Name ',
      description: 'Worum es geht',
      visibility: 'platform',
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name: 'Neuer Name', description: 'Worum es geht', visibility: 'platform' });
    expect((await detail(t, workspace.id, colleague)).workspace.name).toBe('Neuer Name');

    const [entry] = await auditEntries(t, 'workspace.updated', workspace.id);
    expect(entry).toMatchObject({ actorId: owner.id });
    expect(entry?.details).toMatchObject({ visibility: { from: 'members', to: 'platform' } });
    const [event] = await eventsAbout(t, 'workspace.updated', workspace.id);
    expect(event?.audience).toEqual({ kind: 'workspace', workspaceId: workspace.id });
    expect(event?.payload).toMatchObject({ workspace: { name: 'Neuer Name', visibility: 'platform' } });
  });

  it('refuses members and guests (403), outsiders (404) and the signed out (401)', async () => {
    const { owner, colleague, outsider, workspace } = await workspaceSetup(t, 'members');
    await addMember(t, owner, workspace.id, colleague, 'member');
    const url = `/api/workspaces/${workspace.id}`;
    expect(problemOf(await call(t, colleague, 'PATCH', url, { name: 'Meins' }), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await call(t, outsider, 'PATCH', url, { name: 'Meins' }), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(t, null, 'PATCH', url, { name: 'Meins' }), 401).type).toBe('/problems/unauthenticated');
    await addMember(t, owner, workspace.id, outsider, 'guest');
    expect(problemOf(await call(t, outsider, 'PATCH', url, { name: 'Meins' }), 403).type).toBe('/problems/forbidden');
    expect((await detail(t, workspace.id, owner)).workspace.name).toBe(workspace.name);
  });

  it('answers bad input with 400', async () => {
    const { owner, workspace } = await workspaceSetup(t);
    const url = `/api/workspaces/${workspace.id}`;
    for (const payload of [
      { name: 'x'.repeat(121) },
      { name: '  ' },
      { visibility: 'everyone' },
      { description: 5 },
      { owner: 'someone' },
    ]) {
      expect(problemOf(await call(t, owner, 'PATCH', url, payload), 400).type).toBe('/problems/validation');
    }
  });
});
