import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import { invalid, Problem } from '../../../platform/errors/problem.ts';
import { administeredOrganisation } from '../policy.ts';
import type { AllianceRow } from '../queries.ts';
import type { CreateAllianceInput } from '../schema.ts';
import { type Actor, createAlliance } from '../service.ts';
import { cleanProfile } from './clean-profile.ts';

/** An organisation admin founds an alliance; their organisation is its first member. */
export async function createAllianceCommand(
  deps: Deps,
  actor: Actor,
  input: CreateAllianceInput,
): Promise<AllianceRow> {
  const organisationId = administeredOrganisation(actor.viewer);
  if (!organisationId) {
    throw new Problem(
      403,
      'not-organisation-admin',
      'Only an organisation admin can create an alliance',
      'The organisation you administer becomes its first member.',
    );
  }
  const profile = cleanProfile(input);
  if (profile.name === undefined) throw invalid([{ field: 'body:/name', message: 'must not be blank' }]);
  const name = profile.name;
  return deps.db.transaction(async (tx) => {
    const alliance = await createAlliance(tx, {
      name,
      description: profile.description,
      website: profile.website,
      organisationId,
      createdBy: actor.viewer.personId,
    });
    await audit(tx, {
      actorId: actor.viewer.personId,
      action: 'alliance.created',
      subjectType: 'alliance',
      subjectId: alliance.id,
      organisationId,
      ip: actor.ip,
      details: { name: alliance.name, slug: alliance.slug },
    });
    return alliance;
  });
}
