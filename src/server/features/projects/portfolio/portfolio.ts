import { inArray } from 'drizzle-orm';
import type { Portfolio, PortfolioQuery, PortfolioSort } from '../../../../shared/contracts/portfolio.ts';
import type { Project, ProjectLevel } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { type ProjectBase, projectBases, viewerOf } from '../projects/project-view.ts';
import { todayInGermany, weekOf } from '../projects/week.ts';
import { projects } from '../tables.ts';
import { selectPortfolio } from './portfolio-selection.ts';
import type { ProjectBaseCache } from './project-base-cache.ts';

const NAMES = new Intl.Collator('de', { sensitivity: 'base', numeric: true });
/** Worst first: what needs attention leads the list; closed projects last. */
const URGENCY: Record<ProjectLevel, number> = { red: 0, amber: 1, green: 2, none: 3 };

/** The colour a project view shows (see the portfolio contract). */
export function shownLevelOf(project: ProjectBase): ProjectLevel {
  return project.health.level === 'none' ? 'none' : (project.health.override?.level ?? project.health.level);
}

// Dates compare as text (YYYY-MM-DD); projects without the date go last.
const byDate = (a: string | null | undefined, b: string | null | undefined) =>
  a && b ? (a < b ? -1 : a > b ? 1 : 0) : a ? -1 : b ? 1 : 0;

const ORDER: Record<PortfolioSort, (a: ProjectBase, b: ProjectBase) => number> = {
  health: (a, b) => URGENCY[shownLevelOf(a)] - URGENCY[shownLevelOf(b)],
  name: () => 0,
  end: (a, b) => byDate(a.endDate, b.endDate),
  'next-milestone': (a, b) => byDate(a.nextMilestone?.date, b.nextMilestone?.date),
};

/** The order asked for; by name within (and by ID, so that the order never wobbles). */
function compareProjects(sort: PortfolioSort = 'health') {
  const order = ORDER[sort];
  return (a: ProjectBase, b: ProjectBase) =>
    order(a, b) || NAMES.compare(a.name, b.name) || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/** Projects in the order asked for. */
export function sortProjects<T extends ProjectBase>(projects: T[], sort?: PortfolioSort): T[] {
  return [...projects].sort(compareProjects(sort));
}

/** A project of the portfolio: its view as every reader sees it (with its JSON when cached), and the reader's rights. */
export interface PortfolioEntry {
  base: ProjectBase;
  json?: string;
  viewer: Project['viewer'];
}

export type PortfolioEntries = Omit<Portfolio, 'projects'> & { projects: PortfolioEntry[] };

/**
 * The portfolio as the reader may see it, filtered and sorted. Who sees what is decided afresh every
 * time; the views of the projects come from `cache` where it has them (project-base-cache.ts), and
 * the database for the rest.
 */
export async function portfolioEntries(
  tx: Tx,
  principal: Principal | null,
  query: PortfolioQuery,
  today = todayInGermany(),
  cache?: ProjectBaseCache,
): Promise<PortfolioEntries> {
  const selection = await selectPortfolio(tx, principal, query);
  const week = weekOf(today);
  const found = new Map<string, { base: ProjectBase; json?: string }>();
  const missing: string[] = [];
  for (const project of selection.projects) {
    const cached = cache?.get(project.id, week);
    if (cached) found.set(project.id, cached);
    else missing.push(project.id);
  }
  if (missing.length > 0) {
    const mark = cache?.mark() ?? 0;
    const rows = await tx.select().from(projects).where(inArray(projects.id, missing));
    const bases = await projectBases(tx, rows, today);
    const made = cache ? cache.keep(mark, week, bases) : bases.map((base) => ({ base }));
    for (const entry of made) found.set(entry.base.id, entry);
  }
  const entries = selection.projects.flatMap((project) => {
    const entry = found.get(project.id);
    // A project deleted since the selection was read has no view: it is left out.
    return entry ? [{ ...entry, viewer: viewerOf(selection.standingOf(project)) }] : [];
  });
  const compare = compareProjects(query.sort);
  entries.sort((a, b) => compare(a.base, b.base));
  return { scope: selection.scope, projects: entries, counts: selection.counts, hidden: selection.hidden };
}

/** The portfolio as objects (exports, mail). */
export async function portfolio(
  tx: Tx,
  principal: Principal | null,
  query: PortfolioQuery,
  today = todayInGermany(),
  cache?: ProjectBaseCache,
): Promise<Portfolio> {
  const answer = await portfolioEntries(tx, principal, query, today, cache);
  return { ...answer, projects: answer.projects.map(({ base, viewer }) => ({ ...base, viewer })) };
}

/**
 * The portfolio's JSON, put together from the projects' JSON made once when their views were cached:
 * the same document the contract's schema describes, without serialising hundreds of views again.
 */
export function portfolioJson(answer: PortfolioEntries): string {
  const projectsJson = answer.projects.map(({ base, json, viewer }) => {
    const own = json ?? JSON.stringify(base);
    return `${own.slice(0, -1)},"viewer":${JSON.stringify(viewer)}}`;
  });
  return `{"scope":${JSON.stringify(answer.scope)},"projects":[${projectsJson.join(',')}],"counts":${JSON.stringify(answer.counts)},"hidden":${JSON.stringify(answer.hidden)}}`;
}
