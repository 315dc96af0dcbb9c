import { and, eq, isNull, sql } from 'drizzle-orm';
import type { Tx } from '../../platform/db/client.ts';
import { Problem } from '../../platform/errors/problem.ts';
import type { SpaceRef } from './space-access.ts';
import { docNodes, docQuotas, docVersions } from './tables.ts';

export interface SpaceUsage {
  usedBytes: number;
  quotaBytes: number | null;
}

const keyOf = (space: SpaceRef) => `${space.kind}:${space.id}`;

/**
 * What each space's files take (every kept version, the trash included, until it is purged) and its
 * quota; two queries for any number of spaces.
 */
export async function usageOf(tx: Tx, spaces: readonly SpaceRef[]): Promise<Map<string, SpaceUsage>> {
  const usage = new Map<string, SpaceUsage>(spaces.map((s) => [keyOf(s), { usedBytes: 0, quotaBytes: null }]));
  if (spaces.length === 0) return usage;
  const pairs = sql.join(
    spaces.map((s) => sql`(${s.kind}, ${s.id}::uuid)`),
    sql`, `,
  );
  const used = await tx
    .select({
      kind: docNodes.spaceKind,
      id: docNodes.spaceId,
      bytes: sql<string>`coalesce(sum(${docVersions.size}), 0)`,
    })
    .from(docVersions)
    .innerJoin(docNodes, eq(docNodes.id, docVersions.nodeId))
    .where(and(sql`(${docNodes.spaceKind}, ${docNodes.spaceId}) in (${pairs})`, isNull(docVersions.prunedAt)))
    .groupBy(docNodes.spaceKind, docNodes.spaceId);
  for (const row of used) {
    const entry = usage.get(`${row.kind}:${row.id}`);
    if (entry) entry.usedBytes = Number(row.bytes);
  }
  const quotas = await tx
    .select()
    .from(docQuotas)
    .where(sql`(${docQuotas.spaceKind}, ${docQuotas.spaceId}) in (${pairs})`);
  for (const row of quotas) {
    const entry = usage.get(`${row.spaceKind}:${row.spaceId}`);
    if (entry) entry.quotaBytes = row.bytes;
  }
  return usage;
}

/** The usage of one space. */
export async function spaceUsage(tx: Tx, space: SpaceRef): Promise<SpaceUsage> {
  return (await usageOf(tx, [space])).get(keyOf(space)) as SpaceUsage;
}

/** Refuses with 413 `quota-exceeded` when adding these bytes would pass the space's quota. */
export async function assertRoom(tx: Tx, space: SpaceRef, addBytes: number): Promise<void> {
  // Without a quota nothing is summed: the sum reads every version of the space, on every upload.
  const [quota] = await tx
    .select({ bytes: docQuotas.bytes })
    .from(docQuotas)
    .where(and(eq(docQuotas.spaceKind, space.kind), eq(docQuotas.spaceId, space.id)));
  if (!quota) return;
  const { usedBytes, quotaBytes } = await spaceUsage(tx, space);
  if (quotaBytes !== null && usedBytes + addBytes > quotaBytes) {
    throw new Problem(
      413,
      'quota-exceeded',
      'The space has no room for this file',
      `${usedBytes.toLocaleString('en')} of ${quotaBytes.toLocaleString('en')} bytes are used.`,
      undefined,
      { usedBytes, quotaBytes },
    );
  }
}

/** Sets or (null) removes a space's quota. */
export async function setQuota(tx: Tx, space: SpaceRef, bytes: number | null): Promise<void> {
  if (bytes === null) {
    await tx.delete(docQuotas).where(and(eq(docQuotas.spaceKind, space.kind), eq(docQuotas.spaceId, space.id)));
    return;
  }
  await tx
    .insert(docQuotas)
    .values({ spaceKind: space.kind, spaceId: space.id, bytes })
    .onConflictDoUpdate({ target: [docQuotas.spaceKind, docQuotas.spaceId], set: { bytes, updatedAt: sql`now()` } });
}
