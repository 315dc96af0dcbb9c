import { eq } from 'drizzle-orm';
import type { SpaceKind } from '../../../../shared/contracts/documents.ts';
import { newId } from '../../../platform/db/ids.ts';
import { blobStorageFor } from '../../../platform/storage/blob-storage.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { docNodes, docTexts, docVersions } from '../tables.ts';
import { queueExtraction } from './extraction-job.ts';

// Documents for the tests of the extraction, the search and the links: rows and a stored blob, with
// the extraction asked for as an upload asks for it, and the job waited for.

export interface StoredDocument {
  nodeId: string;
  versionId: string;
}

export async function storeDocument(
  t: TestApp,
  space: { kind: SpaceKind; id: string },
  file: { name: string; bytes: Uint8Array; mediaType: string; parentId?: string | null; kind?: 'file' | 'folder' },
): Promise<StoredDocument> {
  const nodeId = newId();
  const versionId = newId();
  const key = await blobStorageFor(t.deps.config).put(file.bytes);
  await t.deps.db.transaction(async (tx) => {
    await tx.insert(docNodes).values({
      id: nodeId,
      spaceKind: space.kind,
      spaceId: space.id,
      parentId: file.parentId ?? null,
      kind: file.kind ?? 'file',
      name: file.name,
      nameKey: file.name.normalize('NFC').toLowerCase(),
      size: file.bytes.length,
      mediaType: file.mediaType,
    });
    if (file.kind === 'folder') return;
    await tx
      .insert(docVersions)
      .values({ id: versionId, nodeId, number: 1, blobKey: key, size: file.bytes.length, mediaType: file.mediaType });
    await tx.update(docNodes).set({ currentVersionId: versionId }).where(eq(docNodes.id, nodeId));
    await queueExtraction(tx, versionId);
  });
  return { nodeId, versionId };
}

/** A folder of the space, for files inside it. */
export async function storeFolder(t: TestApp, space: { kind: SpaceKind; id: string }, name: string, parentId?: string) {
  const stored = await storeDocument(t, space, {
    name,
    bytes: new Uint8Array(),
    mediaType: '',
    parentId,
    kind: 'folder',
  });
  return stored.nodeId;
}

/** Waits until the version's text is written (the runner woken now: these rows were not written by a route). */
export async function extracted(t: TestApp, versionId: string, timeoutMs = 60_000) {
  t.app.jobs.wake();
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const [row] = await t.deps.db.select().from(docTexts).where(eq(docTexts.versionId, versionId));
    if (row) return row;
    if (Date.now() > deadline) throw new Error(`no text for version ${versionId}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** Moves a node to the trash, as the core's trash does (only the node itself is marked). */
export async function trash(t: TestApp, nodeId: string) {
  await t.deps.db.update(docNodes).set({ trashedAt: new Date() }).where(eq(docNodes.id, nodeId));
}
