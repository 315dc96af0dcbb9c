import { describe, expect, it } from 'vitest';
import type { Principal } from '../../platform/auth/session-store.ts';
import { newId } from '../../platform/db/ids.ts';
import type { DomainEvent } from '../../platform/events/event.ts';
import { canReceive } from '../../realtime-audience.ts';
import { createPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import { workspaceRole } from './membership.ts';
import {
  addMember,
  auditEntries,
  call,
  detail,
  eventsAbout,
  roleOf,
  type TestPerson,
  workspaceSetup,
} from './workspace-fixtures.ts';

const t = await buildTestApp();

const membersUrl = (id: string, personId?: string) => `/api/workspaces/${id}/members${personId ? `/${personId}` : ''}`;

describe('POST /api/workspaces/:id/members', () => {
  it('lets an owner add someone of another organisation as a guest, audited and announced to the members', async () => {
    const { owner, outsider, otherOrganisation, workspace } = await workspaceSetup(t);
    const res = await call(t, owner, 'POST', membersUrl(workspace.id), { personId: outsider.id, role: 'guest' });
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      personId: outsider.id,
      name: outsider.name,
      role: 'guest',
      organisation: { id: otherOrganisation.id, name: otherOrganisation.name },
      joinedAt: expect.any(String),
    });
    expect(roleOf(await detail(t, workspace.id, outsider), outsider)).toBe('guest');

    const [entry] = await auditEntries(t, 'workspace.member_added', workspace.id);
    expect(entry).toMatchObject({ actorId: owner.id, ip: '127.0.0.1' });
    expect(entry?.details).toMatchObject({ personId: outsider.id, role: 'guest', via: 'added' });
    const events = await eventsAbout(t, 'workspace.member-added', workspace.id);
    expect(events.find((e) => e.payload.personId === outsider.id)?.audience).toEqual({
      kind: 'workspace',
      workspaceId: workspace.id,
    });
  });

  it('lets an owner make an outsider a member right away', async () => {
    const { owner, outsider, workspace } = await workspaceSetup(t);
    expect((await addMember(t, owner, workspace.id, outsider, 'member')).role).toBe('member');
  });

  it('refuses a second add (409), unknown people (404) and bad input (400)', async () => {
    const { owner, colleague, workspace } = await workspaceSetup(t);
    await addMember(t, owner, workspace.id, colleague, 'member');
    const again = await call(t, owner, 'POST', membersUrl(workspace.id), { personId: colleague.id, role: 'guest' });
    expect(problemOf(again, 409).type).toBe('/problems/already-member');
    expect(roleOf(await detail(t, workspace.id, owner), colleague)).toBe('member');
    const unknown = await call(t, owner, 'POST', membersUrl(workspace.id), { personId: newId(), role: 'guest' });
    expect(problemOf(unknown, 404).type).toBe('/problems/not-found');
    for (const payload of [
      { personId: colleague.id, role: 'admin' },
      { personId: 'x', role: 'guest' },
      { personId: colleague.id },
      { personId: colleague.id, role: 'guest', extra: true },
    ]) {
      expect(problemOf(await call(t, owner, 'POST', membersUrl(workspace.id), payload), 400).type).toBe(
        '/problems/validation',
      );
    }
  });

  it('refuses members and guests (403), outsiders (404) and the signed out (401)', async () => {
    const { owner, colleague, outsider, workspace } = await workspaceSetup(t);
    const stranger = await createPerson(t);
    await addMember(t, owner, workspace.id, colleague, 'member');
    const add = (person: TestPerson | null) =>
      call(t, person, 'POST', membersUrl(workspace.id), { personId: stranger.id, role: 'guest' });
    expect(problemOf(await add(colleague), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await add(outsider), 404).type).toBe('/problems/not-found');
    expect(problemOf(await add(null), 401).type).toBe('/problems/unauthenticated');
    await addMember(t, owner, workspace.id, outsider, 'guest');
    expect(problemOf(await add(outsider), 403).type).toBe('/problems/forbidden');
    expect((await detail(t, workspace.id, owner)).members.map((m) => m.personId)).not.toContain(stranger.id);
  });
});

describe('PATCH /api/workspaces/:id/members/:personId', () => {
  it('lets owners change roles, audited', async () => {
    const { owner, outsider, workspace } = await workspaceSetup(t);
    await addMember(t, owner, workspace.id, outsider, 'guest');
    const res = await call(t, owner, 'PATCH', membersUrl(workspace.id, outsider.id), { role: 'member' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ personId: outsider.id, role: 'member' });
    const [entry] = await auditEntries(t, 'workspace.member_role_changed', workspace.id);
    expect(entry?.details).toMatchObject({ personId: outsider.id, from: 'guest', to: 'member' });
    expect((await eventsAbout(t, 'workspace.member-changed', workspace.id))[0]?.payload).toMatchObject({
      personId: outsider.id,
      role: 'member',
    });
  });

  it('never demotes the last owner (409); a second owner may step down', async () => {
    const { owner, colleague, workspace } = await workspaceSetup(t);
    const demote = await call(t, owner, 'PATCH', membersUrl(workspace.id, owner.id), { role: 'member' });
    expect(problemOf(demote, 409).type).toBe('/problems/last-owner');
    await addMember(t, owner, workspace.id, colleague, 'owner');
    const stepDown = await call(t, owner, 'PATCH', membersUrl(workspace.id, owner.id), { role: 'member' });
    expect(stepDown.statusCode, stepDown.body).toBe(200);
    expect((await detail(t, workspace.id, owner)).viewer).toMatchObject({ role: 'member', canManage: false });
    const back = await call(t, colleague, 'PATCH', membersUrl(workspace.id, colleague.id), { role: 'guest' });
    expect(problemOf(back, 409).type).toBe('/problems/last-owner');
  });

  it('refuses members (403), unknown members (404), outsiders (404), the signed out (401) and bad roles (400)', async () => {
    const { owner, colleague, outsider, workspace } = await workspaceSetup(t);
    await addMember(t, owner, workspace.id, colleague, 'member');
    const url = membersUrl(workspace.id, colleague.id);
    expect(problemOf(await call(t, colleague, 'PATCH', url, { role: 'owner' }), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await call(t, outsider, 'PATCH', url, { role: 'owner' }), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(t, null, 'PATCH', url, { role: 'owner' }), 401).type).toBe('/problems/unauthenticated');
    const unknown = await call(t, owner, 'PATCH', membersUrl(workspace.id, outsider.id), { role: 'member' });
    expect(problemOf(unknown, 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(t, owner, 'PATCH', url, { role: 'boss' }), 400).type).toBe('/problems/validation');
    expect(roleOf(await detail(t, workspace.id, owner), colleague)).toBe('member');
  });
});

describe('DELETE /api/workspaces/:id/members/:personId', () => {
  it('lets an owner remove a member: they lose access at once and hear about it', async () => {
    const { owner, outsider, workspace } = await workspaceSetup(t);
    await addMember(t, owner, workspace.id, outsider, 'guest');
    const res = await call(t, owner, 'DELETE', membersUrl(workspace.id, outsider.id));
    expect(res.statusCode, res.body).toBe(204);
    expect((await call(t, outsider, 'GET', `/api/workspaces/${workspace.id}`)).statusCode).toBe(404);
    const [entry] = await auditEntries(t, 'workspace.member_removed', workspace.id);
    expect(entry).toMatchObject({ actorId: owner.id });
    expect(entry?.details).toMatchObject({ personId: outsider.id, role: 'guest' });
    const audiences = (await eventsAbout(t, 'workspace.member-removed', workspace.id)).map((e) => e.audience);
    expect(audiences).toContainEqual({ kind: 'workspace', workspaceId: workspace.id });
    expect(audiences).toContainEqual({ kind: 'persons', personIds: [outsider.id] });
    // Their channels are left too (the chat feature announces it to their open tabs).
    const left = await eventsAbout(t, 'chat.access-changed', workspace.id);
    expect(left.map((e) => e.payload.personId)).toContain(outsider.id);
  });

  it('lets anyone leave, audited as leaving', async () => {
    const { owner, colleague, workspace } = await workspaceSetup(t);
    await addMember(t, owner, workspace.id, colleague, 'member');
    expect((await call(t, colleague, 'DELETE', membersUrl(workspace.id, colleague.id))).statusCode).toBe(204);
    expect(await workspaceRole(t.deps.db, workspace.id, colleague.id)).toBeNull();
    const [entry] = await auditEntries(t, 'workspace.member_left', workspace.id);
    expect(entry).toMatchObject({ actorId: colleague.id });
  });

  it('keeps the last owner (409), until another owner exists', async () => {
    const { owner, colleague, workspace } = await workspaceSetup(t);
    const leave = await call(t, owner, 'DELETE', membersUrl(workspace.id, owner.id));
    expect(problemOf(leave, 409).type).toBe('/problems/last-owner');
    await addMember(t, owner, workspace.id, colleague, 'owner');
    expect((await call(t, colleague, 'DELETE', membersUrl(workspace.id, owner.id))).statusCode).toBe(204);
    const last = await call(t, colleague, 'DELETE', membersUrl(workspace.id, colleague.id));
    expect(problemOf(last, 409).type).toBe('/problems/last-owner');
  });

  it('refuses members and guests removing others (403), outsiders (404), the signed out (401)', async () => {
    const { owner, colleague, outsider, workspace } = await workspaceSetup(t);
    const stranger = await createPerson(t);
    await addMember(t, owner, workspace.id, colleague, 'member');
    await addMember(t, owner, workspace.id, stranger, 'guest');
    const url = membersUrl(workspace.id, stranger.id);
    expect(problemOf(await call(t, colleague, 'DELETE', membersUrl(workspace.id, owner.id)), 403).type).toBe(
      '/problems/forbidden',
    );
    expect(problemOf(await call(t, stranger, 'DELETE', membersUrl(workspace.id, colleague.id)), 403).type).toBe(
      '/problems/forbidden',
    );
    expect(problemOf(await call(t, outsider, 'DELETE', url), 404).type).toBe('/problems/not-found');
    expect(problemOf(await call(t, null, 'DELETE', url), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await call(t, owner, 'DELETE', membersUrl(workspace.id, outsider.id)), 404).type).toBe(
      '/problems/not-found',
    );
    expect((await detail(t, workspace.id, owner)).memberCount).toBe(3);
  });
});

describe('realtime audience of a workspace', () => {
  it('reaches its members, and stops reaching someone the moment they are removed', async () => {
    const { owner, outsider, workspace } = await workspaceSetup(t);
    await addMember(t, owner, workspace.id, outsider, 'guest');
    const check = canReceive(t.deps);
    const event = { audience: { kind: 'workspace', workspaceId: workspace.id } } as DomainEvent;
    const principal = (person: TestPerson) => ({ personId: person.id, isPlatformAdmin: false }) as Principal;
    expect(await check(principal(owner), event)).toBe(true);
    expect(await check(principal(outsider), event)).toBe(true);
    await call(t, owner, 'DELETE', membersUrl(workspace.id, outsider.id));
    expect(await check(principal(outsider), event)).toBe(false);
  });
});
