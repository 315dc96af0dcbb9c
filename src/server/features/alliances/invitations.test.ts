import { describe, expect, it } from 'vitest';
import { newId } from '../../platform/db/ids.ts';
import { createPerson } from '../../test/factories.ts';
import { buildTestApp, problemOf } from '../../test/test-app.ts';
import {
  allianceWithTwoMembers,
  answer,
  auditEntries,
  detail,
  eventsAbout,
  invite,
  invitedIds,
  mailBody,
  memberIds,
  organisationWithAdmin,
} from './alliance-fixtures.ts';
import { alliancesOfOrganisation } from './of-organisation.ts';

const t = await buildTestApp();

async function invitedSetup() {
  const base = await allianceWithTwoMembers(t);
  const invited = await organisationWithAdmin(t);
  const res = await invite(t, base.founder.admin, base.alliance.id, invited.organisation.id);
  expect(res.statusCode, res.body).toBe(201);
  return { ...base, invited, response: res };
}

describe('POST /api/alliances/:id/invitations', () => {
  it('invites an organisation: its admins get a mail and a realtime event; it is not yet a member', async () => {
    const base = await allianceWithTwoMembers(t);
    const invited = await organisationWithAdmin(t);
    const secondAdmin = await createPerson(t, { organisation: invited.organisation, role: 'admin' });
    const plainMember = await createPerson(t, { organisation: invited.organisation });
    const res = await invite(t, base.founder.admin, base.alliance.id, invited.organisation.id);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toEqual({
      organisation: expect.objectContaining({ id: invited.organisation.id, name: invited.organisation.name }),
      invitedAt: expect.any(String),
    });

    for (const admin of [invited.admin, secondAdmin]) {
      const mails = t.mailsTo(admin.email).map(mailBody);
      expect(mails).toHaveLength(1);
      expect(mails[0]).toContain(`in den Verbund „${base.alliance.name}“`);
      expect(mails[0]).toContain(`${t.config.publicUrl}/alliances/${base.alliance.id}`);
    }
    expect(t.mailsTo(plainMember.email)).toEqual([]);

    const event = (await eventsAbout(t, 'alliance.invited', base.alliance.id)).find(
      (e) => e.payload.organisationId === invited.organisation.id,
    );
    expect(event?.payload).toEqual({
      allianceId: base.alliance.id,
      allianceName: base.alliance.name,
      organisationId: invited.organisation.id,
    });
    expect(event?.audience).toEqual({ kind: 'persons', personIds: [invited.admin.id, secondAdmin.id].sort() });
    expect(event?.publishedAt).not.toBeNull();

    const [entry] = await auditEntries(t, 'alliance.invited', base.alliance.id);
    expect(entry).toMatchObject({
      actorId: base.founder.admin.id,
      organisationId: invited.organisation.id,
      ip: '127.0.0.1',
    });

    const page = await detail(t, base.alliance.id, base.founder.admin);
    expect(memberIds(page)).not.toContain(invited.organisation.id);
    expect(invitedIds(page)).toEqual([invited.organisation.id]);
    expect(await alliancesOfOrganisation(t.deps.db, invited.organisation.id)).toEqual([]);
  });

  it('refuses to invite an organisation twice or a member', async () => {
    const { alliance, founder, joined, invited } = await invitedSetup();
    expect(problemOf(await invite(t, joined.admin, alliance.id, invited.organisation.id), 409).type).toBe(
      '/problems/already-invited',
    );
    expect(problemOf(await invite(t, founder.admin, alliance.id, joined.organisation.id), 409).type).toBe(
      '/problems/already-member',
    );
  });

  it('is refused to people outside the alliance’s administration', async () => {
    const { alliance, joined, invited } = await invitedSetup();
    const target = await organisationWithAdmin(t);
    problemOf(
      await t.request({
        method: 'POST',
        url: `/api/alliances/${alliance.id}/invitations`,
        payload: { organisationId: target.organisation.id },
      }),
      401,
    );
    const outsider = await organisationWithAdmin(t);
    const plainMember = await createPerson(t, { organisation: joined.organisation });
    for (const person of [outsider.admin, plainMember, invited.admin]) {
      problemOf(await invite(t, person, alliance.id, target.organisation.id), 403);
    }
    expect(t.mailsTo(target.admin.email)).toEqual([]);
  });

  it('answers bad input and unknown IDs with problems', async () => {
    const { alliance, founder } = await allianceWithTwoMembers(t);
    const post = (payload: unknown, id: string = alliance.id) =>
      t.request({
        method: 'POST',
        url: `/api/alliances/${id}/invitations`,
        cookie: founder.admin.cookie,
        payload: payload as object,
      });
    for (const payload of [{}, { organisationId: 'nope' }, { organisationId: 5 }, { organisationId: newId(), x: 1 }]) {
      problemOf(await post(payload), 400);
    }
    expect(problemOf(await post({ organisationId: newId() }), 404).title).toBe('Organisation not found');
    expect(problemOf(await post({ organisationId: newId() }, newId()), 404).title).toBe('Alliance not found');
    problemOf(await post({ organisationId: newId() }, 'slug-not-id'), 400);
  });
});

describe('POST /api/alliances/:id/invitations/:organisationId/accept', () => {
  it('makes the invited organisation a member when its admin accepts', async () => {
    const { alliance, invited } = await invitedSetup();
    const res = await answer(t, invited.admin, alliance.id, invited.organisation.id, 'accept');
    expect(res.statusCode, res.body).toBe(204);
    const page = await detail(t, alliance.id, invited.admin);
    expect(memberIds(page)).toContain(invited.organisation.id);
    expect(page.invitations).toEqual([]);
    expect(page.viewer).toMatchObject({ status: 'member', canLeave: true });
    expect(await alliancesOfOrganisation(t.deps.db, invited.organisation.id)).toEqual([
      { id: alliance.id, name: alliance.name, slug: alliance.slug },
    ]);
    const [entry] = await auditEntries(t, 'alliance.joined', alliance.id);
    expect(entry).toMatchObject({ actorId: invited.admin.id, organisationId: invited.organisation.id });
    const events = await eventsAbout(t, 'alliance.joined', alliance.id);
    expect(events.map((e) => [e.payload.organisationId, e.audience])).toContainEqual([
      invited.organisation.id,
      { kind: 'alliance', allianceId: alliance.id },
    ]);
    problemOf(await answer(t, invited.admin, alliance.id, invited.organisation.id, 'accept'), 404);
  });

  it('cannot be done by anyone but an admin of the invited organisation', async () => {
    const { alliance, founder, invited } = await invitedSetup();
    problemOf(await answer(t, null, alliance.id, invited.organisation.id, 'accept'), 401);
    const plainInvited = await createPerson(t, { organisation: invited.organisation });
    const pendingAdmin = await createPerson(t, { organisation: invited.organisation, role: 'admin', pending: true });
    const outsider = await organisationWithAdmin(t);
    for (const person of [plainInvited, pendingAdmin, outsider.admin]) {
      problemOf(await answer(t, person, alliance.id, invited.organisation.id, 'accept'), 404);
    }
    const platformAdmin = await createPerson(t, { platformAdmin: true });
    for (const person of [founder.admin, platformAdmin]) {
      problemOf(await answer(t, person, alliance.id, invited.organisation.id, 'accept'), 403);
    }
    expect(memberIds(await detail(t, alliance.id))).not.toContain(invited.organisation.id);
    expect(invitedIds(await detail(t, alliance.id, founder.admin))).toEqual([invited.organisation.id]);
  });

  it('answers unknown and malformed IDs with problems', async () => {
    const { alliance, invited } = await invitedSetup();
    problemOf(await answer(t, invited.admin, newId(), invited.organisation.id, 'accept'), 404);
    const notInvited = await organisationWithAdmin(t);
    problemOf(await answer(t, notInvited.admin, alliance.id, notInvited.organisation.id, 'accept'), 404);
    problemOf(await answer(t, invited.admin, 'nope', invited.organisation.id, 'accept'), 400);
    problemOf(await answer(t, invited.admin, alliance.id, 'nope', 'accept'), 400);
  });
});

describe('POST /api/alliances/:id/invitations/:organisationId/decline', () => {
  it('removes the invitation when the invited admin declines', async () => {
    const { alliance, founder, invited } = await invitedSetup();
    expect((await answer(t, invited.admin, alliance.id, invited.organisation.id, 'decline')).statusCode).toBe(204);
    const page = await detail(t, alliance.id, founder.admin);
    expect(page.invitations).toEqual([]);
    expect(memberIds(page)).not.toContain(invited.organisation.id);
    const [entry] = await auditEntries(t, 'alliance.declined', alliance.id);
    expect(entry).toMatchObject({ actorId: invited.admin.id, organisationId: invited.organisation.id });
    // Declined is final for this invitation, but the alliance may invite again.
    expect((await invite(t, founder.admin, alliance.id, invited.organisation.id)).statusCode).toBe(201);
  });

  it('cannot be done by a plain member or by the inviting side', async () => {
    const { alliance, founder, invited } = await invitedSetup();
    const plainInvited = await createPerson(t, { organisation: invited.organisation });
    problemOf(await answer(t, plainInvited, alliance.id, invited.organisation.id, 'decline'), 404);
    problemOf(await answer(t, founder.admin, alliance.id, invited.organisation.id, 'decline'), 403);
    problemOf(await answer(t, null, alliance.id, invited.organisation.id, 'decline'), 401);
    expect(invitedIds(await detail(t, alliance.id, founder.admin))).toEqual([invited.organisation.id]);
  });
});
