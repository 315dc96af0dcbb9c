import type { Tx } from '../../platform/db/client.ts';
import { isPersonInAlliance } from '../alliances/audience.ts';
import { alliancesOfOrganisation } from '../alliances/of-organisation.ts';
import { allianceRefs } from '../alliances/refs.ts';
import { isConfirmedMember, membershipOf } from '../organisations/membership.ts';
import { organisationSummaries } from '../organisations/summary.ts';

// Who "the owner's people" are: confirmed members of the owning organisation, or of an organisation
// that is a full member of the owning alliance. Asked through the organisations' and alliances'
// exported functions, never their tables.

export interface OwnedBy {
  ownerOrganisationId: string | null;
  ownerAllianceId: string | null;
}

export interface OwnerRef {
  kind: 'organisation' | 'alliance';
  id: string;
  name: string;
}

/** Whether the person belongs to the organisation or alliance that owns the workspace. */
export async function isOfOwner(tx: Tx, personId: string, workspace: OwnedBy): Promise<boolean> {
  if (workspace.ownerOrganisationId) return isConfirmedMember(tx, personId, workspace.ownerOrganisationId);
  if (workspace.ownerAllianceId) return isPersonInAlliance(tx, personId, workspace.ownerAllianceId);
  return false;
}

/** The person's confirmed home organisation and the alliances it belongs to (for listing what they may join). */
export async function homeOf(
  tx: Tx,
  personId: string,
): Promise<{ organisationId: string | null; allianceIds: string[] }> {
  const membership = await membershipOf(tx, personId);
  if (membership?.status !== 'confirmed') return { organisationId: null, allianceIds: [] };
  const alliances = await alliancesOfOrganisation(tx, membership.organisationId);
  return { organisationId: membership.organisationId, allianceIds: alliances.map((a) => a.id) };
}

/** Whether a person with this home owns the workspace's people (the in-memory twin of isOfOwner). */
export function homeBelongsToOwner(home: { organisationId: string | null; allianceIds: string[] }, workspace: OwnedBy) {
  if (workspace.ownerOrganisationId) return home.organisationId === workspace.ownerOrganisationId;
  return workspace.ownerAllianceId !== null && home.allianceIds.includes(workspace.ownerAllianceId);
}

/** The owners of several workspaces by name, in two queries. */
export async function ownerRefsOf(tx: Tx, workspaces: OwnedBy[]): Promise<(w: OwnedBy) => OwnerRef> {
  const organisationIds = [
    ...new Set(workspaces.flatMap((w) => (w.ownerOrganisationId ? [w.ownerOrganisationId] : []))),
  ];
  const allianceIds = [...new Set(workspaces.flatMap((w) => (w.ownerAllianceId ? [w.ownerAllianceId] : [])))];
  const [organisations, alliances] = await Promise.all([
    organisationSummaries(tx, organisationIds),
    allianceRefs(tx, allianceIds),
  ]);
  const names = new Map<string, string>([
    ...organisations.map((o) => [o.id, o.name] as const),
    ...alliances.map((a) => [a.id, a.name] as const),
  ]);
  return (w) =>
    w.ownerOrganisationId
      ? { kind: 'organisation', id: w.ownerOrganisationId, name: names.get(w.ownerOrganisationId) ?? '' }
      : { kind: 'alliance', id: w.ownerAllianceId ?? '', name: names.get(w.ownerAllianceId ?? '') ?? '' };
}
