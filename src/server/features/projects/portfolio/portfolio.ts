import type { Portfolio, PortfolioQuery, PortfolioSort } from '../../../../shared/contracts/portfolio.ts';
import type { Project, ProjectLevel } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { projectViews } from '../projects/project-view.ts';
import { todayInGermany } from '../projects/week.ts';
import { selectPortfolio } from './portfolio-selection.ts';

const NAMES = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
/** Worst first: what needs attention leads the list; closed projects last. */
const URGENCY: Record<ProjectLevel, number> = { red: 0, amber: 1, green: 2, none: 3 };

/** The colour a project view shows (see the portfolio contract). */
export function shownLevelOf(project: Project): ProjectLevel {
  return project.health.level === 'none' ? 'none' : (project.health.override?.level ?? project.health.level);
}

// Dates compare as text (YYYY-MM-DD); projects without the date go last.
const byDate = (a: string | null | undefined, b: string | null | undefined) =>
  a && b ? (a < b ? -1 : a > b ? 1 : 0) : a ? -1 : b ? 1 : 0;

const ORDER: Record<PortfolioSort, (a: Project, b: Project) => number> = {
  health: (a, b) => URGENCY[shownLevelOf(a)] - URGENCY[shownLevelOf(b)],
  name: () => 0,
  end: (a, b) => byDate(a.endDate, b.endDate),
  'next-milestone': (a, b) => byDate(a.nextMilestone?.date, b.nextMilestone?.date),
};

/** Projects in the order asked for; by name within (and by ID, so that the order never wobbles). */
export function sortProjects(projects: Project[], sort: PortfolioSort = 'health'): Project[] {
  const order = ORDER[sort];
  return [...projects].sort(
    (a, b) => order(a, b) || NAMES.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0),
  );
}

/** The portfolio as the reader may see it, filtered and sorted. */
export async function portfolio(
  tx: Tx,
  principal: Principal | null,
  query: PortfolioQuery,
  today = todayInGermany(),
): Promise<Portfolio> {
  const selection = await selectPortfolio(tx, principal, query);
  const views = await projectViews(tx, selection.projects, selection.standingOf, today);
  return {
    scope: selection.scope,
    projects: sortProjects(views, query.sort),
    counts: selection.counts,
    hidden: selection.hidden,
  };
}
