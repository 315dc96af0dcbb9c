import type { SpaceKind } from '../../../shared/contracts/documents.ts';
import type { Tx } from '../../platform/db/client.ts';
import { forbidden, notFound, unauthenticated } from '../../platform/errors/problem.ts';
import { chainOf, isLive, type NodeRow } from './node-queries.ts';
import { type Space, spaceOf } from './space-access.ts';

export interface NodeAccess {
  node: NodeRow;
  /** From the top level down, the node last. */
  chain: NodeRow[];
  space: Space;
}

/**
 * A node for a request, with its folders and the caller's space. Signed out: 401. A node that does
 * not exist, in a space the caller may not read, or in the trash (unless `trashed` allows it): 404.
 * `write` and `manage` refuse readers with 403.
 */
export async function requireNode(
  tx: Tx,
  personId: string | null | undefined,
  id: string,
  need: { write?: boolean; manage?: boolean; trashed?: boolean } = {},
): Promise<NodeAccess> {
  if (!personId) throw unauthenticated();
  const chain = await chainOf(tx, id);
  const node = chain.at(-1);
  if (!node) throw notFound('Document');
  const space = await spaceOf(tx, personId, { kind: node.spaceKind as SpaceKind, id: node.spaceId });
  if (!space) throw notFound('Document');
  if (!need.trashed && !isLive(chain)) throw notFound('Document');
  if (need.write && !space.rights.write) throw forbidden('You may read the documents of this space, not change them.');
  if (need.manage && !space.rights.manage) throw forbidden('Only who manages the space may do this.');
  return { node, chain, space };
}

/** A folder of the space to put something in (null: the top level): 404 when it is not a live folder there. */
export async function requireFolder(tx: Tx, space: Space, folderId: string | null | undefined): Promise<NodeRow[]> {
  if (!folderId) return [];
  const chain = await chainOf(tx, folderId);
  const folder = chain.at(-1);
  if (!folder || folder.kind !== 'folder' || folder.spaceKind !== space.kind || folder.spaceId !== space.id) {
    throw notFound('Folder');
  }
  if (!isLive(chain)) throw notFound('Folder');
  return chain;
}
