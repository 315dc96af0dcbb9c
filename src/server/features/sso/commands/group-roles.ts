import type { OrganisationRole } from '../../../../shared/contracts/accounts.ts';
import { audit } from '../../../platform/audit/audit.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { membershipOf, setRoleVouchedByProvider } from '../../organisations/membership.ts';
import type { GroupRole, SsoProviderSettings } from '../provider-settings.ts';

const RANK: Record<OrganisationRole, number> = { member: 0, editor: 1, admin: 2 };

/** The highest role any of the person's groups maps to; `member` when none does. */
export function roleOfGroups(mapping: GroupRole[], groups: string[]): OrganisationRole {
  let role: OrganisationRole = 'member';
  for (const { group, role: mapped } of mapping) if (groups.includes(group) && RANK[mapped] > RANK[role]) role = mapped;
  return role;
}

/** The values of the groups claim: a list of texts, or one text; anything else reads as no groups. */
export function groupsOf(value: unknown): string[] {
  if (typeof value === 'string') return [value];
  if (Array.isArray(value)) return value.filter((v): v is string => typeof v === 'string').slice(0, 1000);
  return [];
}

/**
 * Applies the provider's group mapping at a sign-in: the person's role in their confirmed home organisation,
 * when the provider vouches for it, becomes the role their groups map to — raised and lowered. A provider
 * without a mapping, or a person in another organisation, is left alone. A change is audited.
 */
export async function applyGroupRoles(
  tx: Tx,
  provider: SsoProviderSettings,
  input: { personId: string; groups: string[]; ip: string | null },
): Promise<void> {
  const mapping = provider.groupRoles ?? [];
  if (!provider.claims.groups || mapping.length === 0) return;
  const membership = await membershipOf(tx, input.personId);
  if (membership?.status !== 'confirmed') return;
  if (!provider.organisationIds.includes(membership.organisationId)) return;
  const role = roleOfGroups(mapping, input.groups);
  if (role === membership.role) return;
  await setRoleVouchedByProvider(tx, { personId: input.personId, organisationId: membership.organisationId, role });
  await audit(tx, {
    actorId: null,
    action: 'organisation.role_set_by_provider',
    subjectType: 'person',
    subjectId: input.personId,
    organisationId: membership.organisationId,
    ip: input.ip,
    details: { provider: provider.id, before: membership.role, after: role },
  });
}
