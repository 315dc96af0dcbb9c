import { rm } from 'node:fs/promises';
import { and, eq } from 'drizzle-orm';
import type { DocumentItem } from '../../../../shared/contracts/documents.ts';
import type { Deps } from '../../../deps.ts';
import { conflict, notFound } from '../../../platform/errors/problem.ts';
import type { BlobStore } from '../../../platform/storage/blob-storage.ts';
import { assertWritable } from '../locks/lock-check.ts';
import { requireNode } from '../node-access.ts';
import { incomingOf } from '../nodes/upload-file.ts';
import { docVersions } from '../tables.ts';
import { finishUpload, uploadFileOf } from '../uploads/resumable.ts';
import { itemViews } from '../views.ts';
import { addVersion } from './add-version.ts';

/** Uploads a new version of a file with a comment. Locks and rights are checked before a byte is read. */
export async function uploadVersion(
  deps: Deps,
  blobs: BlobStore,
  personId: string | undefined,
  id: string,
  query: { comment?: string | undefined; upload?: string | undefined },
  body: AsyncIterable<Uint8Array>,
): Promise<DocumentItem> {
  const actor = { personId: personId as string };
  const space = await deps.db.transaction(async (tx) => {
    const access = await requireNode(tx, personId, id, { write: true });
    if (access.node.kind !== 'file') throw conflict('not-a-file', 'A folder has no versions');
    await assertWritable(tx, actor, access.chain);
    return access.space;
  });
  const blob = await incomingOf(deps, blobs, personId, space, query.upload, body);
  const item = await deps.db.transaction(async (tx) => {
    const access = await requireNode(tx, personId, id, { write: true });
    const { node } = await addVersion(tx, actor, access.chain, blob, query.comment ?? '');
    if (query.upload) await finishUpload(tx, query.upload);
    return (await itemViews(tx, actor.personId, [node]))[0] as DocumentItem;
  });
  if (query.upload) await rm(uploadFileOf(deps.config.dataDir, query.upload), { force: true });
  return item;
}

/** Makes an earlier version current again, as a new version saying which it restores. */
export async function restoreVersion(
  deps: Deps,
  personId: string | undefined,
  id: string,
  versionId: string,
): Promise<DocumentItem> {
  return deps.db.transaction(async (tx) => {
    const access = await requireNode(tx, personId, id, { write: true });
    const [old] = await tx
      .select()
      .from(docVersions)
      .where(and(eq(docVersions.id, versionId), eq(docVersions.nodeId, access.node.id)));
    if (!old || old.prunedAt) throw notFound('Version');
    const { node } = await addVersion(
      tx,
      { personId: personId as string },
      access.chain,
      { key: old.blobKey, size: old.size, mediaType: old.mediaType },
      `Version ${old.number} restored`,
    );
    return (await itemViews(tx, personId as string, [node]))[0] as DocumentItem;
  });
}
