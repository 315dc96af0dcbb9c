import { sql } from 'drizzle-orm';
import type { Tx } from '../../../platform/db/client.ts';
import { textArray, uuidArray } from '../../../platform/db/sql-arrays.ts';

// The projects' commands stamp what they do with the time they run. The demo's projects have run for
// months, so after building them through the commands (health, events and checks as for any change)
// the seed moves these times back, as workspaces/backdate.ts does for the conversation. This is the
// only place the demo writes project rows directly.

/** A row and the time it gets. */
export interface Stamp {
  id: string;
  at: Date;
}

export interface ProjectTimes {
  projectId: string;
  workspaceId: string;
  created: Date;
  lastActivity: Date;
  tasks: Array<{ id: string; created: Date; updated: Date; done: Date | null; blockedSince: Date | null }>;
  milestones: Array<{ id: string; created: Date; reached: Date | null }>;
  baselines: Stamp[];
  notes: Stamp[];
  comments: Stamp[];
}

const ids = (rows: readonly { id: string }[]) => uuidArray(rows.map((r) => r.id));
const times = (values: readonly (Date | null)[]) =>
  sql`${textArray(values.map((v) => v?.toISOString() ?? ''))}::text[]`;
/** A text that is empty for "no time" as a timestamp or null. */
const at = (column: string) => sql.raw(`nullif(t.${column}, '')::timestamptz`);

/**
 * Gives a seeded project the times of its story: its creation and last activity, each task's
 * creation, change, completion and blocker, each milestone's creation and completion, its baseline,
 * status notes and comments, and the mention notifications the comments caused (marked as mailed then,
 * so the digest does not mail demo people about a comment of days ago). The workspace and its members
 * are moved back to before the project, so the workspace is not younger than its work.
 */
export async function backdateProject(tx: Tx, p: ProjectTimes): Promise<void> {
  await tx.execute(sql`
    update projects set created_at = ${p.created.toISOString()}::timestamptz,
      updated_at = ${p.lastActivity.toISOString()}::timestamptz,
      last_activity_at = ${p.lastActivity.toISOString()}::timestamptz
    where id = ${p.projectId}::uuid`);
  if (p.tasks.length > 0) {
    await tx.execute(sql`
      update project_tasks k set created_at = ${at('created')}, updated_at = ${at('updated')},
        done_at = case when k.done_at is null then null else ${at('done')} end,
        blocked_since = case when k.blocked_since is null then null else ${at('blocked')} end
      from unnest(${ids(p.tasks)}, ${times(p.tasks.map((t) => t.created))}, ${times(p.tasks.map((t) => t.updated))},
                  ${times(p.tasks.map((t) => t.done))}, ${times(p.tasks.map((t) => t.blockedSince))})
        as t(id, created, updated, done, blocked)
      where k.id = t.id`);
  }
  if (p.milestones.length > 0) {
    await tx.execute(sql`
      update project_milestones m set created_at = ${at('created')},
        done_at = case when m.done_at is null then null else ${at('reached')} end
      from unnest(${ids(p.milestones)}, ${times(p.milestones.map((m) => m.created))},
                  ${times(p.milestones.map((m) => m.reached))}) as t(id, created, reached)
      where m.id = t.id`);
  }
  for (const [table, rows] of [
    ['project_baselines', p.baselines],
    ['project_status_notes', p.notes],
    ['project_task_comments', p.comments],
  ] as const) {
    if (rows.length === 0) continue;
    await tx.execute(sql`
      update ${sql.raw(table)} r set created_at = t.at::timestamptz
      from unnest(${ids(rows)}, ${times(rows.map((r) => r.at))}) as t(id, at) where r.id = t.id`);
  }
  await tx.execute(sql`
    update notifications n set created_at = c.created_at, mailed_at = c.created_at
    from project_task_comments c
    where c.id = any(${ids(p.comments)}) and n.kind = 'task-mention'
      and n.link like '/projects/' || ${p.projectId} || '/tasks/%'
      and n.data ->> 'excerpt' = left(c.body, 200)`);
  const before = new Date(p.created.getTime() - 86_400_000).toISOString();
  await tx.execute(sql`
    update workspaces set created_at = least(created_at, ${before}::timestamptz) where id = ${p.workspaceId}::uuid`);
  await tx.execute(sql`
    update workspace_members set joined_at = least(joined_at, ${before}::timestamptz)
    where workspace_id = ${p.workspaceId}::uuid`);
  await tx.execute(sql`
    update channels set created_at = least(created_at, ${before}::timestamptz) where workspace_id = ${p.workspaceId}::uuid`);
}

/**
 * Forgets the health warnings the seed's own steps caused on the way (they describe plans half built),
 * so that the final computation warns once about each project that is amber or red.
 */
export async function forgetInterimWarnings(tx: Tx, projectIds: readonly string[]): Promise<void> {
  if (projectIds.length === 0) return;
  await tx.execute(sql`
    delete from notifications where kind = 'project-health'
      and link = any(${textArray(projectIds.map((id) => `/projects/${id}`))})`);
  await tx.execute(sql`update projects set health_level = 'green' where id = any(${uuidArray(projectIds)})`);
}

/** The final warnings are marked as mailed: the digest does not mail demo people about them. */
export async function markWarningsMailed(tx: Tx, projectIds: readonly string[]): Promise<void> {
  if (projectIds.length === 0) return;
  await tx.execute(sql`
    update notifications set mailed_at = created_at where kind = 'project-health' and mailed_at is null
      and link = any(${textArray(projectIds.map((id) => `/projects/${id}`))})`);
}

/** Last week's health of each project, so the trend has something to compare with. */
export async function snapshotLastWeek(
  tx: Tx,
  week: string,
  rows: ReadonlyArray<{ projectId: string; level: string; reasons: unknown }>,
): Promise<void> {
  for (const row of rows) {
    await tx.execute(sql`
      insert into project_health_snapshots (project_id, week, level, reasons)
      values (${row.projectId}::uuid, ${week}::date, ${row.level}, ${JSON.stringify(row.reasons)}::jsonb)
      on conflict (project_id, week) do nothing`);
  }
}
