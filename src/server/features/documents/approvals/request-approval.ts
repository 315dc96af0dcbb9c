import type { DocumentApproval } from '../../../../shared/contracts/documents.ts';
import type { Db } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { conflict, invalid } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { requireNode } from '../node-access.ts';
import { peopleByIds } from '../people.ts';
import { readersAmong } from '../space-access.ts';
import { docApprovalReviewers, docApprovals } from '../tables.ts';
import { approvalViews } from './approval-views.ts';

/**
 * Asks named people to approve the file's current version (whoever may change the file). Each must be
 * able to read the space; they are told in the bell and the digest.
 */
export async function requestApproval(
  db: Db,
  personId: string | undefined,
  id: string,
  input: { reviewerIds: string[]; message?: string | undefined },
): Promise<DocumentApproval> {
  return db.transaction(async (tx) => {
    const { node, space } = await requireNode(tx, personId, id, { write: true });
    if (node.kind !== 'file' || !node.currentVersionId) throw conflict('not-a-file', 'Only a file can be approved');
    const readers = await readersAmong(tx, space, input.reviewerIds);
    const strangers = input.reviewerIds.filter((reviewer) => !readers.has(reviewer));
    if (strangers.length > 0) {
      throw invalid(
        strangers.map((reviewer) => ({
          field: `body:/reviewerIds/${input.reviewerIds.indexOf(reviewer)}`,
          message: 'cannot read the documents of this space',
        })),
      );
    }
    const approvalId = newId();
    await tx.insert(docApprovals).values({
      id: approvalId,
      nodeId: node.id,
      versionId: node.currentVersionId,
      requestedBy: personId as string,
      message: input.message?.trim() ?? '',
    });
    await tx
      .insert(docApprovalReviewers)
      .values(input.reviewerIds.map((reviewer) => ({ approvalId, personId: reviewer })));
    const requester = (await peopleByIds(tx, [personId])).get(personId as string);
    await notify(
      tx,
      input.reviewerIds.filter((reviewer) => reviewer !== personId),
      {
        kind: 'document-approval',
        data: { title: node.name, actorName: requester?.name ?? '', message: input.message?.trim() ?? '' },
        link: `/documents/files/${node.id}`,
      },
    );
    const views = await approvalViews(tx, node.id, personId as string);
    return views.find((view) => view.id === approvalId) as DocumentApproval;
  });
}
