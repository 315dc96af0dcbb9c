import { and, type Column, eq, type SQL, sql } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';
import { notFound } from '../../platform/errors/problem.ts';
import { type CommunityRole, type CommunityStanding, canReadCommunityContent, type JoinPolicy } from './policy.ts';
import { communities, communityMembers } from './tables.ts';

/**
 * A person's standing in a community (or, for `communityId` null, in the platform-wide area), or null
 * when the community does not exist.
 */
export async function communityStanding(
  tx: Tx,
  communityId: string | null,
  personId: string,
): Promise<CommunityStanding | null> {
  const [person] = await tx
    .select({ isPlatformAdmin: persons.isPlatformAdmin })
    .from(persons)
    .where(eq(persons.id, personId));
  const isPlatformAdmin = person?.isPlatformAdmin ?? false;
  if (communityId === null) return { community: null, member: null, isPlatformAdmin };
  const [row] = await tx
    .select({
      id: communities.id,
      joinPolicy: communities.joinPolicy,
      approveFirstPosts: communities.approveFirstPosts,
      archivedAt: communities.archivedAt,
      role: communityMembers.role,
      status: communityMembers.status,
      trusted: communityMembers.trusted,
    })
    .from(communities)
    .leftJoin(
      communityMembers,
      and(eq(communityMembers.communityId, communities.id), eq(communityMembers.personId, personId)),
    )
    .where(eq(communities.id, communityId));
  if (!row) return null;
  return {
    community: {
      id: row.id,
      joinPolicy: row.joinPolicy as JoinPolicy,
      approveFirstPosts: row.approveFirstPosts,
      archived: row.archivedAt !== null,
    },
    member:
      row.role && row.status
        ? {
            role: row.role as CommunityRole,
            status: row.status as 'member' | 'requested',
            trusted: row.trusted ?? false,
          }
        : null,
    isPlatformAdmin,
  };
}

/**
 * The standing of a person who may read the community's questions and wiki; 404 (named `what`) for a
 * community that does not exist or whose content the person may not read.
 */
export async function requireReadableCommunity(
  tx: Tx,
  communityId: string | null,
  personId: string,
  what = 'Community',
): Promise<CommunityStanding> {
  const standing = await communityStanding(tx, communityId, personId);
  if (!standing || !canReadCommunityContent(standing)) throw notFound(what);
  return standing;
}

/**
 * SQL that holds where `communityColumn` names a community whose questions and wiki the person may
 * read, or is null (the platform-wide area): the filter every list and search of the network uses.
 */
export function readableCommunitySql(communityColumn: Column | SQL, personId: string | SQL): SQL {
  return sql`(${communityColumn} is null or ${communityColumn} in (select ${communities.id} from ${communities} where ${communities.joinPolicy} = 'open') or ${communityColumn} in (select ${communityMembers.communityId} from ${communityMembers} where ${communityMembers.personId} = ${personId} and ${communityMembers.status} = 'member'))`;
}
