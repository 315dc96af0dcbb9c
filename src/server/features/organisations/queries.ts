import { and, asc, count, eq, inArray, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { organisationDomains, organisationMemberships, organisations } from './tables.ts';

const kreis = alias(organisations, 'kreis');
const land = alias(organisations, 'land');

// What every view of an organisation shows (the Land's name comes from the shared list of Länder).
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

export interface OrganisationRecord {
  id: string;
  name: string;
  type: string;
  ags: string | null;
  ars: string | null;
  landCode: string | null;
  latitude: number | null;
  longitude: number | null;
  website: string | null;
  description: string | null;
  logoKey: string | null;
  source: string;
  updatedAt: Date;
  kreis: { id: string; name: string } | null;
  land: { id: string; name: string } | null;
}

/** One organisation with the names of its Kreis and Land; null when there is none with the ID. */
export async function findOrganisation(tx: Tx, id: string): Promise<OrganisationRecord | null> {
  const rows = await tx
    .select({
      ...summaryColumns,
      website: organisations.website,
      description: organisations.description,
      logoKey: organisations.logoKey,
      source: organisations.source,
      updatedAt: organisations.updatedAt,
      kreisId: kreis.id,
      landId: land.id,
      landName: land.name,
    })
    .from(organisations)
    .leftJoin(kreis, eq(kreis.id, organisations.kreisId))
    .leftJoin(land, eq(land.id, organisations.landId))
    .where(eq(organisations.id, id))
    .limit(1);
  const row = rows[0];
  if (!row) return null;
  const { kreisId, kreisName, landId, landName, ...rest } = row;
  return {
    ...rest,
    kreis: kreisId && kreisName ? { id: kreisId, name: kreisName } : null,
    land: landId && landName ? { id: landId, name: landName } : null,
  };
}

/** Organisations by ID with the name of their Kreis, by name; IDs without an organisation are left out. */
export async function summaryRows(tx: Tx, ids: string[]) {
  if (ids.length === 0) return [];
  return tx
    .select(summaryColumns)
    .from(organisations)
    .leftJoin(kreis, eq(kreis.id, organisations.kreisId))
    .where(inArray(organisations.id, ids))
    .orderBy(asc(organisations.name), asc(organisations.id));
}

/** Locks the organisation's row for the rest of the transaction, so membership changes run one at a time. */
export async function lockOrganisation(tx: Tx, id: string): Promise<boolean> {
  const rows = await tx
    .select({ id: organisations.id })
    .from(organisations)
    .where(eq(organisations.id, id))
    .for('update');
  return rows.length > 0;
}

/** The organisation with this AGS (a Land by its two-digit code), or null. */
export async function findByAgs(tx: Tx, ags: string): Promise<{ id: string; name: string } | null> {
  const rows = await tx
    .select({ id: organisations.id, name: organisations.name })
    .from(organisations)
    .where(eq(organisations.ags, ags))
    .limit(1);
  return rows[0] ?? null;
}

/** What creating an organisation under a Kreis needs to know about it. */
export async function findKind(
  tx: Tx,
  id: string,
): Promise<{ id: string; type: string; landCode: string | null; landId: string | null } | null> {
  const rows = await tx
    .select({
      id: organisations.id,
      type: organisations.type,
      landCode: organisations.landCode,
      landId: organisations.landId,
    })
    .from(organisations)
    .where(eq(organisations.id, id))
    .limit(1);
  return rows[0] ?? null;
}

export async function insertOrganisation(tx: Tx, values: typeof organisations.$inferInsert): Promise<void> {
  await tx.insert(organisations).values(values);
}

export async function updateOrganisation(
  tx: Tx,
  id: string,
  values: Partial<
    Pick<typeof organisations.$inferInsert, 'name' | 'searchName' | 'website' | 'description' | 'logoKey'>
  >,
): Promise<void> {
  await tx
    .update(organisations)
    .set({ ...values, updatedAt: sql`now()` })
    .where(eq(organisations.id, id));
}

/** Confirmed members by name, for the profile page. */
export async function confirmedPeople(tx: Tx, organisationId: string) {
  return tx
    .select({ id: persons.id, name: persons.name, role: organisationMemberships.role })
    .from(organisationMemberships)
    .innerJoin(persons, eq(persons.id, organisationMemberships.personId))
    .where(
      and(eq(organisationMemberships.organisationId, organisationId), eq(organisationMemberships.status, 'confirmed')),
    )
    .orderBy(asc(persons.name), asc(persons.id));
}

/** True when the person's e-mail domain is one the membership's organisation has registered. */
const emailDomainIsOrganisations = sql<boolean>`exists (
  select 1 from ${organisationDomains}
  where ${organisationDomains.organisationId} = ${organisationMemberships.organisationId}
    and ${organisationDomains.domain} = substring(${persons.email} from '@([^@]+)$'))`;

/**
 * Everyone who named the organisation as home, pending requests first; among those the trustworthy
 * ones first (verified address of one of the organisation's domains, then one of the two, then neither).
 */
export async function membersOf(tx: Tx, organisationId: string) {
  return tx
    .select({
      personId: persons.id,
      name: persons.name,
      email: persons.email,
      role: organisationMemberships.role,
      status: organisationMemberships.status,
      createdAt: organisationMemberships.createdAt,
      confirmedAt: organisationMemberships.confirmedAt,
      emailVerified: sql<boolean>`${persons.emailVerifiedAt} is not null`,
      domainMatches: emailDomainIsOrganisations,
    })
    .from(organisationMemberships)
    .innerJoin(persons, eq(persons.id, organisationMemberships.personId))
    .where(eq(organisationMemberships.organisationId, organisationId))
    .orderBy(
      sql`${organisationMemberships.status} = 'confirmed'`,
      sql`(${persons.emailVerifiedAt} is null)::int + (not ${emailDomainIsOrganisations})::int`,
      asc(persons.name),
      asc(persons.id),
    );
}

/** A person's membership in this organisation, with what a mail to them needs. */
export async function memberOf(tx: Tx, organisationId: string, personId: string) {
  const rows = await tx
    .select({
      personId: persons.id,
      name: persons.name,
      email: persons.email,
      locale: persons.locale,
      role: organisationMemberships.role,
      status: organisationMemberships.status,
    })
    .from(organisationMemberships)
    .innerJoin(persons, eq(persons.id, organisationMemberships.personId))
    .where(
      and(eq(organisationMemberships.organisationId, organisationId), eq(organisationMemberships.personId, personId)),
    )
    .limit(1);
  return rows[0] ?? null;
}

export async function countConfirmedAdmins(tx: Tx, organisationId: string): Promise<number> {
  const rows = await tx
    .select({ n: count() })
    .from(organisationMemberships)
    .where(
      and(
        eq(organisationMemberships.organisationId, organisationId),
        eq(organisationMemberships.status, 'confirmed'),
        eq(organisationMemberships.role, 'admin'),
      ),
    );
  return Number(rows[0]?.n ?? 0);
}

export async function setMembership(
  tx: Tx,
  organisationId: string,
  personId: string,
  values: Partial<typeof organisationMemberships.$inferInsert>,
): Promise<void> {
  await tx
    .update(organisationMemberships)
    .set(values)
    .where(
      and(eq(organisationMemberships.organisationId, organisationId), eq(organisationMemberships.personId, personId)),
    );
}

export async function deleteMembership(tx: Tx, organisationId: string, personId: string): Promise<void> {
  await tx
    .delete(organisationMemberships)
    .where(
      and(eq(organisationMemberships.organisationId, organisationId), eq(organisationMemberships.personId, personId)),
    );
}

export async function domainsOf(tx: Tx, organisationId: string) {
  return tx
    .select({ domain: organisationDomains.domain, createdAt: organisationDomains.createdAt })
    .from(organisationDomains)
    .where(eq(organisationDomains.organisationId, organisationId))
    .orderBy(asc(organisationDomains.domain));
}

export async function domainOwner(tx: Tx, domain: string): Promise<string | null> {
  const rows = await tx
    .select({ organisationId: organisationDomains.organisationId })
    .from(organisationDomains)
    .where(eq(organisationDomains.domain, domain))
    .limit(1);
  return rows[0]?.organisationId ?? null;
}

/** Inserts the domain unless any organisation has it; true when inserted. */
export async function insertDomain(tx: Tx, organisationId: string, domain: string) {
  const rows = await tx
    .insert(organisationDomains)
    .values({ domain, organisationId })
    .onConflictDoNothing()
    .returning({ domain: organisationDomains.domain, createdAt: organisationDomains.createdAt });
  return rows[0] ?? null;
}

export async function deleteDomain(tx: Tx, organisationId: string, domain: string): Promise<boolean> {
  const rows = await tx
    .delete(organisationDomains)
    .where(and(eq(organisationDomains.organisationId, organisationId), eq(organisationDomains.domain, domain)))
    .returning({ domain: organisationDomains.domain });
  return rows.length > 0;
}
