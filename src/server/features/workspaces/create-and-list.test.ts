import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/db/ids.ts';
import { createOrganisation, createPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import { allianceWithTwoMembers } from '../alliances/alliance-fixtures.ts';
import { auditEntries, call, createWorkspace, detail, type Workspace, workspaceSetup } from './workspace-fixtures.ts';

const t = await buildTestApp();

interface ListItem extends Workspace {
  memberCount: number;
  myRole: string | null;
  canJoin: boolean;
  canRequest: boolean;
  requestPending: boolean;
}
interface List {
  mine: ListItem[];
  discover: ListItem[];
}

async function list(person: Parameters<typeof call>[1], query = '') {
  const res = await call(t, person, 'GET', `/api/workspaces${query}`);
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as List;
}

describe('POST /api/workspaces', () => {
  it('creates a workspace of my organisation with me as its only owner, in the audit log', async () => {
    const organisation = await createOrganisation(t);
    const person = await createPerson(t, { organisation });
    const res = await call(t, person, 'POST', '/api/workspaces', {
      name: '  Smart   City Südwestfalen ',
      description: 'Gemeinsames Programm',
      ownerOrganisationId: organisation.id,
      visibility: 'owner',
    });
    expect(res.statusCode, res.body).toBe(201);
    const workspace = res.json() as Workspace;
    expect(workspace).toEqual({
      id: expect.any(String),
      name: 'Smart City Südwestfalen',
      description: 'Gemeinsames Programm',
      visibility: 'owner',
      owner: { kind: 'organisation', id: organisation.id, name: organisation.name },
      createdAt: expect.any(String),
    });

    const page = await detail(t, workspace.id, person);
    expect(page.members).toEqual([
      {
        personId: person.id,
        name: person.name,
        role: 'owner',
        organisation: { id: organisation.id, name: organisation.name },
        joinedAt: expect.any(String),
      },
    ]);
    expect(page.viewer).toMatchObject({ role: 'owner', canInvite: true, canManage: true, canJoin: false });
    expect(page.channels).toEqual([expect.objectContaining({ name: 'allgemein', isDefault: true, closed: false })]);

    const [created] = await auditEntries(t, 'workspace.created', workspace.id);
    expect(created).toMatchObject({ actorId: person.id, organisationId: organisation.id, ip: '127.0.0.1' });
    const [added] = await auditEntries(t, 'workspace.member_added', workspace.id);
    expect(added?.details).toMatchObject({ personId: person.id, role: 'owner', via: 'created' });
  });

  it('creates a workspace of an alliance my organisation belongs to', async () => {
    const { alliance, joined } = await allianceWithTwoMembers(t);
    const person = await createPerson(t, { organisation: joined.organisation });
    const workspace = await createWorkspace(t, person, { ownerAllianceId: alliance.id, visibility: 'owner' });
    expect(workspace.owner).toEqual({ kind: 'alliance', id: alliance.id, name: alliance.name });
    expect((await detail(t, workspace.id, person)).viewer.role).toBe('owner');
  });

  it('refuses people outside the owner: another organisation, a pending member, a non-member of the alliance', async () => {
    const organisation = await createOrganisation(t);
    const outsider = await createPerson(t, { organisation: await createOrganisation(t) });
    const pending = await createPerson(t, { organisation, pending: true });
    const homeless = await createPerson(t);
    for (const person of [outsider, pending, homeless]) {
      const res = await call(t, person, 'POST', '/api/workspaces', {
        name: 'Fremd',
        ownerOrganisationId: organisation.id,
        visibility: 'members',
      });
      expect(problemOf(res, 403).type).toBe('/problems/forbidden');
    }
    const { alliance } = await allianceWithTwoMembers(t);
    const res = await call(t, outsider, 'POST', '/api/workspaces', {
      name: 'Fremd',
      ownerAllianceId: alliance.id,
      visibility: 'members',
    });
    expect(problemOf(res, 403).type).toBe('/problems/forbidden');
  });

  it('refuses the signed out', async () => {
    const organisation = await createOrganisation(t);
    const res = await call(t, null, 'POST', '/api/workspaces', {
      name: 'Anonym',
      ownerOrganisationId: organisation.id,
      visibility: 'members',
    });
    expect(problemOf(res, 401).type).toBe('/problems/unauthenticated');
  });

  it('answers bad input with 400 and the fields at fault', async () => {
    const organisation = await createOrganisation(t);
    const person = await createPerson(t, { organisation });
    const { alliance } = await allianceWithTwoMembers(t);
    const valid = { name: 'Gut', ownerOrganisationId: organisation.id, visibility: 'members' };
    const cases: Array<[Record<string, unknown>, string]> = [
      [{ ...valid, ownerAllianceId: alliance.id }, 'body'],
      [{ name: 'Gut', visibility: 'members' }, 'body'],
      [{ ...valid, ownerOrganisationId: newId() }, 'body:/ownerOrganisationId'],
      [{ name: 'Gut', ownerAllianceId: newId(), visibility: 'members' }, 'body:/ownerAllianceId'],
      [{ ...valid, name: 'x'.repeat(121) }, 'name'],
      [{ ...valid, name: '   ' }, 'body:/name'],
      [{ ...valid, description: 'x'.repeat(4001) }, 'description'],
      [{ ...valid, visibility: 'public' }, 'visibility'],
      [{ ...valid, ownerOrganisationId: 'nope' }, 'ownerOrganisationId'],
      [{ ...valid, extra: 1 }, 'extra'],
    ];
    for (const [payload, field] of cases) {
      const problem = problemOf(await call(t, person, 'POST', '/api/workspaces', payload), 400);
      expect(problem.type, JSON.stringify(payload)).toBe('/problems/validation');
      expect(JSON.stringify(problem.errors ?? []), JSON.stringify(payload)).toContain(field);
    }
    const malformed = await t.request({
      method: 'POST',
      url: '/api/workspaces',
      cookie: person.cookie,
      headers: { 'content-type': 'application/json' },
      payload: '{"name":',
    });
    expect(malformed.statusCode).toBe(400);
    expect((await list(person)).mine).toEqual([]);
  });
});

describe('GET /api/workspaces', () => {
  it('lists my workspaces with my role and member count', async () => {
    const { owner, colleague, workspace } = await workspaceSetup(t);
    await call(t, owner, 'POST', `/api/workspaces/${workspace.id}/members`, { personId: colleague.id, role: 'member' });
    const mine = await list(colleague);
    expect(mine.mine).toEqual([
      expect.objectContaining({ id: workspace.id, name: workspace.name, myRole: 'member', memberCount: 2 }),
    ]);
    expect(mine.discover).toEqual([]);
  });

  it('with discover=true finds what I may join or ask to join, and never invitation-only ones', async () => {
    const { organisation, owner, colleague, outsider, workspace: closed } = await workspaceSetup(t, 'members');
    const open = await createWorkspace(t, owner, { ownerOrganisationId: organisation.id, visibility: 'owner' });
    const wide = await createWorkspace(t, owner, { ownerOrganisationId: organisation.id, visibility: 'platform' });

    const forColleague = await list(colleague, '?discover=true&limit=200');
    const colleagueIds = forColleague.discover.map((w) => w.id);
    expect(colleagueIds).toContain(open.id);
    expect(colleagueIds).toContain(wide.id);
    expect(colleagueIds).not.toContain(closed.id);
    expect(forColleague.discover.find((w) => w.id === open.id)).toMatchObject({
      myRole: null,
      canJoin: true,
      canRequest: false,
      memberCount: 1,
    });
    expect(forColleague.discover.find((w) => w.id === wide.id)).toMatchObject({ canJoin: true, canRequest: false });

    const forOutsider = await list(outsider, `?discover=true&q=${encodeURIComponent(wide.name)}`);
    expect(forOutsider.discover.map((w) => w.id)).toEqual([wide.id]);
    expect(forOutsider.discover[0]).toMatchObject({ canJoin: false, canRequest: true, requestPending: false });
    const outsiderAll = await list(outsider, '?discover=true&limit=200');
    expect(outsiderAll.discover.map((w) => w.id)).not.toContain(open.id);

    const asked = await call(t, outsider, 'POST', `/api/workspaces/${wide.id}/join-requests`, {
      message: 'Gern dabei',
    });
    expect(asked.statusCode, asked.body).toBe(201);
    const afterRequest = await list(outsider, `?discover=true&q=${encodeURIComponent(wide.name)}`);
    expect(afterRequest.discover[0]).toMatchObject({ canRequest: false, requestPending: true });

    const forOwner = await list(owner, '?discover=true&limit=200');
    expect(forOwner.mine.map((w) => w.id).sort()).toEqual([closed.id, open.id, wide.id].sort());
    expect(forOwner.discover.map((w) => w.id)).not.toContain(open.id);
  });

  it('lets the people of an alliance’s member organisations discover its open workspaces', async () => {
    const { alliance, founder, joined } = await allianceWithTwoMembers(t);
    const open = await createWorkspace(t, founder.admin, { ownerAllianceId: alliance.id, visibility: 'owner' });
    const colleague = await createPerson(t, { organisation: joined.organisation });
    const outsider = await createPerson(t, { organisation: await createOrganisation(t) });
    const found = await list(colleague, `?discover=true&q=${encodeURIComponent(open.name)}`);
    expect(found.discover).toEqual([expect.objectContaining({ id: open.id, canJoin: true })]);
    expect((await list(outsider, `?discover=true&q=${encodeURIComponent(open.name)}`)).discover).toEqual([]);
  });

  it('refuses the signed out and bad query strings', async () => {
    expect(problemOf(await call(t, null, 'GET', '/api/workspaces'), 401).type).toBe('/problems/unauthenticated');
    const person = await createPerson(t);
    expect((await call(t, person, 'GET', '/api/workspaces?limit=0')).statusCode).toBe(400);
    expect((await call(t, person, 'GET', `/api/workspaces?q=${'x'.repeat(101)}`)).statusCode).toBe(400);
  });
});
