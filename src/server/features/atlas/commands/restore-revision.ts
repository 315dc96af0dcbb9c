import type { Deps } from '../../../deps.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { revisionOf } from '../queries.ts';
import type { AtlasActor } from '../viewer.ts';
import { lockForEditing } from './editable-record.ts';
import { saveCooperation } from './save-cooperation.ts';

/**
 * Saves an old revision's content as a new revision (editors only). The workflow state stays as it
 * is; the restored content is checked like any save (a partner since removed from the directory or a
 * slug taken by another record meanwhile is refused).
 */
export async function restoreRevisionCommand(deps: Deps, actor: AtlasActor, id: string, number: number) {
  return deps.db.transaction(async (tx) => {
    await lockForEditing(tx, actor.viewer, id);
    const revision = await revisionOf(tx, id, number);
    if (!revision) throw notFound('Revision');
    const { state: _state, ...content } = revision.snapshot;
    return saveCooperation(tx, content, { authorId: actor.viewer.personId, existingId: id, action: 'restored' });
  });
}
