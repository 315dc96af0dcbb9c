import type { Tx } from '../../../../platform/db/client.ts';
import { type LockRow, liveLocksOn } from '../../locks/lock-queries.ts';
import { liveChildren, type NodeRow } from '../../node-queries.ts';
import { peopleByIds } from '../../people.ts';
import { davHref } from '../dav-path.ts';
import { type DavResource, davSpaces, hrefOf, isCollection } from '../resolve.ts';
import type { DavEntry } from './live-properties.ts';

interface LockAt {
  lock: LockRow;
  root: string;
}

/**
 * The resource and (depth 1) its members as PROPFIND answers them, with the locks that cover each:
 * its own and its folders' locks of depth infinity. A folder of any size costs the same few queries.
 */
export async function entriesOf(
  tx: Tx,
  personId: string,
  resource: DavResource,
  depth: '0' | '1',
): Promise<DavEntry[]> {
  if (resource.kind === 'unmapped' || resource.kind === 'nowhere') return [];
  const self = { href: hrefOf(resource), collection: isCollection(resource), locks: [] as LockAt[] };
  if (resource.kind === 'root') {
    const root: DavEntry = { ...self, displayName: 'dav', node: null, locks: [] };
    if (depth === '0') return [root];
    const spaces = await davSpaces(tx, personId);
    return [
      root,
      ...spaces.map((s) => ({
        href: davHref([s.folderName], true),
        collection: true,
        displayName: s.folderName,
        node: null,
        locks: [],
      })),
    ];
  }
  const chain: NodeRow[] = resource.kind === 'node' ? resource.chain : [];
  const node = resource.kind === 'node' ? resource.node : null;
  // The locks on the path's nodes; each one's root is the href of the node it was taken on.
  const pathLocks: LockAt[] = (
    await liveLocksOn(
      tx,
      chain.map((n) => n.id),
    )
  ).map((lock) => {
    const at = chain.findIndex((n) => n.id === lock.nodeId);
    return { lock, root: davHref(resource.segments.slice(0, at + 2), chain[at]?.kind === 'folder') };
  });
  const inherited = pathLocks.filter((l) => l.lock.depth === 'infinity');
  const ownLocks = pathLocks.filter((l) => l.lock.nodeId === node?.id && l.lock.depth !== 'infinity');
  const entries: (Omit<DavEntry, 'locks'> & { locks: LockAt[] })[] = [
    {
      ...self,
      displayName: node?.name ?? (resource.kind === 'space' ? resource.space.folderName : ''),
      node,
      locks: [...inherited, ...ownLocks],
    },
  ];
  if (depth === '1' && (resource.kind === 'space' || node?.kind === 'folder')) {
    const children = await liveChildren(tx, resource.space, node?.id ?? null);
    const childLocks = await liveLocksOn(
      tx,
      children.map((c) => c.id),
    );
    for (const child of children) {
      const href = davHref([...resource.segments, child.name], child.kind === 'folder');
      const own = childLocks.filter((lock) => lock.nodeId === child.id).map((lock) => ({ lock, root: href }));
      entries.push({
        href,
        collection: child.kind === 'folder',
        displayName: child.name,
        node: child,
        locks: [...inherited, ...own],
      });
    }
  }
  const owners = await peopleByIds(
    tx,
    entries.flatMap((e) => e.locks.map((l) => l.lock.ownerId)),
  );
  return entries.map((entry) => ({
    ...entry,
    locks: entry.locks.map((l) => ({ ...l, ownerName: owners.get(l.lock.ownerId)?.name ?? '' })),
  }));
}
