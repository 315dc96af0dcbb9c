import { and, eq, sql } from 'drizzle-orm';
import type { DocumentApproval } from '../../../../shared/contracts/documents.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { conflict, forbidden, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { requireNode } from '../node-access.ts';
import { peopleByIds } from '../people.ts';
import { canWithdrawApproval } from '../policy.ts';
import { docApprovalReviewers, docApprovals } from '../tables.ts';
import { approvalViews } from './approval-views.ts';

/** The approval with its file, for someone who may read the file; 404 otherwise. */
async function approvalFor(tx: Tx, personId: string | undefined, id: string) {
  if (!personId) throw unauthenticated();
  const [approval] = await tx.select().from(docApprovals).where(eq(docApprovals.id, id)).for('update');
  if (!approval) throw notFound('Approval');
  const access = await requireNode(tx, personId, approval.nodeId).catch(() => {
    throw notFound('Approval');
  });
  return { approval, access };
}

/**
 * A reviewer's answer: approved once everyone asked approved, rejected at the first rejection. Only
 * open approvals take answers (409 `approval-closed`); the requester is told the outcome.
 */
export async function decideApproval(
  db: Db,
  personId: string | undefined,
  id: string,
  input: { decision: 'approved' | 'rejected'; comment?: string | undefined },
): Promise<DocumentApproval> {
  return db.transaction(async (tx) => {
    const { approval, access } = await approvalFor(tx, personId, id);
    const [mine] = await tx
      .select()
      .from(docApprovalReviewers)
      .where(and(eq(docApprovalReviewers.approvalId, id), eq(docApprovalReviewers.personId, personId as string)));
    if (!mine) throw forbidden('You were not asked to approve this version.');
    if (approval.state !== 'pending') throw conflict('approval-closed', `The approval is ${approval.state}`);
    await tx
      .update(docApprovalReviewers)
      .set({ decision: input.decision, comment: input.comment?.trim() ?? '', decidedAt: sql`now()` })
      .where(and(eq(docApprovalReviewers.approvalId, id), eq(docApprovalReviewers.personId, personId as string)));
    const answers = await tx
      .select({ decision: docApprovalReviewers.decision })
      .from(docApprovalReviewers)
      .where(eq(docApprovalReviewers.approvalId, id));
    const state = answers.some((a) => a.decision === 'rejected')
      ? 'rejected'
      : answers.every((a) => a.decision === 'approved')
        ? 'approved'
        : 'pending';
    if (state !== 'pending') {
      await tx.update(docApprovals).set({ state, decidedAt: sql`now()` }).where(eq(docApprovals.id, id));
      await notify(
        tx,
        [approval.requestedBy].filter((p) => p !== personId),
        {
          kind: 'document-approval-decided',
          data: {
            title: access.node.name,
            state,
            actorName: (await peopleByIds(tx, [personId])).get(personId as string)?.name ?? '',
          },
          link: `/documents/files/${access.node.id}`,
        },
      );
    }
    const views = await approvalViews(tx, access.node.id, personId as string);
    return views.find((view) => view.id === id) as DocumentApproval;
  });
}

/** Withdraws an open approval: who asked for it, or who manages the space. */
export async function withdrawApproval(db: Db, personId: string | undefined, id: string): Promise<void> {
  await db.transaction(async (tx) => {
    const { approval, access } = await approvalFor(tx, personId, id);
    if (!canWithdrawApproval(access.space.rights, approval.requestedBy, personId as string)) throw forbidden();
    if (approval.state !== 'pending') throw conflict('approval-closed', `The approval is ${approval.state}`);
    await tx.update(docApprovals).set({ state: 'withdrawn', decidedAt: sql`now()` }).where(eq(docApprovals.id, id));
  });
}
