import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { emit } from '../../../platform/events/outbox.ts';
import { channelSummaries } from '../list-queries.ts';
import { deleteWorkspaceMemberships, insertChannel } from '../queries.ts';

// What the workspaces feature asks of the chat: its default channel, and taking a person out of
// every channel when they leave.

/** The name of a new workspace's default channel. */
export const DEFAULT_CHANNEL_NAME = 'allgemein';

/** Creates a new workspace's default channel ("allgemein"): open, so every owner and member reads it. */
export async function createDefaultChannel(
  tx: Tx,
  input: { workspaceId: string; createdBy: string },
): Promise<{ id: string }> {
  const row = await insertChannel(tx, {
    id: newId(),
    kind: 'channel',
    workspaceId: input.workspaceId,
    name: DEFAULT_CHANNEL_NAME,
    isDefault: true,
    createdBy: input.createdBy,
  });
  return { id: row.id };
}

/**
 * Takes a person out of every channel of a workspace when they leave it or are removed: their
 * additions and read positions go. The event tells their open tabs, and every server process drops
 * what it cached of who reads these channels, so deliveries to them stop at once.
 */
export async function leaveWorkspaceChannels(tx: Tx, workspaceId: string, personId: string): Promise<void> {
  const channelIds = await deleteWorkspaceMemberships(tx, workspaceId, personId);
  await emit(tx, {
    type: 'chat.access-changed',
    payload: { workspaceId, personId, channelIds },
    audience: { kind: 'persons', personIds: [personId] },
  });
}

/** The workspace's channels the person may see (not archived), for the workspace page. */
export async function visibleWorkspaceChannels(
  tx: Tx,
  workspaceId: string,
  personId: string,
): Promise<Array<{ id: string; name: string; closed: boolean; isDefault: boolean }>> {
  const summaries = await channelSummaries(
    tx,
    personId,
    sql`c.workspace_id = ${workspaceId} and c.kind = 'channel' and c.archived_at is null`,
  );
  return summaries.map((s) => ({ id: s.id, name: s.name ?? '', closed: s.closed, isDefault: s.isDefault }));
}
