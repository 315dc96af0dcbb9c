import { eq } from 'drizzle-orm';
import type { Attachment } from '../../../../shared/contracts/chat.ts';
import type { Deps } from '../../../deps.ts';
import { newId } from '../../../platform/db/ids.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import type { UploadedFile } from '../../../platform/http/file-transfer.ts';
import type { BlobStorage } from '../../../platform/storage/blob-storage.ts';
import { storeUpload } from '../../../platform/storage/stored-upload.ts';
import { requirePostable, requireReadable } from '../access.ts';
import type { ChatActor } from '../actor.ts';
import { messageAttachments } from '../tables.ts';
import { imageSizeOf } from './image-size.ts';

/**
 * Stores an uploaded file for a message yet to be posted in the channel (checked and typed by the
 * platform's `storeUpload`: images by their bytes, anything else only ever served as a download).
 */
export async function uploadAttachmentCommand(
  deps: Deps,
  storage: BlobStorage,
  actor: ChatActor,
  channelId: string,
  upload: UploadedFile,
): Promise<Attachment> {
  await requirePostable(deps.db, channelId, actor.personId);
  const stored = await storeUpload(storage, upload);
  const size = stored.image ? imageSizeOf(upload.bytes, stored.image) : null;
  const id = newId();
  await deps.db.insert(messageAttachments).values({
    id,
    channelId,
    uploadedBy: actor.personId,
    blobKey: stored.blobKey,
    fileName: stored.fileName,
    mediaType: stored.mediaType,
    size: stored.size,
    width: size?.width ?? null,
    height: size?.height ?? null,
  });
  return {
    id,
    fileName: stored.fileName,
    mediaType: stored.mediaType,
    size: stored.size,
    width: size?.width ?? null,
    height: size?.height ?? null,
    isImage: stored.image !== null,
    url: `/api/attachments/${id}`,
  };
}

/** An attachment, for someone who may read its channel; 404 otherwise. */
export async function readAttachment(deps: Deps, personId: string, attachmentId: string) {
  const rows = await deps.db.select().from(messageAttachments).where(eq(messageAttachments.id, attachmentId)).limit(1);
  const row = rows[0];
  if (!row) throw notFound('Attachment');
  await requireReadable(deps.db, row.channelId, personId).catch(() => {
    throw notFound('Attachment');
  });
  // Until it is posted, an upload is its uploader's alone.
  if (row.messageId === null && row.uploadedBy !== personId) throw notFound('Attachment');
  return row;
}
