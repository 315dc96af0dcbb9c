import { and, eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { platformSettings } from '../../../platform/settings/tables.ts';
import { buildTestAppOnOwnDatabase } from '../../../test/own-database.ts';
import type { TestApp } from '../../../test/test-app.ts';
import { notificationsOf } from '../../workspaces/workspace-fixtures.ts';
import {
  createdProject,
  createdTask,
  dayFromToday,
  detailOf,
  type ProjectWorld,
  projectWorld,
} from '../project-fixtures.ts';
import { todayInGermany, weekOf } from '../projects/week.ts';
import { projectHealthSnapshots } from '../tables.ts';
import { runDailyHealth, startDailyHealth } from './daily-health.ts';

// The daily run recomputes every project of the platform, so this file has a database of its own.
let t: TestApp;
let w: ProjectWorld;

beforeAll(async () => {
  t = await buildTestAppOnOwnDatabase();
  w = await projectWorld(t);
});

const addDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

async function snapshotsOf(projectId: string) {
  const rows = await t.deps.db
    .select({ week: projectHealthSnapshots.week, level: projectHealthSnapshots.level })
    .from(projectHealthSnapshots)
    .where(eq(projectHealthSnapshots.projectId, projectId));
  return rows.sort((a, b) => (a.week < b.week ? -1 : 1));
}

const setMarker = (value: unknown, minutesAgo: number) =>
  t.deps.db.execute(sql`
    update platform_settings set value = ${JSON.stringify(value)}::jsonb,
      updated_at = now() - make_interval(mins => ${minutesAgo}::int)
    where key = 'projects.daily-health'`);

describe('runDailyHealth', () => {
  const today = todayInGermany();
  const thisWeek = weekOf(today);
  const lastWeek = addDays(thisWeek, -7);
  const weekBefore = addDays(thisWeek, -14);
  // Due in the middle of last week: not yet overdue on its Monday, overdue today.
  const due = addDays(lastWeek, 2);

  it('recomputes as time passes, once a day, keeps one snapshot a week, and the trend shows the change', async () => {
    const project = await createdProject(t, w.owner, w.workspace.id, { name: 'Rufbus', leadPersonId: w.member.id });
    for (const title of ['Fahrplan', 'Fahrzeuge', 'Haltestellen']) {
      await createdTask(t, w.member, project.id, { title, dueDate: due });
    }
    const closed = await createdProject(t, w.owner, w.workspace.id, { name: 'Erledigt', status: 'done' });
    // Today all three tasks are overdue; the change itself computed that already.
    expect((await detailOf(t, w.owner, project.id)).health.level).toBe('red');

    const first = await runDailyHealth(t.deps.db, weekBefore);
    expect(first).toEqual({ ran: true, recomputed: 1, changed: 1, snapshots: 2 });
    expect((await detailOf(t, w.owner, project.id)).health).toMatchObject({ level: 'green', reasons: [] });
    expect(await runDailyHealth(t.deps.db, weekBefore)).toEqual({
      ran: false,
      recomputed: 0,
      changed: 0,
      snapshots: 0,
    });

    // Later the same week: computed again, but the week keeps its first snapshot.
    expect(await runDailyHealth(t.deps.db, addDays(weekBefore, 2))).toEqual({
      ran: true,
      recomputed: 1,
      changed: 0,
      snapshots: 0,
    });
    expect((await runDailyHealth(t.deps.db, lastWeek)).snapshots).toBe(2);
    expect(await snapshotsOf(project.id)).toEqual([
      { week: weekBefore, level: 'green' },
      { week: lastWeek, level: 'green' },
    ]);
    expect(await snapshotsOf(closed.id)).toEqual([
      { week: weekBefore, level: 'none' },
      { week: lastWeek, level: 'none' },
    ]);

    const before = (await notificationsOf(t, w.member, 'project-health')).length;
    expect(await runDailyHealth(t.deps.db, today, { parallel: 3 })).toMatchObject({
      ran: true,
      recomputed: 1,
      changed: 1,
    });
    const detail = await detailOf(t, w.owner, project.id);
    expect(detail.health).toMatchObject({ level: 'red', trend: 'worse' });
    expect(detail.health.reasons[0]).toMatchObject({ signal: 'overdue-share', value: 1 });
    // The lead hears that it turned red.
    const told = await notificationsOf(t, w.member, 'project-health');
    expect(told.length).toBe(before + 1);
    expect(await runDailyHealth(t.deps.db, today)).toMatchObject({ ran: false });
    // An earlier day never runs after a later one.
    expect(await runDailyHealth(t.deps.db, addDays(today, -1))).toMatchObject({ ran: false });
  });

  it('lets exactly one of two processes asking at once run the day', async () => {
    const next = dayFromToday(1);
    const results = await Promise.all([runDailyHealth(t.deps.db, next), runDailyHealth(t.deps.db, next)]);
    expect(results.filter((r) => r.ran)).toHaveLength(1);
  });

  it('takes over a day whose process ended during the run, once its claim has run out', async () => {
    const day = dayFromToday(2);
    await setMarker({ day, state: 'running' }, 1);
    expect((await runDailyHealth(t.deps.db, day)).ran).toBe(false);
    await setMarker({ day, state: 'running' }, 20);
    expect((await runDailyHealth(t.deps.db, day)).ran).toBe(true);
    const [marker] = await t.deps.db
      .select({ value: platformSettings.value })
      .from(platformSettings)
      .where(and(eq(platformSettings.key, 'projects.daily-health')));
    expect(marker?.value).toMatchObject({ day, state: 'done', recomputed: 1 });
  });

  it('runs on its own once the day has not been run yet, and stops', async () => {
    await setMarker({ day: dayFromToday(-1), state: 'done' }, 60);
    const schedule = startDailyHealth(t.deps, { firstAfterMs: 1, intervalMs: 60_000 });
    try {
      await expect
        .poll(
          async () => {
            const [marker] = await t.deps.db
              .select({ value: platformSettings.value })
              .from(platformSettings)
              .where(eq(platformSettings.key, 'projects.daily-health'));
            return marker?.value;
          },
          { timeout: 10_000 },
        )
        .toMatchObject({ day: todayInGermany(), state: 'done' });
    } finally {
      await schedule.stop();
    }
  });
});
