import { and, asc, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { preparedPerDatabase } from '../../platform/db/prepared.ts';
import { workspaceMembers } from './tables.ts';

// What other features (chat, realtime audiences) ask about workspace membership. They call these
// rather than read the workspaces' tables.

export type WorkspaceRole = 'owner' | 'member' | 'guest';

// Asked for every channel permission check and every delivered workspace event: one primary-key
// lookup, prepared once per database.
const preparedRole = preparedPerDatabase('workspace_role', (tx) =>
  tx
    .select({ role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(
      and(
        eq(workspaceMembers.workspaceId, sql.placeholder('workspaceId')),
        eq(workspaceMembers.personId, sql.placeholder('personId')),
      ),
    )
    .limit(1),
);

/** The person's role in the workspace, or null when they are not a member. */
export async function workspaceRole(tx: Tx, workspaceId: string, personId: string): Promise<WorkspaceRole | null> {
  const rows = await preparedRole(tx).execute({ workspaceId, personId });
  return (rows[0]?.role as WorkspaceRole | undefined) ?? null;
}

/** Every member of the workspace with their role, by person ID (e.g. for a channel's mention list). */
export async function workspaceMemberRoles(
  tx: Tx,
  workspaceId: string,
): Promise<Array<{ personId: string; role: WorkspaceRole }>> {
  const rows = await tx
    .select({ personId: workspaceMembers.personId, role: workspaceMembers.role })
    .from(workspaceMembers)
    .where(eq(workspaceMembers.workspaceId, workspaceId))
    .orderBy(asc(workspaceMembers.personId));
  return rows as Array<{ personId: string; role: WorkspaceRole }>;
}
