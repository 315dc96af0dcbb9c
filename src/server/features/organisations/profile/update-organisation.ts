import { audit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/client.ts';
import { forbidden, invalid } from '../../../platform/errors/problem.ts';
import { announceRenames } from '../organisation-renames.ts';
import { canManage, canRename } from '../policy.ts';
import { updateOrganisation } from '../queries.ts';
import type { UpdateInput } from '../schema.ts';
import { searchNameOf } from '../search/search-name.ts';
import type { Actor } from '../viewer.ts';
import { requireOrganisation } from './profile.ts';

/** Its admins (or a platform admin) edit the profile; official directory names stay as they are. */
export async function editOrganisation(db: Db, actor: Actor, id: string, input: UpdateInput): Promise<void> {
  await db.transaction(async (tx) => {
    const organisation = await requireOrganisation(tx, id);
    if (!canManage(actor.viewer, id)) throw forbidden('Only administrators of the organisation may edit it.');
    const changes: Parameters<typeof updateOrganisation>[2] = {};
    if (input.name !== undefined && input.name.trim() !== organisation.name) {
      if (!canRename(actor.viewer, organisation)) {
        throw invalid([{ field: 'body:/name', message: 'is the official directory name and cannot be changed' }]);
      }
      const name = input.name.trim();
      if (searchNameOf(name) === '')
        throw invalid([{ field: 'body:/name', message: 'must contain letters or digits' }]);
      changes.name = name;
      changes.searchName = searchNameOf(name);
    }
    if (input.website !== undefined) changes.website = input.website;
    if (input.description !== undefined) changes.description = input.description;
    if (Object.keys(changes).length === 0) return;
    await updateOrganisation(tx, id, changes);
    if (changes.name) await announceRenames(tx);
    await audit(tx, {
      actorId: actor.viewer.personId,
      action: 'organisation.updated',
      subjectType: 'organisation',
      subjectId: id,
      organisationId: id,
      ip: actor.ip,
      details: { fields: Object.keys(changes).filter((f) => f !== 'searchName') },
    });
  });
}
