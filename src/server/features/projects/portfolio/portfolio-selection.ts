import type { LevelCounts, PortfolioQuery, PortfolioScope } from '../../../../shared/contracts/portfolio.ts';
import type { ProjectLevel, ProjectStatus } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { notFound } from '../../../platform/errors/problem.ts';
import { projectStandings } from '../access.ts';
import { canSeeProject, type ProjectStanding } from '../policy.ts';
import { loadScope, type ScopeProject } from './portfolio-scope.ts';

/** The projects of a portfolio the reader sees and that pass its filters, with the reader's standing in each. */
export interface PortfolioSelection {
  scope: PortfolioScope;
  projects: ScopeProject[];
  standingOf: (project: ScopeProject) => ProjectStanding;
  counts: LevelCounts;
  hidden: number | null;
}

/** The colour a project shows: its lead's override, else the computed level; none for a closed project. */
export function shownLevel(project: Pick<ScopeProject, 'healthLevel' | 'overrideLevel'>): ProjectLevel {
  const computed = project.healthLevel as ProjectLevel;
  if (computed === 'none' || !project.overrideLevel) return computed;
  return project.overrideLevel as ProjectLevel;
}

/**
 * What the reader sees of the portfolio: the projects the project's own access rule lets them see
 * (owners and members every project of their workspace, a guest those whose channel they read;
 * access.ts, policy.ts), asked for all of them at once. Someone outside the alliance, organisation or
 * workspace who sees none of its projects gets 404, as if it did not exist; the count of projects
 * they do not see is for the admins only, and counts every project in scope whatever the filters (a
 * filtered count would tell the colours of projects they may not see).
 */
export async function selectPortfolio(
  tx: Tx,
  principal: Principal | null,
  query: PortfolioQuery,
): Promise<PortfolioSelection> {
  const loaded = await loadScope(tx, principal, query);
  const standings = await projectStandings(tx, principal?.personId as string, loaded.rows);
  const visible = loaded.rows.filter((project) => canSeeProject(standings.get(project.id) as ProjectStanding));
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
