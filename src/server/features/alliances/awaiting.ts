import { and, count, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { organisationMemberships } from '../organisations/tables.ts';
import { allianceMembers } from './tables.ts';

/**
 * How many alliance invitations wait for this person's answer: those to the organisation they
 * administer (policy.ts: only its admins accept or decline; platform admins do not answer for it).
 */
export async function allianceInvitationsAwaiting(tx: Tx, person: { personId: string }): Promise<number> {
  const [row] = await tx
    .select({ n: count() })
    .from(allianceMembers)
    .where(
      and(
        eq(allianceMembers.status, 'invited'),
        sql`exists (
          select 1 from ${organisationMemberships} a
          where a.organisation_id = ${allianceMembers.organisationId} and a.person_id = ${person.personId}
            and a.status = 'confirmed' and a.role = 'admin')`,
      ),
    );
  return row?.n ?? 0;
}
