import { and, asc, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { uuidArray } from '../../platform/db/sql-arrays.ts';
import { rowsOf } from '../../platform/db/sql-rows.ts';
import { nameKey } from './names.ts';
import type { SpaceRef } from './space-access.ts';
import { docNodes } from './tables.ts';

export type NodeRow = typeof docNodes.$inferSelect;

const inSpace = (space: SpaceRef) => and(eq(docNodes.spaceKind, space.kind), eq(docNodes.spaceId, space.id));
const under = (parentId: string | null) => (parentId ? eq(docNodes.parentId, parentId) : isNull(docNodes.parentId));

/** The node, live or trashed; undefined when there is none. */
export async function findNode(tx: Tx, id: string, options: { lock?: boolean } = {}): Promise<NodeRow | undefined> {
  const query = tx.select().from(docNodes).where(eq(docNodes.id, id));
  const [row] = options.lock ? await query.for('update') : await query;
  return row;
}

/** The live folders and files in a folder (null: the top level), folders first, then by name. */
export async function liveChildren(tx: Tx, space: SpaceRef, parentId: string | null): Promise<NodeRow[]> {
  return tx
    .select()
    .from(docNodes)
    .where(and(inSpace(space), under(parentId), isNull(docNodes.trashedAt)))
    .orderBy(desc(docNodes.kind), asc(docNodes.nameKey));
}

/** The live node of that name in a folder, whatever the case of its letters. */
export async function childNamed(
  tx: Tx,
  space: SpaceRef,
  parentId: string | null,
  name: string,
): Promise<NodeRow | undefined> {
  const [row] = await tx
    .select()
    .from(docNodes)
    .where(and(inSpace(space), under(parentId), eq(docNodes.nameKey, nameKey(name)), isNull(docNodes.trashedAt)));
  return row;
}

/** The node's folders from the top level down, the node itself last (one query, however deep). */
export async function chainOf(tx: Tx, id: string): Promise<NodeRow[]> {
  const result = await tx.execute(sql`
    with recursive up(id, parent_id, depth) as (
      select id, parent_id, 0 from doc_nodes where id = ${id}
      union all
      select n.id, n.parent_id, up.depth + 1 from doc_nodes n join up on n.id = up.parent_id where up.depth < 200
    )
    select id, depth from up`);
  const depths = new Map(rowsOf<{ id: string; depth: number }>(result).map((r) => [r.id, Number(r.depth)]));
  if (depths.size === 0) return [];
  const rows = await tx
    .select()
    .from(docNodes)
    .where(sql`${docNodes.id} = any(${uuidArray([...depths.keys()])})`);
  return rows.sort((a, b) => (depths.get(b.id) ?? 0) - (depths.get(a.id) ?? 0));
}

/** Every node inside a folder, at any depth (not the folder itself). */
export async function descendantsOf(tx: Tx, id: string): Promise<NodeRow[]> {
  const result = await tx.execute(sql`
    with recursive down(id) as (
      select id from doc_nodes where parent_id = ${id}
      union all
      select n.id from doc_nodes n join down on n.parent_id = down.id
    )
    select id from down`);
  const ids = rowsOf<{ id: string }>(result).map((r) => r.id);
  if (ids.length === 0) return [];
  return tx
    .select()
    .from(docNodes)
    .where(sql`${docNodes.id} = any(${uuidArray(ids)})`);
}

/** Whether the node and every folder above it are out of the trash. */
export function isLive(chain: readonly NodeRow[]): boolean {
  return chain.length > 0 && chain.every((node) => node.trashedAt === null);
}
