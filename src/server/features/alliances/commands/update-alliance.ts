import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { forbidden, notFound } from '../../../platform/errors/problem.ts';
import { updateAllianceProfile } from '../mutations.ts';
import { canManageAlliance } from '../policy.ts';
import { type AllianceRow, lockAlliance, membershipsOf } from '../queries.ts';
import type { UpdateAllianceInput } from '../schema.ts';
import type { Actor } from '../service.ts';
import { cleanProfile } from './clean-profile.ts';

/** Admins of member organisations (and platform admins) change the alliance's name, description or website. */
export async function updateAllianceCommand(
  deps: Deps,
  actor: Actor,
  allianceId: string,
  input: UpdateAllianceInput,
): Promise<AllianceRow> {
  const changes = cleanProfile(input);
  return deps.db.transaction(async (tx) => {
    const alliance = await lockAlliance(tx, allianceId);
    if (!alliance) throw notFound('Alliance');
    if (!canManageAlliance(actor.viewer, await membershipsOf(tx, allianceId))) {
      throw forbidden('Only admins of member organisations can change the alliance.');
    }
    const changed = Object.keys(changes).filter(
      (key) => changes[key as keyof typeof changes] !== alliance[key as keyof typeof changes],
    );
    if (changed.length === 0) return alliance;
    const updated = await updateAllianceProfile(tx, allianceId, changes);
    await audit(tx, {
      actorId: actor.viewer.personId,
      action: 'alliance.updated',
      subjectType: 'alliance',
      subjectId: allianceId,
      organisationId: actor.viewer.organisation?.id ?? null,
      ip: actor.ip,
      details: { changed },
    });
    return updated ?? alliance;
  });
}
