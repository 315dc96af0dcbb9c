import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { organisationMemberships } from '../../organisations/tables.ts';
import { organisationTwoFactorRequirements } from './tables.ts';

export type OrganisationTwoFactorScope = 'none' | 'admins' | 'members';

/** Whom an organisation requires a second factor of; `none` when it has not set a requirement. */
export async function organisationRequirementOf(tx: Tx, organisationId: string): Promise<OrganisationTwoFactorScope> {
  const rows = await tx
    .select({ scope: organisationTwoFactorRequirements.scope })
    .from(organisationTwoFactorRequirements)
    .where(eq(organisationTwoFactorRequirements.organisationId, organisationId));
  const scope = rows[0]?.scope;
  return scope === 'admins' || scope === 'members' ? scope : 'none';
}

/**
 * The requirement of a person's home organisation with their role there, in one statement (it runs on
 * the guard's every miss): none without a confirmed membership or without a requirement.
 */
export async function requirementOfHomeOrganisation(
  tx: Tx,
  personId: string,
): Promise<{ scope: OrganisationTwoFactorScope; role: string } | null> {
  const rows = await tx
    .select({ scope: organisationTwoFactorRequirements.scope, role: organisationMemberships.role })
    .from(organisationMemberships)
    .innerJoin(
      organisationTwoFactorRequirements,
      eq(organisationTwoFactorRequirements.organisationId, organisationMemberships.organisationId),
    )
    .where(and(eq(organisationMemberships.personId, personId), eq(organisationMemberships.status, 'confirmed')))
    .limit(1);
  const row = rows[0];
  return row && (row.scope === 'admins' || row.scope === 'members') ? { scope: row.scope, role: row.role } : null;
}

/** Stores (or, for `none`, removes) an organisation's requirement; answers the one it replaced, read under a lock. */
export async function replaceOrganisationRequirement(
  tx: Tx,
  organisationId: string,
  scope: OrganisationTwoFactorScope,
  setBy: string,
): Promise<OrganisationTwoFactorScope> {
  const locked = await tx
    .select({ scope: organisationTwoFactorRequirements.scope })
    .from(organisationTwoFactorRequirements)
    .where(eq(organisationTwoFactorRequirements.organisationId, organisationId))
    .for('update');
  const before = locked[0]?.scope === 'admins' || locked[0]?.scope === 'members' ? locked[0].scope : 'none';
  if (scope === 'none') {
    await tx
      .delete(organisationTwoFactorRequirements)
      .where(eq(organisationTwoFactorRequirements.organisationId, organisationId));
  } else {
    await tx
      .insert(organisationTwoFactorRequirements)
      .values({ organisationId, scope, setBy })
      .onConflictDoUpdate({
        target: organisationTwoFactorRequirements.organisationId,
        set: { scope, setBy, updatedAt: sql`now()` },
      });
  }
  return before as OrganisationTwoFactorScope;
}
