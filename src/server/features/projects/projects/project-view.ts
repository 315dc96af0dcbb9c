import { and, asc, eq, inArray, isNull, lt, sql } from 'drizzle-orm';
import type { HealthLevel, HealthReason, Project, ProjectLevel } from '../../../../shared/contracts/projects.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Tx } from '../../../platform/db/client.ts';
import { cooperations } from '../../atlas/tables.ts';
import { organisations } from '../../organisations/tables.ts';
import { workspaces } from '../../workspaces/tables.ts';
import type { ProjectRow } from '../access.ts';
import { trendOf } from '../health/trend.ts';
import { canManageProject, canWorkOnProject, type ProjectStanding } from '../policy.ts';
import { projectHealthSnapshots, projectMilestones, projectPartners, projectTasks } from '../tables.ts';
import { weekOf } from './week.ts';

const byId = <T extends { id: string }>(rows: readonly T[]) => new Map(rows.map((row) => [row.id, row]));

/** A project as every reader sees it: the view without what the reader may do with it. */
export type ProjectBase = Omit<Project, 'viewer'>;

/** What the reader may do with a project, as its view tells it. */
export function viewerOf(standing: ProjectStanding): Project['viewer'] {
  return { canEdit: canWorkOnProject(standing), canManage: canManageProject(standing) };
}

/**
 * Projects as lists, the portfolio and the detail show them: names of everything they point to,
 * progress, next milestone and health with its trend, in a fixed number of queries however many.
 */
export async function projectViews(
  tx: Tx,
  rows: readonly ProjectRow[],
  standingOf: (project: ProjectRow) => ProjectStanding,
  today: string,
): Promise<Project[]> {
  const bases = await projectBases(tx, rows, today);
  return bases.map((base, i) => ({ ...base, viewer: viewerOf(standingOf(rows[i] as ProjectRow)) }));
}

/**
 * The views of `rows` apart from the reader, in their order. The queries run one after another: a
 * transaction holds one connection, which answers one query at a time anyway.
 */
export async function projectBases(tx: Tx, rows: readonly ProjectRow[], today: string): Promise<ProjectBase[]> {
  if (rows.length === 0) return [];
  const ids = rows.map((r) => r.id);
  const unique = (values: (string | null)[]) => [...new Set(values.filter((v): v is string => v !== null))];
  const workspaceIds = unique(rows.map((r) => r.workspaceId));
  const personIds = unique(rows.flatMap((r) => [r.leadPersonId, r.overrideBy]));
  const cooperationIds = unique(rows.map((r) => r.cooperationId));
  const organisationIds = unique(rows.map((r) => r.leadOrganisationId));
  const spaces = await tx
    .select({ id: workspaces.id, name: workspaces.name })
    .from(workspaces)
    .where(inArray(workspaces.id, workspaceIds));
  const partners = await tx
    .select({ projectId: projectPartners.projectId, id: organisations.id, name: organisations.name })
    .from(projectPartners)
    .innerJoin(organisations, eq(organisations.id, projectPartners.organisationId))
    .where(inArray(projectPartners.projectId, ids))
    .orderBy(asc(organisations.name));
  const leads = personIds.length
    ? await tx.select({ id: persons.id, name: persons.name }).from(persons).where(inArray(persons.id, personIds))
    : [];
  const records = cooperationIds.length
    ? await tx
        .select({ id: cooperations.id, slug: cooperations.slug, title: cooperations.title })
        .from(cooperations)
        .where(inArray(cooperations.id, cooperationIds))
    : [];
  const leadOrganisations = organisationIds.length
    ? byId(
        await tx
          .select({ id: organisations.id, name: organisations.name })
          .from(organisations)
          .where(inArray(organisations.id, organisationIds)),
      )
    : new Map<string, { id: string; name: string }>();
  const counts = await tx
    .select({
      projectId: projectTasks.projectId,
      tasks: sql<number>`count(*)::int`,
      done: sql<number>`(count(*) filter (where ${projectTasks.state} = 'done'))::int`,
    })
    .from(projectTasks)
    .where(inArray(projectTasks.projectId, ids))
    .groupBy(projectTasks.projectId);
  const milestones = await tx
    .selectDistinctOn([projectMilestones.projectId], {
      projectId: projectMilestones.projectId,
      id: projectMilestones.id,
      name: projectMilestones.name,
      date: projectMilestones.date,
    })
    .from(projectMilestones)
    .where(and(inArray(projectMilestones.projectId, ids), isNull(projectMilestones.doneAt)))
    .orderBy(projectMilestones.projectId, asc(projectMilestones.date));
  const snapshots = await tx
    .selectDistinctOn([projectHealthSnapshots.projectId], {
      projectId: projectHealthSnapshots.projectId,
      level: projectHealthSnapshots.level,
    })
    .from(projectHealthSnapshots)
    .where(and(inArray(projectHealthSnapshots.projectId, ids), lt(projectHealthSnapshots.week, weekOf(today))))
    .orderBy(projectHealthSnapshots.projectId, sql`${projectHealthSnapshots.week} desc`);
  const spaceOf = byId(spaces);
  const leadOf = byId(leads);
  const recordOf = byId(records);
  const countOf = new Map(counts.map((c) => [c.projectId, c]));
  const nextOf = new Map(milestones.map((m) => [m.projectId, m]));
  const lastWeekOf = new Map(snapshots.map((s) => [s.projectId, s.level as ProjectLevel]));
  const partnersOf = new Map<string, { id: string; name: string }[]>();
  for (const { projectId, id, name } of partners) {
    const list = partnersOf.get(projectId) ?? [];
    list.push({ id, name });
    partnersOf.set(projectId, list);
  }
  return rows.map((row) => {
    const level = row.healthLevel as ProjectLevel;
    const count = countOf.get(row.id);
    const next = nextOf.get(row.id);
    const leadOrganisation = row.leadOrganisationId ? leadOrganisations.get(row.leadOrganisationId) : undefined;
    const leadPerson = row.leadPersonId ? leadOf.get(row.leadPersonId) : undefined;
    const record = row.cooperationId ? recordOf.get(row.cooperationId) : undefined;
    return {
      id: row.id,
      workspace: { id: row.workspaceId, name: spaceOf.get(row.workspaceId)?.name ?? '' },
      name: row.name,
      goal: row.goal,
      leadOrganisation: leadOrganisation ?? null,
      leadPerson: leadPerson ?? null,
      partners: partnersOf.get(row.id) ?? [],
      startDate: row.startDate,
      endDate: row.endDate,
      budgetEuros: row.budgetEuros,
      status: row.status as Project['status'],
      cooperation: record ?? null,
      channelId: row.channelId,
      health: {
        level,
        reasons: row.healthReasons as HealthReason[],
        override:
          row.overrideLevel && row.overrideReason && row.overrideAt
            ? {
                level: row.overrideLevel as HealthLevel,
                reason: row.overrideReason,
                by: (row.overrideBy ? leadOf.get(row.overrideBy) : undefined) ?? null,
                at: row.overrideAt.toISOString(),
              }
            : null,
        computedAt: row.healthComputedAt?.toISOString() ?? null,
        trend: trendOf(level, lastWeekOf.get(row.id) ?? null),
      },
      progress: { tasks: count?.tasks ?? 0, done: count?.done ?? 0 },
      nextMilestone: next ? { id: next.id, name: next.name, date: next.date } : null,
      lastActivityAt: row.lastActivityAt.toISOString(),
      createdAt: row.createdAt.toISOString(),
    };
  });
}
