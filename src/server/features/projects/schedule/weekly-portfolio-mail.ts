import { and, asc, eq, isNotNull, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Deps } from '../../../deps.ts';
import type { Principal } from '../../../platform/auth/session-store.ts';
import { persons } from '../../../platform/auth/tables.ts';
import type { Db } from '../../../platform/db/client.ts';
import { every } from '../../../platform/jobs/every.ts';
import { periodLease } from '../../../platform/jobs/period-lease.ts';
import { portfolio } from '../portfolio/portfolio.ts';
import { portfolioMail } from '../portfolio/portfolio-mail.ts';
import { portfolioMilestones } from '../portfolio/portfolio-milestones.ts';
import { isOutOfSight, subscriptionQuery } from '../portfolio/portfolio-subscriptions.ts';
import { todayInGermany, weekOf } from '../projects/week.ts';
import { portfolioSubscriptions } from '../tables.ts';
import { dailyHealthDone } from './daily-health.ts';

// Every Monday morning, once the day's health is computed (daily-health.ts), each person who asked
// for it gets the mail "Ihr Portfolio diese Woche" of each portfolio they subscribed to, computed as
// they see the portfolio at that moment (only the projects they may see; the count of the others only
// if they may hear it). A platform that was down on Monday sends later that week.
//
// As with the daily run, the week is claimed in platform_settings with one atomic upsert, as a lease
// renewed while the run goes on, so one process sends; another takes over a run whose process ended
// once LEASE_MINUTES have passed. Each subscription is claimed on its own before its mail is sent, by
// setting `last_sent_week` to the week in a statement that only matches when it was earlier: nobody
// gets two mails of one portfolio in one week, even when a run is taken over. A mail that fails gives
// its claim back and the week stays open, so the run is tried again when the lease has run out; a
// crash between claim and send loses that one mail.

const LEASE_MINUTES = 15;
/** The hour (in Germany) on Monday from which the mail goes out. */
export const SEND_HOUR = 6;
const BATCH = 100;

export interface WeeklyPortfolioMailResult {
  /** False when the mail is not due yet, or this week's run was done (or is under way) elsewhere. */
  ran: boolean;
  mails: number;
  /** Subscriptions ended because the person may no longer see the portfolio, or is gone. */
  removed: number;
  /** Subscriptions of locked or unverified people: no mail this week. */
  skipped: number;
  failed: number;
}

const WEEK = periodLease<Omit<WeeklyPortfolioMailResult, 'ran'>>({
  key: 'projects.weekly-portfolio-mail',
  field: 'week',
  leaseMinutes: LEASE_MINUTES,
});

const NOT_RUN: WeeklyPortfolioMailResult = { ran: false, mails: 0, removed: 0, skipped: 0, failed: 0 };

const HOUR = new Intl.DateTimeFormat('en-GB', { timeZone: 'Europe/Berlin', hour: '2-digit', hourCycle: 'h23' });

/** Due from Monday, SEND_HOUR o'clock in Germany, for the rest of the week. */
function isDue(now: Date, today: string): boolean {
  return today !== weekOf(today) || Number(HOUR.format(now)) >= SEND_HOUR;
}

type SubscriptionRow = typeof portfolioSubscriptions.$inferSelect;

const keyOf = (row: Pick<SubscriptionRow, 'personId' | 'scopeKind' | 'scopeId'>) =>
  and(
    eq(portfolioSubscriptions.personId, row.personId),
    eq(portfolioSubscriptions.scopeKind, row.scopeKind),
    eq(portfolioSubscriptions.scopeId, row.scopeId),
  );

const notSentIn = (week: string) =>
  or(isNull(portfolioSubscriptions.lastSentWeek), lt(portfolioSubscriptions.lastSentWeek, week)) as SQL;

/** The next subscriptions not yet mailed this week, after `after` in key order (so each is looked at once per run). */
async function dueSubscriptions(db: Db, week: string, after: SubscriptionRow | null): Promise<SubscriptionRow[]> {
  const past = after
    ? sql`(${portfolioSubscriptions.personId}, ${portfolioSubscriptions.scopeKind}, ${portfolioSubscriptions.scopeId}) > (${after.personId}, ${after.scopeKind}, ${after.scopeId})`
    : undefined;
  return db
    .select()
    .from(portfolioSubscriptions)
    .where(and(notSentIn(week), past))
    .orderBy(
      asc(portfolioSubscriptions.personId),
      asc(portfolioSubscriptions.scopeKind),
      asc(portfolioSubscriptions.scopeId),
    )
    .limit(BATCH);
}

/** Takes the subscription's mail of the week; false when it was sent already (by another run). */
async function claimSubscription(db: Db, row: SubscriptionRow, week: string): Promise<boolean> {
  const claimed = await db
    .update(portfolioSubscriptions)
    .set({ lastSentWeek: week })
    .where(and(keyOf(row), notSentIn(week)))
    .returning({ personId: portfolioSubscriptions.personId });
  return claimed.length > 0;
}

async function releaseSubscription(db: Db, row: SubscriptionRow, week: string): Promise<void> {
  await db
    .update(portfolioSubscriptions)
    .set({ lastSentWeek: row.lastSentWeek })
    .where(and(keyOf(row), eq(portfolioSubscriptions.lastSentWeek, week)));
}

/** The person as the portfolio sees a reader, with whether the mail may go to them (not locked, address verified). */
async function readerOf(db: Db, personId: string): Promise<{ principal: Principal; mailable: boolean } | null> {
  const [person] = await db
    .select({
      id: persons.id,
      name: persons.name,
      email: persons.email,
      locale: persons.locale,
      isPlatformAdmin: persons.isPlatformAdmin,
      mailable: sql<boolean>`${isNull(persons.lockedAt)} and ${isNotNull(persons.emailVerifiedAt)}`,
    })
    .from(persons)
    .where(eq(persons.id, personId));
  if (!person) return null;
  return {
    principal: {
      sessionId: 'weekly-portfolio-mail',
      personId: person.id,
      name: person.name,
      email: person.email,
      isPlatformAdmin: person.isPlatformAdmin,
      locale: person.locale,
    },
    mailable: person.mailable,
  };
}

interface Logger {
  info(obj: object, msg: string): void;
  error(obj: object, msg: string): void;
}

type MailDeps = Pick<Deps, 'db' | 'mailer' | 'config'>;

type Outcome = 'mailed' | 'removed' | 'skipped' | 'failed' | 'taken';

async function mailOne(deps: MailDeps, row: SubscriptionRow, today: string, week: string, log?: Logger) {
  const { db } = deps;
  if (!(await claimSubscription(db, row, week))) return 'taken' satisfies Outcome;
  const reader = await readerOf(db, row.personId);
  const query = subscriptionQuery({ kind: row.scopeKind, id: row.scopeId });
  if (!reader || !query) {
    await db.delete(portfolioSubscriptions).where(keyOf(row));
    return 'removed' satisfies Outcome;
  }
  if (!reader.mailable) return 'skipped' satisfies Outcome;
  try {
    const [answer, milestones] = await Promise.all([
      portfolio(db, reader.principal, query, today),
      portfolioMilestones(db, reader.principal, query),
    ]);
    await deps.mailer.send(
      portfolioMail({
        to: reader.principal,
        portfolio: answer,
        milestones: milestones.milestones,
        today,
        publicUrl: deps.config.publicUrl,
      }),
    );
    return 'mailed' satisfies Outcome;
  } catch (err) {
    if (isOutOfSight(err)) {
      await db.delete(portfolioSubscriptions).where(keyOf(row));
      return 'removed' satisfies Outcome;
    }
    log?.error(
      { err, personId: row.personId, scope: row.scopeKind },
      'weekly portfolio mail failed; tried again later',
    );
    await releaseSubscription(db, row, week);
    return 'failed' satisfies Outcome;
  }
}

/**
 * The weekly run at `now`: once due (Monday from SEND_HOUR in Germany, after the day's health run),
 * mails every subscription not yet mailed this week. A second call in the same week sends nothing.
 */
export async function runWeeklyPortfolioMail(
  deps: MailDeps,
  now: Date = new Date(),
  log?: Logger,
): Promise<WeeklyPortfolioMailResult> {
  const today = todayInGermany(now);
  const week = weekOf(today);
  if (!isDue(now, today) || !(await dailyHealthDone(deps.db, today))) return NOT_RUN;
  if (!(await WEEK.claim(deps.db, week))) return NOT_RUN;
  const counts = { mails: 0, removed: 0, skipped: 0, failed: 0 };
  let after: SubscriptionRow | null = null;
  for (;;) {
    const rows = await dueSubscriptions(deps.db, week, after);
    for (const row of rows) {
      const outcome = await mailOne(deps, row, today, week, log);
      if (outcome === 'mailed') counts.mails += 1;
      else if (outcome !== 'taken') counts[outcome] += 1;
    }
    after = rows.at(-1) ?? null;
    if (rows.length < BATCH) break;
    await WEEK.renew(deps.db, week);
  }
  // With failures the week stays claimed but unrenewed: once the lease runs out, a later look tries those again.
  if (counts.failed === 0) await WEEK.finish(deps.db, week, counts);
  return { ran: true, ...counts };
}

/**
 * Looks every `intervalMs` (ten minutes) whether the week's mail is due, and sends it if so; the first
 * look comes `firstAfterMs` after start. A run still going when the next look is due is not doubled;
 * the timers do not keep the process alive.
 */
export function startWeeklyPortfolioMail(
  deps: MailDeps,
  options: { intervalMs?: number; firstAfterMs?: number; log?: Logger } = {},
): { stop(): Promise<void> } {
  return every(
    options.intervalMs ?? 10 * 60_000,
    async () => {
      const result = await runWeeklyPortfolioMail(deps, new Date(), options.log);
      if (result.ran) options.log?.info(result, 'weekly portfolio mail sent');
    },
    {
      firstAfterMs: options.firstAfterMs ?? 90_000,
      onError: (err) => options.log?.error({ err }, 'weekly portfolio mail failed; retried when its claim runs out'),
    },
  );
}
