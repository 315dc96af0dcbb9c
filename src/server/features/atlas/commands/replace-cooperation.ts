import type { Cooperation, CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { Deps } from '../../../deps.ts';
import { conflict, invalid } from '../../../platform/errors/problem.ts';
import { type Answer, type IdempotencyKey, writeOnce } from '../../../platform/http/idempotency.ts';
import { wouldLockOut } from '../policy.ts';
import { savedRecordView } from '../records/record-view.ts';
import type { AtlasActor } from '../viewer.ts';
import { lockForEditing } from './editable-record.ts';
import { saveCooperation } from './save-cooperation.ts';

/**
 * Replaces a record's content (partners and admins). The editor names the revision they started
 * from; when someone saved in between, the save is refused (409) instead of silently overwriting.
 * The record keeps its workflow state: a published record stays published (see policy.ts). With an
 * idempotency key, a repeat gets the first save's answer before the revision is compared, so a retried
 * save is not mistaken for a stale one.
 */
export async function replaceCooperationCommand(
  deps: Deps,
  actor: AtlasActor,
  id: string,
  baseRevision: number,
  input: CooperationInput,
  key: IdempotencyKey | null = null,
): Promise<Answer<Cooperation>> {
  return writeOnce(deps.db, key, 200, async (tx) => {
    const record = await lockForEditing(tx, actor.viewer, id);
    if (record.revision !== baseRevision) {
      throw conflict(
        'stale-revision',
        'The record was changed in the meantime',
        `You edited revision ${baseRevision}; the current one is ${record.revision}. Reload it and apply your changes again.`,
      );
    }
    if (
      wouldLockOut(
        actor.viewer,
        input.partnerIds.map((p) => p.toLowerCase()),
      )
    ) {
      throw invalid([{ field: 'body:/partnerIds', message: 'must still include your own organisation' }]);
    }
    await saveCooperation(tx, input, { authorId: actor.viewer.personId, existingId: id, action: 'edited' });
    return savedRecordView(tx, id, actor.viewer);
  });
}
