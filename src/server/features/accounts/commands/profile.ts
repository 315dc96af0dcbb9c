import type { Deps } from '../../../deps.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { conflict, invalid } from '../../../platform/errors/problem.ts';
import { countConfirmedAdmins, membershipOf, requestHomeOrganisation } from '../../organisations/membership.ts';
import { refuseMemberChange } from '../../organisations/policy.ts';
import { meOf } from '../me.ts';
import { cleanName } from '../person-record.ts';
import { isSameHomeOrganisation } from '../policy.ts';
import { organisationExists, personById, updatePerson } from '../queries.ts';
import type { RequestContext } from '../request-context.ts';
import type { MeView } from '../schema.ts';

export async function updateProfile(
  deps: Deps,
  principal: Principal,
  input: { name?: string | undefined; locale?: 'de' | 'en' | undefined },
): Promise<MeView> {
  const set: { name?: string; locale?: string } = {};
  if (input.name !== undefined) set.name = cleanName(input.name);
  if (input.locale !== undefined) set.locale = input.locale;
  if (Object.keys(set).length > 0) await updatePerson(deps.db, principal.personId, set);
  return meOf(deps.db, principal.personId);
}

/**
 * Names the person's home organisation: confirmed at once when it registered the e-mail's domain,
 * otherwise pending until one of its admins confirms.
 */
export async function setHomeOrganisation(
  deps: Deps,
  principal: Principal,
  organisationId: string,
  ctx: RequestContext,
): Promise<MeView> {
  return deps.db.transaction(async (tx) => {
    if (!(await organisationExists(tx, organisationId))) {
      throw invalid([{ field: 'body:/organisationId', message: 'no such organisation' }], 'Organisation not found');
    }
    const current = await membershipOf(tx, principal.personId);
    if (!isSameHomeOrganisation(current, organisationId)) {
      if (current) {
        const admins = await countConfirmedAdmins(tx, current.organisationId);
        if (refuseMemberChange(current, { kind: 'remove' }, admins) === 'last-admin') {
          throw conflict(
            'last-admin',
            'You are the last administrator of your organisation',
            'Make someone else an administrator first.',
          );
        }
      }
      const person = await personById(tx, principal.personId);
      const membership = await requestHomeOrganisation(tx, {
        personId: principal.personId,
        organisationId,
        email: principal.email,
        emailVerified: Boolean(person?.emailVerifiedAt),
      });
      await audit(tx, {
        actorId: principal.personId,
        action: 'membership.requested',
        subjectType: 'organisation',
        subjectId: organisationId,
        organisationId,
        ip: ctx.ip,
        details: { status: membership.status, previousOrganisationId: current?.organisationId ?? null },
      });
    }
    return meOf(tx, principal.personId);
  });
}
