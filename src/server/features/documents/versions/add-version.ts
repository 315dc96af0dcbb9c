import { eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import type { DocActor } from '../actor.ts';
import { lapseApprovals } from '../approvals/lapse-approvals.ts';
import { queueExtraction } from '../extract/extraction-job.ts';
import { assertWritable } from '../locks/lock-check.ts';
import { documentMediaType } from '../media-type.ts';
import type { NodeRow } from '../node-queries.ts';
import { assertRoom } from '../quota.ts';
import { docNodes, docVersions } from '../tables.ts';
import type { IncomingBlob } from '../uploads/incoming.ts';

export type VersionRow = typeof docVersions.$inferSelect;

/**
 * Makes stored bytes the file's newest version: numbered after the last, with its author and
 * comment; the approvals of earlier versions lapse. 423 when another's lock covers the file, 413
 * when the space's quota has no room. The chain's last node is the file.
 */
export async function addVersion(
  tx: Tx,
  actor: DocActor,
  chain: readonly NodeRow[],
  blob: IncomingBlob | { key: string; size: number; mediaType: string },
  comment: string,
): Promise<{ node: NodeRow; version: VersionRow }> {
  const file = chain.at(-1) as NodeRow;
  await tx.select({ id: docNodes.id }).from(docNodes).where(eq(docNodes.id, file.id)).for('update');
  await assertWritable(tx, actor, chain);
  await assertRoom(tx, { kind: file.spaceKind as never, id: file.spaceId }, blob.size);
  const [last] = await tx
    .select({ number: sql<number>`coalesce(max(${docVersions.number}), 0)` })
    .from(docVersions)
    .where(eq(docVersions.nodeId, file.id));
  const mediaType = 'mediaType' in blob ? blob.mediaType : documentMediaType(file.name, blob.head);
  const [version] = await tx
    .insert(docVersions)
    .values({
      id: newId(),
      nodeId: file.id,
      number: Number(last?.number ?? 0) + 1,
      blobKey: blob.key,
      size: blob.size,
      mediaType,
      authorId: actor.personId,
      comment,
    })
    .returning();
  const [node] = await tx
    .update(docNodes)
    .set({
      currentVersionId: (version as VersionRow).id,
      size: blob.size,
      mediaType,
      revision: sql`${docNodes.revision} + 1`,
      updatedBy: actor.personId,
      updatedAt: sql`now()`,
    })
    .where(eq(docNodes.id, file.id))
    .returning();
  await lapseApprovals(tx, file.id);
  await queueExtraction(tx, (version as VersionRow).id);
  return { node: node as NodeRow, version: version as VersionRow };
}
