import { landName } from '../../../../shared/laender.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { alliancesOfOrganisation } from '../../alliances/of-organisation.ts';
import { dissolutionOf } from '../directory/directory-dissolution.ts';
import { organisationRoleOf } from '../membership.ts';
import {
  canManage,
  canRename,
  canSeeDomains,
  canSeePeople,
  isAdminOf,
  isConfirmedMemberOf,
  type Viewer,
} from '../policy.ts';
import { confirmedPeople, domainsOf, findOrganisation, type OrganisationRecord } from '../queries.ts';
import type { OrganisationDetailView } from '../schema.ts';

/** Where the logo is served; the key in the address lets browsers cache it for good. */
export function logoUrlOf(organisation: { id: string; logoKey: string | null }): string | null {
  return organisation.logoKey
    ? `/api/organisations/${organisation.id}/logo?v=${organisation.logoKey.slice(0, 16)}`
    : null;
}

/** The organisation or a 404 problem. */
export async function requireOrganisation(tx: Tx, id: string): Promise<OrganisationRecord> {
  const organisation = await findOrganisation(tx, id);
  if (!organisation) throw notFound('Organisation');
  return organisation;
}

/** The profile page as this viewer may see it. */
export async function organisationProfile(tx: Tx, id: string, viewer: Viewer | null): Promise<OrganisationDetailView> {
  const organisation = await requireOrganisation(tx, id);
  const [people, domains, alliances, dissolution] = await Promise.all([
    canSeePeople(viewer) ? confirmedPeople(tx, id) : [],
    canSeeDomains(viewer, id) ? domainsOf(tx, id) : [],
    alliancesOfOrganisation(tx, id),
    dissolutionOf(tx, id),
  ]);
  const membership = viewer?.membership?.organisationId === id ? viewer.membership : null;
  return {
    id: organisation.id,
    name: organisation.name,
    type: organisation.type,
    ags: organisation.ags,
    ars: organisation.ars,
    landCode: organisation.landCode,
    landName: landName(organisation.landCode),
    kreisName: organisation.kreis?.name ?? null,
    latitude: organisation.latitude,
    longitude: organisation.longitude,
    source: organisation.source === 'directory' ? 'directory' : 'manual',
    website: organisation.website,
    description: organisation.description,
    logoUrl: logoUrlOf(organisation),
    kreis: organisation.kreis,
    land: organisation.land,
    ...dissolution,
    domains: domains.map((d) => d.domain),
    people: people.map((p) => ({ id: p.id, name: p.name, role: organisationRoleOf(p.role) })),
    alliances,
    viewer: {
      isMember: isConfirmedMemberOf(viewer, id),
      isPending: membership?.status === 'pending',
      isAdmin: isAdminOf(viewer, id),
      canEdit: canManage(viewer, id),
      canRename: canRename(viewer, organisation),
    },
  };
}
