import { inject } from 'vitest';
import type { Config } from '../config.ts';
import { openDatabase } from '../platform/db/client.ts';
import { createInProcessBus } from '../platform/events/bus.ts';
import { createScratchDatabase } from './scratch-database.ts';
import { buildTestAppOnOwnPglite, startTestApp, type TestApp, testConfig } from './test-app.ts';

/**
 * A test app on a database no other test file touches: for tests of platform-wide state (first-run
 * setup needs a platform without any person; platform-wide counts must not move under other files).
 * On PGlite a restored copy of its own (the other files of a worker share theirs); on PostgreSQL the
 * run's database is shared by all test files, so this copies the prepared database (migrated,
 * directory loaded, nobody in it) into one of its own, dropped afterwards.
 */
export async function buildTestAppOnOwnDatabase(overrides: Partial<Config> = {}): Promise<TestApp> {
  const runUrl = inject('databaseUrl');
  if (!runUrl) return buildTestAppOnOwnPglite(overrides);

  const name = `${new URL(runUrl).pathname.slice(1)}_empty_${Math.random().toString(36).slice(2, 8)}`;
  const scratch = await createScratchDatabase(runUrl, name, inject('databaseTemplate'));
  const database = await openDatabase({ databaseUrl: scratch.url, maxConnections: 2 });
  const config = testConfig({ ...overrides, databaseUrl: scratch.url, redisUrl: undefined });
  return startTestApp(config, database, createInProcessBus(), scratch.drop);
}
