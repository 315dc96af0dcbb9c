import { and, asc, eq, like, or, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { landName } from '../../../shared/laender.ts';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { organisationMemberships, organisations } from '../organisations/tables.ts';
import { allianceMembers, alliances } from './tables.ts';

// Member lists need the organisations' names, places and admins in the same query as the alliance
// rows (for the map and to keep the list one round trip); the organisations feature has no service
// for a batch of summaries, so the joins read its tables here, read-only.

export type AllianceRow = typeof alliances.$inferSelect;
export type AllianceMemberStatus = 'invited' | 'member';

export interface AllianceMembership {
  organisationId: string;
  status: AllianceMemberStatus;
}

export interface OrganisationSummary {
  id: string;
  name: string;
  type: string;
  ags: string | null;
  ars: string | null;
  landCode: string | null;
  landName: string | null;
  kreisName: string | null;
  latitude: number | null;
  longitude: number | null;
}

export interface MemberRow {
  organisation: OrganisationSummary;
  status: AllianceMemberStatus;
  invitedAt: Date;
  joinedAt: Date | null;
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

const kreis = alias(organisations, 'kreis');

const summaryColumns = {
  id: organisations.id,
  name: organisations.name,
  type: organisations.type,
  ags: organisations.ags,
  ars: organisations.ars,
  landCode: organisations.landCode,
  kreisName: kreis.name,
  latitude: organisations.latitude,
  longitude: organisations.longitude,
};

function withLandName(row: Omit<OrganisationSummary, 'landName'>): OrganisationSummary {
  return { ...row, landName: landName(row.landCode) };
}

/** Members and invitations of an alliance with what the member list and the map show, by name. */
export async function memberDetailsOf(tx: Tx, allianceId: string): Promise<MemberRow[]> {
  const rows = await tx
    .select({
      organisation: summaryColumns,
      status: allianceMembers.status,
      invitedAt: allianceMembers.invitedAt,
      joinedAt: allianceMembers.joinedAt,
    })
    .from(allianceMembers)
    .innerJoin(organisations, eq(organisations.id, allianceMembers.organisationId))
    .leftJoin(kreis, eq(kreis.id, organisations.kreisId))
    .where(eq(allianceMembers.allianceId, allianceId))
    .orderBy(asc(organisations.name), asc(organisations.id));
  return rows.map((row) => ({
    ...row,
    status: row.status as AllianceMemberStatus,
    organisation: withLandName(row.organisation),
  }));
}

/** One organisation as member lists show it; null when there is no such organisation. */
export async function organisationSummary(tx: Tx, organisationId: string): Promise<OrganisationSummary | null> {
  const rows = await tx
    .select(summaryColumns)
    .from(organisations)
    .leftJoin(kreis, eq(kreis.id, organisations.kreisId))
    .where(eq(organisations.id, organisationId))
    .limit(1);
  return rows[0] ? withLandName(rows[0]) : null;
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
