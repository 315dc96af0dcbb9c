import { type SQL, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';

// Who sees a person's profile beyond name and organisation, by the person's choice: `organisation`
// (confirmed colleagues of the same home organisation), `alliances` (also the confirmed people of every
// organisation that shares an alliance with the person's organisation; the default, also without a
// profile row) or `platform` (everyone signed in). The person always sees their own.

/** The viewer's confirmed home organisation and the organisations sharing an alliance with it, as SQL sets. */
export function viewerOrganisationSql(viewerId: string): SQL {
  return sql`(select organisation_id from organisation_memberships where person_id = ${viewerId} and status = 'confirmed')`;
}

export function viewerAlliesSql(viewerId: string): SQL {
  return sql`(select other.organisation_id from alliance_members mine
    join alliance_members other on other.alliance_id = mine.alliance_id and other.status = 'member'
    where mine.status = 'member' and mine.organisation_id in ${viewerOrganisationSql(viewerId)})`;
}

/**
 * The condition that the viewer sees the person's profile. `person` is the person's ID column,
 * `visibility` the profile's visibility (null without a profile row), `organisation` the person's
 * confirmed home organisation (null without one).
 */
export function profileVisibleSql(viewerId: string, person: SQL, visibility: SQL, organisation: SQL): SQL {
  return sql`(${person} = ${viewerId}
    or ${visibility} = 'platform'
    or (${organisation} in ${viewerOrganisationSql(viewerId)})
    or (coalesce(${visibility}, 'alliances') = 'alliances' and ${organisation} in ${viewerAlliesSql(viewerId)}))`;
}

/** Whether the viewer sees the (existing, unlocked) person's profile details. */
export async function seesProfile(tx: Tx, viewerId: string, personId: string): Promise<boolean> {
  if (viewerId === personId) return true;
  const result = await tx.execute(sql`select 1 as ok
    from persons p
    left join network_profiles np on np.person_id = p.id
    left join organisation_memberships m on m.person_id = p.id and m.status = 'confirmed'
    where p.id = ${personId} and ${profileVisibleSql(viewerId, sql`p.id`, sql`np.visibility`, sql`m.organisation_id`)}`);
  return rowsOf(result).length > 0;
}
