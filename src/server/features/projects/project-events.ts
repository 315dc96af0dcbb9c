import type { Tx } from '../../platform/db/client.ts';
import { emit } from '../../platform/events/outbox.ts';

export const PROJECT_CHANGED = 'project.changed';

/**
 * Tells everyone looking at a project (its board, list, timeline, the portfolio) that it changed, once
 * the change has committed: `project.changed` with the project and, for a task, the task. Clients
 * read the change themselves; the event carries no content, and reaches only those who may see the
 * project at delivery time (audience `project`, realtime-audience.ts).
 */
export async function announceProjectChange(
  tx: Tx,
  project: { id: string; workspaceId: string },
  change: { kind: 'project' | 'task' | 'milestone' | 'deleted'; taskId?: string },
): Promise<void> {
  await emit(tx, {
    type: PROJECT_CHANGED,
    payload: { projectId: project.id, workspaceId: project.workspaceId, ...change },
    audience: { kind: 'project', projectId: project.id },
  });
}
