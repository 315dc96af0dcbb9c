import { and, asc, desc, eq, inArray } from 'drizzle-orm';
import type { PortfolioMilestones, PortfolioQuery } from '../../../../shared/contracts/portfolio.ts';
import type { HealthLevel, ProjectLevel } from '../../../../shared/contracts/projects.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { projectBaselineDates, projectBaselines, projectMilestones } from '../tables.ts';
import { selectPortfolio } from './portfolio-selection.ts';

const NAMES = new Intl.Collator('de', { sensitivity: 'base', numeric: true });

/**
 * The milestones of every project of the portfolio the reader sees (and that passes its filters), for
 * a timeline across projects: each with its date in the project's newest baseline, by date.
 */
export async function portfolioMilestones(
  tx: Tx,
  principal: Principal | null,
  query: PortfolioQuery,
): Promise<PortfolioMilestones> {
  const selection = await selectPortfolio(tx, principal, query);
  const ids = selection.projects.map((project) => project.id);
  if (ids.length === 0) return { scope: selection.scope, milestones: [] };
  const [milestones, newest] = await Promise.all([
    tx
      .select({
        id: projectMilestones.id,
        projectId: projectMilestones.projectId,
        name: projectMilestones.name,
        date: projectMilestones.date,
        doneAt: projectMilestones.doneAt,
      })
      .from(projectMilestones)
      .where(inArray(projectMilestones.projectId, ids))
      .orderBy(asc(projectMilestones.date)),
    tx
      .selectDistinctOn([projectBaselines.projectId], { id: projectBaselines.id })
      .from(projectBaselines)
      .where(inArray(projectBaselines.projectId, ids))
      .orderBy(projectBaselines.projectId, desc(projectBaselines.createdAt)),
  ]);
  const planned = newest.length
    ? await tx
        .select({ itemId: projectBaselineDates.itemId, date: projectBaselineDates.date })
        .from(projectBaselineDates)
        .where(
          and(
            inArray(
              projectBaselineDates.baselineId,
              newest.map((b) => b.id),
            ),
            eq(projectBaselineDates.kind, 'milestone'),
          ),
        )
    : [];
  const plannedOf = new Map(planned.map((p) => [p.itemId, p.date]));
  const projectOf = new Map(selection.projects.map((p) => [p.id, p]));
  const entries = milestones.flatMap((m) => {
    const project = projectOf.get(m.projectId);
    if (!project) return [];
    const level = project.healthLevel as ProjectLevel;
    return [
      {
        id: m.id,
        name: m.name,
        date: m.date,
        doneAt: m.doneAt?.toISOString() ?? null,
        baselineDate: plannedOf.get(m.id) ?? null,
        project: {
          id: project.id,
          name: project.name,
          level,
          override: level !== 'none' && project.overrideLevel ? (project.overrideLevel as HealthLevel) : null,
        },
      },
    ];
  });
  entries.sort(
    (a, b) =>
      (a.date < b.date ? -1 : a.date > b.date ? 1 : 0) ||
      NAMES.compare(a.project.name, b.project.name) ||
      NAMES.compare(a.name, b.name),
  );
  return { scope: selection.scope, milestones: entries };
}
