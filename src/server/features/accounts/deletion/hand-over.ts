import { sql } from 'drizzle-orm';
import { HAND_OVER_FIRST, type HandOver } from '../../../../shared/contracts/account-deletion.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { rowsOf } from '../../../platform/db/sql-rows.ts';
import { Problem } from '../../../platform/errors/problem.ts';

const names = async (tx: Tx, query: ReturnType<typeof sql>) =>
  rowsOf<{ name: string }>(await tx.execute(query)).map((row) => row.name);

/**
 * The roles only this person holds, which would be left without anyone if the account went: the last
 * confirmed admin of an organisation, the last owner of a workspace, the last moderator of a community,
 * the last platform admin. Read in the deletion's transaction after the person's row is locked.
 */
export async function handOverOf(tx: Tx, personId: string): Promise<HandOver> {
  const organisations = await names(
    tx,
    sql`select o.name from organisation_memberships m join organisations o on o.id = m.organisation_id
        where m.person_id = ${personId} and m.role = 'admin' and m.status = 'confirmed'
          and not exists (select 1 from organisation_memberships other
                          where other.organisation_id = m.organisation_id and other.person_id <> m.person_id
                            and other.role = 'admin' and other.status = 'confirmed')
        order by o.name`,
  );
  const workspaces = await names(
    tx,
    sql`select w.name from workspace_members m join workspaces w on w.id = m.workspace_id
        where m.person_id = ${personId} and m.role = 'owner'
          and not exists (select 1 from workspace_members other
                          where other.workspace_id = m.workspace_id and other.person_id <> m.person_id
                            and other.role = 'owner')
        order by w.name`,
  );
  const communities = await names(
    tx,
    sql`select c.name from community_members m join communities c on c.id = m.community_id
        where m.person_id = ${personId} and m.role = 'moderator' and m.status = 'member'
          and not exists (select 1 from community_members other
                          where other.community_id = m.community_id and other.person_id <> m.person_id
                            and other.role = 'moderator' and other.status = 'member')
        order by c.name`,
  );
  const [admin] = rowsOf<{ last: boolean }>(
    await tx.execute(
      sql`select p.is_platform_admin and not exists (
            select 1 from persons other where other.id <> p.id and other.is_platform_admin and other.deleted_at is null
          ) as last
          from persons p where p.id = ${personId}`,
    ),
  );
  return { organisations, workspaces, communities, platformAdmin: admin?.last === true };
}

export const nothingToHandOver = (h: HandOver) =>
  h.organisations.length === 0 && h.workspaces.length === 0 && h.communities.length === 0 && !h.platformAdmin;

/** 409 naming what to hand over first, one name per line in each member (the web lists them). */
export function handOverFirst(h: HandOver): Problem {
  const parts = [
    ...h.organisations.map((n) => `organisation "${n}"`),
    ...h.workspaces.map((n) => `workspace "${n}"`),
    ...h.communities.map((n) => `community "${n}"`),
    ...(h.platformAdmin ? ['the platform administration'] : []),
  ];
  return new Problem(
    409,
    HAND_OVER_FIRST,
    'Hand over your roles before deleting the account',
    `Nobody else holds these roles; make someone else admin, owner or moderator first: ${parts.join(', ')}.`,
    undefined,
    {
      organisations: h.organisations.join('\n'),
      workspaces: h.workspaces.join('\n'),
      communities: h.communities.join('\n'),
      platformAdmin: h.platformAdmin,
    },
  );
}
