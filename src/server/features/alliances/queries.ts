import { and, asc, eq, like, or, sql } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { organisationMemberships } from '../organisations/tables.ts';
import { allianceMembers, alliances } from './tables.ts';

// An invitation mails the organisation's admins; the organisations feature has no service that lists
// them with their addresses, so that join reads its tables here, read-only.

export type AllianceRow = typeof alliances.$inferSelect;
export type AllianceMemberStatus = 'invited' | 'member';

export interface AllianceMembership {
  organisationId: string;
  status: AllianceMemberStatus;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** An alliance by its ID or its slug. */
export async function findAlliance(tx: Tx, idOrSlug: string): Promise<AllianceRow | null> {
  const where = UUID.test(idOrSlug) ? eq(alliances.id, idOrSlug.toLowerCase()) : eq(alliances.slug, idOrSlug);
  const rows = await tx.select().from(alliances).where(where).limit(1);
  return rows[0] ?? null;
}

/** The alliance row, locked against concurrent membership changes until the transaction ends. */
export async function lockAlliance(tx: Tx, id: string): Promise<AllianceRow | null> {
  const rows = await tx.select().from(alliances).where(eq(alliances.id, id)).limit(1).for('update');
  return rows[0] ?? null;
}

/** Members and invited organisations of an alliance (IDs and status only). */
export async function membershipsOf(tx: Tx, allianceId: string): Promise<AllianceMembership[]> {
  const rows = await tx
    .select({ organisationId: allianceMembers.organisationId, status: allianceMembers.status })
    .from(allianceMembers)
    .where(eq(allianceMembers.allianceId, allianceId));
  return rows as AllianceMembership[];
}

/** Members and invited organisations of an alliance, with when they were invited and joined. */
export async function memberEntriesOf(tx: Tx, allianceId: string) {
  const rows = await tx
    .select({
      organisationId: allianceMembers.organisationId,
      status: allianceMembers.status,
      invitedAt: allianceMembers.invitedAt,
      joinedAt: allianceMembers.joinedAt,
    })
    .from(allianceMembers)
    .where(eq(allianceMembers.allianceId, allianceId));
  return rows.map((row) => ({ ...row, status: row.status as AllianceMemberStatus }));
}

export interface AdminContact {
  id: string;
  name: string;
  email: string;
  locale: string;
}

/** The confirmed admins of an organisation who are not locked: the people an invitation is for. */
export async function adminsOf(tx: Tx, organisationId: string): Promise<AdminContact[]> {
  return tx
    .select({ id: persons.id, name: persons.name, email: persons.email, locale: persons.locale })
    .from(organisationMemberships)
    .innerJoin(persons, eq(persons.id, organisationMemberships.personId))
    .where(
      and(
        eq(organisationMemberships.organisationId, organisationId),
        eq(organisationMemberships.role, 'admin'),
        eq(organisationMemberships.status, 'confirmed'),
        sql`${persons.lockedAt} is null`,
      ),
    )
    .orderBy(asc(persons.id));
}

/** Slugs already taken by `base` or `base-<n>`. */
export async function slugsLike(tx: Tx, base: string): Promise<string[]> {
  const rows = await tx
    .select({ slug: alliances.slug })
    .from(alliances)
    .where(or(eq(alliances.slug, base), like(alliances.slug, `${base}-%`)));
  return rows.map((r) => r.slug);
}

/** Open invitations to an organisation, newest first. */
export async function invitationsTo(tx: Tx, organisationId: string) {
  return tx
    .select({
      alliance: { id: alliances.id, name: alliances.name, slug: alliances.slug },
      invitedAt: allianceMembers.invitedAt,
    })
    .from(allianceMembers)
    .innerJoin(alliances, eq(alliances.id, allianceMembers.allianceId))
    .where(and(eq(allianceMembers.organisationId, organisationId), eq(allianceMembers.status, 'invited')))
    .orderBy(sql`${allianceMembers.invitedAt} desc`, asc(alliances.id));
}
