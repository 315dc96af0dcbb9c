import { and, eq, sql } from 'drizzle-orm';
import type { Tx } from '../../../../platform/db/client.ts';
import { uuidArray } from '../../../../platform/db/sql-arrays.ts';
import { docProperties } from '../../tables.ts';
import type { PropertyChange } from '../xml/request-bodies.ts';

export type DeadProperty = typeof docProperties.$inferSelect;

// More than any editor sets; a client that sets more is refused (507) rather than filling the table.
export const MAX_PROPERTIES_PER_NODE = 200;
export const MAX_PROPERTY_XML = 64 * 1024;

/** The dead properties of these nodes, by node. */
export async function deadPropertiesOf(tx: Tx, nodeIds: readonly string[]): Promise<Map<string, DeadProperty[]>> {
  const byNode = new Map<string, DeadProperty[]>();
  if (nodeIds.length === 0) return byNode;
  const rows = await tx
    .select()
    .from(docProperties)
    .where(sql`${docProperties.nodeId} = any(${uuidArray(nodeIds)})`);
  for (const row of rows) byNode.set(row.nodeId, [...(byNode.get(row.nodeId) ?? []), row]);
  return byNode;
}

/** Applies a PROPPATCH's changes in order (the caller's transaction makes them all or none). */
export async function changeProperties(tx: Tx, nodeId: string, changes: readonly PropertyChange[]): Promise<void> {
  for (const change of changes) {
    const key = and(
      eq(docProperties.nodeId, nodeId),
      eq(docProperties.namespace, change.name.uri),
      eq(docProperties.name, change.name.local),
    );
    if (change.op === 'remove') {
      await tx.delete(docProperties).where(key);
      continue;
    }
    await tx
      .insert(docProperties)
      .values({ nodeId, namespace: change.name.uri, name: change.name.local, xml: change.xml })
      .onConflictDoUpdate({
        target: [docProperties.nodeId, docProperties.namespace, docProperties.name],
        set: { xml: change.xml },
      });
  }
}

/** How many dead properties the node has. */
export async function propertyCount(tx: Tx, nodeId: string): Promise<number> {
  const [row] = await tx
    .select({ count: sql<number>`count(*)::int` })
    .from(docProperties)
    .where(eq(docProperties.nodeId, nodeId));
  return Number(row?.count ?? 0);
}

/** Gives copies the dead properties of their originals (COPY copies them, RFC 4918 9.8.2). */
export async function copyProperties(tx: Tx, pairs: readonly { from: string; to: string }[]): Promise<void> {
  const originals = await deadPropertiesOf(
    tx,
    pairs.map((p) => p.from),
  );
  const rows = pairs.flatMap((pair) =>
    (originals.get(pair.from) ?? []).map((p) => ({
      nodeId: pair.to,
      namespace: p.namespace,
      name: p.name,
      xml: p.xml,
    })),
  );
  if (rows.length > 0) await tx.insert(docProperties).values(rows).onConflictDoNothing();
}
