import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/db/ids.ts';
import type { TestPerson } from '../../test/factories.ts';
import { createPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import {
  allianceWithTwoMembers,
  auditEntries,
  createAllianceAs,
  detail,
  invite,
  invitedIds,
  memberIds,
  organisationWithAdmin,
} from './alliance-fixtures.ts';
import { alliancesOfOrganisation } from './of-organisation.ts';

const t = await buildTestApp();

const remove = (person: TestPerson | null, allianceId: string, organisationId: string) =>
  t.request({
    method: 'DELETE',
    url: `/api/alliances/${allianceId}/members/${organisationId}`,
    cookie: person?.cookie,
  });

describe('DELETE /api/alliances/:id/members/:organisationId', () => {
  it('lets an organisation leave by its admin: gone from the member list and its alliances', async () => {
    const { alliance, founder, joined } = await allianceWithTwoMembers(t);
    expect(await alliancesOfOrganisation(t.deps.db, joined.organisation.id)).toHaveLength(1);
    const res = await remove(joined.admin, alliance.id, joined.organisation.id);
    expect(res.statusCode, res.body).toBe(204);
    expect(memberIds(await detail(t, alliance.id))).toEqual([founder.organisation.id]);
    expect(await alliancesOfOrganisation(t.deps.db, joined.organisation.id)).toEqual([]);
    const [entry] = await auditEntries(t, 'alliance.left', alliance.id);
    expect(entry).toMatchObject({
      actorId: joined.admin.id,
      organisationId: joined.organisation.id,
      ip: '127.0.0.1',
      details: expect.objectContaining({ allianceDeleted: false, removedByPlatformAdmin: false }),
    });
  });

  it('deletes the alliance with its invitations when the last member leaves', async () => {
    const { organisation, admin } = await organisationWithAdmin(t);
    const alliance = await createAllianceAs(t, admin);
    const invited = await organisationWithAdmin(t);
    await invite(t, admin, alliance.id, invited.organisation.id);
    expect((await remove(admin, alliance.id, organisation.id)).statusCode).toBe(204);
    problemOf(await t.request({ method: 'GET', url: `/api/alliances/${alliance.id}` }), 404);
    const open = await t.request({ method: 'GET', url: '/api/alliances/invitations', cookie: invited.admin.cookie });
    expect(open.json()).toEqual([]);
    const [entry] = await auditEntries(t, 'alliance.left', alliance.id);
    expect(entry?.details).toMatchObject({ allianceDeleted: true });
  });

  it('does not let members remove each other, nor plain members or outsiders act', async () => {
    const { alliance, founder, joined } = await allianceWithTwoMembers(t);
    problemOf(await remove(null, alliance.id, joined.organisation.id), 401);
    const plainMember = await createPerson(t, { organisation: joined.organisation });
    const outsider = await organisationWithAdmin(t);
    for (const person of [founder.admin, plainMember, outsider.admin]) {
      problemOf(await remove(person, alliance.id, joined.organisation.id), 403);
    }
    expect(memberIds(await detail(t, alliance.id))).toContain(joined.organisation.id);
  });

  it('lets platform admins remove a member', async () => {
    const { alliance, joined } = await allianceWithTwoMembers(t);
    const platformAdmin = await createPerson(t, { platformAdmin: true });
    expect((await remove(platformAdmin, alliance.id, joined.organisation.id)).statusCode).toBe(204);
    expect(memberIds(await detail(t, alliance.id))).not.toContain(joined.organisation.id);
    const [entry] = await auditEntries(t, 'alliance.left', alliance.id);
    expect(entry?.details).toMatchObject({ removedByPlatformAdmin: true });
  });

  it('withdraws an invitation by an admin of a member organisation', async () => {
    const { alliance, founder, joined } = await allianceWithTwoMembers(t);
    const invited = await organisationWithAdmin(t);
    await invite(t, founder.admin, alliance.id, invited.organisation.id);
    const plainMember = await createPerson(t, { organisation: joined.organisation });
    const outsider = await organisationWithAdmin(t);
    problemOf(await remove(invited.admin, alliance.id, invited.organisation.id), 403);
    problemOf(await remove(plainMember, alliance.id, invited.organisation.id), 404);
    problemOf(await remove(outsider.admin, alliance.id, invited.organisation.id), 404);
    expect(invitedIds(await detail(t, alliance.id, founder.admin))).toEqual([invited.organisation.id]);

    expect((await remove(joined.admin, alliance.id, invited.organisation.id)).statusCode).toBe(204);
    expect((await detail(t, alliance.id, founder.admin)).invitations).toEqual([]);
    const [entry] = await auditEntries(t, 'alliance.invitation_withdrawn', alliance.id);
    expect(entry).toMatchObject({ actorId: joined.admin.id, organisationId: invited.organisation.id });
    const open = await t.request({ method: 'GET', url: '/api/alliances/invitations', cookie: invited.admin.cookie });
    expect(open.json()).toEqual([]);
  });

  it('answers unknown and malformed IDs with problems', async () => {
    const { alliance, joined } = await allianceWithTwoMembers(t);
    const stranger = await organisationWithAdmin(t);
    problemOf(await remove(joined.admin, newId(), joined.organisation.id), 404);
    problemOf(await remove(stranger.admin, alliance.id, stranger.organisation.id), 404);
    problemOf(await remove(joined.admin, alliance.id, newId()), 404);
    problemOf(await remove(joined.admin, 'nope', joined.organisation.id), 400);
    problemOf(await remove(joined.admin, alliance.id, 'nope'), 400);
  });
});
