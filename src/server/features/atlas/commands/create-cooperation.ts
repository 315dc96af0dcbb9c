import type { CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { Deps } from '../../../deps.ts';
import { forbidden } from '../../../platform/errors/problem.ts';
import { canCreate } from '../policy.ts';
import type { AtlasActor } from '../viewer.ts';
import { saveCooperation } from './save-cooperation.ts';

/** A member of one of the partner organisations (or a platform admin) starts a record as a draft. */
export async function createCooperationCommand(deps: Deps, actor: AtlasActor, input: CooperationInput) {
  if (
    !canCreate(
      actor.viewer,
      input.partnerIds.map((id) => id.toLowerCase()),
    )
  ) {
    throw forbidden(
      'Records are written by the people of a partner organisation: name your own organisation as a partner.',
    );
  }
  return deps.db.transaction((tx) =>
    saveCooperation(tx, input, { authorId: actor.viewer.personId, action: 'created', state: 'draft' }),
  );
}
