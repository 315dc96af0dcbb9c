import { and, eq } from 'drizzle-orm';
import type { Db } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { requireNode } from '../node-access.ts';
import { docVersions } from '../tables.ts';

/** The file and the version to send (the current one unless named); 404 for a folder or a pruned version. */
export async function versionToSend(db: Db, personId: string | undefined, id: string, versionId?: string) {
  return db.transaction(async (tx) => {
    const { node } = await requireNode(tx, personId, id, { trashed: true });
    const wanted = versionId ?? node.currentVersionId;
    if (node.kind !== 'file' || !wanted) throw notFound('Version');
    const [version] = await tx
      .select()
      .from(docVersions)
      .where(and(eq(docVersions.id, wanted), eq(docVersions.nodeId, node.id)));
    if (!version || version.prunedAt) throw notFound('Version');
    return { node, version };
  });
}
