import { allianceMembers, alliances } from '../src/server/features/alliances/tables.ts';
import { organisationMemberships, organisations } from '../src/server/features/organisations/tables.ts';
import {
  projectBaselineDates,
  projectBaselines,
  projectHealthSnapshots,
  projectMilestones,
  projectPartners,
  projectStatusNotes,
  projects,
  projectTaskDependencies,
  projectTasks,
} from '../src/server/features/projects/tables.ts';
import { workspaceMembers, workspaces } from '../src/server/features/workspaces/tables.ts';
import { persons } from '../src/server/platform/auth/tables.ts';
import type { Db } from '../src/server/platform/db/client.ts';
import { newId } from '../src/server/platform/db/ids.ts';

/**
 * The benchmark's alliance: five municipalities, ten workspaces (two of the alliance's, eight of its
 * members'), `projects` projects spread over them with partners, four milestones each, a baseline the
 * milestones have partly slipped from, a status note and last week's snapshot, and `tasks` tasks
 * (spread due dates, two fifths done, some blocked, some waiting for other projects' tasks). The
 * reader is the first municipality's admin, in nine of the ten workspaces: they see nine tenths of
 * the projects and are told how many others there are.
 */
export interface ProjectsWorld {
  allianceId: string;
  readerId: string;
  projects: number;
  tasks: number;
  /** Projects the reader sees. */
  visible: number;
}

const DAY = 86_400_000;
const dayFrom = (today: Date, days: number) => new Date(today.getTime() + days * DAY).toISOString().slice(0, 10);

/** A small deterministic pseudo-random sequence, so every run seeds the same world. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

async function insertChunked<T>(rows: T[], insert: (chunk: T[]) => Promise<unknown>, size = 1000) {
  for (let i = 0; i < rows.length; i += size) await insert(rows.slice(i, i + size));
}

const FIELDS = ['Smart Health', 'New Work', 'Vernetzte Mobilität', 'Breitband', 'Bürgerportal', 'Energie', 'Bildung'];

export async function seedProjects(db: Db, options: { projects: number; tasks: number }): Promise<ProjectsWorld> {
  const rand = random(42);
  const today = new Date(`${new Date().toISOString().slice(0, 10)}T00:00:00Z`);
  const municipalities = Array.from({ length: 5 }, (_, i) => ({
    id: newId(),
    name: `Bench-Gemeinde ${i + 1}`,
    adminId: newId(),
  }));
  await db
    .insert(organisations)
    .values(
      municipalities.map((m) => ({ id: m.id, name: m.name, searchName: m.name.toLowerCase(), type: 'gemeinde' })),
    );
  await db.insert(persons).values(
    municipalities.map((m) => ({
      id: m.adminId,
      name: `Verwaltung ${m.name}`,
      email: `admin-${m.id}@bench.example`,
      passwordHash: 'not-for-signing-in',
      emailVerifiedAt: new Date(),
    })),
  );
  await db.insert(organisationMemberships).values(
    municipalities.map((m) => ({
      personId: m.adminId,
      organisationId: m.id,
      role: 'admin',
      status: 'confirmed',
      confirmedAt: new Date(),
    })),
  );
  const first = municipalities[0] as (typeof municipalities)[number];
  const allianceId = newId();
  await db.insert(alliances).values({
    id: allianceId,
    name: 'Bench-Verbund Südwestfalen',
    slug: `bench-verbund-${allianceId.slice(-8)}`,
    createdByOrganisationId: first.id,
    createdBy: first.adminId,
  });
  await db
    .insert(allianceMembers)
    .values(municipalities.map((m) => ({ allianceId, organisationId: m.id, status: 'member', joinedAt: new Date() })));

  const spaces = Array.from({ length: 10 }, (_, i) => {
    const owner = municipalities[i % municipalities.length] as (typeof municipalities)[number];
    return {
      id: newId(),
      name: `Arbeitsraum ${i + 1}`,
      ownerAllianceId: i < 2 ? allianceId : null,
      ownerOrganisationId: i < 2 ? null : owner.id,
      visibility: 'members',
      createdBy: owner.adminId,
      ownerAdminId: owner.adminId,
    };
  });
  await db.insert(workspaces).values(spaces.map(({ ownerAdminId, ...space }) => space));
  const members = spaces.flatMap((space, i) => {
    const rows = [{ workspaceId: space.id, personId: space.ownerAdminId, role: 'owner' }];
    // The reader is in every workspace but the last.
    if (space.ownerAdminId !== first.adminId && i < spaces.length - 1) {
      rows.push({ workspaceId: space.id, personId: first.adminId, role: i % 2 ? 'member' : 'owner' });
    }
    return rows;
  });
  await db.insert(workspaceMembers).values(members);

  const projectRows = Array.from({ length: options.projects }, (_, i) => {
    const space = spaces[i % spaces.length] as (typeof spaces)[number];
    const lead = municipalities[i % municipalities.length] as (typeof municipalities)[number];
    const start = Math.round(-300 + rand() * 200);
    return {
      id: newId(),
      workspaceId: space.id,
      name: `${FIELDS[i % FIELDS.length]} ${Math.floor(i / FIELDS.length) + 1}`,
      goal: 'Gemeinsam mit den Nachbarn besser werden.',
      leadOrganisationId: lead.id,
      leadPersonId: space.ownerAdminId,
      startDate: dayFrom(today, start),
      endDate: dayFrom(today, start + 400 + Math.round(rand() * 300)),
      status: i % 25 === 0 ? 'done' : i % 17 === 0 ? 'paused' : 'running',
      createdBy: space.ownerAdminId,
      lastActivityAt: new Date(today.getTime() - Math.round(rand() * 40) * DAY),
      createdAt: new Date(today.getTime() + start * DAY),
    };
  });
  await insertChunked(projectRows, (chunk) => db.insert(projects).values(chunk), 250);
  await insertChunked(
    projectRows.flatMap((p, i) =>
      [1, 2]
        .map((k) => municipalities[(i + k) % municipalities.length] as (typeof municipalities)[number])
        .filter((m) => m.id !== p.leadOrganisationId)
        .map((m) => ({ projectId: p.id, organisationId: m.id })),
    ),
    (chunk) => db.insert(projectPartners).values(chunk),
  );

  const milestones = projectRows.flatMap((p) =>
    [0, 1, 2, 3].map((k) => ({
      id: newId(),
      projectId: p.id,
      name: ['Konzept', 'Ausschreibung', 'Pilot', 'Abschluss'][k] as string,
      date: dayFrom(today, -60 + k * 90 + Math.round(rand() * 30)),
      doneAt: k === 0 ? new Date(today.getTime() - 50 * DAY) : null,
    })),
  );
  await insertChunked(milestones, (chunk) => db.insert(projectMilestones).values(chunk));
  const baselines = projectRows.map((p) => ({
    id: newId(),
    projectId: p.id,
    name: 'Plan v1',
    createdBy: p.createdBy,
    createdAt: new Date(today.getTime() - 90 * DAY),
  }));
  await insertChunked(baselines, (chunk) => db.insert(projectBaselines).values(chunk));
  await insertChunked(
    milestones.map((m, i) => ({
      baselineId: (baselines[Math.floor(i / 4)] as (typeof baselines)[number]).id,
      kind: 'milestone',
      itemId: m.id,
      // Most kept their date, some slipped by up to four weeks.
      date: dayFrom(new Date(`${m.date}T00:00:00Z`), rand() < 0.7 ? 0 : -Math.round(rand() * 28)),
    })),
    (chunk) => db.insert(projectBaselineDates).values(chunk),
  );
  await insertChunked(
    projectRows.map((p) => ({
      id: newId(),
      projectId: p.id,
      authorId: p.createdBy,
      text: 'Vergabe läuft, Zuschlag im nächsten Quartal.',
      createdAt: new Date(today.getTime() - Math.round(rand() * 20) * DAY),
    })),
    (chunk) => db.insert(projectStatusNotes).values(chunk),
  );
  const lastWeek = new Date(today.getTime() - 7 * DAY);
  const monday = dayFrom(lastWeek, -((lastWeek.getUTCDay() + 6) % 7));
  await insertChunked(
    projectRows.map((p, i) => ({ projectId: p.id, week: monday, level: ['green', 'amber', 'red'][i % 3] as string })),
    (chunk) => db.insert(projectHealthSnapshots).values(chunk),
  );

  const taskIds: { id: string; projectIndex: number }[] = [];
  const tasks = Array.from({ length: options.tasks }, (_, i) => {
    const projectIndex = i % projectRows.length;
    const project = projectRows[projectIndex] as (typeof projectRows)[number];
    const due = Math.round(-90 + rand() * 300);
    const done = due < 0 ? rand() < 0.8 : rand() < 0.1;
    const blocked = !done && rand() < 0.03;
    const id = newId();
    taskIds.push({ id, projectIndex });
    return {
      id,
      projectId: project.id,
      milestoneId: (milestones[projectIndex * 4 + (i % 4)] as (typeof milestones)[number]).id,
      title: `Aufgabe ${i + 1}`,
      state: done ? 'done' : blocked ? 'blocked' : rand() < 0.3 ? 'in_progress' : 'todo',
      blockedReason: blocked ? 'Wartet auf die Freigabe' : null,
      blockedSince: blocked ? new Date(today.getTime() - Math.round(rand() * 30) * DAY) : null,
      dueDate: dayFrom(today, due),
      startDate: dayFrom(today, due - 14),
      position: i,
      doneAt: done ? new Date(today.getTime() - Math.round(rand() * 60) * DAY) : null,
      createdBy: project.createdBy,
    };
  });
  await insertChunked(tasks, (chunk) => db.insert(projectTasks).values(chunk));
  // One task in fifty waits for a task of another project (finish to start).
  const dependencies = taskIds
    .filter((_, i) => i % 50 === 0)
    .map((task, k) => {
      const other = taskIds[(k * 7919 + 13) % taskIds.length] as { id: string; projectIndex: number };
      return other.projectIndex === task.projectIndex ? null : { taskId: task.id, dependsOnId: other.id };
    })
    .filter((d): d is { taskId: string; dependsOnId: string } => d !== null);
  await insertChunked(dependencies, (chunk) => db.insert(projectTaskDependencies).values(chunk).onConflictDoNothing());

  const hiddenSpace = spaces[spaces.length - 1]?.id;
  return {
    allianceId,
    readerId: first.adminId,
    projects: projectRows.length,
    tasks: tasks.length,
    visible: projectRows.filter((p) => p.workspaceId !== hiddenSpace).length,
  };
}
