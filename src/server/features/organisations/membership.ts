import { and, eq, inArray } from 'drizzle-orm';
import {
  type MembershipStatus,
  ORGANISATION_ROLES,
  type OrganisationRole,
} from '../../../shared/contracts/accounts.ts';
import type { Tx } from '../../platform/db/client.ts';
import { organisationDomains, organisationMemberships } from './tables.ts';

/** How many confirmed admins the organisation has (so its last one cannot walk away from it). */
export { countConfirmedAdmins } from './queries.ts';
export type { MembershipStatus, OrganisationRole };

/**
 * The role a stored value names; anything unknown reads as `member`, the role with the fewest
 * rights, so a value the code does not know never grants more than reading.
 */
export function organisationRoleOf(value: string | null | undefined): OrganisationRole {
  return (ORGANISATION_ROLES as readonly string[]).includes(value ?? '') ? (value as OrganisationRole) : 'member';
}

export interface Membership {
  personId: string;
  organisationId: string;
  role: OrganisationRole;
  status: MembershipStatus;
}

/** The person's home organisation membership, confirmed or pending; null when none is named. */
export async function membershipOf(tx: Tx, personId: string): Promise<Membership | null> {
  const rows = await tx
    .select({
      personId: organisationMemberships.personId,
      organisationId: organisationMemberships.organisationId,
      role: organisationMemberships.role,
      status: organisationMemberships.status,
    })
    .from(organisationMemberships)
    .where(eq(organisationMemberships.personId, personId))
    .limit(1);
  const row = rows[0];
  return row ? { ...row, role: organisationRoleOf(row.role), status: row.status as MembershipStatus } : null;
}

/** True when the person is a confirmed member (any role) of the organisation. */
export async function isConfirmedMember(tx: Tx, personId: string, organisationId: string): Promise<boolean> {
  const rows = await tx
    .select({ personId: organisationMemberships.personId })
    .from(organisationMemberships)
    .where(
      and(
        eq(organisationMemberships.personId, personId),
        eq(organisationMemberships.organisationId, organisationId),
        eq(organisationMemberships.status, 'confirmed'),
      ),
    )
    .limit(1);
  return rows.length > 0;
}

/** The confirmed home organisation of each of these people who has one (e.g. for member lists of other features). */
export async function confirmedOrganisationsOf(
  tx: Tx,
  personIds: string[],
): Promise<Array<{ personId: string; organisationId: string }>> {
  if (personIds.length === 0) return [];
  return tx
    .select({ personId: organisationMemberships.personId, organisationId: organisationMemberships.organisationId })
    .from(organisationMemberships)
    .where(and(inArray(organisationMemberships.personId, personIds), eq(organisationMemberships.status, 'confirmed')));
}

/** The domain part of an e-mail address, lower-case. */
export function domainOf(email: string): string {
  return email.slice(email.lastIndexOf('@') + 1).toLowerCase();
}

/**
 * Names a person's home organisation. Confirmed at once when the organisation has registered the
 * e-mail's domain and the e-mail is verified; otherwise pending until an organisation admin confirms.
 * Replaces an earlier pending request; returns the resulting membership.
 */
export async function requestHomeOrganisation(
  tx: Tx,
  input: { personId: string; organisationId: string; email: string; emailVerified: boolean },
): Promise<Membership> {
  const domain = await tx
    .select({ organisationId: organisationDomains.organisationId })
    .from(organisationDomains)
    .where(eq(organisationDomains.domain, domainOf(input.email)))
    .limit(1);
  const auto = input.emailVerified && domain[0]?.organisationId === input.organisationId;
  const status: MembershipStatus = auto ? 'confirmed' : 'pending';
  await tx
    .insert(organisationMemberships)
    .values({
      personId: input.personId,
      organisationId: input.organisationId,
      role: 'member',
      status,
      confirmedAt: auto ? new Date() : null,
    })
    .onConflictDoUpdate({
      target: organisationMemberships.personId,
      set: {
        organisationId: input.organisationId,
        role: 'member',
        status,
        confirmedAt: auto ? new Date() : null,
        confirmedBy: null,
      },
    });
  return { personId: input.personId, organisationId: input.organisationId, role: 'member', status };
}

/**
 * Confirms a pending membership whose organisation registered the person's (now verified) e-mail domain.
 * Called after e-mail verification; returns true when it confirmed.
 */
export async function confirmByDomain(tx: Tx, personId: string, email: string): Promise<boolean> {
  const membership = await membershipOf(tx, personId);
  if (!membership || membership.status === 'confirmed') return false;
  const domain = await tx
    .select({ organisationId: organisationDomains.organisationId })
    .from(organisationDomains)
    .where(eq(organisationDomains.domain, domainOf(email)))
    .limit(1);
  if (domain[0]?.organisationId !== membership.organisationId) return false;
  await tx
    .update(organisationMemberships)
    .set({ status: 'confirmed', confirmedAt: new Date() })
    .where(eq(organisationMemberships.personId, personId));
  return true;
}

/**
 * Makes the organisation the person's confirmed home organisation because a trusted source vouches for it
 * (an identity provider configured for that organisation). Only for a person who has no home organisation
 * yet: an existing membership, confirmed or pending, is left as it is.
 */
export async function confirmVouchedHomeOrganisation(
  tx: Tx,
  input: { personId: string; organisationId: string },
): Promise<void> {
  await tx
    .insert(organisationMemberships)
    .values({
      personId: input.personId,
      organisationId: input.organisationId,
      role: 'member',
      status: 'confirmed',
      confirmedAt: new Date(),
    })
    .onConflictDoNothing({ target: organisationMemberships.personId });
}

/**
 * Sets the role of a confirmed member, as an identity provider's groups say (single sign-on maps groups to
 * roles at each sign-in). The provider is the source of the role for the organisations it vouches for.
 */
export async function setRoleVouchedByProvider(
  tx: Tx,
  input: { personId: string; organisationId: string; role: OrganisationRole },
): Promise<void> {
  await tx
    .update(organisationMemberships)
    .set({ role: input.role })
    .where(
      and(
        eq(organisationMemberships.personId, input.personId),
        eq(organisationMemberships.organisationId, input.organisationId),
        eq(organisationMemberships.status, 'confirmed'),
      ),
    );
}
