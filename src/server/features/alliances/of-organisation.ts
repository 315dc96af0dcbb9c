import { and, asc, eq } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { allianceMembers, alliances } from './tables.ts';

export interface AllianceRef {
  id: string;
  name: string;
  slug: string;
}

/** The alliances an organisation is a full member of (invitations not counted), by name. */
export async function alliancesOfOrganisation(tx: Tx, organisationId: string): Promise<AllianceRef[]> {
  return tx
    .select({ id: alliances.id, name: alliances.name, slug: alliances.slug })
    .from(allianceMembers)
    .innerJoin(alliances, eq(alliances.id, allianceMembers.allianceId))
    .where(and(eq(allianceMembers.organisationId, organisationId), eq(allianceMembers.status, 'member')))
    .orderBy(asc(alliances.name));
}
