import type { Tx } from '../../platform/db/client.ts';

/** Creates a new workspace's default channel ("allgemein"). Placeholder. */
export async function createDefaultChannel(
  _tx: Tx,
  _input: { workspaceId: string; createdBy: string },
): Promise<{ id: string }> {
  return { id: '' };
}

/** Takes a person out of every channel of a workspace when they leave it or are removed. Placeholder. */
export async function leaveWorkspaceChannels(_tx: Tx, _workspaceId: string, _personId: string): Promise<void> {}
