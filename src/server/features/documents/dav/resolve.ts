import type { Tx } from '../../../platform/db/client.ts';
import { childNamed, type NodeRow } from '../node-queries.ts';
import { readableSpaces, type Space } from '../space-access.ts';
import { davHref } from './dav-path.ts';
import { folderKey, type SpaceFolder, spaceFolders } from './space-folders.ts';

/** A space as /dav/ shows it: the person's rights and the folder's name. */
export type DavSpace = Space & { folderName: string };

/**
 * What a path below /dav/ names:
 * - `root`: /dav/ itself, the list of spaces;
 * - `space`: a space's top level;
 * - `node`: a folder or file (`chain` from the top level down, the node last);
 * - `unmapped`: nothing, in a space; `parent` is the folder chain it would go into (empty: the top
 *   level), null when that folder does not exist either;
 * - `nowhere`: nothing, outside any space the person may read (a space of another, or none).
 */
export type DavResource =
  | { kind: 'root'; segments: string[] }
  | { kind: 'space'; segments: string[]; space: DavSpace }
  | { kind: 'node'; segments: string[]; space: DavSpace; chain: NodeRow[]; node: NodeRow }
  | { kind: 'unmapped'; segments: string[]; space: DavSpace; parent: NodeRow[] | null; name: string }
  | { kind: 'nowhere'; segments: string[] };

/** The spaces the person may read, as the folders of /dav/. */
export async function davSpaces(tx: Tx, personId: string): Promise<DavSpace[]> {
  const spaces = await readableSpaces(tx, personId);
  const byKey = new Map(spaces.map((s) => [`${s.kind}:${s.id}`, s]));
  return spaceFolders(spaces).flatMap((folder: SpaceFolder) => {
    const space = byKey.get(`${folder.kind}:${folder.id}`);
    return space ? [{ ...space, folderName: folder.folderName }] : [];
  });
}

/**
 * Finds what the names of a path name, one folder at a time, among live nodes only. A name that no
 * space or node has is `unmapped` (or `nowhere` at the top): a space the person may not read is
 * indistinguishable from one that does not exist.
 */
export async function resolveDav(tx: Tx, personId: string, segments: string[]): Promise<DavResource> {
  const [first, ...rest] = segments;
  if (first === undefined) return { kind: 'root', segments };
  const key = folderKey(first);
  const space = (await davSpaces(tx, personId)).find((s) => folderKey(s.folderName) === key);
  if (!space) return { kind: 'nowhere', segments };
  const chain: NodeRow[] = [];
  for (const [index, name] of rest.entries()) {
    const parent = chain.at(-1);
    const node = parent && parent.kind !== 'folder' ? undefined : await childNamed(tx, space, parent?.id ?? null, name);
    if (!node) {
      const last = index === rest.length - 1;
      const parentIsFolder = !parent || parent.kind === 'folder';
      return { kind: 'unmapped', segments, space, parent: last && parentIsFolder ? chain : null, name };
    }
    chain.push(node);
  }
  const node = chain.at(-1);
  return node ? { kind: 'node', segments, space, chain, node } : { kind: 'space', segments, space };
}

/** True for what has members: /dav/, a space, a folder. */
export const isCollection = (resource: DavResource) =>
  resource.kind === 'root' ||
  resource.kind === 'space' ||
  (resource.kind === 'node' && resource.node.kind === 'folder');

/** The resource's href, with its names as the request wrote them (clients match the answer to their request). */
export const hrefOf = (resource: DavResource) => davHref(resource.segments, isCollection(resource));
