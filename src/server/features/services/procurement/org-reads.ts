import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { uuidArray } from '../../../platform/db/sql-arrays.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';

// Read-only looks into the organisations' and alliances' tables that the radar and the notices need
// for many organisations at once (no other feature offers them in bulk); like the audit log's names,
// they only read.

/** The confirmed administrators of these organisations. */
export async function adminsOfOrganisations(tx: Tx, organisationIds: readonly string[]): Promise<string[]> {
  if (organisationIds.length === 0) return [];
  const rows = await tx.execute<{ person_id: string }>(sql`
    select person_id from organisation_memberships
    where organisation_id = any(${uuidArray(organisationIds)}) and status = 'confirmed' and role = 'admin'`);
  return rowsOf<{ person_id: string }>(rows).map((r) => r.person_id);
}

/** The other full member organisations of an alliance. */
export async function allianceMemberOrganisations(tx: Tx, allianceId: string): Promise<string[]> {
  const rows = await tx.execute<{ organisation_id: string }>(sql`
    select organisation_id from alliance_members where alliance_id = ${allianceId} and status = 'member'`);
  return rowsOf<{ organisation_id: string }>(rows).map((r) => r.organisation_id);
}

export interface Neighbourhood {
  landCode: string | null;
  allianceIds: string[];
}

/** An organisation's Land and full alliance memberships: what the radar compares. */
export async function neighbourhoodOf(tx: Tx, organisationId: string): Promise<Neighbourhood> {
  const rows = rowsOf<{ land_code: string | null; alliance_ids: string[] | string | null }>(
    await tx.execute(sql`
      select o.land_code,
        (select coalesce(array_agg(m.alliance_id::text), '{}') from alliance_members m
          where m.organisation_id = o.id and m.status = 'member') as alliance_ids
      from organisations o where o.id = ${organisationId}`),
  );
  const row = rows[0];
  const ids = row?.alliance_ids ?? [];
  return {
    landCode: row?.land_code ?? null,
    allianceIds: typeof ids === 'string' ? ids.replace(/[{}]/g, '').split(',').filter(Boolean) : ids,
  };
}
