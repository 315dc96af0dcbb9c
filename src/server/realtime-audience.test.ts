import { describe, expect, it } from 'vitest';
import { allianceWithTwoMembers, invite, organisationWithAdmin } from './features/alliances/alliance-fixtures.ts';
import type { Principal } from './platform/auth/session-store.ts';
import { newId } from './platform/db/ids.ts';
import type { Audience, DomainEvent } from './platform/events/event.ts';
import { canReceive } from './realtime-audience.ts';
import { createOrganisation, createPerson, type TestPerson } from './test/factories.ts';
import { buildTestApp } from './test/test-app.ts';

const t = await buildTestApp();
const check = canReceive(t.deps);

const principal = (person: TestPerson, isPlatformAdmin = false): Principal => ({
  sessionId: newId(),
  personId: person.id,
  name: person.name,
  email: person.email,
  isPlatformAdmin,
  locale: 'de',
});
const event = (audience: Audience): DomainEvent => ({
  id: newId(),
  position: 1,
  type: 'test.audience',
  payload: {},
  audience,
  createdAt: new Date().toISOString(),
});

describe('who receives an event', () => {
  it('organisation: its confirmed members, not pending ones or others', async () => {
    const organisation = await createOrganisation(t);
    const e = event({ kind: 'organisation', organisationId: organisation.id });
    expect(await check(principal(await createPerson(t, { organisation })), e)).toBe(true);
    expect(await check(principal(await createPerson(t, { organisation, role: 'admin' })), e)).toBe(true);
    expect(await check(principal(await createPerson(t, { organisation, pending: true })), e)).toBe(false);
    expect(await check(principal(await createPerson(t, { organisation: await createOrganisation(t) })), e)).toBe(false);
    expect(await check(principal(await createPerson(t), true), e)).toBe(false);
  });

  it('alliance: confirmed members of member organisations, not invited ones, not after leaving', async () => {
    const { alliance, founder, joined } = await allianceWithTwoMembers(t);
    const invited = await organisationWithAdmin(t);
    await invite(t, founder.admin, alliance.id, invited.organisation.id);
    const e = event({ kind: 'alliance', allianceId: alliance.id });
    const colleague = await createPerson(t, { organisation: joined.organisation });
    expect(await check(principal(colleague), e)).toBe(true);
    expect(await check(principal(founder.admin), e)).toBe(true);
    expect(await check(principal(await createPerson(t, { organisation: joined.organisation, pending: true })), e)).toBe(
      false,
    );
    expect(await check(principal(invited.admin), e)).toBe(false);
    expect(await check(principal(await createPerson(t), true), e)).toBe(false);

    const left = await t.request({
      method: 'DELETE',
      url: `/api/alliances/${alliance.id}/members/${joined.organisation.id}`,
      cookie: joined.admin.cookie,
    });
    expect(left.statusCode).toBe(204);
    expect(await check(principal(colleague), e)).toBe(false);
  });

  it('persons and platform admins: as addressed', async () => {
    const person = await createPerson(t);
    const other = await createPerson(t);
    expect(await check(principal(person), event({ kind: 'persons', personIds: [person.id] }))).toBe(true);
    expect(await check(principal(other), event({ kind: 'persons', personIds: [person.id] }))).toBe(false);
    expect(await check(principal(person, true), event({ kind: 'platform-admins' }))).toBe(true);
    expect(await check(principal(person), event({ kind: 'platform-admins' }))).toBe(false);
  });
});
