import { asc, desc, eq, sql } from 'drizzle-orm';
import type { ProjectDetail } from '../../../../shared/contracts/projects.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { inTurn } from '../../../platform/db/in-turn.ts';
import type { ProjectRow } from '../access.ts';
import type { ProjectStanding } from '../policy.ts';
import { projectBaselineDates, projectBaselines, projectMilestones, projectStatusNotes } from '../tables.ts';
import { projectViews } from './project-view.ts';
import { todayInGermany } from './week.ts';

/** Status notes shown with a project: the newest ones. */
const NOTES_SHOWN = 20;

/** One project with its milestones (and their dates in the newest baseline), baselines and latest status notes. */
export async function projectDetail(tx: Tx, row: ProjectRow, standing: ProjectStanding): Promise<ProjectDetail> {
  const [view] = await projectViews(tx, [row], () => standing, todayInGermany());
  const [milestones, baselines, notes] = await inTurn([
    tx
      .select({
        id: projectMilestones.id,
        name: projectMilestones.name,
        date: projectMilestones.date,
        doneAt: projectMilestones.doneAt,
        // Qualified by hand: in a one-table select Drizzle names the column without its table, which the
        // subquery would read as its own task's ID.
        total: sql<number>`(select count(*)::int from project_tasks t where t.milestone_id = project_milestones.id)`,
        done: sql<number>`(select count(*)::int from project_tasks t where t.milestone_id = project_milestones.id and t.state = 'done')`,
      })
      .from(projectMilestones)
      .where(eq(projectMilestones.projectId, row.id))
      .orderBy(asc(projectMilestones.date), asc(projectMilestones.name)),
    tx
      .select({ id: projectBaselines.id, name: projectBaselines.name, createdAt: projectBaselines.createdAt })
      .from(projectBaselines)
      .where(eq(projectBaselines.projectId, row.id))
      .orderBy(desc(projectBaselines.createdAt)),
    tx
      .select({
        id: projectStatusNotes.id,
        text: projectStatusNotes.text,
        createdAt: projectStatusNotes.createdAt,
        authorId: projectStatusNotes.authorId,
        authorName: persons.name,
      })
      .from(projectStatusNotes)
      .leftJoin(persons, eq(persons.id, projectStatusNotes.authorId))
      .where(eq(projectStatusNotes.projectId, row.id))
      .orderBy(desc(projectStatusNotes.createdAt))
      .limit(NOTES_SHOWN),
  ]);
  const newest = baselines[0];
  const planned = newest
    ? await tx
        .select({ itemId: projectBaselineDates.itemId, date: projectBaselineDates.date })
        .from(projectBaselineDates)
        .where(eq(projectBaselineDates.baselineId, newest.id))
    : [];
  const plannedOf = new Map(planned.map((p) => [p.itemId, p.date]));
  return {
    ...(view as ProjectDetail),
    milestones: milestones.map((m) => ({
      id: m.id,
      name: m.name,
      date: m.date,
      doneAt: m.doneAt?.toISOString() ?? null,
      baselineDate: plannedOf.get(m.id) ?? null,
      tasks: { total: m.total, done: m.done },
    })),
    baselines: baselines.map((b) => ({ id: b.id, name: b.name, createdAt: b.createdAt.toISOString() })),
    statusNotes: notes.map((n) => ({
      id: n.id,
      text: n.text,
      author: n.authorName ? { id: n.authorId, name: n.authorName } : null,
      createdAt: n.createdAt.toISOString(),
    })),
  };
}
