import type { Tx } from '../../platform/db/client.ts';

export type WorkspaceRole = 'owner' | 'member' | 'guest';

/** The person's role in the workspace, or null when they are not a member. Placeholder. */
export async function workspaceRole(_tx: Tx, _workspaceId: string, _personId: string): Promise<WorkspaceRole | null> {
  return null;
}
