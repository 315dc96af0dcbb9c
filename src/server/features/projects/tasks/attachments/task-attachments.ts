import { asc, eq } from 'drizzle-orm';
import type { TaskAttachment, TaskAttachments } from '../../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../../platform/auth/session-store.ts';
import { persons } from '../../../../platform/auth/tables.ts';
import type { Db, Tx } from '../../../../platform/db/client.ts';
import { forbidden, notFound, unauthenticated } from '../../../../platform/errors/problem.ts';
import { canRemoveAttachment, type ProjectStanding } from '../../policy.ts';
import { refreshProject } from '../../refresh-project.ts';
import { projectTaskAttachments } from '../../tables.ts';
import { taskFor } from '../task-access.ts';

type AttachmentRow = typeof projectTaskAttachments.$inferSelect;

/** The attachment as its task's readers see it; `canDelete` for the reader. */
export function attachmentView(
  row: AttachmentRow,
  uploaderName: string | null,
  reader: { personId: string; standing: ProjectStanding },
): TaskAttachment {
  return {
    id: row.id,
    taskId: row.taskId,
    fileName: row.fileName,
    mediaType: row.mediaType,
    size: row.size,
    // Only bytes recognised as an image are stored with an image type (platform/storage/stored-upload.ts).
    isImage: row.mediaType.startsWith('image/'),
    uploadedBy: uploaderName === null ? null : { id: row.uploadedBy, name: uploaderName },
    createdAt: row.createdAt.toISOString(),
    url: `/api/task-attachments/${row.id}`,
    canDelete: canRemoveAttachment(reader.standing, row.uploadedBy === reader.personId),
  };
}

/** A task's files, oldest first (whoever sees the project). */
export async function listAttachments(db: Db, principal: Principal | null, taskId: string): Promise<TaskAttachments> {
  return db.transaction(async (tx) => {
    const { task, standing } = await taskFor(tx, principal, taskId, 'see');
    const rows = await tx
      .select({ row: projectTaskAttachments, uploaderName: persons.name })
      .from(projectTaskAttachments)
      .leftJoin(persons, eq(persons.id, projectTaskAttachments.uploadedBy))
      .where(eq(projectTaskAttachments.taskId, task.id))
      .orderBy(asc(projectTaskAttachments.createdAt), asc(projectTaskAttachments.id));
    const reader = { personId: principal?.personId as string, standing };
    return { attachments: rows.map(({ row, uploaderName }) => attachmentView(row, uploaderName, reader)) };
  });
}

/**
 * The attachment with its task, for whoever may see (or work on) the task; 404 naming the attachment
 * for anyone else, as if it did not exist.
 */
async function attachmentFor(tx: Tx, principal: Principal | null, id: string, need: 'see' | 'work', lock = false) {
  if (!principal) throw unauthenticated();
  const [row] = await tx.select().from(projectTaskAttachments).where(eq(projectTaskAttachments.id, id));
  if (!row) throw notFound('Attachment');
  try {
    return { row, ...(await taskFor(tx, principal, row.taskId, need, lock)) };
  } catch (error) {
    if ((error as { status?: number }).status === 404) throw notFound('Attachment');
    throw error;
  }
}

/** An attachment's stored file, for whoever sees its task; 404 otherwise. */
export async function readAttachmentFile(db: Db, principal: Principal | null, id: string) {
  const { row } = await db.transaction((tx) => attachmentFor(tx, principal, id, 'see'));
  return { blobKey: row.blobKey, fileName: row.fileName, mediaType: row.mediaType };
}

/**
 * Removes an attachment (its uploader, the project's lead, the workspace's owners). The bytes stay in
 * the blob store, which is content-addressed: another attachment may hold the same file.
 */
export async function removeAttachment(db: Db, principal: Principal | null, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { row, project, standing } = await attachmentFor(tx, principal, id, 'work', true);
    if (!canRemoveAttachment(standing, row.uploadedBy === principal?.personId)) {
      throw forbidden('Only whoever attached a file, the project’s lead and the workspace’s owners remove it.');
    }
    await tx.delete(projectTaskAttachments).where(eq(projectTaskAttachments.id, row.id));
    await refreshProject(tx, project.id, { kind: 'task', taskId: row.taskId });
  });
}
