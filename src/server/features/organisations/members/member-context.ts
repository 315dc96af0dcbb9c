import type { Tx } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { membershipOf } from '../membership.ts';
import type { Viewer } from '../policy.ts';
import { lockOrganisation, memberOf } from '../queries.ts';
import type { Actor } from '../viewer.ts';

/**
 * Starts a membership change: locks the organisation's row (so concurrent changes cannot together
 * remove its last admin) and reads the actor's rights again under that lock.
 */
export async function lockForMemberChange(tx: Tx, actor: Actor, organisationId: string): Promise<Viewer> {
  if (!(await lockOrganisation(tx, organisationId))) throw notFound('Organisation');
  return { ...actor.viewer, membership: await membershipOf(tx, actor.viewer.personId) };
}

/** The person's membership in the organisation, or a 404 problem. */
export async function requireMember(tx: Tx, organisationId: string, personId: string) {
  const member = await memberOf(tx, organisationId, personId);
  if (!member) throw notFound('Member');
  return member;
}
