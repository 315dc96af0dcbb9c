import { and, asc, count, eq, isNull, min } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { workspaceJoinRequests, workspaceMembers, workspaces } from './tables.ts';

/** At most this many workspaces are listed; the oldest requests first. */
const LISTED_MAX = 20;

/**
 * The open join requests this person must answer, per workspace: those of the workspaces they own
 * (policy.ts: owners answer join requests), archived workspaces left out.
 */
export async function joinRequestsAwaiting(
  tx: Tx,
  person: { personId: string },
): Promise<Array<{ workspace: { id: string; name: string }; count: number }>> {
  const rows = await tx
    .select({ id: workspaces.id, name: workspaces.name, n: count() })
    .from(workspaceJoinRequests)
    .innerJoin(workspaces, eq(workspaces.id, workspaceJoinRequests.workspaceId))
    .innerJoin(
      workspaceMembers,
      and(
        eq(workspaceMembers.workspaceId, workspaces.id),
        eq(workspaceMembers.personId, person.personId),
        eq(workspaceMembers.role, 'owner'),
      ),
    )
    .where(and(eq(workspaceJoinRequests.status, 'open'), isNull(workspaces.archivedAt)))
    .groupBy(workspaces.id, workspaces.name)
    .orderBy(asc(min(workspaceJoinRequests.createdAt)), asc(workspaces.id))
    .limit(LISTED_MAX);
  return rows.map((r) => ({ workspace: { id: r.id, name: r.name }, count: r.n }));
}
