import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { generateCooperations } from '../scripts/generate-cooperations.ts';
import { openDatabase, pgliteDirOf } from '../src/server/platform/db/client.ts';
import { prepareDatabase } from '../src/server/prepare-database.ts';
import { BROWSER_HEADERS } from './atlas-searches.ts';
import { createBenchDatabase, machine } from './bench-host.ts';
import { type ChildServer, startChildServer } from './child-server.ts';

// `npm run bench:pages`: the pages the server renders for readers without scripts against the JSON
// answers the app asks for, signed out, in one run: a record's page and its API answer, the atlas
// list and the API's first search page. On PGlite and, when reachable, PostgreSQL. Needs a web build
// (WEB_DIST, else dist/web). BENCH_DURATION (s per endpoint), BENCH_CONNECTIONS (32), BENCH_RECORDS
// (2000), BENCH_DATABASE_URL, BENCH_SKIP_PGLITE=1. Ports 3395–3396.
const root = fileURLToPath(new URL('..', import.meta.url));
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Math.min(3, Math.max(1, Math.round(DURATION / 4)));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);
const RECORDS = Number(process.env.BENCH_RECORDS ?? 2_000);
const PG_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const WEB_DIST = resolve(process.env.WEB_DIST ?? join(root, 'dist/web'));
/** Issue 10: the HTML record page within 2× of the JSON record endpoint's throughput. */
const TARGET_HTML_RATIO = 0.5;

interface Measurement {
  server: 'pglite' | 'postgres';
  endpoint: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number };
  kilobytesPerResponse: number;
  non2xx: number;
  errors: number;
}

const results: Measurement[] = [];
const cleanups: Array<() => Promise<void>> = [];

async function measure(server: Measurement['server'], endpoint: string, url: string, paths: string[]) {
  const run = (duration: number) =>
    autocannon({
      url,
      connections: CONNECTIONS,
      duration,
      headers: BROWSER_HEADERS,
      requests: paths.map((path) => ({ method: 'GET' as const, path })),
    });
  await run(WARMUP);
  const r = await run(DURATION);
  const m: Measurement = {
    server,
    endpoint,
    requestsPerSecond: Math.round(r.requests.average),
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99 },
    kilobytesPerResponse: r.requests.total > 0 ? Math.round(r.throughput.total / r.requests.total / 1024) : 0,
    non2xx: r.non2xx,
    errors: r.errors,
  };
  results.push(m);
  const flag = m.non2xx || m.errors ? `  !! ${m.non2xx} non-2xx, ${m.errors} errors` : '';
  console.log(
    `  ${endpoint.padEnd(36)} ${String(m.requestsPerSecond).padStart(7)} req/s  p50 ${m.latencyMs.p50} ms  p99 ${m.latencyMs.p99} ms  ${m.kilobytesPerResponse} kB${flag}`,
  );
}

async function bench(server: Measurement['server'], port: number, databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `allmende-bench-pages-${server}-`));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  console.log(`\n[${server}] preparing the database and ${RECORDS.toLocaleString('en')} synthetic records …`);
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { pgliteDir: pgliteDirOf(dataDir) });
  try {
    await prepareDatabase(database);
    await generateCooperations(database.db, { count: RECORDS, replace: true });
  } finally {
    await database.close();
  }
  const child: ChildServer = await startChildServer({
    entry: join(root, 'src/server/main.ts'),
    port,
    readyPath: '/api/health',
    logFile: join(dataDir, 'server.log'),
    env: {
      DATA_DIR: dataDir,
      WEB_DIST,
      DATABASE_URL: databaseUrl,
      REDIS_URL: undefined,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
  });
  cleanups.push(child.stop);
  const newest = await fetch(`${child.baseUrl}/api/atlas/cooperations?pageSize=100&sort=newest`);
  const slugs = ((await newest.json()) as { hits: Array<{ slug: string }> }).hits.map((h) => h.slug);
  const page = await fetch(`${child.baseUrl}/atlas/${slugs[0]}`);
  if (page.status !== 200 || !(await page.text()).includes('<h1')) throw new Error('the record page is not rendered');
  await measure(
    server,
    'GET /api/atlas/cooperations/:slug',
    child.baseUrl,
    slugs.map((s) => `/api/atlas/cooperations/${s}`),
  );
  await measure(
    server,
    'GET /atlas/:slug (HTML)',
    child.baseUrl,
    slugs.map((s) => `/atlas/${s}`),
  );
  await measure(server, 'GET /api/atlas/cooperations', child.baseUrl, ['/api/atlas/cooperations']);
  await measure(server, 'GET /atlas (HTML)', child.baseUrl, ['/atlas']);
  await child.stop();
}

async function cleanup() {
  for (const fn of cleanups.reverse()) await fn().catch((e) => console.error('cleanup:', (e as Error).message));
  cleanups.length = 0;
}

process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

try {
  if (!existsSync(join(WEB_DIST, '.vite', 'manifest.json'))) {
    throw new Error(`no web build with a manifest in ${WEB_DIST}: run npm run build (or set WEB_DIST)`);
  }
  const info = machine();
  console.log(
    `Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}, ${info.os}, load ${info.loadAverage1m}`,
  );
  console.log(`Load: autocannon, ${CONNECTIONS} connections, ${DURATION} s per endpoint after ${WARMUP} s warm-up`);
  if (!process.env.BENCH_SKIP_PGLITE) await bench('pglite', 3395);
  const pg = await createBenchDatabase(PG_ADMIN_URL, 'allmende_bench_pages', cleanups);
  if (pg) await bench('postgres', 3396, pg.url);

  console.log('\nTargets:');
  const ratios = [];
  for (const server of ['pglite', 'postgres'] as const) {
    const json = results.find((r) => r.server === server && r.endpoint === 'GET /api/atlas/cooperations/:slug');
    const html = results.find((r) => r.server === server && r.endpoint === 'GET /atlas/:slug (HTML)');
    if (!json || !html) continue;
    const ratio = Math.round((html.requestsPerSecond / json.requestsPerSecond) * 1000) / 1000;
    ratios.push({ server, ratio, met: ratio >= TARGET_HTML_RATIO });
    console.log(
      `  ${ratio >= TARGET_HTML_RATIO ? 'met    ' : 'MISSED '}  HTML record page ≥ ${TARGET_HTML_RATIO * 100}% of the JSON record endpoint's req/s (${server}): ${ratio}`,
    );
  }
  const date = new Date().toISOString();
  const out = join(root, 'bench/results', `pages-${date.slice(0, 19).replace(/:/g, '-')}.json`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify({ date, machine: info, connections: CONNECTIONS, duration: DURATION, records: RECORDS, results, ratios }, null, 2)}\n`,
  );
  console.log(`\nWritten to ${out}`);
  const version = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version;
  console.log(`Allmende ${version}`);
} finally {
  await cleanup();
}
