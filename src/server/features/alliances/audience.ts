import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { organisationMemberships } from '../organisations/tables.ts';
import { allianceMembers } from './tables.ts';

/** True when the person is a confirmed member of an organisation that is a full member of the alliance. */
export async function isPersonInAlliance(tx: Tx, personId: string, allianceId: string): Promise<boolean> {
  const rows = await tx
    .select({ one: sql<number>`1` })
    .from(organisationMemberships)
    .innerJoin(
      allianceMembers,
      and(
        eq(allianceMembers.organisationId, organisationMemberships.organisationId),
        eq(allianceMembers.allianceId, allianceId),
        eq(allianceMembers.status, 'member'),
      ),
    )
    .where(and(eq(organisationMemberships.personId, personId), eq(organisationMemberships.status, 'confirmed')))
    .limit(1);
  return rows.length > 0;
}
