import type { LevelCounts, PortfolioQuery, PortfolioScope } from '../../../../shared/contracts/portfolio.ts';
import type { ProjectLevel, ProjectStatus } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { type ProjectRow, projectStanding } from '../access.ts';
import { canSeeProject, type ProjectStanding } from '../policy.ts';
import { loadScope, type ScopeRow } from './portfolio-scope.ts';

/** The projects of a portfolio the reader sees and that pass its filters, with the reader's standing in each. */
export interface PortfolioSelection {
  scope: PortfolioScope;
  projects: ProjectRow[];
  standingOf: (project: ProjectRow) => ProjectStanding;
  counts: LevelCounts;
  hidden: number | null;
}

/** The colour a project shows: its lead's override, else the computed level; none for a closed project. */
export function shownLevel(project: Pick<ProjectRow, 'healthLevel' | 'overrideLevel'>): ProjectLevel {
  const computed = project.healthLevel as ProjectLevel;
  if (computed === 'none' || !project.overrideLevel) return computed;
  return project.overrideLevel as ProjectLevel;
}

// Owners and members see every project of their workspace; a guest sees a project only through its
// channel, asked as the project's own access rule asks it (access.ts, policy.ts).
async function standingIn(tx: Tx, personId: string, row: ScopeRow): Promise<ProjectStanding | null> {
  const isLead = row.project.leadPersonId === personId;
  if (row.role === 'owner' || row.role === 'member') return { role: row.role, readsChannel: false, isLead };
  if (row.role !== 'guest' || !row.project.channelId) return null;
  const standing = await projectStanding(tx, personId, row.project);
  return canSeeProject(standing) ? standing : null;
}

/**
 * What the reader sees of the portfolio. Someone outside the alliance, organisation or workspace who
 * sees none of its projects gets 404, as if it did not exist; the count of projects they do not see is
 * for the admins only, and counts every project in scope whatever the filters (a filtered count would
 * tell the colours of projects they may not see).
 */
export async function selectPortfolio(
  tx: Tx,
  principal: Principal | null,
  query: PortfolioQuery,
): Promise<PortfolioSelection> {
  const loaded = await loadScope(tx, principal, query);
  const personId = principal?.personId as string;
  const standings = new Map<string, ProjectStanding>();
  const visible: ProjectRow[] = [];
  for (const row of loaded.rows) {
    const standing = await standingIn(tx, personId, row);
    if (!standing) continue;
    standings.set(row.project.id, standing);
    visible.push(row.project);
  }
  if (!loaded.inside && !loaded.admin && visible.length === 0) throw notFound('Portfolio');

  const counts: LevelCounts = { green: 0, amber: 0, red: 0, none: 0 };
  for (const project of visible) counts[shownLevel(project)] += 1;
  const levels = query.level ? new Set<ProjectLevel>(query.level) : null;
  const statuses = query.status ? new Set<ProjectStatus>(query.status) : null;
  const projects = visible.filter(
    (project) =>
      (!levels || levels.has(shownLevel(project))) && (!statuses || statuses.has(project.status as ProjectStatus)),
  );
  return {
    scope: loaded.scope,
    projects,
    standingOf: (project) => standings.get(project.id) as ProjectStanding,
    counts,
    hidden: loaded.admin ? loaded.rows.length - visible.length : null,
  };
}
