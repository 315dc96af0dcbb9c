import { existsSync, mkdtempSync, openAsBlob, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance, InjectOptions, LightMyRequestResponse } from 'fastify';
import { inject } from 'vitest';
import { buildApp } from '../app.ts';
import { type Config, loadConfig } from '../config.ts';
import type { Deps } from '../deps.ts';
import { type Database, openDatabase } from '../platform/db/client.ts';
import { type Bus, createInProcessBus } from '../platform/events/bus.ts';
import { outboxRecovery } from '../platform/events/outbox-recovery.ts';
import { createPublisher } from '../platform/events/publisher.ts';
import { createRedisBus } from '../platform/events/redis-bus.ts';
import { createMailer } from '../platform/mail/mailer.ts';

export const TEST_ORIGIN = 'http://localhost:3000';

export interface TestApp {
  app: FastifyInstance;
  deps: Deps;
  config: Config;
  mailDir: string;
  /** A request with the Origin header a browser on the platform would send. */
  request(options: InjectOptions & { cookie?: string | undefined }): Promise<LightMyRequestResponse>;
  /** Mails sent to an address so far, oldest first, as raw text. */
  mailsTo(address: string): string[];
}

/** The settings of a test app, with a data folder of its own (mails land in its `mail/`). */
export function testConfig(overrides: Partial<Config> = {}): Config {
  const dataDir = mkdtempSync(join(tmpdir(), 'allmende-mail-'));
  return { ...loadConfig({ NODE_ENV: 'test', DATA_DIR: dataDir, PUBLIC_URL: TEST_ORIGIN }), ...overrides };
}

/**
 * The run's PGlite snapshot, once the global setup's process has written it (it is made while the
 * workers load their modules); fails with that process's error if it failed.
 */
export async function pgliteSnapshot(file: string): Promise<Blob> {
  for (const deadline = Date.now() + 300_000; !existsSync(file); ) {
    if (existsSync(`${file}.error`)) {
      throw new Error(`The test database snapshot could not be made:\n${readFileSync(`${file}.error`, 'utf8')}`);
    }
    if (Date.now() > deadline) throw new Error(`No test database snapshot at ${file} after 5 minutes`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
  return openAsBlob(file);
}

// Restoring the snapshot costs about 2 s (31 MB into WASM memory); the test files of one worker run one
// after another (the suite runs without isolation) and share one restored database, as the files of
// a PostgreSQL run share one database. It is closed when the worker exits.
let workerPglite: Promise<Database> | undefined;
function pgliteOfThisWorker(snapshotFile: string): Promise<Database> {
  workerPglite ??= pgliteSnapshot(snapshotFile).then((snapshot) => openDatabase({ pgliteSnapshot: snapshot }));
  return workerPglite.then((database) => ({ ...database, close: async () => {} }));
}

/**
 * Builds the app on the run's database (a restored PGlite snapshot or the run's PostgreSQL database),
 * with mails written to a folder of its own. Closed after the test file.
 */
export async function buildTestApp(overrides: Partial<Config> = {}): Promise<TestApp> {
  const databaseUrl = inject('databaseUrl');
  const snapshotFile = inject('pgliteSnapshot');
  const config = testConfig({ databaseUrl, redisUrl: process.env.REDIS_URL, ...overrides });
  const database = databaseUrl
    ? await openDatabase({ databaseUrl, maxConnections: 4 })
    : await pgliteOfThisWorker(snapshotFile as string);
  // One channel per run, shared by every test file, as the processes of one platform share one: on
  // PostgreSQL any file's publisher may claim another file's outbox rows.
  const bus: Bus = config.redisUrl
    ? await createRedisBus(config.redisUrl, {
        channel: `allmende:test:${inject('runId')}`,
        recovery: outboxRecovery(database.db),
      })
    : createInProcessBus();
  return startTestApp(config, database, bus);
}

/**
 * Like `buildTestApp`, but on PGlite with a restored copy of the snapshot of its own, for tests that
 * need what no other file may touch (an empty platform; every unpublished outbox row being theirs).
 */
export async function buildTestAppOnOwnPglite(overrides: Partial<Config> = {}): Promise<TestApp> {
  const snapshotFile = inject('pgliteSnapshot');
  if (!snapshotFile) return buildTestApp(overrides);
  const config = testConfig({ ...overrides, databaseUrl: undefined, redisUrl: undefined });
  const database = await openDatabase({ pgliteSnapshot: await pgliteSnapshot(snapshotFile) });
  return startTestApp(config, database, createInProcessBus());
}

/**
 * Apps started in the test file under way, closed after it by close-apps.setup.ts. A file-level
 * `afterAll` registered here would be lost when an app is built inside `beforeAll` or a test, and
 * the app would stay open (its bus and publisher running) while the worker's next files run.
 */
const openApps = new Set<() => Promise<void>>();

export async function closeOpenApps(): Promise<void> {
  const closers = [...openApps].reverse();
  openApps.clear();
  for (const close of closers) await close();
}

/**
 * Starts the app on an open database and bus. After the test file it closes them, then runs
 * `afterClose` (e.g. to drop a database made for the file).
 */
export async function startTestApp(
  config: Config,
  database: Database,
  bus: Bus,
  afterClose?: () => Promise<void>,
): Promise<TestApp> {
  const mailDir = join(config.dataDir, 'mail');
  const publisher = createPublisher(database.db, bus, { intervalMs: 200 });
  const mailer = createMailer({ from: config.mailFrom, mailDir });
  const deps: Deps = { config, database, db: database.db, bus, publisher, mailer };
  const app = await buildApp(deps);
  await app.ready();
  openApps.add(async () => {
    await app.close();
    await publisher.stop();
    await bus.close();
    await database.close();
    await afterClose?.();
  });
  return {
    app,
    deps,
    config,
    mailDir,
    request({ cookie, headers, ...options }) {
      return app.inject({
        ...options,
        headers: { origin: TEST_ORIGIN, ...(cookie ? { cookie } : {}), ...headers },
      });
    },
    mailsTo(address) {
      let files: string[];
      try {
        files = readdirSync(mailDir).sort();
      } catch {
        return [];
      }
      return files
        .map((f) => readFileSync(join(mailDir, f), 'utf8'))
        .filter((text) => new RegExp(`^To: .*${address.replace(/[.+]/g, '\\$&')}`, 'mi').test(text));
    },
  };
}

/** The `name=value` of the session cookie a response set, ready for a Cookie header. */
export function sessionCookieOf(response: LightMyRequestResponse): string {
  const cookie = response.cookies.find((c) => c.name === 'allmende_session');
  if (!cookie) throw new Error(`no session cookie set (status ${response.statusCode}: ${response.body})`);
  return `${cookie.name}=${cookie.value}`;
}

/** Asserts a problem+json answer and returns its body. */
export function problemOf(response: LightMyRequestResponse, status: number) {
  if (response.statusCode !== status) {
    throw new Error(`expected ${status}, got ${response.statusCode}: ${response.body}`);
  }
  if (!String(response.headers['content-type']).startsWith('application/problem+json')) {
    throw new Error(`expected problem+json, got ${response.headers['content-type']}`);
  }
  return response.json() as {
    type: string;
    title: string;
    status: number;
    detail?: string;
    errors?: { field: string; message: string }[];
  };
}
