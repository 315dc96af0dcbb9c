import type { Tx } from '../../../platform/db/client.ts';
import { forbidden } from '../../../platform/errors/problem.ts';
import type { DocActor } from '../actor.ts';
import { checkName } from '../names.ts';
import { childNamed, type NodeRow } from '../node-queries.ts';
import type { Space } from '../space-access.ts';
import type { IncomingBlob } from '../uploads/incoming.ts';
import { addVersion, type VersionRow } from '../versions/add-version.ts';
import { insertNode, nameTaken } from './create-node.ts';

/**
 * Puts stored bytes into a folder under a name: a new file, or (with `ifExists: 'version'`, as a
 * WebDAV PUT and "upload as new version" do) a new version of the file of that name. With
 * `ifExists: 'conflict'` a taken name is 409 `document-exists` naming the file, so that the person
 * decides.
 */
export async function storeFile(
  tx: Tx,
  actor: DocActor,
  space: Space,
  folderChain: readonly NodeRow[],
  rawName: string,
  blob: IncomingBlob,
  options: { comment: string; ifExists: 'version' | 'conflict' },
): Promise<{ node: NodeRow; version: VersionRow; created: boolean }> {
  if (!space.rights.write) throw forbidden('You may read the documents of this space, not change them.');
  const name = checkName(rawName);
  const existing = await childNamed(tx, space, folderChain.at(-1)?.id ?? null, name);
  if (existing) {
    if (existing.kind === 'folder' || options.ifExists === 'conflict') throw nameTaken(existing);
    return { ...(await addVersion(tx, actor, [...folderChain, existing], blob, options.comment)), created: false };
  }
  const file = await insertNode(tx, actor, space, folderChain, { kind: 'file', name });
  return { ...(await addVersion(tx, actor, [...folderChain, file], blob, options.comment)), created: true };
}
