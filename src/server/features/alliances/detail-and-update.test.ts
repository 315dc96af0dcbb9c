import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/db/ids.ts';
import { createOrganisation, createPerson, unique } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import {
  allianceWithTwoMembers,
  auditEntries,
  detail,
  invite,
  invitedIds,
  memberIds,
  organisationWithAdmin,
} from './alliance-fixtures.ts';

const t = await buildTestApp();

/** An alliance of two members with two open invitations. */
async function allianceWithInvitations() {
  const base = await allianceWithTwoMembers(t);
  const invited = await organisationWithAdmin(t);
  const otherInvited = await organisationWithAdmin(t);
  await invite(t, base.founder.admin, base.alliance.id, invited.organisation.id);
  await invite(t, base.joined.admin, base.alliance.id, otherInvited.organisation.id);
  return { ...base, invited, otherInvited };
}

describe('GET /api/alliances/:id', () => {
  it('shows members with their places for the map to everyone, and no invitations to outsiders', async () => {
    const { alliance, founder, joined } = await allianceWithInvitations();
    const res = await t.request({ method: 'GET', url: `/api/alliances/${alliance.id}` });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body).toMatchObject({ id: alliance.id, name: alliance.name, slug: alliance.slug, website: null });
    expect(memberIds(body).sort()).toEqual([founder.organisation.id, joined.organisation.id].sort());
    expect(body.members[0]).toEqual({
      organisation: {
        id: expect.any(String),
        name: expect.any(String),
        type: 'zweckverband',
        ags: null,
        ars: null,
        landCode: '03',
        landName: 'Niedersachsen',
        kreisName: null,
        latitude: 53.4,
        longitude: 10,
      },
      status: 'member',
      joinedAt: expect.any(String),
    });
    expect(body.invitations).toEqual([]);
    expect(body.viewer).toEqual({
      status: null,
      canEdit: false,
      canInvite: false,
      canLeave: false,
      canAcceptInvitation: false,
      canRemoveMembers: false,
    });
  });

  it('is found by its slug too', async () => {
    const { alliance } = await allianceWithTwoMembers(t);
    expect((await detail(t, alliance.slug)).id).toBe(alliance.id);
  });

  it('shows invitations to admins of member organisations, and invited admins only their own', async () => {
    const { alliance, founder, joined, invited, otherInvited } = await allianceWithInvitations();
    const both = [invited.organisation.id, otherInvited.organisation.id].sort();
    const asFounder = await detail(t, alliance.id, founder.admin);
    expect(invitedIds(asFounder).sort()).toEqual(both);
    expect(asFounder.viewer).toMatchObject({ status: 'member', canInvite: true, canLeave: true, canEdit: true });

    const plainMember = await createPerson(t, { organisation: joined.organisation });
    const asPlain = await detail(t, alliance.id, plainMember);
    expect(asPlain.invitations).toEqual([]);
    expect(asPlain.viewer).toMatchObject({ status: 'member', canInvite: false, canLeave: false });

    const asInvited = await detail(t, alliance.id, invited.admin);
    expect(invitedIds(asInvited)).toEqual([invited.organisation.id]);
    expect(asInvited.viewer).toMatchObject({ status: 'invited', canAcceptInvitation: true, canInvite: false });

    const platformAdmin = await createPerson(t, { platformAdmin: true });
    const asPlatformAdmin = await detail(t, alliance.id, platformAdmin);
    expect(invitedIds(asPlatformAdmin).sort()).toEqual(both);
    expect(asPlatformAdmin.viewer).toMatchObject({ canEdit: true, canRemoveMembers: true, canAcceptInvitation: false });
  });

  it('answers unknown and malformed IDs with problems', async () => {
    expect(problemOf(await t.request({ method: 'GET', url: `/api/alliances/${newId()}` }), 404).type).toBe(
      '/problems/not-found',
    );
    problemOf(await t.request({ method: 'GET', url: `/api/alliances/no-such-slug-${unique()}` }), 404);
    problemOf(await t.request({ method: 'GET', url: '/api/alliances/not%20a%20slug' }), 400);
    problemOf(await t.request({ method: 'GET', url: `/api/alliances/${'x'.repeat(95)}` }), 400);
  });
});

describe('PATCH /api/alliances/:id', () => {
  it('lets an admin of a member organisation change the profile; the slug stays', async () => {
    const { alliance, joined } = await allianceWithTwoMembers(t);
    const name = `Neuer Name ${unique()}`;
    const res = await t.request({
      method: 'PATCH',
      url: `/api/alliances/${alliance.id}`,
      cookie: joined.admin.cookie,
      payload: { name, description: 'Wir arbeiten zusammen.', website: 'https://verbund.example/' },
    });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ name, slug: alliance.slug, description: 'Wir arbeiten zusammen.' });
    expect(await detail(t, alliance.id)).toMatchObject({ name, website: 'https://verbund.example/' });
    const [entry] = await auditEntries(t, 'alliance.updated', alliance.id);
    expect(entry).toMatchObject({ actorId: joined.admin.id, details: { changed: ['name', 'description', 'website'] } });

    const cleared = await t.request({
      method: 'PATCH',
      url: `/api/alliances/${alliance.id}`,
      cookie: joined.admin.cookie,
      payload: { description: null, website: null },
    });
    expect(cleared.json()).toMatchObject({ description: null, website: null });
  });

  it('lets platform admins change any alliance', async () => {
    const { alliance } = await allianceWithTwoMembers(t);
    const platformAdmin = await createPerson(t, { platformAdmin: true });
    const res = await t.request({
      method: 'PATCH',
      url: `/api/alliances/${alliance.id}`,
      cookie: platformAdmin.cookie,
      payload: { description: 'Vom Plattformteam ergänzt' },
    });
    expect(res.statusCode).toBe(200);
  });

  it('refuses everyone else', async () => {
    const { alliance, joined, invited } = await allianceWithInvitations();
    const patch = (cookie?: string) =>
      t.request({ method: 'PATCH', url: `/api/alliances/${alliance.id}`, cookie, payload: { name: 'Gekapert' } });
    problemOf(await patch(), 401);
    const outsider = await organisationWithAdmin(t);
    const plainMember = await createPerson(t, { organisation: joined.organisation });
    const pendingAdmin = await createPerson(t, { organisation: joined.organisation, role: 'admin', pending: true });
    for (const person of [outsider.admin, plainMember, pendingAdmin, invited.admin]) {
      problemOf(await patch(person.cookie), 403);
    }
    expect((await detail(t, alliance.id)).name).toBe(alliance.name);
  });

  it('answers bad input and unknown IDs with problems', async () => {
    const { alliance, founder } = await allianceWithTwoMembers(t);
    const patch = (payload: unknown, id = alliance.id) =>
      t.request({
        method: 'PATCH',
        url: `/api/alliances/${id}`,
        cookie: founder.admin.cookie,
        payload: payload as object,
      });
    for (const payload of [
      { slug: 'mine' },
      { name: null },
      { name: 'x'.repeat(121) },
      { name: ' ' },
      { website: 'ftp://files.example' },
      { description: 7 },
    ]) {
      problemOf(await patch(payload), 400);
    }
    problemOf(await patch({ name: 'Verbund' }, newId()), 404);
    problemOf(await patch({ name: 'Verbund' }, 'not-a-uuid'), 400);
  });
});

describe('other organisations in the directory', () => {
  it('can be invited whatever their type', async () => {
    const { alliance, founder } = await allianceWithTwoMembers(t);
    for (const type of ['landkreis', 'gemeinde', 'it-dienstleister']) {
      const organisation = await createOrganisation(t, { type });
      expect((await invite(t, founder.admin, alliance.id, organisation.id)).statusCode).toBe(201);
    }
    expect((await detail(t, alliance.id, founder.admin)).invitations).toHaveLength(3);
  });
});
