import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort } from '../src/server/test/server-process.ts';
import { createBenchDatabase, machine } from './bench-host.ts';
import { type ChildServer, startChildServer } from './child-server.ts';
import { COMMON_SEARCHES, distinctSearches } from './search-queries.ts';
import { signInNewPerson } from './sign-in.ts';

// `npm run bench:http`: the bare Fastify baseline, Allmende on PGlite, on PostgreSQL, then the baseline again.
// BENCH_DURATION (s per endpoint), BENCH_CONNECTIONS, BENCH_DATABASE_URL (a database to create others from),
// BENCH_CPU_PROF=1 (write a V8 CPU profile of each Allmende server to bench/results/profiles/).
const root = fileURLToPath(new URL('..', import.meta.url));
const DURATION = Number(process.env.BENCH_DURATION ?? 10);
const WARMUP = Math.min(3, Math.max(1, Math.round(DURATION / 4)));
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const PG_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const SEARCHES = COMMON_SEARCHES;
const DISTINCT_SEARCHES = distinctSearches(join(root, 'data/directory.tsv'));
const CPU_PROFILE_DIR = process.env.BENCH_CPU_PROF ? join(root, 'bench/results/profiles') : undefined;
const TARGET_ME_RATIO = 0.4;
const TARGET_SEARCH_P99_MS = 20;

interface Measurement {
  server: 'bare' | 'pglite' | 'postgres';
  endpoint: string;
  requestsPerSecond: number;
  ratioToBare: number | null;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number };
  requests: number;
  non2xx: number;
  errors: number;
}

const results: Measurement[] = [];
const cleanups: Array<() => Promise<void>> = [];

interface LoadOptions {
  headers?: Record<string, string>;
  /** Paths asked in turn by each connection. */
  paths?: string[];
  /** Paths handed out one after the other across all connections, so no two requests ask the same. */
  uniquePaths?: string[];
}

function requestsOf(options: LoadOptions): autocannon.Request[] | undefined {
  if (options.uniquePaths) {
    const list = options.uniquePaths;
    let next = 0;
    return [
      {
        method: 'GET',
        setupRequest: (request) => {
          next += 1;
          return { ...request, path: list[next % list.length] };
        },
      },
    ];
  }
  return options.paths?.map((path) => ({ method: 'GET' as const, path }));
}

async function load(url: string, options: LoadOptions, duration: number) {
  return autocannon({
    url,
    connections: CONNECTIONS,
    duration,
    headers: options.headers,
    requests: requestsOf(options),
  });
}

async function measure(server: Measurement['server'], endpoint: string, url: string, options: LoadOptions = {}) {
  await load(url, options, WARMUP);
  const r = await load(url, options, DURATION);
  const rps = r.requests.average;
  const m: Measurement = {
    server,
    endpoint,
    requestsPerSecond: Math.round(rps),
    ratioToBare: null,
    latencyMs: { p50: r.latency.p50, p97_5: r.latency.p97_5, p99: r.latency.p99, max: r.latency.max },
    requests: r.requests.total,
    non2xx: r.non2xx,
    errors: r.errors,
  };
  results.push(m);
  const flag = m.non2xx || m.errors ? `  !! ${m.non2xx} non-2xx, ${m.errors} errors` : '';
  console.log(
    `  ${endpoint.padEnd(42)} ${String(m.requestsPerSecond).padStart(7)} req/s  p50 ${m.latencyMs.p50} ms  p99 ${m.latencyMs.p99} ms${flag}`,
  );
}

async function checkSearches(baseUrl: string) {
  const hits: Record<string, string[]> = {};
  for (const q of SEARCHES) {
    const res = await fetch(`${baseUrl}/api/organisations?q=${encodeURIComponent(q)}&limit=3`);
    if (!res.ok) throw new Error(`GET /api/organisations?q=${q} answered ${res.status}: ${await res.text()}`);
    const body = (await res.json()) as { items: { name: string }[]; total: number };
    hits[q] = body.items.map((i) => i.name);
    console.log(`  q=${JSON.stringify(q).padEnd(16)} → ${body.total} hits, first: ${hits[q].join(' | ') || '—'}`);
  }
  return hits;
}

async function benchAllmende(server: 'pglite' | 'postgres', port: number, databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `allmende-bench-${server}-`));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  // The API is measured, not the web app: a placeholder build keeps the server from running Vite at start.
  const webDist = join(dataDir, 'web');
  mkdirSync(webDist);
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Allmende</title>');
  const start = (label: string, env: Record<string, string> = {}) =>
    startChildServer({
      entry: join(root, 'src/server/main.ts'),
      port,
      readyPath: '/api/health',
      logFile: join(dataDir, `server-${label}.log`),
      nodeArgs: CPU_PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${join(CPU_PROFILE_DIR, server, label)}`] : [],
      env: {
        DATA_DIR: dataDir,
        WEB_DIST: webDist,
        DATABASE_URL: databaseUrl,
        REDIS_URL: undefined,
        PUBLIC_URL: `http://127.0.0.1:${port}`,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        ...env,
      },
    });

  console.log(`\n[${server}] starting the server (fresh data in ${dataDir}) …`);
  const started = Date.now();
  let child: ChildServer = await start('default');
  cleanups.push(child.stop);
  console.log(
    `[${server}] ready after ${((Date.now() - started) / 1000).toFixed(1)} s (first start: migrations + directory)`,
  );
  const cookie = await signInNewPerson(child.baseUrl, dataDir);
  const hits = await checkSearches(child.baseUrl);
  await measure(server, 'GET /api/health', `${child.baseUrl}/api/health`);
  await measure(server, 'GET /api/me (signed in)', `${child.baseUrl}/api/me`, { headers: { cookie } });
  const searchPath = (q: string) => `/api/organisations?q=${encodeURIComponent(q)}`;
  await measure(server, 'GET /api/organisations?q=… (10 common)', child.baseUrl, { paths: SEARCHES.map(searchPath) });
  await measure(server, 'GET /api/organisations?q=… (distinct)', child.baseUrl, {
    uniquePaths: DISTINCT_SEARCHES.map(searchPath),
  });
  await child.stop();

  // One session asked 50 times at once is answered from the session and /me caches; the same server
  // without them shows what a request costs when the person was not seen in the last moments.
  child = await start('no-cache', { SESSION_CACHE_MS: '0' });
  cleanups.push(child.stop);
  await measure(server, 'GET /api/me (signed in, caches off)', `${child.baseUrl}/api/me`, { headers: { cookie } });
  await child.stop();
  if (CPU_PROFILE_DIR) console.log(`[${server}] CPU profiles in ${join(CPU_PROFILE_DIR, server)}`);
  return hits;
}

async function benchBare(endpoint: string) {
  console.log('\n[bare] Fastify answering {"hello":"world"}');
  const bare = await startChildServer({
    entry: join(root, 'bench/bare-server.ts'),
    port: await freePort(),
    readyPath: '/',
    logFile: join(tmpdir(), 'allmende-bench-bare.log'),
  });
  cleanups.push(bare.stop);
  await measure('bare', endpoint, `${bare.baseUrl}/`);
  await bare.stop();
}

function printTable() {
  console.log(
    `\n${'server'.padEnd(9)} ${'endpoint'.padEnd(40)} ${'req/s'.padStart(7)} ${'× bare'.padStart(7)} ${'p50'.padStart(6)} ${'p97.5'.padStart(6)} ${'p99'.padStart(6)}  (ms)`,
  );
  for (const m of results) {
    const ratio = m.ratioToBare === null ? '—' : `${Math.round(m.ratioToBare * 100)}%`;
    console.log(
      `${m.server.padEnd(9)} ${m.endpoint.padEnd(40)} ${String(m.requestsPerSecond).padStart(7)} ${ratio.padStart(7)} ${String(m.latencyMs.p50).padStart(6)} ${String(m.latencyMs.p97_5).padStart(6)} ${String(m.latencyMs.p99).padStart(6)}`,
    );
  }
}

function targets() {
  const out: { target: string; measured: number | null; met: boolean | null }[] = [];
  for (const m of results.filter((r) => r.server === 'postgres' && r.endpoint.startsWith('GET /api/me'))) {
    out.push({
      target: `${m.endpoint.slice(4)} ≥ ${TARGET_ME_RATIO * 100}% of bare req/s on PostgreSQL`,
      measured: m.ratioToBare,
      met: (m.ratioToBare ?? 0) >= TARGET_ME_RATIO,
    });
  }
  if (out.length === 0) {
    out.push({ target: `/api/me ≥ ${TARGET_ME_RATIO * 100}% of bare req/s on PostgreSQL`, measured: null, met: null });
  }
  for (const m of results.filter((r) => r.endpoint.startsWith('GET /api/organisations'))) {
    out.push({
      target: `directory search p99 < ${TARGET_SEARCH_P99_MS} ms at ${CONNECTIONS} connections (${m.server}, ${m.endpoint.replace(/.*\(/, '(').slice(1, -1)} queries)`,
      measured: m.latencyMs.p99,
      met: m.latencyMs.p99 < TARGET_SEARCH_P99_MS,
    });
  }
  console.log('\nTargets:');
  for (const t of out) {
    console.log(
      `  ${t.met === null ? 'not measured' : t.met ? 'met    ' : 'MISSED '}  ${t.target}: ${t.measured ?? '—'}`,
    );
  }
  return out;
}

async function cleanup() {
  for (const fn of cleanups.reverse()) await fn().catch((e) => console.error('cleanup:', (e as Error).message));
  cleanups.length = 0;
}

process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));

try {
  const info = machine();
  const pglite = JSON.parse(readFileSync(join(root, 'node_modules/@electric-sql/pglite/package.json'), 'utf8')).version;
  console.log(
    `Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}, ${info.os}, load ${info.loadAverage1m}`,
  );
  console.log(
    `Load: autocannon, ${CONNECTIONS} connections, ${DURATION} s per endpoint after ${WARMUP} s warm-up, same machine`,
  );

  await benchBare('GET / (hello world)');

  const searchHits: Record<string, Record<string, string[]>> = {};
  searchHits.pglite = await benchAllmende('pglite', await freePort());
  const pg = await createBenchDatabase(PG_ADMIN_URL, 'allmende_bench', cleanups);
  if (pg) {
    console.log(`[postgres] ${pg.version}`);
    searchHits.postgres = await benchAllmende('postgres', await freePort(), pg.url);
  }
  // The baseline again at the end: how far the two differ shows how much the machine drifted meanwhile.
  await benchBare('GET / (hello world, again)');
  const bareRuns = results.filter((m) => m.server === 'bare').map((m) => m.requestsPerSecond);
  const baseline = bareRuns.reduce((a, b) => a + b, 0) / bareRuns.length;
  for (const m of results) m.ratioToBare = Math.round((m.requestsPerSecond / baseline) * 1000) / 1000;
  console.log(`\nBaseline: ${Math.round(baseline)} req/s, the mean of the bare server's runs (${bareRuns.join(', ')})`);

  printTable();
  const targetResults = targets();
  const date = new Date().toISOString();
  const out = join(root, 'bench/results', `http-${date.slice(0, 19).replace(/:/g, '-')}.json`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(
    out,
    `${JSON.stringify(
      {
        date,
        machine: info,
        pglite,
        postgres: pg?.version ?? null,
        connections: CONNECTIONS,
        durationSeconds: DURATION,
        searches: SEARCHES,
        distinctSearches: { count: DISTINCT_SEARCHES.length, first: DISTINCT_SEARCHES.slice(0, 20) },
        searchHits,
        baselineRequestsPerSecond: Math.round(baseline),
        results,
        targets: targetResults,
      },
      null,
      2,
    )}\n`,
  );
  console.log(`\nResults written to ${out}`);
} catch (e) {
  console.error(`\nbench:http failed: ${(e as Error).message}`);
  process.exitCode = 1;
} finally {
  await cleanup();
}
