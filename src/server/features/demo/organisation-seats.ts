import type { OrganisationRole } from '../../../shared/contracts/accounts.ts';
import type { Tx } from '../../platform/db/client.ts';
// The organisations feature offers no service for seeding roles and domains directly (its routes need an
// acting admin); the demo writes these two rows itself, idempotently.
import { organisationDomains, organisationMemberships } from '../organisations/tables.ts';

export async function registerDemoDomain(tx: Tx, organisationId: string, domain: string): Promise<void> {
  await tx.insert(organisationDomains).values({ domain, organisationId }).onConflictDoNothing();
}

/** Makes the person a confirmed member (admin, editor or member) of the organisation, unless they already belong somewhere. */
export async function seatDemoMember(
  tx: Tx,
  input: { personId: string; organisationId: string; role: OrganisationRole },
): Promise<void> {
  await tx
    .insert(organisationMemberships)
    .values({ ...input, status: 'confirmed', confirmedAt: new Date() })
    .onConflictDoNothing();
}
