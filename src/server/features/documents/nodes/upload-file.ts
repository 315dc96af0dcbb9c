import { rm } from 'node:fs/promises';
import { DOCUMENT_LIMITS, type DocumentItem } from '../../../../shared/contracts/documents.ts';
import type { Deps } from '../../../deps.ts';
import { forbidden } from '../../../platform/errors/problem.ts';
import type { BlobStore } from '../../../platform/storage/blob-storage.ts';
import { requireFolder } from '../node-access.ts';
import { requireSpace, type SpaceRef } from '../space-access.ts';
import { type IncomingBlob, storeIncoming } from '../uploads/incoming.ts';
import { completedUpload, finishUpload, uploadFileOf } from '../uploads/resumable.ts';
import { itemViews } from '../views.ts';
import { storeFile } from './store-file.ts';

/**
 * The bytes of an upload request: its body, streamed into the store, or (`upload`) a finished
 * resumable upload of the same person into the same space. The space is checked before a byte is read.
 */
export async function incomingOf(
  deps: Deps,
  blobs: BlobStore,
  personId: string | undefined,
  space: SpaceRef,
  uploadId: string | undefined,
  body: AsyncIterable<Uint8Array>,
): Promise<IncomingBlob> {
  if (uploadId) return completedUpload(deps.db, blobs, deps.config.dataDir, personId, uploadId, space);
  return storeIncoming(blobs, body, DOCUMENT_LIMITS.directUploadBytes);
}

/** Uploads a new file into a folder of a space; a taken name is 409 `document-exists`. */
export async function uploadFile(
  deps: Deps,
  blobs: BlobStore,
  personId: string | undefined,
  ref: SpaceRef,
  query: { name: string; parent?: string | undefined; comment?: string | undefined; upload?: string | undefined },
  body: AsyncIterable<Uint8Array>,
): Promise<DocumentItem> {
  // Refused before the body is read: a reader, a stranger or a missing folder costs no upload.
  await deps.db.transaction(async (tx) => {
    const space = await requireSpace(tx, personId, ref);
    await requireFolder(tx, space, query.parent);
    if (!space.rights.write) throw forbidden('You may read the documents of this space, not change them.');
  });
  const blob = await incomingOf(deps, blobs, personId, ref, query.upload, body);
  const item = await deps.db.transaction(async (tx) => {
    const space = await requireSpace(tx, personId, ref);
    const chain = await requireFolder(tx, space, query.parent);
    const actor = { personId: personId as string };
    const { node } = await storeFile(tx, actor, space, chain, query.name, blob, {
      comment: query.comment ?? '',
      ifExists: 'conflict',
    });
    if (query.upload) await finishUpload(tx, query.upload);
    return (await itemViews(tx, actor.personId, [node]))[0] as DocumentItem;
  });
  if (query.upload) await rm(uploadFileOf(deps.config.dataDir, query.upload), { force: true });
  return item;
}
