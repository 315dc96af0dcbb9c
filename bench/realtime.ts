import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { cpus, loadavg, release, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import pg from 'pg';
import { openDatabase, pgliteDirOf } from '../src/server/platform/db/client.ts';
import { prepareDatabase } from '../src/server/prepare-database.ts';
import { freePort } from '../src/server/test/server-process.ts';
import { type ChildServer, startChildServer } from './child-server.ts';
import { connectClients, percentile } from './realtime-clients.ts';
import { type BenchWorld, createBenchWorld, fillPageChannel, SPREAD_CHANNELS } from './realtime-fixtures.ts';

// `npm run bench:realtime`: N WebSocket clients signed in and listening; a sender posts over HTTP at a
// fixed rate into one channel they all read, or spread over 500 channels; every client notes when each
// message arrives. One server on PGlite, then two servers with Redis on PostgreSQL, and the message
// page endpoint with a million stored messages. Settings: BENCH_CLIENTS (100,1000,5000), BENCH_DURATION
// (s measured per scenario, 15), BENCH_RATE (messages/s, 20), BENCH_RATE_5000_ONE (messages/s into one
// channel with 5,000 clients, 5), BENCH_PAGE_MESSAGES (1000000), BENCH_SETUPS (pglite,postgres),
// BENCH_DATABASE_URL, BENCH_REDIS_URL. BENCH_ONLY=page runs only the message page (PostgreSQL, one
// server); BENCH_CPU_PROF=<dir> writes that server's CPU profile there when it stops.
const root = fileURLToPath(new URL('..', import.meta.url));
const SIZES = (process.env.BENCH_CLIENTS ?? '100,1000,5000').split(',').map(Number);
const DURATION = Number(process.env.BENCH_DURATION ?? 15);
const WARMUP = 3;
const RATE = Number(process.env.BENCH_RATE ?? 20);
const RATE_5000_ONE = Number(process.env.BENCH_RATE_5000_ONE ?? 5);
const PAGE_MESSAGES = Number(process.env.BENCH_PAGE_MESSAGES ?? 1_000_000);
const SETUPS = (process.env.BENCH_SETUPS ?? 'pglite,postgres').split(',');
const ONLY_PAGE = process.env.BENCH_ONLY === 'page';
const CPU_PROF = process.env.BENCH_CPU_PROF;
const PG_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const REDIS_URL = process.env.BENCH_REDIS_URL ?? 'redis://127.0.0.1:6379';
const ORIGIN = 'http://localhost:3400';
const TICKS = 100;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const round = (n: number, digits = 1) => Math.round(n * 10 ** digits) / 10 ** digits;

interface Scenario {
  setup: 'pglite' | 'postgres';
  processes: number;
  clients: number;
  layout: 'one channel' | `${number} channels`;
  rate: number;
  deliveryMs: { p50: number; p99: number; max: number };
  postMs: { p50: number; p99: number };
  expected: number;
  delivered: number;
  deliveredPerSecond: number;
  maxRssMiB: number[];
  cpuPercent: number[];
}

interface PageResult {
  setup: string;
  messages: number;
  connections: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p97_5: number; p99: number; max: number };
  non2xx: number;
}

const scenarios: Scenario[] = [];
const pages: PageResult[] = [];
const cleanups: Array<() => Promise<void>> = [];

function procStat(pid: number) {
  const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  const cpuTicks = Number(fields[11]) + Number(fields[12]);
  const rssKiB = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  return { cpuTicks, rssMiB: rssKiB / 1024 };
}

async function startServers(
  setup: 'pglite' | 'postgres',
  count: number,
  env: Record<string, string | undefined>,
): Promise<ChildServer[]> {
  const servers: ChildServer[] = [];
  for (let k = 0; k < count; k += 1) {
    const dataDir = env.DATA_DIR ?? mkdtempSync(join(tmpdir(), 'allmende-rt-'));
    const webDist = join(dataDir, 'web');
    mkdirSync(webDist, { recursive: true });
    writeFileSync(join(webDist, 'index.html'), '<!doctype html><title>Allmende</title>');
    const server = await startChildServer({
      entry: join(root, 'src/server/main.ts'),
      port: await freePort(),
      readyPath: '/api/health',
      logFile: join(dataDir, `server-${setup}-${k}.log`),
      nodeArgs: CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${CPU_PROF}`] : [],
      env: {
        WEB_DIST: webDist,
        PUBLIC_URL: ORIGIN,
        LOG_LEVEL: 'warn',
        NODE_ENV: 'production',
        ...env,
        DATA_DIR: dataDir,
      },
    });
    cleanups.push(server.stop);
    servers.push(server);
  }
  return servers;
}

/** Who reads the n-th message: everyone (one channel), or the clients of one of the 500 channels. */
function recipientsOf(n: number, clients: number, spread: boolean): number {
  if (!spread) return clients;
  const k = spreadChannelOf(n, clients);
  return Math.floor((clients - 1 - k) / SPREAD_CHANNELS) + 1;
}

/** The spread channel the n-th message goes to: round the channels that have listeners (fewer than 500 with 100 clients). */
function spreadChannelOf(n: number, clients: number): number {
  return n % Math.min(SPREAD_CHANNELS, clients);
}

async function runScenario(
  setup: 'pglite' | 'postgres',
  servers: ChildServer[],
  world: BenchWorld,
  clients: number,
  spread: boolean,
  rate: number,
) {
  const label = `${setup} ×${servers.length}, ${clients} clients, ${spread ? `${SPREAD_CHANNELS} channels` : 'one channel'}, ${rate} msg/s`;
  console.log(`\n[${label}] connecting …`);
  const started = Date.now();
  const pool = await connectClients(
    servers.map((s) => s.baseUrl),
    world.cookies.slice(1, clients + 1),
    ORIGIN,
  );
  console.log(`  ${pool.size} sockets open after ${round((Date.now() - started) / 1000)} s`);
  await sleep(2000);

  const sentAt = new Map<number, number>();
  const postTimes: number[] = [];
  const failures: string[] = [];
  const total = Math.round(rate * (WARMUP + DURATION));
  const firstMeasured = Math.round(rate * WARMUP);
  const interval = 1000 / rate;
  const t0 = performance.now();
  const stats0 = servers.map((s) => procStat(s.pid));
  let cpuAtMeasure = stats0;
  const maxRss = stats0.map((s) => s.rssMiB);
  const sampler = setInterval(() => {
    servers.forEach((s, k) => {
      maxRss[k] = Math.max(maxRss[k] as number, procStat(s.pid).rssMiB);
    });
  }, 500);
  const inFlight: Promise<void>[] = [];
  for (let n = 0; n < total; n += 1) {
    const due = t0 + n * interval;
    const wait = due - performance.now();
    if (wait > 0) await sleep(wait);
    if (n === firstMeasured) cpuAtMeasure = servers.map((s) => procStat(s.pid));
    const server = servers[n % servers.length] as ChildServer;
    const channelId = spread ? (world.spreadChannelIds[spreadChannelOf(n, clients)] as string) : world.allChannelId;
    const sent = performance.now();
    sentAt.set(n, sent);
    inFlight.push(
      fetch(`${server.baseUrl}/api/channels/${channelId}/messages`, {
        method: 'POST',
        headers: { cookie: world.cookies[0] as string, origin: ORIGIN, 'content-type': 'application/json' },
        body: JSON.stringify({ text: `bench:${n}` }),
      }).then(
        async (res) => {
          await res.arrayBuffer();
          if (res.status !== 201) failures.push(String(res.status));
          else if (n >= firstMeasured) postTimes.push(performance.now() - sent);
        },
        (err: Error) => {
          failures.push(err.message);
        },
      ),
    );
  }
  const measuredFor = (performance.now() - t0) / 1000 - WARMUP;
  const cpuEnd = servers.map((s) => procStat(s.pid));
  await Promise.all(inFlight);
  // Stragglers are counted up to 10 s after the last post; what has not arrived by then counts as lost.
  await sleep(10_000);
  clearInterval(sampler);

  const latencies: number[] = [];
  let expected = 0;
  for (let n = firstMeasured; n < total; n += 1) {
    expected += recipientsOf(n, clients, spread);
    const at = sentAt.get(n) as number;
    for (const arrival of pool.arrivals.get(n) ?? []) latencies.push(arrival - at);
  }
  latencies.sort((a, b) => a - b);
  postTimes.sort((a, b) => a - b);
  const scenario: Scenario = {
    setup,
    processes: servers.length,
    clients,
    layout: spread ? `${SPREAD_CHANNELS} channels` : 'one channel',
    rate,
    deliveryMs: {
      p50: round(percentile(latencies, 50)),
      p99: round(percentile(latencies, 99)),
      max: round(latencies.at(-1) ?? NaN),
    },
    postMs: { p50: round(percentile(postTimes, 50)), p99: round(percentile(postTimes, 99)) },
    expected,
    delivered: latencies.length,
    deliveredPerSecond: Math.round(latencies.length / measuredFor),
    maxRssMiB: maxRss.map((r) => Math.round(r)),
    cpuPercent: cpuEnd.map((c, k) =>
      Math.round(((c.cpuTicks - (cpuAtMeasure[k]?.cpuTicks ?? 0)) / TICKS / measuredFor) * 100),
    ),
  };
  scenarios.push(scenario);
  console.log(
    `  delivery p50 ${scenario.deliveryMs.p50} ms, p99 ${scenario.deliveryMs.p99} ms, max ${scenario.deliveryMs.max} ms; ` +
      `${scenario.delivered}/${expected} delivered (${scenario.deliveredPerSecond}/s); post p50 ${scenario.postMs.p50} ms p99 ${scenario.postMs.p99} ms; ` +
      `RSS ${scenario.maxRssMiB.join(' + ')} MiB; CPU ${scenario.cpuPercent.join(' + ')} %` +
      (failures.length ? `; ${failures.length} failed posts (${[...new Set(failures)].join(', ')})` : ''),
  );
  await pool.close();
  await sleep(2000);
}

async function runScenarios(setup: 'pglite' | 'postgres', servers: ChildServer[], world: BenchWorld) {
  for (const clients of SIZES) {
    await runScenario(setup, servers, world, clients, false, clients >= 5000 ? RATE_5000_ONE : RATE);
    await runScenario(setup, servers, world, clients, true, RATE);
  }
}

async function benchPglite() {
  const dataDir = mkdtempSync(join(tmpdir(), 'allmende-rt-pglite-'));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  console.log(`\n[pglite] preparing ${Math.max(...SIZES)} people in ${dataDir} …`);
  const database = await openDatabase({ pgliteDir: pgliteDirOf(dataDir) });
  await prepareDatabase(database);
  const world = await createBenchWorld(database.db, Math.max(...SIZES));
  await database.close();
  const servers = await startServers('pglite', 1, { DATA_DIR: dataDir, DATABASE_URL: undefined, REDIS_URL: undefined });
  await runScenarios('pglite', servers, world);
  for (const s of servers) await s.stop();
}

async function benchPostgres() {
  const admin = new pg.Client({ connectionString: PG_ADMIN_URL, connectionTimeoutMillis: 3000 });
  try {
    await admin.connect();
  } catch (e) {
    console.log(`\n[postgres] skipped: ${PG_ADMIN_URL} is unreachable (${(e as Error).message})`);
    await admin.end().catch(() => {});
    return;
  }
  const name = `allmende_rt_${Date.now().toString(36)}`;
  await admin.query(`create database "${name}"`);
  cleanups.push(async () => {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  const url = new URL(PG_ADMIN_URL);
  url.pathname = `/${name}`;
  const people = ONLY_PAGE ? 2 : Math.max(...SIZES);
  console.log(`\n[postgres] preparing ${people} people and ${PAGE_MESSAGES} messages in ${name} …`);
  const database = await openDatabase({ databaseUrl: url.toString(), maxConnections: 2 });
  await prepareDatabase(database);
  const world = await createBenchWorld(database.db, people);
  const filling = Date.now();
  await fillPageChannel(database.db, world, PAGE_MESSAGES);
  console.log(`  ${PAGE_MESSAGES} messages stored in ${round((Date.now() - filling) / 1000)} s`);
  await database.close();
  const servers = await startServers('postgres', ONLY_PAGE ? 1 : 2, { DATABASE_URL: url.toString(), REDIS_URL });
  if (!ONLY_PAGE) await runScenarios('postgres', servers, world);
  await benchPage('postgres', servers[0] as ChildServer, world);
  for (const s of servers) await s.stop();
}

/** GET /api/channels/:id/messages?around=<random seq>&limit=50 at 32 connections. */
async function benchPage(setup: string, server: ChildServer, world: BenchWorld) {
  const connections = 32;
  const paths = Array.from(
    { length: 20_000 },
    () =>
      `/api/channels/${world.pageChannelId}/messages?around=${1 + Math.floor(Math.random() * PAGE_MESSAGES)}&limit=50`,
  );
  const check = await fetch(`${server.baseUrl}${paths[0]}`, { headers: { cookie: world.cookies[1] as string } });
  const body = (await check.json()) as { messages?: unknown[] };
  if (check.status !== 200 || body.messages?.length !== 50) throw new Error(`page check failed: ${check.status}`);
  let next = 0;
  const load = (duration: number) =>
    autocannon({
      url: server.baseUrl,
      connections,
      duration,
      headers: { cookie: world.cookies[1] as string },
      requests: [{ method: 'GET', setupRequest: (r) => ({ ...r, path: paths[next++ % paths.length] }) }],
    });
  await load(WARMUP);
  const r = await load(DURATION);
  const result: PageResult = {
    setup,
    messages: PAGE_MESSAGES,
    connections,
    requestsPerSecond: Math.round(r.requests.average),
    latencyMs: { p50: r.latency.p50, p97_5: r.latency.p97_5, p99: r.latency.p99, max: r.latency.max },
    non2xx: r.non2xx,
  };
  pages.push(result);
  console.log(
    `\n[${setup}] message page (50 around a random message of ${PAGE_MESSAGES}): ${result.requestsPerSecond} req/s, p50 ${result.latencyMs.p50} ms, p99 ${result.latencyMs.p99} ms, ${result.non2xx} non-2xx`,
  );
}

function verdicts() {
  const target = scenarios.find((s) => s.setup === 'postgres' && s.clients === 1000 && s.layout === 'one channel');
  const big = scenarios.filter((s) => s.setup === 'postgres' && s.clients === 5000);
  const page = pages.find((p) => p.setup === 'postgres');
  const lines = [
    `p99 delivery < 100 ms, 1,000 clients, one channel, ${RATE} msg/s (PostgreSQL): ${target ? `${target.deliveryMs.p99} ms` : 'not run'}`,
    `message page p99 < 20 ms at 32 connections (PostgreSQL): ${page ? `${page.latencyMs.p99} ms` : 'not run'}`,
    `< 1 GiB per server at 5,000 clients (PostgreSQL): ${big.length ? `${big.map((s) => s.maxRssMiB.join(' + ')).join(', ')} MiB` : 'not run'}`,
  ];
  console.log(`\nTargets:\n  ${lines.join('\n  ')}`);
}

try {
  const machine = {
    cpu: cpus()[0]?.model,
    cores: cpus().length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    kernel: release(),
    node: process.version,
    loadavg: loadavg(),
  };
  console.log(`Machine: ${JSON.stringify(machine)}`);
  if (SETUPS.includes('pglite') && !ONLY_PAGE) await benchPglite();
  if (SETUPS.includes('postgres')) await benchPostgres();
  verdicts();
  const dir = join(root, 'bench/results');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `realtime-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  writeFileSync(
    file,
    JSON.stringify(
      { machine, settings: { SIZES, DURATION, RATE, RATE_5000_ONE, PAGE_MESSAGES }, scenarios, pages },
      null,
      2,
    ),
  );
  console.log(`\nResults written to ${file}`);
} finally {
  for (const cleanup of cleanups.reverse()) await cleanup().catch(() => {});
}
