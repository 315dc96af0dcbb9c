import type { Tx } from '../db/client.ts';
import { newId } from '../db/ids.ts';
import { auditLog } from './tables.ts';

export interface AuditEntry {
  actorId: string | null;
  action: string;
  subjectType?: string;
  subjectId?: string;
  organisationId?: string | null;
  ip?: string | null;
  details?: Record<string, unknown>;
}

/** Writes one audit entry, inside the caller's transaction when one is given. */
export async function audit(tx: Tx, entry: AuditEntry): Promise<void> {
  await tx.insert(auditLog).values({
    id: newId(),
    actorId: entry.actorId,
    action: entry.action,
    subjectType: entry.subjectType ?? null,
    subjectId: entry.subjectId ?? null,
    organisationId: entry.organisationId ?? null,
    ip: entry.ip ?? null,
    details: entry.details ?? null,
  });
}
