import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { and, eq, sql } from 'drizzle-orm';
import { notifications } from '../src/server/features/notifications/tables.ts';
import { createSession } from '../src/server/platform/auth/session-store.ts';
import { type Db, openDatabase, pgliteDirOf } from '../src/server/platform/db/client.ts';
import { prepareDatabase } from '../src/server/prepare-database.ts';
import { freePort } from '../src/server/test/server-process.ts';
import { createBenchDatabase } from './bench-host.ts';
import { type ChildServer, startChildServer } from './child-server.ts';
import { type ContentWorld, seedContent } from './content-seed.ts';
import {
  benchCleanups,
  CONNECTIONS,
  DURATION,
  type Measurement,
  measureBare,
  measureEndpoint,
  printAgainstBare,
  printRunHeader,
  writeResults,
} from './endpoint-load.ts';

// `npm run bench:content`: shared citizen information at scale. 2,000 pages in five languages from
// ten source organisations, 50 organisations each linking 200 of them with their own opening hours.
// Measured: public reads of linked pages (JSON for apps and server-rendered HTML) against the bare
// framework answering one JSON object, on PGlite and PostgreSQL; and the time a major change of the
// page every organisation links takes to reach all of them (pins, pending changes, notifications).
// Reads are measured as served (answers kept per process, CONTENT_CACHE_MS) and built for every
// request (CONTENT_CACHE_MS=0), and the search over all content by a German word every page holds
// and by a Ukrainian one.
// BENCH_DURATION (s per endpoint, 10), BENCH_CONNECTIONS (32), BENCH_DATABASE_URL, BENCH_SKIP_PGLITE=1.
const root = fileURLToPath(new URL('..', import.meta.url));
const PG_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const WORLD = { sources: 10, pages: 2_000, adopters: 50, linksPerAdopter: 200 };
const PROPAGATIONS = 5;

const results: Measurement[] = [];
const propagation: { server: string; ms: number[]; notified: number[] }[] = [];
const { cleanups, cleanup } = benchCleanups();

/** Paths of the linked pages' public JSON and HTML, spread over every adopter. */
async function readPaths(child: ChildServer, world: ContentWorld) {
  const json: string[] = [];
  const html: string[] = [];
  for (const adopter of world.adopters) {
    const res = await fetch(`${child.baseUrl}/api/public/organisations/${adopter.id}/pages?language=ar`);
    if (res.status !== 200) throw new Error(`public pages of ${adopter.name}: ${res.status} ${await res.text()}`);
    const body = (await res.json()) as { pages: { id: string; url: string; title: string }[] };
    if (body.pages.length === 0) throw new Error(`${adopter.name} shows no linked pages in Arabic`);
    for (const page of body.pages.slice(0, 20)) {
      json.push(`/api/public/organisations/${adopter.id}/pages/${page.id}?language=ar`);
      html.push(new URL(page.url).pathname);
    }
  }
  const sample = await fetch(`${child.baseUrl}${html[0]}`);
  const text = await sample.text();
  // Arabic pages show the source's Arabic text right to left.
  if (sample.status !== 200 || !text.includes('dir="rtl"'))
    throw new Error(`the linked page is not rendered: ${sample.status}`);
  return { json, html };
}

async function propagate(child: ChildServer, world: ContentWorld, cookie: string): Promise<number[]> {
  const times: number[] = [];
  for (let i = 0; i < PROPAGATIONS; i += 1) {
    const started = performance.now();
    const res = await fetch(`${child.baseUrl}/api/content/pages/${world.hotPageId}/languages/de`, {
      method: 'PUT',
      headers: { 'content-type': 'application/json', origin: child.baseUrl, cookie },
      body: JSON.stringify({ title: 'Wohnsitz anmelden', bodyHtml: `<p>Neue Regeln, Fassung ${i + 2}.</p>` }),
    });
    const ms = performance.now() - started;
    if (res.status !== 200) throw new Error(`source change: ${res.status} ${await res.text()}`);
    times.push(Math.round(ms * 10) / 10);
  }
  return times;
}

/** How many organisations' editors heard of each change (read after the server stopped). */
async function notifiedPerChange(db: Db): Promise<number[]> {
  const counts: number[] = [];
  for (let i = 0; i < PROPAGATIONS; i += 1) {
    const [row] = await db
      .select({ n: sql<number>`count(*)::int` })
      .from(notifications)
      .where(
        and(eq(notifications.kind, 'content-source-changed'), sql`${notifications.data}->>'number' = ${String(i + 2)}`),
      );
    counts.push(Number(row?.n ?? 0));
  }
  return counts;
}

async function bench(server: 'pglite' | 'postgres', databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `allmende-bench-content-${server}-`));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  console.log(
    `\n[${server}] seeding ${WORLD.pages} pages × 5 languages, ${WORLD.adopters} organisations × ${WORLD.linksPerAdopter} links …`,
  );
  const open = () => openDatabase(databaseUrl ? { databaseUrl } : { pgliteDir: pgliteDirOf(dataDir) });
  const database = await open();
  let world: ContentWorld;
  let cookie: string;
  const started = performance.now();
  try {
    await prepareDatabase(database);
    world = await seedContent(database.db, WORLD);
    const editorId = world.sources.find((s) => s.id === world.pages[0]?.organisationId)?.editorId as string;
    const session = await createSession(database.db, { personId: editorId, days: 1, ip: null, userAgent: 'bench' });
    cookie = `allmende_session=${session.token}`;
  } finally {
    await database.close();
  }
  console.log(`  seeded in ${Math.round((performance.now() - started) / 1000)} s`);
  const start = async (env: Record<string, string> = {}) => {
    const port = await freePort();
    const started = await startChildServer({
      entry: join(root, 'src/server/main.ts'),
      port,
      readyPath: '/api/health',
      logFile: join(dataDir, 'server.log'),
      env: {
        DATA_DIR: dataDir,
        DATABASE_URL: databaseUrl,
        REDIS_URL: undefined,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        ...env,
      },
    });
    cleanups.push(started.stop);
    return started;
  };
  const child = await start();
  const paths = await readPaths(child, world);
  results.push(
    await measureEndpoint(
      server,
      'GET /api/public/organisations/:id/pages/:page',
      child.baseUrl,
      paths.json.map((path) => ({ path })),
    ),
  );
  results.push(
    await measureEndpoint(
      server,
      'GET /inhalte/:org/ar/:page (HTML, linked)',
      child.baseUrl,
      paths.html.map((path) => ({ path })),
    ),
  );
  results.push(
    await measureEndpoint(server, 'GET /api/search?q=Wohnsitz&group=content', child.baseUrl, [
      { path: '/api/search?q=Wohnsitz&group=content' },
    ]),
  );
  results.push(
    await measureEndpoint(server, 'GET /api/search?q=реєстру&group=content', child.baseUrl, [
      { path: `/api/search?q=${encodeURIComponent('реєстру')}&group=content` },
    ]),
  );
  await child.stop();

  // The same reads, built for every request.
  const uncached = await start({ CONTENT_CACHE_MS: '0' });
  results.push(
    await measureEndpoint(
      server,
      'GET …/pages/:page (built each time)',
      uncached.baseUrl,
      paths.json.map((path) => ({ path })),
    ),
  );
  results.push(
    await measureEndpoint(
      server,
      'GET /inhalte/… (built each time)',
      uncached.baseUrl,
      paths.html.map((path) => ({ path })),
    ),
  );
  const ms = await propagate(uncached, world, cookie);
  await uncached.stop();
  const after = await open();
  try {
    const notified = await notifiedPerChange(after.db);
    propagation.push({ server, ms, notified });
    const sorted = [...ms].sort((a, b) => a - b);
    console.log(
      `  a major change of the page all ${WORLD.adopters} link, to pins, pending changes and notifications: median ${sorted[Math.floor(sorted.length / 2)]} ms, max ${sorted.at(-1)} ms (${ms.join(', ')}); organisations told per change: ${notified.join(', ')}`,
    );
    if (notified.some((n) => n !== WORLD.adopters))
      throw new Error('a change did not reach every linking organisation');
  } finally {
    await after.close();
  }
}

try {
  const info = printRunHeader();
  results.push(await measureBare(cleanups, 44));
  if (!process.env.BENCH_SKIP_PGLITE) await bench('pglite');
  const pg = await createBenchDatabase(PG_ADMIN_URL, 'allmende_bench_content', cleanups);
  if (pg) await bench('postgres', pg.url);
  printAgainstBare(results, 44);
  writeResults('content', {
    machine: info,
    connections: CONNECTIONS,
    duration: DURATION,
    world: WORLD,
    results,
    propagation,
  });
} finally {
  await cleanup();
}
