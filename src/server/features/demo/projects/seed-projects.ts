import { and, eq, inArray } from 'drizzle-orm';
import type { Principal } from '../../../platform/auth/session-store.ts';
import type { Db, Tx } from '../../../platform/db/client.ts';
import { personIdByEmail } from '../../accounts/person-record.ts';
import { findBySlug } from '../../atlas/queries.ts';
import { visibleWorkspaceChannels } from '../../chat/channels/workspace-channels.ts';
import { addDays } from '../../projects/health/dates.ts';
import { createMilestone, updateMilestone } from '../../projects/milestones/milestone-commands.ts';
import { announceProjectChange } from '../../projects/project-events.ts';
import { addStatusNote } from '../../projects/projects/add-status-note.ts';
import { createBaseline } from '../../projects/projects/create-baseline.ts';
import { createProject } from '../../projects/projects/create-project.ts';
import { updateProject } from '../../projects/projects/update-project.ts';
import { todayInGermany, weekOf } from '../../projects/projects/week.ts';
import { projectsWaitingFor, recomputeHealth } from '../../projects/refresh-project.ts';
import { projects, projectTasks } from '../../projects/tables.ts';
import { createTask } from '../../projects/tasks/create-task.ts';
import { setDependencies } from '../../projects/tasks/set-dependencies.ts';
import { addComment } from '../../projects/tasks/task-comments.ts';
import { updateTask } from '../../projects/tasks/update-task.ts';
import { workspacesOfPerson } from '../../workspaces/queries.ts';
import { DEMO_ORGANISATIONS } from '../accounts.ts';
import { organisationsByAgs } from '../queries.ts';
import {
  backdateProject,
  forgetInterimWarnings,
  markWarningsMailed,
  type ProjectTimes,
  snapshotLastWeek,
} from './backdate-projects.ts';
import { BASELINE_DAY, type DemoProject, type DemoTask } from './plan.ts';
import { SMART_CITY_PROJECTS } from './smart-cities.ts';

export const DEMO_PROJECTS: DemoProject[] = SMART_CITY_PROJECTS;

const NAMES = new Map(DEMO_ORGANISATIONS.flatMap((o) => o.people.map((p) => [p.email, p.name] as const)));

/** The name of the plan the steering committee froze, after the month it met ("Plan v1, Steuerungskreis 2026-03"). */
export function baselineName(today: string): string {
  return `Plan v1, Steuerungskreis ${addDays(today, BASELINE_DAY).slice(0, 7)}`;
}

interface Context {
  db: Db;
  today: string;
  person(email: string): Principal;
  organisation(ags: string): string;
  workspace(name: string): { id: string; channels: Map<string, string> } | undefined;
}

interface Seeded {
  demo: DemoProject;
  id: string;
  taskIds: Map<string, string>;
  times: ProjectTimes;
}

/**
 * Creates the demo projects that are missing in the demo workspaces, through the projects' own
 * commands as their people would (the lead sets the project up, plans milestones and tasks and freezes
 * the plan; dates move, tasks are done or blocked by the people they are given to; comments, status
 * notes, dependencies across projects), then moves everything back to the days it happened, computes
 * the health of the new projects as of today and gives them last week's snapshot for the trend. A
 * project already there is left as it is. Returns the number of projects created.
 */
export async function seedProjects(
  tx: Tx,
  options: { now?: Date; log?: { warn(message: string): void } } = {},
): Promise<number> {
  const today = todayInGermany(options.now);
  const context = await contextFor(tx, tx as unknown as Db, today);
  if (!context) return 0;

  // Each project in a savepoint of its own: when people changed the demo so that a step no longer fits
  // (a lead who left the workspace, an atlas record withdrawn), that project is left out, not the demo.
  const apart = async <T>(what: string, step: (sp: Tx) => Promise<T>): Promise<T | null> => {
    try {
      return await tx.transaction((sp) => step(sp));
    } catch (error) {
      options.log?.warn(`Demo project step skipped (${what}): ${(error as Error).message}`);
      return null;
    }
  };
  const seeded: Seeded[] = [];
  for (const demo of DEMO_PROJECTS) {
    const project = await apart(demo.name, (sp) => seedProject(sp, { ...context, db: sp as unknown as Db }, demo));
    if (project) seeded.push(project);
  }
  if (seeded.length === 0) return 0;
  await linkDependencies(tx, context, seeded, apart);
  for (const project of seeded) await backdateProject(tx, project.times);

  const ids = seeded.map((p) => p.id);
  await forgetInterimWarnings(tx, ids);
  const recomputed = new Map<string, { level: string; reasons: unknown }>();
  const waiting = await projectsWaitingFor(
    tx,
    tx.select({ id: projectTasks.id }).from(projectTasks).where(inArray(projectTasks.projectId, ids)),
    '00000000-0000-0000-0000-000000000000',
  );
  const rows = await tx
    .select()
    .from(projects)
    .where(inArray(projects.id, [...new Set([...ids, ...waiting])]));
  for (const row of rows) {
    const after = await recomputeHealth(tx, row, today);
    recomputed.set(row.id, { level: after.healthLevel, reasons: after.healthReasons });
    await announceProjectChange(tx, after, { kind: 'project' });
  }
  await markWarningsMailed(tx, ids);
  await snapshotLastWeek(
    tx,
    weekOf(addDays(today, -7)),
    seeded.map(({ demo, id }) => {
      const current = recomputed.get(id);
      // The trend reads the level; the reasons are those of today when the level was the same.
      return {
        projectId: id,
        level: demo.lastWeek,
        reasons: current?.level === demo.lastWeek ? current.reasons : [],
      };
    }),
  );
  return seeded.length;
}

async function contextFor(tx: Tx, db: Db, today: string): Promise<Context | null> {
  const emails = [...new Set(DEMO_PROJECTS.flatMap(peopleOf))];
  const people = new Map<string, Principal>();
  for (const email of emails) {
    const personId = await personIdByEmail(tx, email);
    if (!personId) return null;
    people.set(email, {
      sessionId: 'demo-seed',
      personId,
      name: NAMES.get(email) ?? email,
      email,
      isPlatformAdmin: false,
      locale: 'de',
    });
  }
  const agsValues = [...new Set(DEMO_PROJECTS.flatMap((p) => [p.leadOrganisation, ...p.partners]))];
  const organisations = await organisationsByAgs(tx, agsValues);
  if (organisations.size < agsValues.length) return null;

  // The workspaces by name, as their first owner sees them, with their channels.
  const workspaces = new Map<string, { id: string; channels: Map<string, string> }>();
  for (const demo of DEMO_PROJECTS) {
    if (workspaces.has(demo.workspace)) continue;
    const lead = people.get(demo.lead) as Principal;
    const found = (await workspacesOfPerson(tx, lead.personId)).find((w) => w.name === demo.workspace);
    if (!found) continue;
    const channels = await visibleWorkspaceChannels(tx, found.id, lead.personId);
    workspaces.set(demo.workspace, { id: found.id, channels: new Map(channels.map((c) => [c.name, c.id])) });
  }
  return {
    db,
    today,
    person: (email) => people.get(email) as Principal,
    organisation: (ags) => organisations.get(ags)?.id as string,
    workspace: (name) => workspaces.get(name),
  };
}

function peopleOf(demo: DemoProject): string[] {
  return [
    demo.lead,
    ...demo.notes.map((n) => n.author),
    ...demo.tasks.flatMap((t) => [...t.assignees, ...(t.comments ?? []).map((c) => c.author)]),
  ];
}

async function seedProject(tx: Tx, c: Context, demo: DemoProject): Promise<Seeded | null> {
  const workspace = c.workspace(demo.workspace);
  if (!workspace) return null;
  const [existing] = await tx
    .select({ id: projects.id })
    .from(projects)
    .where(and(eq(projects.workspaceId, workspace.id), eq(projects.name, demo.name)));
  if (existing) return null;

  const day = (offset: number) => addDays(c.today, offset);
  const lead = c.person(demo.lead);
  const record = demo.cooperation ? await findBySlug(tx, demo.cooperation) : null;
  const cooperation = record?.state === 'published' ? record : null;
  const project = await createProject(c.db, lead, workspace.id, {
    name: demo.name,
    goal: demo.goal,
    leadOrganisationId: c.organisation(demo.leadOrganisation),
    leadPersonId: lead.personId,
    partnerIds: demo.partners.map(c.organisation),
    startDate: day(demo.start),
    endDate: day(demo.end),
    budgetEuros: demo.budgetEuros ?? null,
    status: demo.status === 'planned' ? 'planned' : 'running',
    cooperationId: cooperation?.id ?? null,
    channelId: demo.channel ? (workspace.channels.get(demo.channel) ?? null) : null,
  });

  const milestoneIds = new Map<string, string>();
  for (const milestone of demo.milestones) {
    const detail = await createMilestone(c.db, lead, project.id, {
      name: milestone.name,
      date: day(milestone.planned),
    });
    const created = detail.milestones.find((m) => m.name === milestone.name);
    milestoneIds.set(milestone.key, created?.id as string);
  }

  // Work done before the steering committee is done when the plan is frozen; the rest is open then.
  const doneBeforeBaseline = (task: DemoTask) =>
    task.state === 'done' && (!demo.baseline || (task.done ?? 0) < BASELINE_DAY);
  const taskIds = new Map<string, string>();
  for (const task of demo.tasks) {
    const startedLater = task.state !== 'todo';
    const created = await createTask(c.db, lead, project.id, {
      title: task.title,
      description: task.description ?? '',
      state: doneBeforeBaseline(task) ? 'done' : startedLater ? 'in_progress' : 'todo',
      priority: task.priority ?? 'normal',
      labels: task.labels ?? [],
      checklist: (task.checklist ?? []).map(([text, done], index) => ({ id: `p${index + 1}`, text, done })),
      startDate: task.start === undefined ? null : day(task.start),
      dueDate: day(task.plannedDue ?? (task.due as number)),
      estimateHours: task.estimateHours ?? null,
      milestoneId: task.milestone ? (milestoneIds.get(task.milestone) ?? null) : null,
      assigneeIds: task.assignees.map((email) => c.person(email).personId),
    });
    taskIds.set(task.key, created.id);
  }

  const baselines: ProjectTimes['baselines'] = [];
  if (demo.baseline) {
    const detail = await createBaseline(c.db, lead, project.id, baselineName(c.today));
    const baseline = detail.baselines[0];
    if (baseline) baselines.push({ id: baseline.id, at: stamp(c.today, BASELINE_DAY, 10) });
  }

  // After the baseline: milestones move and are reached, tasks move, are done or get stuck.
  for (const milestone of demo.milestones) {
    const id = milestoneIds.get(milestone.key) as string;
    if (milestone.moved !== undefined) await updateMilestone(c.db, lead, id, { date: day(milestone.moved) });
    if (milestone.reached !== undefined) await updateMilestone(c.db, lead, id, { done: true });
  }
  for (const task of demo.tasks) {
    const change = {
      ...(task.plannedDue !== undefined && task.due !== undefined ? { dueDate: day(task.due) } : {}),
      ...(task.state === 'done' && !doneBeforeBaseline(task) ? { state: 'done' as const } : {}),
      ...(task.state === 'blocked'
        ? { state: 'blocked' as const, blockedReason: task.blocked?.reason ?? 'Blockiert' }
        : {}),
    };
    if (Object.keys(change).length === 0) continue;
    const by = c.person(task.assignees[0] ?? demo.lead);
    await updateTask(c.db, by, taskIds.get(task.key) as string, change);
  }

  const comments: ProjectTimes['comments'] = [];
  for (const task of demo.tasks) {
    for (const comment of task.comments ?? []) {
      const added = await addComment(c.db, c.person(comment.author), taskIds.get(task.key) as string, comment.text);
      comments.push({ id: added.id, at: stamp(c.today, comment.on, 11) });
    }
  }
  const notes: ProjectTimes['notes'] = [];
  for (const note of demo.notes) {
    const detail = await addStatusNote(c.db, c.person(note.author), project.id, note.text);
    const added = detail.statusNotes.find((n) => n.text === note.text);
    if (added) notes.push({ id: added.id, at: stamp(c.today, note.on, 15) });
  }
  if (demo.status === 'done') await updateProject(c.db, lead, project.id, { status: 'done' });

  return {
    demo,
    id: project.id,
    taskIds,
    times: timesOf(demo, c.today, project.id, workspace.id, taskIds, milestoneIds, { baselines, notes, comments }),
  };
}

/** The cross-project dependencies, once every project is there: the dependent project's lead sets them. */
async function linkDependencies(
  tx: Tx,
  c: Context,
  seeded: readonly Seeded[],
  apart: (what: string, step: (sp: Tx) => Promise<unknown>) => Promise<unknown>,
): Promise<void> {
  for (const { demo, taskIds } of seeded) {
    for (const task of demo.tasks) {
      if (!task.dependsOn?.length) continue;
      const predecessors: string[] = [];
      for (const { project, task: key } of task.dependsOn) {
        const id = seeded.find((s) => s.demo.name === project)?.taskIds.get(key) ?? (await taskOf(tx, project, key));
        if (id) predecessors.push(id);
      }
      if (predecessors.length > 0) {
        await apart(task.title, (sp) =>
          setDependencies(sp as unknown as Db, c.person(demo.lead), taskIds.get(task.key) as string, predecessors),
        );
      }
    }
  }
}

/** A task of a demo project seeded earlier, by the project's name and the task's title. */
async function taskOf(tx: Tx, projectName: string, key: string): Promise<string | undefined> {
  const title = DEMO_PROJECTS.find((p) => p.name === projectName)?.tasks.find((t) => t.key === key)?.title;
  if (!title) return undefined;
  const [row] = await tx
    .select({ id: projectTasks.id })
    .from(projectTasks)
    .innerJoin(projects, eq(projects.id, projectTasks.projectId))
    .where(and(eq(projects.name, projectName), eq(projectTasks.title, title)));
  return row?.id;
}

/** A moment of a day relative to today, at a given hour in Germany's morning to afternoon (UTC hour given). */
function stamp(today: string, offset: number, utcHour: number): Date {
  return new Date(`${addDays(today, offset)}T${String(utcHour).padStart(2, '0')}:00:00Z`);
}

function timesOf(
  demo: DemoProject,
  today: string,
  projectId: string,
  workspaceId: string,
  taskIds: Map<string, string>,
  milestoneIds: Map<string, string>,
  stamped: Pick<ProjectTimes, 'baselines' | 'notes' | 'comments'>,
): ProjectTimes {
  const when = (offset: number, hour = 9) => stamp(today, offset, hour);
  const planned = demo.baseline ? BASELINE_DAY - 7 : demo.created + 1;
  const tasks = demo.tasks.map((task) => {
    const createdOn = Math.max(demo.created + 1, Math.min(planned, (task.done ?? planned) - 14));
    const changes = [
      createdOn,
      ...(task.done !== undefined ? [task.done] : []),
      ...(task.blocked ? [task.blocked.since] : []),
      ...(task.plannedDue !== undefined && demo.replanned !== undefined ? [demo.replanned] : []),
    ];
    return {
      id: taskIds.get(task.key) as string,
      created: when(createdOn, 8),
      updated: when(Math.max(...changes), 13),
      done: task.done !== undefined ? when(task.done, 13) : null,
      blockedSince: task.blocked ? when(task.blocked.since, 12) : null,
    };
  });
  const milestones = demo.milestones.map((m) => ({
    id: milestoneIds.get(m.key) as string,
    created: when(demo.created + 1, 8),
    reached: m.reached !== undefined ? when(m.reached, 14) : null,
  }));
  const activity = [
    ...tasks.map((t) => t.updated),
    ...milestones.flatMap((m) => (m.reached ? [m.reached] : [])),
    ...stamped.notes.map((n) => n.at),
    ...stamped.comments.map((n) => n.at),
    ...(demo.replanned !== undefined ? [when(demo.replanned, 14)] : []),
    ...(demo.closed !== undefined ? [when(demo.closed, 16)] : []),
  ];
  return {
    projectId,
    workspaceId,
    created: when(demo.created, 7),
    lastActivity: new Date(Math.max(...activity.map((d) => d.getTime()))),
    tasks,
    milestones,
    ...stamped,
  };
}
