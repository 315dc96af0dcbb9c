import { and, desc, eq, sql } from 'drizzle-orm';
import { expect } from 'vitest';
import { auditLog } from '../../platform/audit/tables.ts';
import { outbox } from '../../platform/events/tables.ts';
import {
  createOrganisation,
  createPerson,
  type TestOrganisation,
  type TestPerson,
  unique,
} from '../../test/factories.ts';
import type { TestApp } from '../../test/test-app.ts';

// Helpers for the alliance tests: each test builds its own organisations, admins and alliances.

export interface OrganisationWithAdmin {
  organisation: TestOrganisation;
  admin: TestPerson;
}

/** A fresh organisation with a confirmed admin. */
export async function organisationWithAdmin(t: TestApp, input: { type?: string } = {}): Promise<OrganisationWithAdmin> {
  const organisation = await createOrganisation(t, input);
  const admin = await createPerson(t, { organisation, role: 'admin' });
  return { organisation, admin };
}

export interface CreatedAlliance {
  id: string;
  name: string;
  slug: string;
}

/** Creates an alliance through the API as the given admin. */
export async function createAllianceAs(t: TestApp, admin: TestPerson, name = `Verbund ${unique('a')}`) {
  const res = await t.request({ method: 'POST', url: '/api/alliances', cookie: admin.cookie, payload: { name } });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as CreatedAlliance;
}

export async function invite(t: TestApp, admin: TestPerson, allianceId: string, organisationId: string) {
  return t.request({
    method: 'POST',
    url: `/api/alliances/${allianceId}/invitations`,
    cookie: admin.cookie,
    payload: { organisationId },
  });
}

export async function answer(
  t: TestApp,
  person: TestPerson | null,
  allianceId: string,
  organisationId: string,
  verb: 'accept' | 'decline',
) {
  return t.request({
    method: 'POST',
    url: `/api/alliances/${allianceId}/invitations/${organisationId}/${verb}`,
    cookie: person?.cookie,
  });
}

/** An alliance founded by `founder` with `joined` as a second, full member. */
export async function allianceWithTwoMembers(t: TestApp) {
  const founder = await organisationWithAdmin(t);
  const joined = await organisationWithAdmin(t);
  const alliance = await createAllianceAs(t, founder.admin);
  expect((await invite(t, founder.admin, alliance.id, joined.organisation.id)).statusCode).toBe(201);
  expect((await answer(t, joined.admin, alliance.id, joined.organisation.id, 'accept')).statusCode).toBe(204);
  return { alliance, founder, joined };
}

export async function detail(t: TestApp, allianceId: string, person?: TestPerson | null) {
  const res = await t.request({ method: 'GET', url: `/api/alliances/${allianceId}`, cookie: person?.cookie });
  expect(res.statusCode, res.body).toBe(200);
  return res.json() as {
    members: { organisation: { id: string; latitude: number | null; longitude: number | null } }[];
    invitations: { organisation: { id: string } }[];
    viewer: Record<string, unknown>;
  } & Record<string, unknown>;
}

export const memberIds = (d: { members: { organisation: { id: string } }[] }) =>
  d.members.map((m) => m.organisation.id);
export const invitedIds = (d: { invitations: { organisation: { id: string } }[] }) =>
  d.invitations.map((m) => m.organisation.id);

/** The newest audit entries of an action about an alliance. */
export async function auditEntries(t: TestApp, action: string, allianceId: string) {
  return t.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.subjectId, allianceId)))
    .orderBy(desc(auditLog.at));
}

/** Outbox events of a type that mention the alliance. */
export async function eventsAbout(t: TestApp, type: string, allianceId: string) {
  return t.deps.db
    .select()
    .from(outbox)
    .where(and(eq(outbox.type, type), sql`${outbox.payload}->>'allianceId' = ${allianceId}`));
}

/** The body of a mail file as a person reads it (mails are quoted-printable). */
export function mailBody(raw: string): string {
  const body = raw.slice(raw.indexOf('\n\n') + 2).replace(/=\r?\n/g, '');
  const bytes: number[] = [];
  for (let i = 0; i < body.length; i += 1) {
    const hex = body.slice(i + 1, i + 3);
    if (body[i] === '=' && /^[0-9A-F]{2}$/.test(hex)) {
      bytes.push(Number.parseInt(hex, 16));
      i += 2;
    } else {
      bytes.push(...Buffer.from(body[i] as string));
    }
  }
  return Buffer.from(bytes).toString('utf8');
}
