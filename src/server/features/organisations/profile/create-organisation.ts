import { isLandCode } from '../../../../shared/laender.ts';
import { KREIS_TYPES, type OrganisationType } from '../../../../shared/organisation-types.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Db } from '../../../platform/db/client.ts';
import { newId } from '../../../platform/db/ids.ts';
import { forbidden, invalid } from '../../../platform/errors/problem.ts';
import { canCreate } from '../policy.ts';
import { findByAgs, findKind, insertOrganisation } from '../queries.ts';
import type { CreateInput } from '../schema.ts';
import { searchNameOf } from '../search/search-name.ts';
import type { Actor } from '../viewer.ts';

/** A platform admin adds an organisation that is not in the directory (Zweckverband, IT-Dienstleister …). */
export async function createOrganisation(db: Db, actor: Actor, input: CreateInput): Promise<string> {
  if (!canCreate(actor.viewer)) throw forbidden('Only platform administrators add organisations.');
  const name = input.name.trim();
  if (searchNameOf(name) === '') throw invalid([{ field: 'body:/name', message: 'must contain letters or digits' }]);
  return db.transaction(async (tx) => {
    let landCode: string | null = input.landCode ?? null;
    let kreisId: string | null = null;
    if (input.kreisId) {
      const kreis = await findKind(tx, input.kreisId);
      if (!kreis || !KREIS_TYPES.includes(kreis.type as OrganisationType)) {
        throw invalid([{ field: 'body:/kreisId', message: 'is not a Landkreis or Kreis' }]);
      }
      if (landCode && kreis.landCode !== landCode) {
        throw invalid([{ field: 'body:/kreisId', message: 'lies in another Land' }]);
      }
      kreisId = kreis.id;
      landCode = kreis.landCode;
    }
    const land = landCode && isLandCode(landCode) ? await findByAgs(tx, landCode) : null;
    const id = newId();
    await insertOrganisation(tx, {
      id,
      name,
      searchName: searchNameOf(name),
      type: input.type,
      landCode,
      kreisId,
      landId: land?.id ?? null,
      website: input.website ?? null,
      description: input.description ?? null,
      source: 'manual',
    });
    await audit(tx, {
      actorId: actor.viewer.personId,
      action: 'organisation.created',
      subjectType: 'organisation',
      subjectId: id,
      organisationId: id,
      ip: actor.ip,
      details: { name, type: input.type, landCode, kreisId },
    });
    return id;
  });
}
