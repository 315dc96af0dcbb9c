import type { Principal } from '../../platform/auth/session-store.ts';
import type { Tx } from '../../platform/db/client.ts';
import { inTurn } from '../../platform/db/in-turn.ts';
import { visibleWorkspaceChannels } from '../chat/channels/workspace-channels.ts';
import { confirmedOrganisationsOf } from '../organisations/membership.ts';
import { organisationSummaries } from '../organisations/summary.ts';
import { homeBelongsToOwner, homeOf, type OwnerRef, ownerRefsOf } from './owner.ts';
import { canSeeInside, type Standing, viewerRights } from './policy.ts';
import {
  discoverableWorkspaces,
  memberCountOf,
  memberRowsOf,
  type WorkspaceRow,
  workspacesOfPerson,
} from './queries.ts';
import { visibleWorkspace } from './standing.ts';

/** The workspace as every answer shows it. */
export function workspaceView(
  row: Pick<WorkspaceRow, 'id' | 'name' | 'description' | 'visibility' | 'createdAt'>,
  owner: OwnerRef,
) {
  return {
    id: row.id,
    name: row.name,
    description: row.description,
    visibility: row.visibility,
    owner,
    createdAt: row.createdAt,
  };
}

export async function workspaceWithOwner(tx: Tx, row: WorkspaceRow) {
  return workspaceView(row, (await ownerRefsOf(tx, [row]))(row));
}

/** Members with their names and home organisations (confirmed ones only). */
export async function memberViews(tx: Tx, workspaceId: string, personId?: string) {
  const rows = await memberRowsOf(tx, workspaceId, personId);
  const homes = await confirmedOrganisationsOf(
    tx,
    rows.map((r) => r.personId),
  );
  const organisations = new Map(
    (await organisationSummaries(tx, [...new Set(homes.map((h) => h.organisationId))])).map((o) => [o.id, o]),
  );
  const homeOfPerson = new Map(homes.map((h) => [h.personId, organisations.get(h.organisationId)]));
  return rows.map((r) => {
    const organisation = homeOfPerson.get(r.personId);
    return {
      personId: r.personId,
      name: r.name,
      role: r.role,
      organisation: organisation ? { id: organisation.id, name: organisation.name } : null,
      joinedAt: r.joinedAt,
    };
  });
}

/**
 * The workspace page. Members see members and channels; people who may only find it (the owner's
 * people, or everyone for platform-wide ones) see its description and how to join; anybody else gets 404.
 */
export async function workspaceDetailView(tx: Tx, principal: Principal, id: string) {
  const { workspace: row, standing } = await visibleWorkspace(tx, principal.personId, id);
  const inside = canSeeInside(standing);
  const [workspace, memberCount, members, channels] = await inTurn([
    () => workspaceWithOwner(tx, row),
    () => memberCountOf(tx, row.id),
    async () => (inside ? memberViews(tx, row.id) : []),
    async () => (inside ? visibleWorkspaceChannels(tx, row.id, principal.personId) : []),
  ]);
  return { workspace, memberCount, members, channels, viewer: viewerRights(row.visibility, standing) };
}

/** My workspaces; with `discover` also those I may join or ask to join. */
export async function workspaceListView(
  tx: Tx,
  principal: Principal,
  query: { discover?: boolean | undefined; q?: string | undefined; limit?: number | undefined },
) {
  const mine = await workspacesOfPerson(tx, principal.personId);
  let found: Awaited<ReturnType<typeof discoverableWorkspaces>> = [];
  let home: Awaited<ReturnType<typeof homeOf>> = { organisationId: null, allianceIds: [] };
  if (query.discover) {
    home = await homeOf(tx, principal.personId);
    found = await discoverableWorkspaces(tx, {
      personId: principal.personId,
      ...home,
      q: query.q?.trim() || undefined,
      limit: query.limit ?? 50,
    });
  }
  const ownerOf = await ownerRefsOf(tx, [...mine, ...found]);
  return {
    mine: mine.map((w) => ({
      ...workspaceView(w, ownerOf(w)),
      memberCount: w.memberCount,
      myRole: w.myRole,
      canJoin: false,
      canRequest: false,
      requestPending: false,
    })),
    discover: found.map((w) => {
      const standing: Standing = {
        signedIn: true,
        role: null,
        ofOwner: homeBelongsToOwner(home, w),
        request: w.request,
      };
      const rights = viewerRights(w.visibility, standing);
      return {
        ...workspaceView(w, ownerOf(w)),
        memberCount: w.memberCount,
        myRole: null,
        canJoin: rights.canJoin,
        canRequest: rights.canRequest,
        requestPending: rights.requestPending,
      };
    }),
  };
}
