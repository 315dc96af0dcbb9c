import { mkdirSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../platform/db/client.ts';
import { prepareDatabase } from '../prepare-database.ts';
import { createScratchDatabase } from './scratch-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string | undefined;
    pgliteSnapshot: string | undefined;
    runId: string;
  }
}

/**
 * Runs once per test run: makes one migrated database with the directory loaded.
 * On PostgreSQL a fresh database per run (so runs cannot collide), dropped at the end;
 * on PGlite a snapshot file that each test file restores in a fraction of initdb's time.
 */
export default async function setup(project: TestProject) {
  const runId = `${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;
  project.provide('runId', runId);
  const baseUrl = process.env.DATABASE_URL;
  if (baseUrl) {
    const scratch = await createScratchDatabase(baseUrl, `allmende_test_${runId}`);
    const database = await openDatabase({ databaseUrl: scratch.url, maxConnections: 2 });
    await prepareDatabase(database);
    await database.close();
    project.provide('databaseUrl', scratch.url);
    project.provide('pgliteSnapshot', undefined);
    return scratch.drop;
  }
  const database = await openDatabase({ pgliteCompactWal: true });
  await prepareDatabase(database);
  // biome-ignore lint/suspicious/noExplicitAny: $client is PGlite here
  const client = (database.db as any).$client;
  await client.exec('CHECKPOINT');
  const snapshot: Blob = await client.dumpDataDir('none');
  await database.close();
  const dir = resolve('.tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `pglite-snapshot-${runId}.tar`);
  writeFileSync(file, Buffer.from(await snapshot.arrayBuffer()));
  project.provide('databaseUrl', undefined);
  project.provide('pgliteSnapshot', file);
  return async () => {
    const { rm } = await import('node:fs/promises');
    await rm(file, { force: true });
  };
}
