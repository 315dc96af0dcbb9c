import type { CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { Deps } from '../../../deps.ts';
import { conflict, invalid } from '../../../platform/errors/problem.ts';
import { wouldLockOut } from '../policy.ts';
import type { AtlasActor } from '../viewer.ts';
import { lockForEditing } from './editable-record.ts';
import { saveCooperation } from './save-cooperation.ts';

/**
 * Replaces a record's content (partners and admins). The editor names the revision they started
 * from; when someone saved in between, the save is refused (409) instead of silently overwriting.
 * The record keeps its workflow state: a published record stays published (see policy.ts).
 */
export async function replaceCooperationCommand(
  deps: Deps,
  actor: AtlasActor,
  id: string,
  baseRevision: number,
  input: CooperationInput,
) {
  return deps.db.transaction(async (tx) => {
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
    return saveCooperation(tx, input, { authorId: actor.viewer.personId, existingId: id, action: 'edited' });
  });
}
