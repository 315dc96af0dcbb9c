import { eq } from 'drizzle-orm';
import type { TaskAttachment } from '../../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../../platform/auth/session-store.ts';
import { persons } from '../../../../platform/auth/tables.ts';
import type { Db } from '../../../../platform/db/client.ts';
import { newId } from '../../../../platform/db/ids.ts';
import type { UploadedFile } from '../../../../platform/http/file-transfer.ts';
import type { BlobStorage } from '../../../../platform/storage/blob-storage.ts';
import { storeUpload } from '../../../../platform/storage/stored-upload.ts';
import { refreshProject } from '../../refresh-project.ts';
import { projectTaskAttachments } from '../../tables.ts';
import { taskFor } from '../task-access.ts';
import { attachmentView } from './task-attachments.ts';

/**
 * Attaches a file to a task (whoever works on the project). Who may is decided before a byte is
 * stored; the bytes are stored (platform/storage/stored-upload.ts: images recognised by their bytes,
 * anything else only ever downloaded) before the row that names them, which is written with the
 * project's activity and the realtime event in one transaction, so a refused or failed upload leaves
 * no row behind.
 */
export async function uploadAttachment(
  db: Db,
  storage: BlobStorage,
  principal: Principal | null,
  taskId: string,
  upload: UploadedFile,
): Promise<TaskAttachment> {
  await db.transaction((tx) => taskFor(tx, principal, taskId, 'work'));
  const stored = await storeUpload(storage, upload);
  return db.transaction(async (tx) => {
    // Asked again under the project's lock: the task may have gone while the bytes were written.
    const { task, project, standing } = await taskFor(tx, principal, taskId, 'work', true);
    const personId = principal?.personId as string;
    const [row] = await tx
      .insert(projectTaskAttachments)
      .values({
        id: newId(),
        taskId: task.id,
        uploadedBy: personId,
        blobKey: stored.blobKey,
        fileName: stored.fileName,
        mediaType: stored.mediaType,
        size: stored.size,
      })
      .returning();
    const [uploader] = await tx.select({ name: persons.name }).from(persons).where(eq(persons.id, personId));
    await refreshProject(tx, project.id, { kind: 'task', taskId: task.id });
    return attachmentView(row as typeof projectTaskAttachments.$inferSelect, uploader?.name ?? null, {
      personId,
      standing,
    });
  });
}
