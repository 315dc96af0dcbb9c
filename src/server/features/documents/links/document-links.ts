import type { Static } from 'typebox';
import type { DocumentLinkView, LinkedDocuments } from '../../../../shared/contracts/documents.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { requireNode } from '../node-access.ts';
import { chainOf, isLive } from '../node-queries.ts';
import { readableSpaces } from '../space-access.ts';
import { itemViews, spaceViews } from '../views.ts';
import { deleteLink, insertLink, linksOf, nodesLinkedFrom } from './link-queries.ts';
import { type LinkTarget, type TargetRef, visibleTarget, visibleTargets } from './link-targets.ts';

type LinkView = Static<typeof DocumentLinkView>;

const viewOf = (target: LinkTarget): LinkView => ({
  targetKind: target.kind,
  targetId: target.id,
  title: target.title,
  href: target.href,
});

const signedIn = (principal: Principal | null): Principal => {
  if (!principal) throw unauthenticated();
  return principal;
};

/**
 * Links a document to a message, task or atlas record: who may change the document's space (403 for
 * readers) and sees the target (404 otherwise, as for a document they may not read). Linking twice
 * changes nothing (`created` false).
 */
export async function linkDocument(
  db: Db,
  principal: Principal | null,
  nodeId: string,
  target: TargetRef,
): Promise<{ link: LinkView; created: boolean }> {
  const me = signedIn(principal);
  return db.transaction(async (tx) => {
    const { node } = await requireNode(tx, me.personId, nodeId, { write: true });
    const found = await visibleTarget(tx, me, target);
    if (!found) throw notFound('Link target');
    const created = await insertLink(tx, node.id, target, me.personId);
    return { link: viewOf(found), created };
  });
}

/** Removes a link, under the same rules as adding one; 404 when there is none. */
export async function unlinkDocument(db: Db, principal: Principal | null, nodeId: string, target: TargetRef) {
  const me = signedIn(principal);
  await db.transaction(async (tx) => {
    const { node } = await requireNode(tx, me.personId, nodeId, { write: true });
    if (!(await visibleTarget(tx, me, target)) || !(await deleteLink(tx, node.id, target))) throw notFound('Link');
  });
}

/** Where a document is linked from: only the targets the caller may see now. */
export async function documentLinks(db: Db, principal: Principal | null, nodeId: string): Promise<LinkView[]> {
  const me = signedIn(principal);
  return db.transaction(async (tx) => {
    const { node } = await requireNode(tx, me.personId, nodeId, { trashed: true });
    return visibleLinksOf(tx, me, node.id);
  });
}

/**
 * The links of a node the caller may already see, as `DocumentDetail.links` wants them: only the
 * targets the caller may see now (for the node's page, in its transaction).
 */
export async function visibleLinksOf(tx: Tx, principal: Principal, nodeId: string): Promise<LinkView[]> {
  return (await visibleTargets(tx, principal, await linksOf(tx, nodeId))).map(viewOf);
}

/**
 * The documents linked from a target the caller sees (404 otherwise): those in spaces they may read,
 * neither trashed nor in a trashed folder.
 */
export async function linkedDocuments(
  db: Db,
  principal: Principal | null,
  target: TargetRef,
): Promise<Static<typeof LinkedDocuments>> {
  const me = signedIn(principal);
  return db.transaction(async (tx) => {
    if (!(await visibleTarget(tx, me, target))) throw notFound('Link target');
    const nodes = await nodesLinkedFrom(tx, target);
    if (nodes.length === 0) return { items: [] };
    const spaces = new Map((await readableSpaces(tx, me.personId)).map((s) => [`${s.kind}:${s.id}`, s]));
    const readable = [];
    for (const node of nodes) {
      if (spaces.has(`${node.spaceKind}:${node.spaceId}`) && isLive(await chainOf(tx, node.id))) readable.push(node);
    }
    const items = await itemViews(tx, me.personId, readable);
    const views = new Map(
      (
        await spaceViews(
          tx,
          [...new Set(readable.map((n) => spaces.get(`${n.spaceKind}:${n.spaceId}`)))].flatMap((s) => (s ? [s] : [])),
        )
      ).map((v) => [`${v.kind}:${v.id}`, v]),
    );
    return {
      items: readable.flatMap((node, index) => {
        const space = views.get(`${node.spaceKind}:${node.spaceId}`);
        const item = items[index];
        return space && item ? [{ item, space }] : [];
      }),
    };
  });
}
