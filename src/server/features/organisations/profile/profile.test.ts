import { describe, expect, it } from 'vitest';
import { newId } from '../../../platform/db/ids.ts';
import { createOrganisation, createPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { allianceMembers, alliances } from '../../alliances/tables.ts';
import { directoryOrganisation } from '../organisation-fixtures.ts';
import type { OrganisationDetailView } from '../schema.ts';

const t = await buildTestApp();

async function profile(id: string, cookie?: string) {
  const res = await t.request({ method: 'GET', url: `/api/organisations/${id}`, cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as OrganisationDetailView;
}

/** An organisation with a confirmed admin, a confirmed member and a pending request. */
async function populated() {
  const organisation = await createOrganisation(t);
  const admin = await createPerson(t, { organisation, role: 'admin', name: `Anna ${unique()}` });
  const member = await createPerson(t, { organisation, name: `Bernd ${unique()}` });
  const pending = await createPerson(t, { organisation, pending: true, name: `Carla ${unique()}` });
  return { organisation, admin, member, pending };
}

describe('GET /api/organisations/:id', () => {
  it('shows a directory municipality with its Kreis and Land', async () => {
    const seevetal = await directoryOrganisation(t, '03353031');
    const body = await profile(seevetal.id);
    expect(body).toMatchObject({
      id: seevetal.id,
      name: 'Seevetal',
      type: 'gemeinde',
      ags: '03353031',
      source: 'directory',
      landCode: '03',
      landName: 'Niedersachsen',
      kreisName: 'Landkreis Harburg',
      kreis: { name: 'Landkreis Harburg' },
      land: { name: 'Niedersachsen' },
    });
    // No logo asserted: on PostgreSQL all files share one database, and the demo's tests give Seevetal one.
    const harburg = await directoryOrganisation(t, '03353');
    expect(body.kreis?.id).toBe(harburg.id);
  });

  it('shows people only to signed-in viewers, and confirmed members only', async () => {
    const { organisation, admin, member, pending } = await populated();
    const signedOut = await profile(organisation.id);
    expect(signedOut.people).toEqual([]);
    expect(signedOut.viewer).toEqual({
      isMember: false,
      isPending: false,
      isAdmin: false,
      canEdit: false,
      canRename: false,
    });

    const outsider = await createPerson(t);
    const seen = await profile(organisation.id, outsider.cookie);
    expect(seen.people).toEqual([
      { id: admin.id, name: admin.name, role: 'admin' },
      { id: member.id, name: member.name, role: 'member' },
    ]);
    expect(seen.people.map((p) => p.id)).not.toContain(pending.id);
  });

  it('shows the e-mail domains to its admins and platform admins only', async () => {
    const { organisation, admin, member } = await populated();
    const other = await createOrganisation(t);
    const otherAdmin = await createPerson(t, { organisation: other, role: 'admin' });
    const platformAdmin = await createPerson(t, { platformAdmin: true });

    expect((await profile(organisation.id, admin.cookie)).domains).toEqual([organisation.domain]);
    expect((await profile(organisation.id, platformAdmin.cookie)).domains).toEqual([organisation.domain]);
    expect((await profile(organisation.id, member.cookie)).domains).toEqual([]);
    expect((await profile(organisation.id, otherAdmin.cookie)).domains).toEqual([]);
    expect((await profile(organisation.id)).domains).toEqual([]);
  });

  it('tells the viewer what they are and may do', async () => {
    const { organisation, admin, member, pending } = await populated();
    expect((await profile(organisation.id, admin.cookie)).viewer).toEqual({
      isMember: true,
      isPending: false,
      isAdmin: true,
      canEdit: true,
      canRename: true,
    });
    expect((await profile(organisation.id, member.cookie)).viewer).toMatchObject({
      isMember: true,
      isAdmin: false,
      canEdit: false,
    });
    expect((await profile(organisation.id, pending.cookie)).viewer).toMatchObject({
      isMember: false,
      isPending: true,
      canEdit: false,
    });
    const platformAdmin = await createPerson(t, { platformAdmin: true });
    expect((await profile(organisation.id, platformAdmin.cookie)).viewer).toMatchObject({
      isMember: false,
      canEdit: true,
    });
  });

  it('lists the alliances it is a member of, not those it is only invited to', async () => {
    const { organisation, admin } = await populated();
    const member = { id: newId(), name: `Verbund ${unique()}`, slug: unique('v') };
    const invited = { id: newId(), name: `Verbund ${unique()}`, slug: unique('v') };
    for (const alliance of [member, invited]) {
      await t.deps.db
        .insert(alliances)
        .values({ ...alliance, createdByOrganisationId: organisation.id, createdBy: admin.id });
    }
    await t.deps.db.insert(allianceMembers).values([
      { allianceId: member.id, organisationId: organisation.id, status: 'member', joinedAt: new Date() },
      { allianceId: invited.id, organisationId: organisation.id, status: 'invited' },
    ]);
    expect((await profile(organisation.id)).alliances).toEqual([member]);
  });

  it('answers unknown and malformed IDs with problems', async () => {
    expect(problemOf(await t.request({ method: 'GET', url: `/api/organisations/${newId()}` }), 404).type).toBe(
      '/problems/not-found',
    );
    expect(problemOf(await t.request({ method: 'GET', url: '/api/organisations/not-a-uuid' }), 400).type).toBe(
      '/problems/validation',
    );
  });
});
