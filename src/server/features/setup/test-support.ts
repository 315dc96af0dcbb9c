import { inject } from 'vitest';
import type { Config } from '../../config.ts';
import { openDatabase } from '../../platform/db/client.ts';
import { createInProcessBus } from '../../platform/events/bus.ts';
import { createScratchDatabase } from '../../test/scratch-database.ts';
import { buildTestAppOnOwnPglite, startTestApp, type TestApp, testConfig } from '../../test/test-app.ts';

/**
 * A test app on a platform without any person yet, which first-run setup needs. On PGlite a restored
 * copy of its own (the other files of a worker share theirs); on PostgreSQL the run's database is shared by all test
 * files (some of which create administrators), so this makes a database of its own, dropped afterwards.
 */
export async function buildEmptyPlatformApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const runUrl = inject('databaseUrl');
  if (!runUrl) return buildTestAppOnOwnPglite(overrides);

  const name = `${new URL(runUrl).pathname.slice(1)}_empty_${Math.random().toString(36).slice(2, 8)}`;
  // A copy of the run's prepared database (migrated, directory loaded, nobody in it), as on PGlite.
  const scratch = await createScratchDatabase(runUrl, name, inject('databaseTemplate'));
  const database = await openDatabase({ databaseUrl: scratch.url, maxConnections: 2 });
  const config = testConfig({ ...overrides, databaseUrl: scratch.url, redisUrl: undefined });
  return startTestApp(config, database, createInProcessBus(), scratch.drop);
}
