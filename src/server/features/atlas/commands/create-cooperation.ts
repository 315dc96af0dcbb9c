import type { Cooperation, CooperationInput } from '../../../../shared/contracts/atlas.ts';
import type { Deps } from '../../../deps.ts';
import { forbidden } from '../../../platform/errors/problem.ts';
import { type Answer, type IdempotencyKey, writeOnce } from '../../../platform/http/idempotency.ts';
import { canCreate } from '../policy.ts';
import { savedRecordView } from '../records/record-view.ts';
import type { AtlasActor } from '../viewer.ts';
import { saveCooperation } from './save-cooperation.ts';

/**
 * A member of one of the partner organisations (or a platform admin) starts a record as a draft. The
 * answer is the record as they see it; with an idempotency key, a repeat gets it again and creates nothing.
 */
export async function createCooperationCommand(
  deps: Deps,
  actor: AtlasActor,
  input: CooperationInput,
  key: IdempotencyKey | null = null,
): Promise<Answer<Cooperation>> {
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
  return writeOnce(deps.db, key, 201, async (tx) => {
    const saved = await saveCooperation(tx, input, {
      authorId: actor.viewer.personId,
      action: 'created',
      state: 'draft',
    });
    return savedRecordView(tx, saved.id, actor.viewer);
  });
}
