import { and, eq, sql } from 'drizzle-orm';
import { describe, expect, it } from 'vitest';
import { persons } from '../../../platform/auth/tables.ts';
import { newId } from '../../../platform/db/ids.ts';
import { outbox } from '../../../platform/events/tables.ts';
import { createOrganisation, createPerson, unique } from '../../../test/factories.ts';
import { buildTestApp, problemOf } from '../../../test/test-app.ts';
import { auditEntries, storedMembership } from '../organisation-fixtures.ts';

const t = await buildTestApp();

async function team() {
  const organisation = await createOrganisation(t);
  const admin = await createPerson(t, { organisation, role: 'admin', name: `Anna ${unique()}` });
  const member = await createPerson(t, { organisation, name: `Bernd ${unique()}` });
  const pending = await createPerson(t, { organisation, pending: true, name: `Carla ${unique()}` });
  return { organisation, admin, member, pending };
}

const membersUrl = (organisationId: string, personId?: string, suffix = '') =>
  `/api/organisations/${organisationId}/members${personId ? `/${personId}` : ''}${suffix}`;

describe('GET /api/organisations/:id/members', () => {
  it('lists pending requests first, with e-mail, to its admin and platform admins', async () => {
    const { organisation, admin, member, pending } = await team();
    const platformAdmin = await createPerson(t, { platformAdmin: true });
    for (const viewer of [admin, platformAdmin]) {
      const res = await t.request({ method: 'GET', url: membersUrl(organisation.id), cookie: viewer.cookie });
      expect(res.statusCode, res.body).toBe(200);
      const list = res.json() as Array<Record<string, unknown>>;
      expect(list.map((m) => [m.personId, m.role, m.status])).toEqual([
        [pending.id, 'member', 'pending'],
        [admin.id, 'admin', 'confirmed'],
        [member.id, 'member', 'confirmed'],
      ]);
      expect(list[0]).toMatchObject({ name: pending.name, email: pending.email, confirmedAt: null });
    }
  });

  it('marks each request verified or not and of the organisation’s domain or not, trustworthy ones first', async () => {
    const { organisation, admin } = await team();
    const tag = unique('r');
    // Names in the opposite order of trust, so that sorting by name alone would fail.
    const request = async (name: string, verified: boolean, domain: string) => {
      const person = await createPerson(t, { organisation, pending: true, verified, name: `${name} ${tag}` });
      const email = `${unique('m')}@${domain}`.toLowerCase();
      await t.deps.db.update(persons).set({ email }).where(eq(persons.id, person.id));
      return { ...person, email };
    };
    const neither = await request('Anton', false, 'gmail.com');
    const unverifiedOwn = await request('Berta', false, organisation.domain);
    const verifiedForeign = await request('Cem', true, 'gmail.com');
    const trusted = await request('Dora', true, organisation.domain);
    const res = await t.request({ method: 'GET', url: membersUrl(organisation.id), cookie: admin.cookie });
    expect(res.statusCode, res.body).toBe(200);
    const pending = (res.json() as Array<Record<string, unknown>>).filter(
      (m) => m.status === 'pending' && String(m.name).endsWith(tag),
    );
    expect(pending.map((m) => [m.personId, m.emailVerified, m.domainMatches])).toEqual([
      [trusted.id, true, true],
      [unverifiedOwn.id, false, true],
      [verifiedForeign.id, true, false],
      [neither.id, false, false],
    ]);
    const confirmedAdmin = (res.json() as Array<Record<string, unknown>>).find((m) => m.personId === admin.id);
    expect(confirmedAdmin).toMatchObject({ emailVerified: true, domainMatches: true });
  });

  it('is refused to members, other admins and the signed out; unknown organisations are 404', async () => {
    const { organisation, member } = await team();
    const otherAdmin = await createPerson(t, { organisation: await createOrganisation(t), role: 'admin' });
    expect(problemOf(await t.request({ method: 'GET', url: membersUrl(organisation.id) }), 401).type).toBe(
      '/problems/unauthenticated',
    );
    for (const person of [member, otherAdmin]) {
      const res = await t.request({ method: 'GET', url: membersUrl(organisation.id), cookie: person.cookie });
      expect(problemOf(res, 403).type).toBe('/problems/forbidden');
    }
    const res = await t.request({ method: 'GET', url: membersUrl(newId()), cookie: otherAdmin.cookie });
    expect(problemOf(res, 404).type).toBe('/problems/not-found');
  });
});

describe('POST /api/organisations/:id/members/:personId/confirm', () => {
  it('confirms a pending member, tells them by event and mail, and records who did it', async () => {
    const { organisation, admin, pending } = await team();
    const res = await t.request({
      method: 'POST',
      url: membersUrl(organisation.id, pending.id, '/confirm'),
      cookie: admin.cookie,
    });
    expect(res.statusCode, res.body).toBe(204);
    expect(await storedMembership(t, pending.id)).toMatchObject({ status: 'confirmed', confirmedBy: admin.id });

    const events = await t.deps.db
      .select()
      .from(outbox)
      .where(
        and(eq(outbox.type, 'membership.confirmed'), sql`${outbox.payload}->>'organisationId' = ${organisation.id}`),
      );
    expect(events).toHaveLength(1);
    expect(events[0]?.payload).toEqual({ organisationId: organisation.id, organisationName: organisation.name });
    expect(events[0]?.audience).toEqual({ kind: 'persons', personIds: [pending.id] });

    const mails = t.mailsTo(pending.email);
    expect(mails).toHaveLength(1);
    // Undo quoted-printable's soft line breaks before looking for the link.
    expect(mails[0]?.replace(/=\r?\n/g, '')).toContain(`/organisations/${organisation.id}`);

    const [entry] = await auditEntries(t, 'organisation.member_confirmed', pending.id);
    expect(entry).toMatchObject({ actorId: admin.id, organisationId: organisation.id, ip: '127.0.0.1' });

    const again = await t.request({
      method: 'POST',
      url: membersUrl(organisation.id, pending.id, '/confirm'),
      cookie: admin.cookie,
    });
    expect(again.statusCode).toBe(204);
    expect(t.mailsTo(pending.email)).toHaveLength(1);
  });

  it('lets a platform admin confirm', async () => {
    const { organisation, pending } = await team();
    const platformAdmin = await createPerson(t, { platformAdmin: true });
    const res = await t.request({
      method: 'POST',
      url: membersUrl(organisation.id, pending.id, '/confirm'),
      cookie: platformAdmin.cookie,
    });
    expect(res.statusCode, res.body).toBe(204);
    expect((await storedMembership(t, pending.id))?.status).toBe('confirmed');
  });

  it('is refused to members, pending admins, other admins and the signed out', async () => {
    const { organisation, member, pending } = await team();
    const pendingAdmin = await createPerson(t, { organisation, role: 'admin', pending: true });
    const otherAdmin = await createPerson(t, { organisation: await createOrganisation(t), role: 'admin' });
    const url = membersUrl(organisation.id, pending.id, '/confirm');
    expect(problemOf(await t.request({ method: 'POST', url }), 401).type).toBe('/problems/unauthenticated');
    for (const person of [member, pendingAdmin, otherAdmin]) {
      expect(problemOf(await t.request({ method: 'POST', url, cookie: person.cookie }), 403).type).toBe(
        '/problems/forbidden',
      );
    }
    expect((await storedMembership(t, pending.id))?.status).toBe('pending');
  });

  it('answers unknown people, people of other organisations and bad IDs with problems', async () => {
    const { organisation, admin } = await team();
    const elsewhere = await createPerson(t, { organisation: await createOrganisation(t), pending: true });
    for (const personId of [newId(), elsewhere.id]) {
      const res = await t.request({
        method: 'POST',
        url: membersUrl(organisation.id, personId, '/confirm'),
        cookie: admin.cookie,
      });
      expect(problemOf(res, 404).type).toBe('/problems/not-found');
    }
    const bad = await t.request({
      method: 'POST',
      url: membersUrl(organisation.id, 'x', '/confirm'),
      cookie: admin.cookie,
    });
    expect(problemOf(bad, 400).type).toBe('/problems/validation');
    const unknownOrg = await t.request({
      method: 'POST',
      url: membersUrl(newId(), elsewhere.id, '/confirm'),
      cookie: admin.cookie,
    });
    expect(problemOf(unknownOrg, 404).type).toBe('/problems/not-found');
  });
});

describe('PATCH /api/organisations/:id/members/:personId', () => {
  const setRole = (organisationId: string, personId: string, payload: unknown, cookie?: string) =>
    t.request({
      method: 'PATCH',
      url: membersUrl(organisationId, personId),
      cookie,
      payload: payload as Record<string, unknown>,
    });

  it('promotes and demotes, recording each change', async () => {
    const { organisation, admin, member } = await team();
    expect((await setRole(organisation.id, member.id, { role: 'admin' }, admin.cookie)).statusCode).toBe(204);
    expect((await storedMembership(t, member.id))?.role).toBe('admin');
    // Now two admins: the first may step down.
    expect((await setRole(organisation.id, admin.id, { role: 'member' }, admin.cookie)).statusCode).toBe(204);
    expect((await storedMembership(t, admin.id))?.role).toBe('member');
    const [entry] = await auditEntries(t, 'organisation.role_changed', member.id);
    expect(entry).toMatchObject({ actorId: admin.id, ip: '127.0.0.1', details: { from: 'member', to: 'admin' } });
  });

  it('refuses to demote the last admin, and to give pending members a role', async () => {
    const { organisation, admin, pending } = await team();
    const platformAdmin = await createPerson(t, { platformAdmin: true });
    for (const actor of [admin, platformAdmin]) {
      const res = await setRole(organisation.id, admin.id, { role: 'member' }, actor.cookie);
      expect(problemOf(res, 409).type).toBe('/problems/last-admin');
    }
    expect((await storedMembership(t, admin.id))?.role).toBe('admin');
    const res = await setRole(organisation.id, pending.id, { role: 'admin' }, admin.cookie);
    expect(problemOf(res, 409).type).toBe('/problems/not-confirmed');
  });

  it('is refused to members and other admins; bad input and unknown people are problems', async () => {
    const { organisation, admin, member } = await team();
    const otherAdmin = await createPerson(t, { organisation: await createOrganisation(t), role: 'admin' });
    expect(problemOf(await setRole(organisation.id, member.id, { role: 'admin' }), 401).type).toBe(
      '/problems/unauthenticated',
    );
    for (const person of [member, otherAdmin]) {
      expect(problemOf(await setRole(organisation.id, member.id, { role: 'admin' }, person.cookie), 403).type).toBe(
        '/problems/forbidden',
      );
    }
    for (const payload of [{}, { role: 'owner' }, { role: 'admin', extra: true }, { role: 1 }]) {
      expect(problemOf(await setRole(organisation.id, member.id, payload, admin.cookie), 400).type).toBe(
        '/problems/validation',
      );
    }
    expect(problemOf(await setRole(organisation.id, newId(), { role: 'admin' }, admin.cookie), 404).type).toBe(
      '/problems/not-found',
    );
  });
});

describe('DELETE /api/organisations/:id/members/:personId', () => {
  const remove = (organisationId: string, personId: string, cookie?: string) =>
    t.request({ method: 'DELETE', url: membersUrl(organisationId, personId), cookie });

  it('lets an admin remove a member and reject a request', async () => {
    const { organisation, admin, member, pending } = await team();
    expect((await remove(organisation.id, member.id, admin.cookie)).statusCode).toBe(204);
    expect((await remove(organisation.id, pending.id, admin.cookie)).statusCode).toBe(204);
    expect(await storedMembership(t, member.id)).toBeUndefined();
    expect(await storedMembership(t, pending.id)).toBeUndefined();
    expect(await auditEntries(t, 'organisation.member_removed', member.id)).toHaveLength(1);
    expect(await auditEntries(t, 'organisation.member_rejected', pending.id)).toHaveLength(1);
  });

  it('lets a member leave, but not the last admin', async () => {
    const { organisation, admin, member } = await team();
    expect((await remove(organisation.id, member.id, member.cookie)).statusCode).toBe(204);
    expect(await auditEntries(t, 'organisation.member_left', member.id)).toHaveLength(1);
    expect(problemOf(await remove(organisation.id, admin.id, admin.cookie), 409).type).toBe('/problems/last-admin');
    const platformAdmin = await createPerson(t, { platformAdmin: true });
    expect(problemOf(await remove(organisation.id, admin.id, platformAdmin.cookie), 409).type).toBe(
      '/problems/last-admin',
    );
    expect((await storedMembership(t, admin.id))?.role).toBe('admin');
  });

  it('is refused to members removing others and to other admins', async () => {
    const { organisation, admin, member } = await team();
    const otherAdmin = await createPerson(t, { organisation: await createOrganisation(t), role: 'admin' });
    expect(problemOf(await remove(organisation.id, admin.id), 401).type).toBe('/problems/unauthenticated');
    expect(problemOf(await remove(organisation.id, admin.id, member.cookie), 403).type).toBe('/problems/forbidden');
    expect(problemOf(await remove(organisation.id, member.id, otherAdmin.cookie), 403).type).toBe(
      '/problems/forbidden',
    );
    expect(problemOf(await remove(organisation.id, newId(), admin.cookie), 404).type).toBe('/problems/not-found');
    expect(problemOf(await remove(newId(), member.id, admin.cookie), 404).type).toBe('/problems/not-found');
  });
});
