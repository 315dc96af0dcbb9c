import type { RecordState } from '../../../../shared/atlas/states.ts';
import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { conflict, forbidden, notFound } from '../../../platform/errors/problem.ts';
import { notify } from '../../notifications/notify.ts';
import { canSee, decideTransition, type TransitionAction } from '../policy.ts';
import { findById, lastAuthorOf, platformAdminIds, type RecordRow, revisionOf } from '../queries.ts';
import { insertRevision, updateState } from '../records/record-writes.ts';
import { indexCooperation } from '../search/search-index.ts';
import type { AtlasActor } from '../viewer.ts';

// Moderation moves land in the audit log; a partner's own submit and withdraw do not.
const AUDITED: ReadonlySet<TransitionAction> = new Set(['published', 'returned', 'archived', 'unarchived']);

/**
 * Moves a record through the workflow (see the moves in policy.ts), writes a revision for the move
 * and tells those concerned: submitting notifies the platform admins; publishing and returning
 * notify the record's creator (a returned record carries the admin's note).
 */
export async function changeStateCommand(
  deps: Deps,
  actor: AtlasActor,
  id: string,
  input: { state: RecordState; note?: string | undefined },
): Promise<{ id: string; slug: string; revision: number }> {
  const result = await deps.db.transaction(async (tx) => {
    const record = await findById(tx, id, true);
    if (!record || !canSee(actor.viewer, record)) throw notFound('Cooperation');
    const decision = decideTransition(actor.viewer, record, input.state);
    if (!decision.ok) {
      if (decision.reason === 'forbidden') throw forbidden('Only platform admins can make this change.');
      throw conflict('invalid-transition', `A ${record.state} record cannot become ${input.state}`);
    }
    const revision = record.revision + 1;
    await updateState(tx, id, input.state, revision);
    const latest = await revisionOf(tx, id, record.revision);
    if (latest) {
      await insertRevision(tx, {
        cooperationId: id,
        number: revision,
        snapshot: { ...latest.snapshot, state: input.state },
        action: decision.action,
        authorId: actor.viewer.personId,
      });
    }
    await indexCooperation(tx, id);
    const note = input.note?.trim() || null;
    await tellConcerned(tx, actor, record, decision.action, note);
    if (AUDITED.has(decision.action)) {
      await audit(tx, {
        actorId: actor.viewer.personId,
        action: `cooperation.${decision.action}`,
        subjectType: 'cooperation',
        subjectId: id,
        organisationId: actor.viewer.organisationId,
        ip: actor.ip,
        details: { title: record.title, from: record.state, to: input.state, ...(note ? { note } : {}) },
      });
    }
    return { id, slug: record.slug, revision };
  });
  await deps.publisher.flush();
  return result;
}

async function tellConcerned(
  tx: Tx,
  actor: AtlasActor,
  record: RecordRow,
  action: TransitionAction,
  note: string | null,
): Promise<void> {
  const link = `/atlas/${record.slug}`;
  const data = { title: record.title, actorName: actor.name };
  if (action === 'submitted') {
    const admins = (await platformAdminIds(tx)).filter((id) => id !== actor.viewer.personId);
    await notify(tx, admins, { kind: 'cooperation-review', data, link });
    return;
  }
  if (action !== 'published' && action !== 'returned') return;
  // The record's creator, and for a returned record also whoever submitted it: the partners' people
  // who wait for the decision.
  const submitter = action === 'returned' ? await lastAuthorOf(tx, record.id, 'submitted') : null;
  const recipients = [record.createdBy, submitter].filter(
    (id): id is string => id !== null && id !== actor.viewer.personId,
  );
  await notify(tx, recipients, {
    kind: action === 'published' ? 'cooperation-published' : 'cooperation-returned',
    data: action === 'returned' ? { ...data, note } : data,
    link,
  });
}
