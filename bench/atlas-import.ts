import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import { fileURLToPath } from 'node:url';
import { freePort } from '../src/server/test/server-process.ts';
import { createBenchDatabase, machine } from './bench-host.ts';
import { startChildServer } from './child-server.ts';
import { importFile } from './import-file.ts';

// `npm run bench:import`: the admin import of 5,000 records of about 400 words (a JSON file in the
// exchange format, bench/import-file.ts) through the API of a fresh server, on PGlite and on
// PostgreSQL (a database of its own, dropped afterwards): the check (POST /api/atlas/imports), then the
// confirmation as a background job until it is done, while GET /api/health and GET /api/me are asked
// every 100 ms to see whether the server stays responsive. BENCH_RECORDS (5000), BENCH_DATABASE_URL
// (the database to create the run's database from), BENCH_SKIP_PGLITE=1, BENCH_SKIP_POSTGRES=1.
const root = fileURLToPath(new URL('..', import.meta.url));
const RECORDS = Number(process.env.BENCH_RECORDS ?? 5_000);
const PG_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const GOAL_SECONDS = { postgres: 30, pglite: 60 } as const;

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, ms));
const cleanups: Array<() => Promise<void>> = [];

const quantile = (values: number[], q: number) => {
  if (values.length === 0) return 0;
  const sorted = [...values].sort((a, b) => a - b);
  return Math.round(sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] as number);
};
const latencies = (values: number[]) => ({
  requests: values.length,
  p50: quantile(values, 0.5),
  p95: quantile(values, 0.95),
  max: Math.round(Math.max(0, ...values)),
});

/** The first administrator through the setup link the server printed at start; returns the session cookie. */
async function setupAdmin(baseUrl: string, logFile: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  let token: string | undefined;
  while (!token) {
    token = /\/setup\?token=([A-Za-z0-9_-]+)/.exec(readFileSync(logFile, 'utf8'))?.[1];
    if (!token && Date.now() > deadline) throw new Error(`no setup link in ${logFile}`);
    if (!token) await sleep(200);
  }
  const res = await fetch(`${baseUrl}/api/setup`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', origin: baseUrl },
    body: JSON.stringify({
      token,
      name: 'Bench Admin',
      email: 'admin@bench.example',
      password: 'Bench-password-2026!',
    }),
  });
  if (res.status !== 201) throw new Error(`POST /api/setup answered ${res.status}: ${await res.text()}`);
  const cookie = res.headers
    .getSetCookie()
    .map((c) => c.split(';')[0] ?? '')
    .find((c) => c.startsWith('allmende_session='));
  if (!cookie) throw new Error('POST /api/setup set no session cookie');
  return cookie;
}

/** Asks `paths` in turn every `intervalMs` until stopped; the latency of each answer, per path. */
function probe(baseUrl: string, cookie: string, paths: string[], intervalMs = 100) {
  const times = new Map<string, number[]>(paths.map((p) => [p, []]));
  let running = true;
  const done = (async () => {
    while (running) {
      for (const path of paths) {
        const started = performance.now();
        const res = await fetch(`${baseUrl}${path}`, { headers: { cookie } });
        await res.arrayBuffer();
        if (res.status !== 200) throw new Error(`GET ${path} answered ${res.status}`);
        times.get(path)?.push(performance.now() - started);
      }
      await sleep(intervalMs);
    }
  })();
  return {
    async stop() {
      running = false;
      await done;
      return Object.fromEntries([...times].map(([path, values]) => [path, latencies(values)]));
    },
  };
}

async function benchImport(server: 'pglite' | 'postgres', file: string, databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `allmende-bench-import-${server}-`));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  const webDist = join(dataDir, 'web');
  mkdirSync(webDist);
  writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Allmende</title>');
  const port = await freePort();
  console.log(`\n[${server}] starting a fresh server on port ${port} …`);
  const child = await startChildServer({
    entry: join(root, 'src/server/main.ts'),
    port,
    readyPath: '/api/health',
    logFile: join(dataDir, 'server.log'),
    env: {
      DATA_DIR: dataDir,
      WEB_DIST: webDist,
      DATABASE_URL: databaseUrl,
      REDIS_URL: undefined,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
  });
  cleanups.push(child.stop);
  const base = child.baseUrl;
  const cookie = await setupAdmin(base, child.logFile);
  const post = (path: string, body?: unknown) =>
    fetch(`${base}${path}`, {
      method: 'POST',
      headers: { cookie, origin: base, ...(body ? { 'content-type': 'application/json' } : {}) },
      ...(body ? { body: JSON.stringify(body) } : {}),
    });

  const idle = probe(base, cookie, ['/api/health', '/api/me'], 50);
  await sleep(2_000);
  const idleLatency = await idle.stop();

  const checkStarted = performance.now();
  const checked = await post('/api/atlas/imports', { format: 'json', content: file });
  if (checked.status !== 201) throw new Error(`check answered ${checked.status}: ${await checked.text()}`);
  const report = (await checked.json()) as { id: string; valid: boolean; counts: { create: number } };
  const checkSeconds = (performance.now() - checkStarted) / 1000;
  if (!report.valid || report.counts.create !== RECORDS)
    throw new Error(`unexpected report: ${JSON.stringify(report.counts)}`);
  console.log(`[${server}] checked ${RECORDS} rows in ${checkSeconds.toFixed(1)} s`);

  const busy = probe(base, cookie, ['/api/health', '/api/me']);
  const confirmStarted = performance.now();
  const confirmed = await post(`/api/atlas/imports/${report.id}/confirm`);
  if (confirmed.status !== 202) throw new Error(`confirm answered ${confirmed.status}: ${await confirmed.text()}`);
  const confirmAnswerMs = performance.now() - confirmStarted;
  let job: { state: string; done: number; total: number; result: unknown; failure: unknown };
  let lastReport = 0;
  for (;;) {
    const res = await fetch(`${base}/api/atlas/imports/${report.id}/job`, { headers: { cookie } });
    job = await res.json();
    if (job.state === 'done' || job.state === 'failed') break;
    if (performance.now() - lastReport > 10_000) {
      lastReport = performance.now();
      console.log(
        `[${server}]   ${job.done} / ${job.total} after ${((lastReport - confirmStarted) / 1000).toFixed(0)} s`,
      );
    }
    await sleep(250);
  }
  const confirmSeconds = (performance.now() - confirmStarted) / 1000;
  const busyLatency = await busy.stop();
  if (job.state !== 'done') throw new Error(`the import failed: ${JSON.stringify(job.failure)}`);
  const listed = (await (await fetch(`${base}/api/atlas/cooperations?pageSize=1`)).json()) as { total: number };
  await child.stop();
  const result = {
    server,
    records: RECORDS,
    fileCharacters: file.length,
    checkSeconds: Math.round(checkSeconds * 10) / 10,
    confirmAnswerMs: Math.round(confirmAnswerMs),
    importSeconds: Math.round(confirmSeconds * 10) / 10,
    rowsPerSecond: Math.round(RECORDS / confirmSeconds),
    goalSeconds: GOAL_SECONDS[server],
    publishedAfterwards: listed.total,
    latencyIdleMs: idleLatency,
    latencyDuringImportMs: busyLatency,
    result: job.result,
  };
  console.log(
    `[${server}] imported in ${result.importSeconds} s (${result.rowsPerSecond} rows/s; goal < ${result.goalSeconds} s); ` +
      `confirm answered in ${result.confirmAnswerMs} ms; ${listed.total} records published`,
  );
  for (const [path, during] of Object.entries(busyLatency)) {
    const before = idleLatency[path];
    console.log(
      `[${server}]   ${path.padEnd(12)} idle p50 ${before?.p50} ms, max ${before?.max} ms; during the import p50 ${during.p50} ms, p95 ${during.p95} ms, max ${during.max} ms (${during.requests} requests)`,
    );
  }
  return result;
}

async function main() {
  const run = Date.now().toString(36);
  const file = importFile(RECORDS, run);
  console.log(
    `atlas import benchmark: ${RECORDS} records, ${(file.length / 1e6).toFixed(1)} million characters of JSON`,
  );
  const results = [];
  if (process.env.BENCH_SKIP_PGLITE !== '1') results.push(await benchImport('pglite', file));
  if (process.env.BENCH_SKIP_POSTGRES !== '1') {
    const database = await createBenchDatabase(PG_ADMIN_URL, 'allmende_bench_import', cleanups);
    if (database) results.push({ ...(await benchImport('postgres', file, database.url)), version: database.version });
  }
  const date = new Date().toISOString();
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  const out = join(root, 'bench/results', `atlas-import-${date.slice(0, 19).replace(/:/g, '-')}.json`);
  writeFileSync(out, JSON.stringify({ date, machine: machine(), results }, null, 2));
  console.log(`\nresults: ${out}`);
}

try {
  await main();
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
}
