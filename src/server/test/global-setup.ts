import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { rm } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { TestProject } from 'vitest/node';
import { openDatabase } from '../platform/db/client.ts';
import { prepareDatabase } from '../prepare-database.ts';
import { createScratchDatabase } from './scratch-database.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    databaseUrl: string | undefined;
    /** On PostgreSQL: a migrated database with the directory loaded that nobody connects to, to copy. */
    databaseTemplate: string | undefined;
    pgliteSnapshot: string | undefined;
    runId: string;
  }
}

/**
 * Runs once per test run: makes one migrated database with the directory loaded.
 * On PostgreSQL a fresh database per run (so runs cannot collide), dropped at the end;
 * on PGlite a snapshot file that each worker restores in a fraction of initdb's time. The snapshot is
 * made by a process of its own (make-pglite-snapshot.ts) while the workers start and load their
 * modules; `pgliteSnapshot()` in test-app.ts waits for it.
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
    // A copy nobody connects to, so that files needing a database of their own (the fault suite, an
    // empty platform) copy it in a moment instead of migrating and loading the directory again.
    const template = await createScratchDatabase(baseUrl, `allmende_test_${runId}_template`, `allmende_test_${runId}`);
    project.provide('databaseUrl', scratch.url);
    project.provide('databaseTemplate', `allmende_test_${runId}_template`);
    project.provide('pgliteSnapshot', undefined);
    return async () => {
      await Promise.all([scratch.drop(), template.drop()]);
    };
  }
  const dir = resolve('.tmp');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `pglite-snapshot-${runId}.tar`);
  const maker = spawn(
    process.execPath,
    ['--import', 'tsx', fileURLToPath(new URL('./make-pglite-snapshot.ts', import.meta.url)), file],
    { stdio: ['ignore', 'inherit', 'inherit'], env: { ...process.env, NODE_ENV: 'test' } },
  );
  const exited = new Promise<void>((done) => {
    maker.once('exit', (code, signal) => {
      // A process that died without a word (killed, out of memory) must not leave the workers waiting.
      if (code !== 0 && !existsSync(`${file}.error`)) {
        writeFileSync(`${file}.error`, `the snapshot process ended with ${signal ?? `exit code ${code}`}`);
      }
      done();
    });
  });
  project.provide('databaseUrl', undefined);
  project.provide('databaseTemplate', undefined);
  project.provide('pgliteSnapshot', file);
  return async () => {
    if (maker.exitCode === null && maker.signalCode === null) maker.kill();
    await exited;
    await Promise.all([file, `${file}.partial`, `${file}.error`].map((f) => rm(f, { force: true })));
  };
}
