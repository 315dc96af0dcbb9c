import { eq, sql } from 'drizzle-orm';
import { beforeAll, describe, expect, it } from 'vitest';
import { persons } from '../../../platform/auth/tables.ts';
import type { Mailer } from '../../../platform/mail/mailer.ts';
import { createPerson, type TestPerson } from '../../../test/factories.ts';
import { buildTestAppOnOwnDatabase } from '../../../test/own-database.ts';
import { TEST_ORIGIN, type TestApp } from '../../../test/test-app.ts';
import { readMail } from '../../notifications/notification-fixtures.ts';
import { addMember } from '../../workspaces/workspace-fixtures.ts';
import { type PortfolioWorld, portfolioWorld } from '../portfolio/portfolio-fixtures.ts';
import { send } from '../project-fixtures.ts';
import { todayInGermany, weekOf } from '../projects/week.ts';
import { portfolioSubscriptions, projectHealthSnapshots } from '../tables.ts';
import { runDailyHealth } from './daily-health.ts';
import { runWeeklyPortfolioMail } from './weekly-portfolio-mail.ts';

// The weekly run mails every subscription of the platform, so this file has a database of its own.
let t: TestApp;
let w: PortfolioWorld;
let locked: TestPerson;

const addDays = (day: string, days: number) => {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
};

// A fixed clock: today (the projects' dates are counted from it) at noon in Germany.
const today = todayInGermany();
const week = weekOf(today);
const now = new Date(`${today}T10:00:00Z`);

const mailsOf = (person: TestPerson) => t.mailsTo(person.email).map(readMail);

async function subscribe(person: TestPerson, query: string) {
  const res = await send(t, person, 'PUT', `/api/portfolio/subscription?${query}`);
  expect(res.statusCode, res.body).toBe(200);
}

async function subscriptionsOf(person: TestPerson) {
  return t.deps.db
    .select({
      kind: portfolioSubscriptions.scopeKind,
      id: portfolioSubscriptions.scopeId,
      lastSentWeek: portfolioSubscriptions.lastSentWeek,
    })
    .from(portfolioSubscriptions)
    .where(eq(portfolioSubscriptions.personId, person.id));
}

const setMarker = (value: unknown, minutesAgo: number) =>
  t.deps.db.execute(sql`
    update platform_settings set value = ${JSON.stringify(value)}::jsonb,
      updated_at = now() - make_interval(mins => ${minutesAgo}::int)
    where key = 'projects.weekly-portfolio-mail'`);

beforeAll(async () => {
  t = await buildTestAppOnOwnDatabase();
  w = await portfolioWorld(t);
  const alliance = `alliance=${w.alliance.id}`;
  await subscribe(w.a.admin, alliance);
  await subscribe(w.guest, alliance);
  await subscribe(w.bMember, alliance);
  await subscribe(w.aMember, alliance);
  await subscribe(w.aMember, `workspace=${w.workspaces.ownA.id}`);
  await t.deps.db.update(persons).set({ locale: 'en' }).where(eq(persons.id, w.bMember.id));
  locked = await createPerson(t, { organisation: w.a.organisation });
  await addMember(t, w.a.admin, w.workspaces.shared.id, locked, 'member');
  await subscribe(locked, alliance);
  await t.deps.db.update(persons).set({ lockedAt: new Date() }).where(eq(persons.id, locked.id));
  // A's member leaves A's own workspace after subscribing to its portfolio.
  const removed = await send(t, w.a.admin, 'DELETE', `/api/workspaces/${w.workspaces.ownA.id}/members/${w.aMember.id}`);
  expect(removed.statusCode, removed.body).toBe(204);
  // Last week Smart Health was green and Vernetzte Mobilität amber already.
  await t.deps.db.insert(projectHealthSnapshots).values([
    { projectId: w.projects.health.id, week: addDays(week, -7), level: 'green', reasons: [] },
    { projectId: w.projects.mobility.id, week: addDays(week, -7), level: 'amber', reasons: [] },
  ]);
});

describe('runWeeklyPortfolioMail', () => {
  it('waits for the day’s health run, and on Monday for the morning', async () => {
    expect(await runWeeklyPortfolioMail(t.deps, now)).toMatchObject({ ran: false });
    expect((await runDailyHealth(t.deps.db, today)).ran).toBe(true);
    expect(await runWeeklyPortfolioMail(t.deps, new Date(`${week}T02:00:00Z`))).toMatchObject({ ran: false });
    expect(mailsOf(w.a.admin)).toHaveLength(0);
  });

  it('mails each subscriber the portfolio as they see it, worse projects first with their reasons', async () => {
    expect(await runWeeklyPortfolioMail(t.deps, now)).toEqual({
      ran: true,
      mails: 4,
      removed: 1,
      skipped: 1,
      failed: 0,
    });

    const [admin, ...more] = mailsOf(w.a.admin);
    expect(more).toHaveLength(0);
    expect(admin?.subject).toBe(`Ihr Portfolio diese Woche: ${w.alliance.name}`);
    const text = admin?.text ?? '';
    expect(text).toContain(`Guten Tag ${w.a.admin.name},`);
    expect(text).toContain(`so steht das Portfolio „${w.alliance.name}“ (Verbund)`);
    expect(text).toContain('5 Projekte: 1 rot, 1 gelb, 2 grün, 1 ohne Ampel. 1 weiteres Projekt ohne Zugriff.');
    expect(text).toContain(
      `Schlechter als letzte Woche:\n– Smart Health (${w.workspaces.shared.name}): Rot, schlechter als letzte Woche\n  · `,
    );
    expect(text).toMatch(/· 100\s%\sder offenen Aufgaben überfällig \(rot ab 30\s%\)/);
    expect(text).toContain(`Gelb:\n– Vernetzte Mobilität (${w.workspaces.shared.name}): Gelb, wie letzte Woche`);
    expect(text).toContain('· Meilenstein Ausschreibung +10 Tage gegenüber Plan v2 (gelb ab 7 Tagen)');
    expect(text.indexOf('Smart Health')).toBeLessThan(text.indexOf('Vernetzte Mobilität'));
    expect(text).toContain(`${TEST_ORIGIN}/projects/${w.projects.health.id}`);
    expect(text).toContain('In den nächsten 14 Tagen ist kein Meilenstein fällig.');
    expect(text).toContain(`Zum Portfolio: ${TEST_ORIGIN}/portfolio?alliance=${w.alliance.id}`);
    expect(text).not.toContain('Glasfaser');
    expect(admin?.html).toContain(`<a href="${TEST_ORIGIN}/portfolio?alliance=${w.alliance.id}">Zum Portfolio</a>`);

    // The guest sees one green project, and nothing of the others, not even how many there are.
    const [guest] = mailsOf(w.guest);
    expect(guest?.text).toContain('1 Projekt: 1 grün.');
    expect(guest?.text).toContain('Kein Projekt ist gelb oder rot.');
    for (const hidden of ['Smart Health', 'Vernetzte Mobilität', 'Glasfaser', 'New Work', 'ohne Zugriff']) {
      expect(guest?.text).not.toContain(hidden);
      expect(guest?.html).not.toContain(hidden);
    }

    // B's member reads English, sees Glasfaser and its milestone in ten days, and no count of the others.
    const [english] = mailsOf(w.bMember);
    expect(english?.subject).toBe(`Your portfolio this week: ${w.alliance.name}`);
    expect(english?.text).toContain('4 projects: 1 red, 1 amber, 2 green.');
    expect(english?.text).toContain('Worse than last week:\n– Smart Health');
    expect(english?.text).toMatch(/· 100%\sof the open tasks overdue \(red from 30%\)/);
    expect(english?.text).toContain('Milestones in the next 14 days:\n– ');
    expect(english?.text).toContain(': Tiefbau (Glasfaser)');
    expect(english?.text).not.toContain('without access');
    expect(english?.text).not.toContain('New Work');

    // Who lost the workspace loses its mail; the alliance's still comes.
    expect(mailsOf(w.aMember)).toHaveLength(1);
    expect(await subscriptionsOf(w.aMember)).toEqual([{ kind: 'alliance', id: w.alliance.id, lastSentWeek: week }]);
    // A locked person gets nothing, and keeps the subscription for when they are back.
    expect(mailsOf(locked)).toHaveLength(0);
    expect(await subscriptionsOf(locked)).toHaveLength(1);
  });

  it('sends nothing more that week, even when a run is taken over after a crash', async () => {
    expect(await runWeeklyPortfolioMail(t.deps, now)).toMatchObject({ ran: false, mails: 0 });
    expect(await runWeeklyPortfolioMail(t.deps, new Date(now.getTime() + 86_400_000))).toMatchObject({ ran: false });
    // As if the process had ended during its run: the lease runs out, another takes over and finds nothing to send.
    await setMarker({ week, state: 'running' }, 1);
    expect(await runWeeklyPortfolioMail(t.deps, now)).toMatchObject({ ran: false });
    await setMarker({ week, state: 'running' }, 20);
    expect(await runWeeklyPortfolioMail(t.deps, now)).toEqual({
      ran: true,
      mails: 0,
      removed: 0,
      skipped: 0,
      failed: 0,
    });
    for (const person of [w.a.admin, w.guest, w.bMember, w.aMember]) expect(mailsOf(person)).toHaveLength(1);
  });

  it('mails again the next week, once though two processes run at once', async () => {
    const later = addDays(today, 7);
    const at = new Date(`${later}T10:00:00Z`);
    expect((await runDailyHealth(t.deps.db, later)).ran).toBe(true);
    const [one, two] = await Promise.all([runWeeklyPortfolioMail(t.deps, at), runWeeklyPortfolioMail(t.deps, at)]);
    expect((one?.mails ?? 0) + (two?.mails ?? 0)).toBe(4);
    for (const person of [w.a.admin, w.guest, w.bMember, w.aMember]) expect(mailsOf(person)).toHaveLength(2);
  });

  it('gives a failed mail back and sends it when the week’s run is tried again', async () => {
    const later = addDays(today, 14);
    const at = new Date(`${later}T10:00:00Z`);
    expect((await runDailyHealth(t.deps.db, later)).ran).toBe(true);
    const broken: Mailer = {
      async send() {
        throw new Error('SMTP down');
      },
    };
    const errors: unknown[] = [];
    const failed = await runWeeklyPortfolioMail({ ...t.deps, mailer: broken }, at, {
      info: () => {},
      error: (o) => errors.push(o),
    });
    expect(failed).toMatchObject({ ran: true, mails: 0, failed: 4 });
    expect(errors).toHaveLength(4);
    expect((await subscriptionsOf(w.a.admin))[0]?.lastSentWeek).toBe(weekOf(addDays(today, 7)));
    await setMarker({ week: weekOf(later), state: 'running' }, 20);
    expect(await runWeeklyPortfolioMail(t.deps, at)).toMatchObject({ ran: true, mails: 4 });
    for (const person of [w.a.admin, w.guest, w.bMember, w.aMember]) expect(mailsOf(person)).toHaveLength(3);
  });
});
