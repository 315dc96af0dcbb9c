import type { Tx } from '../../platform/db/client.ts';
import { forbidden, notFound, unauthenticated } from '../../platform/errors/problem.ts';
import { listAlliances } from './list-query.ts';
import { memberDetailsOf } from './member-details.ts';
import { administeredOrganisation, type Viewer, viewerRights, visibleInvitations } from './policy.ts';
import { findAlliance, invitationsTo } from './queries.ts';
import { foldForSlug } from './slug.ts';

/** The alliance page: profile, members (for list and map), the invitations the viewer may see, and what they may do. */
export async function allianceDetailView(tx: Tx, viewer: Viewer | null, idOrSlug: string) {
  const alliance = await findAlliance(tx, idOrSlug);
  if (!alliance) throw notFound('Alliance');
  const rows = await memberDetailsOf(tx, alliance.id);
  const memberships = rows.map((r) => ({ ...r, organisationId: r.organisation.id }));
  return {
    id: alliance.id,
    name: alliance.name,
    slug: alliance.slug,
    description: alliance.description,
    website: alliance.website,
    createdAt: alliance.createdAt,
    updatedAt: alliance.updatedAt,
    members: rows
      .filter((r) => r.status === 'member')
      .map((r) => ({ organisation: r.organisation, status: 'member' as const, joinedAt: r.joinedAt ?? r.invitedAt })),
    invitations: visibleInvitations(viewer, memberships).map((r) => ({
      organisation: r.organisation,
      invitedAt: r.invitedAt,
    })),
    viewer: viewerRights(viewer, memberships),
  };
}

/**
 * The public list of alliances (all of them; the admin pages use it too), or with `mine` the
 * alliances of the viewer's organisation, including invitations when the viewer is its admin.
 */
export async function allianceListView(
  tx: Tx,
  viewer: Viewer | null,
  query: { q?: string | undefined; mine?: boolean | undefined; limit?: number; offset?: number },
) {
  const q = query.q?.trim() || undefined;
  const ownStatuses = administeredOrganisation(viewer) ? (['member', 'invited'] as const) : (['member'] as const);
  const page = { limit: query.limit ?? 50, offset: query.offset ?? 0 };
  if (query.mine && !viewer?.organisation) return { items: [], total: 0 };
  return listAlliances(tx, {
    q,
    slugQuery: q ? foldForSlug(q) || undefined : undefined,
    organisationId: query.mine ? viewer?.organisation?.id : undefined,
    statuses: [...ownStatuses],
    viewerOrganisationId: viewer?.organisation?.id,
    viewerStatuses: [...ownStatuses],
    ...page,
  });
}

/** Open invitations to the viewer's organisation, for its admins. */
export async function openInvitationsView(tx: Tx, viewer: Viewer | null) {
  const organisationId = administeredOrganisation(viewer);
  if (!organisationId) {
    if (!viewer) throw unauthenticated();
    throw forbidden('Only organisation admins see their organisation’s invitations.');
  }
  return invitationsTo(tx, organisationId);
}
