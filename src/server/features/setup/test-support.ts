import postgres from 'postgres';
import { afterAll, inject } from 'vitest';
import { buildApp } from '../../app.ts';
import type { Config } from '../../config.ts';
import type { Deps } from '../../deps.ts';
import { openDatabase } from '../../platform/db/client.ts';
import { runMigrations } from '../../platform/db/migrate.ts';
import { createInProcessBus } from '../../platform/events/bus.ts';
import { createPublisher } from '../../platform/events/publisher.ts';
import { createMailer } from '../../platform/mail/mailer.ts';
import { buildTestApp, TEST_ORIGIN, type TestApp } from '../../test/test-app.ts';

/**
 * A test app on a platform without any person yet, which first-run setup needs. On PGlite every test
 * file already has its own copy of the database; on PostgreSQL the run's database is shared by all test
 * files (some of which create administrators), so this makes a database of its own, dropped afterwards.
 */
export async function buildEmptyPlatformApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const runUrl = inject('databaseUrl');
  if (!runUrl) return buildTestApp(overrides);

  const name = `${new URL(runUrl).pathname.slice(1)}_empty_${Math.random().toString(36).slice(2, 8)}`;
  const admin = postgres(runUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(runUrl);
  url.pathname = `/${name}`;
  const database = await openDatabase({ databaseUrl: url.toString(), maxConnections: 2 });
  await runMigrations(database);

  const probe = await buildTestApp(overrides);
  const config: Config = { ...probe.config, databaseUrl: url.toString(), redisUrl: undefined };
  // The probe's mailsTo reads this folder, so mails of this app are found by it.
  const mailDir = probe.mailDir;
  const bus = createInProcessBus();
  const publisher = createPublisher(database.db, bus, { intervalMs: 200 });
  const mailer = createMailer({ from: config.mailFrom, mailDir });
  const deps: Deps = { config, database, db: database.db, bus, publisher, mailer };
  const app = await buildApp(deps);
  await app.ready();
  afterAll(async () => {
    await app.close();
    await publisher.stop();
    await bus.close();
    await database.close();
    await admin.unsafe(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  return {
    ...probe,
    app,
    deps,
    config,
    mailDir,
    request({ cookie, headers, ...options }) {
      return app.inject({ ...options, headers: { origin: TEST_ORIGIN, ...(cookie ? { cookie } : {}), ...headers } });
    },
  };
}
