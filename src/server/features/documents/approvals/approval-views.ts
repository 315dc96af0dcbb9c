import { asc, desc, eq, inArray } from 'drizzle-orm';
import type { DocumentApproval } from '../../../../shared/contracts/documents.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { peopleByIds } from '../people.ts';
import { docApprovalReviewers, docApprovals, docVersions } from '../tables.ts';

/** A file's approvals, newest first, with the reviewers' answers (three queries). */
export async function approvalViews(tx: Tx, nodeId: string, personId: string): Promise<DocumentApproval[]> {
  const rows = await tx
    .select({ approval: docApprovals, versionNumber: docVersions.number })
    .from(docApprovals)
    .innerJoin(docVersions, eq(docVersions.id, docApprovals.versionId))
    .where(eq(docApprovals.nodeId, nodeId))
    .orderBy(desc(docApprovals.createdAt));
  if (rows.length === 0) return [];
  const reviewers = await tx
    .select()
    .from(docApprovalReviewers)
    .where(
      inArray(
        docApprovalReviewers.approvalId,
        rows.map((r) => r.approval.id),
      ),
    )
    .orderBy(asc(docApprovalReviewers.personId));
  const people = await peopleByIds(tx, [
    ...rows.map((r) => r.approval.requestedBy),
    ...reviewers.map((r) => r.personId),
  ]);
  const ref = (id: string) => people.get(id) ?? { id, name: '' };
  return rows.map(({ approval, versionNumber }) => {
    const own = reviewers.filter((r) => r.approvalId === approval.id);
    return {
      id: approval.id,
      versionId: approval.versionId,
      versionNumber,
      requestedBy: ref(approval.requestedBy),
      message: approval.message,
      state: approval.state as DocumentApproval['state'],
      createdAt: approval.createdAt.toISOString(),
      decidedAt: approval.decidedAt?.toISOString() ?? null,
      reviewers: own.map((r) => ({
        person: ref(r.personId),
        decision: r.decision as 'approved' | 'rejected' | null,
        comment: r.comment,
        decidedAt: r.decidedAt?.toISOString() ?? null,
      })),
      awaitsMe: approval.state === 'pending' && own.some((r) => r.personId === personId && r.decision === null),
    };
  });
}
