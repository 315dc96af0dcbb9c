import { and, desc, eq, isNotNull } from 'drizzle-orm';
import { DOCUMENT_LIMITS, type FolderListing } from '../../../../shared/contracts/documents.ts';
import type { Db } from '../../../platform/db/client.ts';
import { requireFolder } from '../node-access.ts';
import { liveChildren } from '../node-queries.ts';
import { peopleByIds } from '../people.ts';
import { requireSpace, type SpaceRef } from '../space-access.ts';
import { docNodes } from '../tables.ts';
import { itemViews, spaceViews } from '../views.ts';

/** A folder's (or the top level's) live content, with the path to it; 404 for a folder not live in the space. */
export async function listFolder(
  db: Db,
  personId: string | undefined,
  ref: SpaceRef,
  folderId: string | null,
): Promise<FolderListing> {
  return db.transaction(async (tx) => {
    const space = await requireSpace(tx, personId, ref);
    const chain = await requireFolder(tx, space, folderId);
    const children = await liveChildren(tx, space, folderId);
    const [view] = await spaceViews(tx, [space]);
    const [folder, ...items] = await itemViews(tx, personId as string, [...chain.slice(-1), ...children]);
    return {
      space: view as FolderListing['space'],
      folder: chain.length > 0 ? (folder ?? null) : null,
      path: chain.map((n) => ({ id: n.id, name: n.name })),
      items: chain.length > 0 ? items : folder ? [folder, ...items] : [],
    };
  });
}

/** The space's trash: what was trashed itself (what was in a trashed folder goes with it), newest first. */
export async function listTrash(db: Db, personId: string | undefined, ref: SpaceRef) {
  return db.transaction(async (tx) => {
    const space = await requireSpace(tx, personId, ref);
    const rows = await tx
      .select()
      .from(docNodes)
      .where(and(eq(docNodes.spaceKind, space.kind), eq(docNodes.spaceId, space.id), isNotNull(docNodes.trashedAt)))
      .orderBy(desc(docNodes.trashedAt))
      .limit(1_000);
    const items = await itemViews(tx, personId as string, rows);
    const people = await peopleByIds(
      tx,
      rows.map((r) => r.trashedBy),
    );
    const [view] = await spaceViews(tx, [space]);
    return {
      space: view as FolderListing['space'],
      items: rows.map((row, index) => ({
        item: items[index] as FolderListing['items'][number],
        trashedAt: (row.trashedAt as Date).toISOString(),
        trashedBy: row.trashedBy ? (people.get(row.trashedBy) ?? null) : null,
        purgeAt: new Date((row.trashedAt as Date).getTime() + DOCUMENT_LIMITS.trashDays * 86_400_000).toISOString(),
      })),
    };
  });
}
