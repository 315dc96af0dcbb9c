import type { DocumentDetail } from '../../../../shared/contracts/documents.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db } from '../../../platform/db/client.ts';
import { approvalViews } from '../approvals/approval-views.ts';
import { visibleLinksOf } from '../links/document-links.ts';
import { previewOf } from '../media-type.ts';
import { requireNode } from '../node-access.ts';
import { versionViews } from '../versions/version-views.ts';
import { itemViews, spaceViews } from '../views.ts';

/** A folder's or file's page: the item, where it is, its versions, approvals and links. In the trash too. */
export async function nodeDetail(db: Db, principal: Principal | null, id: string): Promise<DocumentDetail> {
  const personId = principal?.personId;
  return db.transaction(async (tx) => {
    const { node, chain, space } = await requireNode(tx, personId, id, { trashed: true });
    const me = personId as string;
    const [item] = await itemViews(tx, me, [node]);
    const [spaceView] = await spaceViews(tx, [space]);
    return {
      item: item as DocumentDetail['item'],
      space: spaceView as DocumentDetail['space'],
      path: chain.slice(0, -1).map((n) => ({ id: n.id, name: n.name })),
      versions: node.kind === 'file' ? await versionViews(tx, node) : [],
      approvals: node.kind === 'file' ? await approvalViews(tx, node.id, me) : [],
      links: await visibleLinksOf(tx, principal as Principal, node.id),
      preview: node.kind === 'file' && node.mediaType ? previewOf(node.mediaType) : 'none',
      trashedAt: node.trashedAt?.toISOString() ?? null,
    };
  });
}
