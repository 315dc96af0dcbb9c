import { and, eq, inArray } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
// Read-only: demo organisations are real municipalities, found in the directory by their AGS.
import { organisationMemberships, organisations } from '../organisations/tables.ts';

/** Organisation id and name by AGS, for the AGS values given that exist. */
export async function organisationsByAgs(tx: Tx, ags: string[]): Promise<Map<string, { id: string; name: string }>> {
  const rows = await tx
    .select({ id: organisations.id, name: organisations.name, ags: organisations.ags })
    .from(organisations)
    .where(inArray(organisations.ags, ags));
  return new Map(rows.map((r) => [r.ags as string, { id: r.id, name: r.name }]));
}

/** The demo people that exist, with the organisation they belong to. */
export async function demoPeople(tx: Tx, emails: string[]) {
  return tx
    .select({
      email: persons.email,
      name: persons.name,
      isPlatformAdmin: persons.isPlatformAdmin,
      organisationName: organisations.name,
      role: organisationMemberships.role,
    })
    .from(persons)
    .leftJoin(
      organisationMemberships,
      and(eq(organisationMemberships.personId, persons.id), eq(organisationMemberships.status, 'confirmed')),
    )
    .leftJoin(organisations, eq(organisations.id, organisationMemberships.organisationId))
    .where(inArray(persons.email, emails));
}
