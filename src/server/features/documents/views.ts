import { desc, sql } from 'drizzle-orm';
import type { ApprovalState, DocumentItem, DocumentLock, DocumentSpace } from '../../../shared/contracts/documents.ts';
import type { Tx } from '../../platform/db/client.ts';
import { uuidArray } from '../../platform/db/sql-arrays.ts';
import { type LockRow, liveLocksOn } from './locks/lock-queries.ts';
import type { NodeRow } from './node-queries.ts';
import { type PersonRef, peopleByIds } from './people.ts';
import { usageOf } from './quota.ts';
import type { Space } from './space-access.ts';
import { docApprovals, docVersions } from './tables.ts';

const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

/** What a WebDAV client said of a lock's owner, as plain text (it arrives as the XML of DAV:owner). */
export function noteText(xml: string): string {
  return xml
    .replace(/<[^>]*>/g, ' ')
    .replace(/&(amp|lt|gt|quot|apos);/g, (_m, name: string) => ENTITIES[name] ?? '')
    .replace(/\s+/g, ' ')
    .trim();
}

export function lockView(lock: LockRow, people: Map<string, PersonRef>, personId: string): DocumentLock {
  return {
    owner: people.get(lock.ownerId) ?? { id: lock.ownerId, name: '' },
    via: lock.via as DocumentLock['via'],
    ownerNote: noteText(lock.ownerNote),
    createdAt: lock.createdAt.toISOString(),
    expiresAt: lock.expiresAt.toISOString(),
    mine: lock.ownerId === personId,
  };
}

/** The nodes as the API shows them, with names, locks, version numbers and approval states in four queries. */
export async function itemViews(tx: Tx, personId: string, nodes: readonly NodeRow[]): Promise<DocumentItem[]> {
  if (nodes.length === 0) return [];
  const locks = await liveLocksOn(
    tx,
    nodes.map((n) => n.id),
  );
  const people = await peopleByIds(tx, [...nodes.map((n) => n.updatedBy), ...locks.map((l) => l.ownerId)]);
  const currentIds = nodes.flatMap((n) => (n.currentVersionId ? [n.currentVersionId] : []));
  const numbers = new Map<string, number>();
  const approvals = new Map<string, ApprovalState>();
  if (currentIds.length > 0) {
    const rows = await tx
      .select({ id: docVersions.id, number: docVersions.number })
      .from(docVersions)
      .where(sql`${docVersions.id} = any(${uuidArray(currentIds)})`);
    for (const row of rows) numbers.set(row.id, row.number);
    // The newest approval of each file: its state for the current version, or "lapsed" when a later
    // version lapsed it (the listing says so until someone asks again).
    const newest = await tx
      .selectDistinctOn([docApprovals.nodeId], {
        nodeId: docApprovals.nodeId,
        versionId: docApprovals.versionId,
        state: docApprovals.state,
      })
      .from(docApprovals)
      .where(sql`${docApprovals.nodeId} = any(${uuidArray(nodes.map((n) => n.id))})`)
      .orderBy(docApprovals.nodeId, desc(docApprovals.createdAt));
    const current = new Set(currentIds);
    for (const row of newest) {
      if (current.has(row.versionId)) approvals.set(row.nodeId, row.state as ApprovalState);
      else if (row.state === 'lapsed') approvals.set(row.nodeId, 'lapsed');
    }
  }
  const lockOf = new Map(locks.map((lock) => [lock.nodeId, lock]));
  return nodes.map((node) => {
    const lock = lockOf.get(node.id);
    return {
      id: node.id,
      kind: node.kind as DocumentItem['kind'],
      name: node.name,
      parentId: node.parentId,
      description: node.description,
      tags: node.tags,
      size: node.size,
      mediaType: node.mediaType,
      version: node.currentVersionId ? (numbers.get(node.currentVersionId) ?? null) : null,
      updatedAt: node.updatedAt.toISOString(),
      updatedBy: node.updatedBy ? (people.get(node.updatedBy) ?? null) : null,
      lock: lock ? lockView(lock, people, personId) : null,
      approval: approvals.get(node.id) ?? null,
    };
  });
}

/** The spaces as the API shows them, with their usage (two queries for all). */
export async function spaceViews(tx: Tx, spaces: readonly Space[]): Promise<DocumentSpace[]> {
  const usage = await usageOf(tx, spaces);
  return spaces.map((space) => ({
    kind: space.kind,
    id: space.id,
    name: space.name,
    rights: space.rights,
    usage: usage.get(`${space.kind}:${space.id}`) ?? { usedBytes: 0, quotaBytes: null },
  }));
}
