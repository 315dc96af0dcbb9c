import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createSession } from '../src/server/platform/auth/session-store.ts';
import { openDatabase, pgliteDirOf } from '../src/server/platform/db/client.ts';
import { prepareDatabase } from '../src/server/prepare-database.ts';
import { freePort } from '../src/server/test/server-process.ts';
import { createBenchDatabase } from './bench-host.ts';
import { startChildServer } from './child-server.ts';
import {
  benchCleanups,
  CONNECTIONS,
  DURATION,
  type LoadRequest,
  type Measurement,
  measureBare,
  measureEndpoint,
  printAgainstBare,
  printRunHeader,
  writeResults,
} from './endpoint-load.ts';
import { type NetworkWorld, seedNetwork } from './network-seed.ts';

// `npm run bench:network`: the network at scale (issue 14). 50,000 people with 1–5 expertise tags each
// out of about 2,000, 20,000 questions with answers, 30 communities (network-seed.ts). Measured on
// PostgreSQL (and PGlite unless BENCH_SKIP_PGLITE=1), as a person of Seevetal with a session, at 32
// connections after a warm-up, against the bare framework answering one JSON object in the same run:
// - the similar questions GET /api/network/questions/similar?title= with titles as they are typed;
// - the expert finder GET /api/network/people?q= with words from the most common expertise to rare
//   ones and a typo, the requests taking them in turn; and the most common word alone (the most rows).
// Neither route keeps answers: every request asks the database. Goal: p99 < 50 ms on PostgreSQL.
// BENCH_PERSONS (50,000), BENCH_QUESTIONS (20,000), BENCH_DURATION (s per endpoint, 10),
// BENCH_CONNECTIONS (32), BENCH_DATABASE_URL (the server beside which the run's database is made),
// BENCH_SKIP_PGLITE=1, BENCH_SEED_TIMES=1 (each seeding statement's time), BENCH_CPU_PROF=<folder>.
const root = fileURLToPath(new URL('..', import.meta.url));
const PG_ADMIN_URL = process.env.BENCH_DATABASE_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres';
const WORLD = {
  persons: Number(process.env.BENCH_PERSONS ?? 50_000),
  questions: Number(process.env.BENCH_QUESTIONS ?? 20_000),
};
const P99_GOAL_MS = 50;
const LABEL = 44;

/** What people type into the expert finder: common topics, rarer ones, two words, a typo, lower case. */
const FINDER_WORDS = [
  'E-Rechnung',
  'Bauhof',
  'Vergabe',
  'OZG',
  'Winterdienst',
  'Friedhofsverwaltung',
  'Grundsteuer',
  'Wärmeplanung',
  'Tourenplanung',
  'Kita',
  'Breitbandausbau',
  'Hundesteuer',
  'Schwimmbadbetrieb',
  'Zensus Kosten',
  'E-Rechnug',
  'datenschutz',
];
/** The most common expertise: the finder's largest set of rows to rank. */
const COMMON_WORD = 'E-Rechnung';

/** Titles as they are typed into the question form (the box asks after each pause in typing). */
const TITLES = [
  'Wer hat Erfahrung mit Winterdienst-Tourenplanung?',
  'E-Rechnung Umstellung',
  'Wie organisiert ihr den Bauhof',
  'Software für die Grundsteuer',
  'Kita-Platzvergabe online',
  'Friedhofsgebühren kalkulieren',
  'Mustervorlagen Vergabe',
  'Zensus',
  'Ausschreibung Straßenbeleuchtung in kleinen Gemeinden',
  'Datenschutz bei Videoüberwachung',
  'Wärmeplanung mit den Nachbarkommunen',
  'OZG Leistungen',
];

const results: Measurement[] = [];
const worlds: { server: string; seededMs: number; world: NetworkWorld }[] = [];
const samples: { server: string; what: string; found: number; bytes: number }[] = [];
const { cleanups, cleanup } = benchCleanups();

/** One request of each kind, checked to answer 200 and find something; the figures printed. */
async function check(server: string, baseUrl: string, what: string, requests: LoadRequest[], key: string) {
  let found = 0;
  let bytes = 0;
  for (const r of requests) {
    const response = await fetch(`${baseUrl}${r.path}`, { headers: r.headers ?? {} });
    const text = await response.text();
    if (response.status !== 200) throw new Error(`${r.path} answered ${response.status}: ${text.slice(0, 300)}`);
    found += (JSON.parse(text) as Record<string, unknown[]>)[key]?.length ?? 0;
    bytes += text.length;
  }
  if (found === 0) throw new Error(`${what}: nothing found for any of ${requests.length} requests`);
  const each = { found: Math.round((found / requests.length) * 10) / 10, bytes: Math.round(bytes / requests.length) };
  samples.push({ server, what, ...each });
  console.log(`  ${what}: ${each.found} found per request on average, ${each.bytes} bytes`);
}

/**
 * Waits until one request is answered: a server that could not keep up (PGlite, one connection) is
 * still working off the requests of the last run when autocannon stops.
 */
async function settle(baseUrl: string, request: LoadRequest) {
  const started = performance.now();
  await fetch(`${baseUrl}${request.path}`, { headers: request.headers ?? {}, signal: AbortSignal.timeout(300_000) });
  const ms = Math.round(performance.now() - started);
  if (ms > 1000) console.log(`  (the server answered again after ${Math.round(ms / 100) / 10} s)`);
}

async function bench(server: 'pglite' | 'postgres', databaseUrl?: string) {
  const dataDir = mkdtempSync(join(tmpdir(), `allmende-bench-network-${server}-`));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  console.log(`\n[${server}] seeding ${WORLD.persons} people with expertise and ${WORLD.questions} questions …`);
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { pgliteDir: pgliteDirOf(dataDir) });
  let cookie: string;
  try {
    await prepareDatabase(database);
    const started = performance.now();
    const world = await seedNetwork(database.db, WORLD);
    const seededMs = Math.round(performance.now() - started);
    worlds.push({ server, seededMs, world });
    console.log(
      `  seeded in ${Math.round(seededMs / 100) / 10} s: ${world.organisations} organisations in ${world.alliances} alliances, ${world.tags} tags, ${world.expertise} expertise rows, ${world.endorsements} endorsements, ${world.communityMembers} community members, ${world.answers} answers (${world.accepted} accepted)`,
    );
    const session = await createSession(database.db, {
      personId: world.readerId,
      days: 1,
      ip: null,
      userAgent: 'bench',
    });
    cookie = `allmende_session=${session.token}`;
  } finally {
    await database.close();
  }
  const port = await freePort();
  const child = await startChildServer({
    entry: join(root, 'src/server/main.ts'),
    port,
    readyPath: '/api/health',
    logFile: join(dataDir, 'server.log'),
    // BENCH_CPU_PROF=<folder>: the server writes a V8 CPU profile there when it stops.
    nodeArgs: process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${process.env.BENCH_CPU_PROF}`] : [],
    env: {
      DATA_DIR: dataDir,
      DATABASE_URL: databaseUrl,
      REDIS_URL: undefined,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
    },
  });
  cleanups.push(child.stop);
  const headers = { cookie };
  const finder = FINDER_WORDS.map((q) => ({ path: `/api/network/people?q=${encodeURIComponent(q)}`, headers }));
  const common = [{ path: `/api/network/people?q=${encodeURIComponent(COMMON_WORD)}`, headers }];
  const similar = TITLES.map((title) => ({
    path: `/api/network/questions/similar?title=${encodeURIComponent(title)}`,
    headers,
  }));
  await check(server, child.baseUrl, `expert finder, ${FINDER_WORDS.length} words`, finder, 'people');
  await check(server, child.baseUrl, `similar questions, ${TITLES.length} titles`, similar, 'items');
  // The lighter route first; before each run the server has worked off what the last one left queued.
  const runs: [string, LoadRequest[]][] = [
    ['GET /api/network/questions/similar?title=', similar],
    [`GET /api/network/people?q= (${FINDER_WORDS.length} words)`, finder],
    [`GET /api/network/people?q=${COMMON_WORD}`, common],
  ];
  for (const [label, requests] of runs) {
    await settle(child.baseUrl, requests[0] as LoadRequest);
    results.push(await measureEndpoint(server, label, child.baseUrl, requests, LABEL, child.pid));
  }
  await child.stop();
}

try {
  const info = printRunHeader();
  results.push(await measureBare(cleanups, LABEL));
  if (!process.env.BENCH_SKIP_PGLITE) await bench('pglite');
  const pg = await createBenchDatabase(PG_ADMIN_URL, 'allmende_bench_network', cleanups);
  if (pg) await bench('postgres', pg.url);
  printAgainstBare(results, LABEL, (r) =>
    r.server === 'postgres' && r.latencyMs.p99 >= P99_GOAL_MS ? `  !! p99 over ${P99_GOAL_MS} ms` : '',
  );
  writeResults('network', {
    machine: info,
    postgres: pg?.version ?? null,
    connections: CONNECTIONS,
    duration: DURATION,
    world: WORLD,
    worlds,
    samples,
    results,
  });
} finally {
  await cleanup();
}
