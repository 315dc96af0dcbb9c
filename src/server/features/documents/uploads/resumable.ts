import { createReadStream, createWriteStream } from 'node:fs';
import { mkdir, rm, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { pipeline } from 'node:stream/promises';
import { and, eq, lt, sql } from 'drizzle-orm';
import { DOCUMENT_LIMITS, type UploadState } from '../../../../shared/contracts/documents.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { forbidden, notFound, Problem, unauthenticated } from '../../../platform/errors/problem.ts';
import type { BlobStore } from '../../../platform/storage/blob-storage.ts';
import { checkName } from '../names.ts';
import { assertRoom } from '../quota.ts';
import { requireSpace, type SpaceRef } from '../space-access.ts';
import { docUploads } from '../tables.ts';
import { type IncomingBlob, storeIncoming, tooLarge } from './incoming.ts';

type UploadRow = typeof docUploads.$inferSelect;
const DAY_MS = 86_400_000;

/** Where an upload's bytes gather until it is finished. */
export const uploadFileOf = (dataDir: string, id: string) => join(dataDir, 'uploads', id);

function stateOf(row: UploadRow): UploadState {
  return {
    id: row.id,
    size: row.size,
    received: row.received,
    chunkBytes: DOCUMENT_LIMITS.chunkBytes,
    expiresAt: row.expiresAt.toISOString(),
  };
}

/** Starts a resumable upload into a space the person may write (its quota checked now and again at the end). */
export async function startUpload(
  db: Db,
  dataDir: string,
  personId: string | undefined,
  input: { spaceKind: SpaceRef['kind']; spaceId: string; name: string; size: number },
): Promise<UploadState> {
  const row = await db.transaction(async (tx) => {
    const space = await requireSpace(tx, personId, { kind: input.spaceKind, id: input.spaceId });
    if (!space.rights.write) throw forbidden('You may read the documents of this space, not change them.');
    await assertRoom(tx, space, input.size);
    const [created] = await tx
      .insert(docUploads)
      .values({
        id: newId(),
        personId: personId as string,
        spaceKind: space.kind,
        spaceId: space.id,
        name: checkName(input.name),
        size: input.size,
        expiresAt: new Date(Date.now() + DAY_MS),
      })
      .returning();
    return created as UploadRow;
  });
  await mkdir(join(dataDir, 'uploads'), { recursive: true });
  await pipeline((async function* () {})(), createWriteStream(uploadFileOf(dataDir, row.id)));
  return stateOf(row);
}

/** The person's own unfinished upload; 404 for anyone else's, a finished or an expired one. */
async function ownUpload(tx: Tx, personId: string | undefined, id: string): Promise<UploadRow> {
  if (!personId) throw unauthenticated();
  const [row] = await tx
    .select()
    .from(docUploads)
    .where(and(eq(docUploads.id, id), eq(docUploads.personId, personId), eq(docUploads.finished, false)))
    .for('update');
  if (!row || row.expiresAt.getTime() < Date.now()) throw notFound('Upload');
  return row;
}

export async function uploadState(db: Db, personId: string | undefined, id: string): Promise<UploadState> {
  return db.transaction(async (tx) => stateOf(await ownUpload(tx, personId, id)));
}

/**
 * Appends a chunk at `offset`, which must be where the upload stands (409 `upload-offset-mismatch`
 * with `received` otherwise, so the client goes on from there). A chunk cut off midway counts for what
 * arrived: the file on disk is measured, not the request.
 */
export async function appendChunk(
  db: Db,
  dataDir: string,
  personId: string | undefined,
  id: string,
  offset: number,
  body: AsyncIterable<Uint8Array>,
): Promise<UploadState> {
  const row = await db.transaction((tx) => ownUpload(tx, personId, id));
  if (offset !== row.received) {
    throw new Problem(
      409,
      'upload-offset-mismatch',
      'The chunk does not start where the upload stands',
      undefined,
      undefined,
      {
        received: row.received,
      },
    );
  }
  const file = uploadFileOf(dataDir, id);
  const room = Math.min(DOCUMENT_LIMITS.chunkBytes, row.size - row.received);
  let seen = 0;
  const limited = async function* () {
    for await (const chunk of body) {
      seen += chunk.length;
      if (seen > room) throw tooLarge(room);
      yield chunk;
    }
  };
  try {
    await pipeline(limited(), createWriteStream(file, { flags: 'r+', start: offset }));
  } finally {
    const received = Math.min(row.size, (await stat(file).catch(() => ({ size: offset }))).size);
    await db.update(docUploads).set({ received }).where(eq(docUploads.id, id));
  }
  return uploadState(db, personId, id);
}

/** Cancels an upload: its row and its bytes go. */
export async function cancelUpload(db: Db, dataDir: string, personId: string | undefined, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    await ownUpload(tx, personId, id);
    await tx.delete(docUploads).where(eq(docUploads.id, id));
  });
  await rm(uploadFileOf(dataDir, id), { force: true });
}

/**
 * The bytes of a complete upload of the person into this space, moved into the blob store (the
 * upload is marked finished when the version's transaction commits, see {@link finishUpload}).
 */
export async function completedUpload(
  db: Db,
  blobs: BlobStore,
  dataDir: string,
  personId: string | undefined,
  id: string,
  space: SpaceRef,
): Promise<IncomingBlob> {
  const row = await db.transaction((tx) => ownUpload(tx, personId, id));
  if (row.spaceKind !== space.kind || row.spaceId !== space.id) throw notFound('Upload');
  if (row.received < row.size) {
    throw new Problem(409, 'upload-incomplete', 'The upload has not received all its bytes yet', undefined, undefined, {
      received: row.received,
      size: row.size,
    });
  }
  return storeIncoming(blobs, createReadStream(uploadFileOf(dataDir, id)), row.size);
}

/** Marks an upload finished in the transaction that made it a version; its bytes on disk go after commit. */
export async function finishUpload(tx: Tx, id: string): Promise<void> {
  await tx.update(docUploads).set({ finished: true }).where(eq(docUploads.id, id));
}

/** Removes finished and expired uploads with their bytes. */
export async function sweepUploads(db: Db, dataDir: string): Promise<number> {
  const gone = await db
    .delete(docUploads)
    .where(sql`${docUploads.finished} or ${lt(docUploads.expiresAt, sql`now()`)}`)
    .returning({ id: docUploads.id });
  for (const { id } of gone) await rm(uploadFileOf(dataDir, id), { force: true });
  return gone.length;
}
