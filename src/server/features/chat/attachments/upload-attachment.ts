import { eq } from 'drizzle-orm';
import type { Attachment } from '../../../../shared/contracts/chat.ts';
import type { Deps } from '../../../deps.ts';
import { newId } from '../../../platform/db/ids.ts';
import { invalid, notFound } from '../../../platform/errors/problem.ts';
import { singleLine } from '../../../platform/http/input-text.ts';
import type { BlobStorage } from '../../../platform/storage/blob-storage.ts';
import { imageTypeOf } from '../../../platform/storage/image-type.ts';
import { requirePostable, requireReadable } from '../access.ts';
import type { ChatActor } from '../actor.ts';
import { messageAttachments } from '../tables.ts';
import { imageSizeOf } from './image-size.ts';

const MEDIA_TYPE = /^[a-z0-9][a-z0-9!#$&^_.+-]{0,63}\/[a-z0-9][a-z0-9!#$&^_.+-]{0,63}$/;

/** A file name safe to store and to hand back: no path, one line (the platform's rule), at most 255 characters. */
export function cleanFileName(raw: string): string {
  const base = raw.split(/[\\/]/).pop() ?? '';
  const name = singleLine(base).replaceAll('"', '').trim().slice(0, 255);
  if (name === '' || name === '.' || name === '..') {
    throw invalid([{ field: 'querystring:/name', message: 'must name the file (header X-File-Name or ?name=)' }]);
  }
  return name;
}

/**
 * Stores an uploaded file for a message yet to be posted in the channel. Images are recognised by
 * their bytes, not by the declared type; anything else keeps a well-formed declared type (or
 * application/octet-stream) and is only ever served as a download.
 */
export async function uploadAttachmentCommand(
  deps: Deps,
  storage: BlobStorage,
  actor: ChatActor,
  channelId: string,
  upload: { bytes: Buffer; fileName: string; declaredType: string },
): Promise<Attachment> {
  await requirePostable(deps.db, channelId, actor.personId);
  if (upload.bytes.length === 0) throw invalid([{ field: 'body:/', message: 'must not be empty' }]);
  const fileName = cleanFileName(upload.fileName);
  const image = imageTypeOf(upload.bytes);
  const declared = upload.declaredType.toLowerCase();
  const mediaType =
    image ?? (MEDIA_TYPE.test(declared) && !declared.startsWith('image/') ? declared : 'application/octet-stream');
  const size = image ? imageSizeOf(upload.bytes, image) : null;
  // The blob is written before the row points to it, so a reader never finds a key without bytes.
  const blobKey = await storage.put(upload.bytes);
  const id = newId();
  await deps.db.insert(messageAttachments).values({
    id,
    channelId,
    uploadedBy: actor.personId,
    blobKey,
    fileName,
    mediaType,
    size: upload.bytes.length,
    width: size?.width ?? null,
    height: size?.height ?? null,
  });
  return {
    id,
    fileName,
    mediaType,
    size: upload.bytes.length,
    width: size?.width ?? null,
    height: size?.height ?? null,
    isImage: image !== null,
    url: `/api/attachments/${id}`,
  };
}

/** An attachment and its bytes, for someone who may read its channel; 404 otherwise. */
export async function readAttachment(deps: Deps, storage: BlobStorage, personId: string, attachmentId: string) {
  const rows = await deps.db.select().from(messageAttachments).where(eq(messageAttachments.id, attachmentId)).limit(1);
  const row = rows[0];
  if (!row) throw notFound('Attachment');
  await requireReadable(deps.db, row.channelId, personId).catch(() => {
    throw notFound('Attachment');
  });
  // Until it is posted, an upload is its uploader's alone.
  if (row.messageId === null && row.uploadedBy !== personId) throw notFound('Attachment');
  const bytes = await storage.get(row.blobKey);
  if (!bytes) throw notFound('Attachment');
  return { row, bytes, isImage: imageTypeOf(bytes) !== null };
}
