import { and, eq, inArray, isNull } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { DocActor } from '../actor.ts';
import { queueExtraction } from '../extract/extraction-job.ts';
import { nameKey } from '../names.ts';
import type { NodeAccess } from '../node-access.ts';
import { descendantsOf, type NodeRow } from '../node-queries.ts';
import { assertRoom } from '../quota.ts';
import { docNodes, docVersions } from '../tables.ts';
import { type Destination, prepareDestination } from './move-node.ts';

/**
 * Copies a node, a folder with everything live in it, to a destination: each file as a new file whose
 * first version holds the current version's bytes (the blob is shared, not copied). Returns the copy.
 */
export async function copyNode(
  tx: Tx,
  actor: DocActor,
  source: NodeAccess,
  to: Destination,
): Promise<{ node: NodeRow; replaced: boolean }> {
  const { name, replaced } = await prepareDestination(tx, actor, source, to);
  const all = source.node.kind === 'folder' ? await descendantsOf(tx, source.node.id) : [];
  // Only what is live inside is copied: a trashed subfolder and all below it stay behind.
  const trashed = new Set(all.filter((n) => n.trashedAt !== null).map((n) => n.id));
  const byId = new Map(all.map((n) => [n.id, n]));
  const live = all.filter((n) => {
    for (let at: NodeRow | undefined = n; at && at.id !== source.node.id; at = byId.get(at.parentId ?? '')) {
      if (trashed.has(at.id)) return false;
    }
    return true;
  });
  const nodes = [source.node, ...live];
  const currentIds = nodes.flatMap((n) => (n.currentVersionId ? [n.currentVersionId] : []));
  const versions =
    currentIds.length > 0
      ? await tx
          .select()
          .from(docVersions)
          .where(and(inArray(docVersions.id, currentIds), isNull(docVersions.prunedAt)))
      : [];
  const versionOf = new Map(versions.map((v) => [v.nodeId, v]));
  await assertRoom(
    tx,
    to.space,
    versions.reduce((sum, v) => sum + v.size, 0),
  );
  const newIds = new Map(nodes.map((n) => [n.id, newId()]));
  const parentOf = (n: NodeRow) =>
    n.id === source.node.id ? (to.folderChain.at(-1)?.id ?? null) : (newIds.get(n.parentId ?? '') ?? null);
  // Parents before children: the descendants come in the order the recursive query found them.
  const ordered = [source.node, ...live.sort((a, b) => depthOf(a, byId) - depthOf(b, byId))];
  for (const n of ordered) {
    const copyName = n.id === source.node.id ? name : n.name;
    const version = versionOf.get(n.id);
    const id = newIds.get(n.id) as string;
    await tx.insert(docNodes).values({
      id,
      spaceKind: to.space.kind,
      spaceId: to.space.id,
      parentId: parentOf(n),
      kind: n.kind,
      name: copyName,
      nameKey: nameKey(copyName),
      description: n.description,
      tags: n.tags,
      createdBy: actor.personId,
      updatedBy: actor.personId,
    });
    if (!version) continue;
    const versionId = newId();
    await tx.insert(docVersions).values({
      id: versionId,
      nodeId: id,
      number: 1,
      blobKey: version.blobKey,
      size: version.size,
      mediaType: version.mediaType,
      authorId: actor.personId,
      comment: '',
    });
    await tx
      .update(docNodes)
      .set({ currentVersionId: versionId, size: version.size, mediaType: version.mediaType })
      .where(eq(docNodes.id, id));
    await queueExtraction(tx, versionId);
  }
  const [copy] = await tx
    .select()
    .from(docNodes)
    .where(eq(docNodes.id, newIds.get(source.node.id) as string));
  return { node: copy as NodeRow, replaced };
}

function depthOf(node: NodeRow, byId: Map<string, NodeRow>): number {
  let depth = 0;
  for (let at = byId.get(node.parentId ?? ''); at; at = byId.get(at.parentId ?? '')) depth += 1;
  return depth;
}
