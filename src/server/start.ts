import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { buildApp } from './app.ts';
import type { Config } from './config.ts';
import type { Deps } from './deps.ts';
import { checkTwoFactorKey } from './features/accounts/two-factor/two-factor-key-check.ts';
import { seedDemo } from './features/demo/seed.ts';
import { startDocumentHousekeeping } from './features/documents/housekeeping.ts';
import { startSeatWatch } from './features/meetings/seats.ts';
import { startWikiCheckReminders } from './features/network/wiki/check-reminders.ts';
import { startNotificationDigests } from './features/notifications/digest.ts';
import { startDailyHealth } from './features/projects/schedule/daily-health.ts';
import { startWeeklyPortfolioMail } from './features/projects/schedule/weekly-portfolio-mail.ts';
import { startRetention } from './features/retention/schedule.ts';
import { announceSetup } from './features/setup/service.ts';
import { openDatabase, pgliteDirOf } from './platform/db/client.ts';
import { type Bus, createInProcessBus } from './platform/events/bus.ts';
import { outboxRecovery } from './platform/events/outbox-recovery.ts';
import { createPublisher } from './platform/events/publisher.ts';
import { createRedisBus } from './platform/events/redis-bus.ts';
import { createMailer } from './platform/mail/mailer.ts';
import { prepareDatabase } from './prepare-database.ts';

const busLog = (log: { info(o: object, m: string): void }) => ({
  info: (o: object, m: string) => log.info(o, m),
  warn: (o: object, m: string) => console.warn(m, o),
});

export interface Started {
  app: FastifyInstance;
  deps: Deps;
  close(): Promise<void>;
}

/**
 * Opens every backend named by the configuration, migrates, and builds the app (without listening).
 * The caller has checked that the configured services answer (`checkServices`, in main.ts).
 */
export async function startPlatform(
  config: Config,
  log: { info(o: object, m: string): void } = console as never,
): Promise<Started> {
  const database = await openDatabase({
    databaseUrl: config.databaseUrl,
    pgliteDir: config.databaseUrl ? undefined : pgliteDirOf(config.dataDir),
    onIdleError: (err) =>
      console.warn('PostgreSQL closed an idle connection; a new one opens when needed:', err.message),
  });
  await prepareDatabase(database);
  const bus: Bus = config.redisUrl
    ? await createRedisBus(config.redisUrl, {
        channel: config.redisChannel,
        recovery: outboxRecovery(database.db),
        log: busLog(log),
      })
    : createInProcessBus();
  const publisher = createPublisher(database.db, bus, {
    onError: (err) => console.error('publishing events failed; retrying on the next flush', err),
  });
  const mailer = createMailer({
    smtpUrl: config.smtpUrl,
    from: config.mailFrom,
    mailDir: join(config.dataDir, 'mail'),
    log,
  });
  const deps: Deps = { config, database, db: database.db, bus, publisher, mailer };
  await checkTwoFactorKey(deps);
  if (config.demo) await seedDemo(deps, console);
  const app = await buildApp(deps);
  const digests = startNotificationDigests(deps, { log: app.log });
  const dailyHealth = startDailyHealth(deps, { log: app.log });
  const weeklyMail = startWeeklyPortfolioMail(deps, { log: app.log });
  const documentHousekeeping = startDocumentHousekeeping(deps, { log: app.log });
  const wikiReminders = startWikiCheckReminders(deps, { log: app.log });
  const retention = startRetention(deps, { log: app.log });
  const seatWatch = startSeatWatch(deps, app.realtime, { log: app.log });
  // Printed to the console whatever the log level: the operator needs the link to finish the installation.
  await announceSetup(deps, console);
  return {
    app,
    deps,
    async close() {
      await app.close();
      await digests.stop();
      await dailyHealth.stop();
      await weeklyMail.stop();
      await documentHousekeeping.stop();
      await wikiReminders.stop();
      await retention.stop();
      await seatWatch.stop();
      await publisher.stop();
      await bus.close();
      await database.close();
    },
  };
}
