import { desc, eq } from 'drizzle-orm';
import type { DocumentVersion } from '../../../../shared/contracts/documents.ts';
import type { Tx } from '../../../platform/db/client.ts';
import type { NodeRow } from '../node-queries.ts';
import { peopleByIds } from '../people.ts';
import { docVersions } from '../tables.ts';

/** A file's versions, newest first, with their authors. */
export async function versionViews(tx: Tx, node: NodeRow): Promise<DocumentVersion[]> {
  const rows = await tx
    .select()
    .from(docVersions)
    .where(eq(docVersions.nodeId, node.id))
    .orderBy(desc(docVersions.number));
  const people = await peopleByIds(
    tx,
    rows.map((r) => r.authorId),
  );
  return rows.map((row) => ({
    id: row.id,
    number: row.number,
    size: row.size,
    mediaType: row.mediaType,
    author: row.authorId ? (people.get(row.authorId) ?? null) : null,
    comment: row.comment,
    createdAt: row.createdAt.toISOString(),
    available: row.prunedAt === null,
    current: row.id === node.currentVersionId,
  }));
}
