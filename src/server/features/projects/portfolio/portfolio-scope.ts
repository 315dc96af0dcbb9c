import { and, eq, inArray, isNull, or, type SQL } from 'drizzle-orm';
import type { PortfolioQuery, PortfolioScope } from '../../../../shared/contracts/portfolio.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { invalid, notFound, unauthenticated } from '../../../platform/errors/problem.ts';
import { canManageAlliance, statusOf } from '../../alliances/policy.ts';
import { membershipsOf } from '../../alliances/queries.ts';
import { allianceRefs } from '../../alliances/refs.ts';
import { viewerOf as allianceViewerOf } from '../../alliances/service.ts';
import { canManage, isConfirmedMemberOf } from '../../organisations/policy.ts';
import { organisationSummary } from '../../organisations/summary.ts';
import { viewerOf as organisationViewerOf } from '../../organisations/viewer.ts';
import { visibleWorkspace } from '../../workspaces/standing.ts';
import { workspaces } from '../../workspaces/tables.ts';
import type { ProjectRow } from '../access.ts';
import { projectPartners, projects } from '../tables.ts';

// What a portfolio spans and how the reader stands towards it:
// - an alliance: the projects of the workspaces the alliance owns and of those its member
//   organisations own (invited organisations not yet);
// - an organisation: the projects of the workspaces it owns, and those it leads or takes part in
//   as a partner, wherever they are;
// - a workspace: its projects.
// Archived workspaces are left out of an alliance's and an organisation's portfolio (their work is
// over); asked for by itself, an archived workspace still shows its projects.

/** What the portfolio needs of each project in scope to decide who sees it, and to count and filter it. */
export type ScopeProject = Pick<
  ProjectRow,
  'id' | 'workspaceId' | 'channelId' | 'leadPersonId' | 'name' | 'status' | 'healthLevel' | 'overrideLevel'
>;

export interface LoadedScope {
  scope: PortfolioScope;
  /** Every project in scope, seen or not. */
  rows: ScopeProject[];
  /** The reader belongs to the alliance (their organisation is a member), the organisation, or the workspace. */
  inside: boolean;
  /** The reader may hear how many projects they do not see: the alliance's or the organisation's admins. */
  admin: boolean;
}

/** The scope the query names; 400 unless exactly one of alliance, organisation and workspace is given. */
export function scopeOf(query: PortfolioQuery): { kind: PortfolioScope['kind']; id: string } {
  const given = (['alliance', 'organisation', 'workspace'] as const).filter((kind) => query[kind] !== undefined);
  const [kind] = given;
  if (given.length !== 1 || kind === undefined) {
    throw invalid(
      [{ field: 'querystring:/', message: 'give exactly one of alliance, organisation and workspace' }],
      'Exactly one scope is needed',
    );
  }
  return { kind, id: (query[kind] as string).toLowerCase() };
}

function rowsWhere(tx: Tx, where: SQL | undefined): Promise<ScopeProject[]> {
  return tx
    .select({
      id: projects.id,
      workspaceId: projects.workspaceId,
      channelId: projects.channelId,
      leadPersonId: projects.leadPersonId,
      name: projects.name,
      status: projects.status,
      healthLevel: projects.healthLevel,
      overrideLevel: projects.overrideLevel,
    })
    .from(projects)
    .innerJoin(workspaces, eq(workspaces.id, projects.workspaceId))
    .where(where);
}

async function allianceScope(tx: Tx, principal: Principal, id: string): Promise<LoadedScope> {
  const [alliance] = await allianceRefs(tx, [id]);
  const memberships = await membershipsOf(tx, id);
  const viewer = await allianceViewerOf(tx, principal);
  if (!alliance) throw notFound('Alliance');
  const members = memberships.filter((m) => m.status === 'member').map((m) => m.organisationId);
  const owned = members.length
    ? or(eq(workspaces.ownerAllianceId, id), inArray(workspaces.ownerOrganisationId, members))
    : eq(workspaces.ownerAllianceId, id);
  return {
    scope: { kind: 'alliance', id, name: alliance.name },
    rows: await rowsWhere(tx, and(isNull(workspaces.archivedAt), owned)),
    inside: statusOf(viewer, memberships) === 'member',
    admin: canManageAlliance(viewer, memberships),
  };
}

async function organisationScope(tx: Tx, principal: Principal, id: string): Promise<LoadedScope> {
  const organisation = await organisationSummary(tx, id);
  const viewer = await organisationViewerOf(tx, principal);
  if (!organisation) throw notFound('Organisation');
  const partnerIn = tx
    .select({ id: projectPartners.projectId })
    .from(projectPartners)
    .where(eq(projectPartners.organisationId, id));
  const involved = or(
    eq(workspaces.ownerOrganisationId, id),
    eq(projects.leadOrganisationId, id),
    inArray(projects.id, partnerIn),
  );
  return {
    scope: { kind: 'organisation', id, name: organisation.name },
    rows: await rowsWhere(tx, and(isNull(workspaces.archivedAt), involved)),
    inside: isConfirmedMemberOf(viewer, id),
    admin: canManage(viewer, id),
  };
}

async function workspaceScope(tx: Tx, principal: Principal, id: string): Promise<LoadedScope> {
  const { workspace, standing } = await visibleWorkspace(tx, principal.personId, id);
  return {
    scope: { kind: 'workspace', id, name: workspace.name },
    rows: await rowsWhere(tx, eq(projects.workspaceId, id)),
    inside: standing.role !== null,
    admin: false,
  };
}

/** The scope's projects with the reader's role in each one's workspace. Signed out: 401; unknown: 404. */
export async function loadScope(tx: Tx, principal: Principal | null, query: PortfolioQuery): Promise<LoadedScope> {
  const { kind, id } = scopeOf(query);
  if (!principal) throw unauthenticated();
  if (kind === 'alliance') return allianceScope(tx, principal, id);
  if (kind === 'organisation') return organisationScope(tx, principal, id);
  return workspaceScope(tx, principal, id);
}
