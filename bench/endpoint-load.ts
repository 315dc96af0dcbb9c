import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort } from '../src/server/test/server-process.ts';
import { machine } from './bench-host.ts';
import { startChildServer } from './child-server.ts';
import { cpuPerRequest, cpuSeconds } from './cpu-time.ts';

// How the endpoint benchmarks load a server: autocannon with BENCH_CONNECTIONS (32) for
// BENCH_DURATION seconds (10) after a warm-up, and the bare framework in a child process as the
// baseline of the same run.

export const DURATION = Number(process.env.BENCH_DURATION ?? 10);
export const WARMUP = Math.min(3, Math.max(1, Math.round(DURATION / 4)));
export const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 32);

const root = fileURLToPath(new URL('..', import.meta.url));

export interface Measurement {
  server: 'bare' | 'pglite' | 'postgres';
  endpoint: string;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number };
  non2xx: number;
  errors: number;
  cpuMsPerRequest?: { server: number; postgres: number; load: number };
}

export interface LoadRequest {
  path: string;
  headers?: Record<string, string>;
}

/** Loads `url` with the requests in turn, after a warm-up; prints and returns the figures. */
export async function measureEndpoint(
  server: Measurement['server'],
  endpoint: string,
  url: string,
  requests: readonly LoadRequest[],
  labelWidth = 44,
  /** The server's process: with it, the CPU each request cost it, PostgreSQL and the load generator. */
  serverPid?: number,
): Promise<Measurement> {
  const run = (duration: number) =>
    autocannon({
      url,
      connections: CONNECTIONS,
      duration,
      requests: requests.map((r) => ({
        method: 'GET' as const,
        path: r.path,
        ...(r.headers ? { headers: r.headers } : {}),
      })),
    });
  await run(WARMUP);
  const before = serverPid === undefined ? null : cpuSeconds(serverPid);
  const r = await run(DURATION);
  const cpu = before && serverPid !== undefined ? cpuPerRequest(before, cpuSeconds(serverPid), r.requests.total) : null;
  const m: Measurement = {
    server,
    endpoint,
    requestsPerSecond: Math.round(r.requests.average),
    latencyMs: { p50: r.latency.p50, p99: r.latency.p99 },
    non2xx: r.non2xx,
    errors: r.errors,
    ...(cpu ? { cpuMsPerRequest: cpu } : {}),
  };
  const cpuText = cpu
    ? `  CPU per request: server ${cpu.server} ms, PostgreSQL ${cpu.postgres} ms, load ${cpu.load} ms`
    : '';
  const flag = m.non2xx || m.errors ? `  !! ${m.non2xx} non-2xx, ${m.errors} errors` : '';
  console.log(
    `  ${endpoint.padEnd(labelWidth)} ${String(m.requestsPerSecond).padStart(7)} req/s  p50 ${m.latencyMs.p50} ms  p99 ${m.latencyMs.p99} ms${cpuText}${flag}`,
  );
  return m;
}

/** The bare framework answering one JSON object, measured in a child process on a free port. */
export async function measureBare(cleanups: Array<() => Promise<void>>, labelWidth = 44): Promise<Measurement> {
  const port = await freePort();
  const dir = mkdtempSync(join(tmpdir(), 'allmende-bench-bare-'));
  cleanups.push(async () => rmSync(dir, { recursive: true, force: true }));
  const child = await startChildServer({
    entry: join(root, 'bench/bare-server.ts'),
    port,
    readyPath: '/',
    logFile: join(dir, 'server.log'),
  });
  cleanups.push(child.stop);
  console.log('\n[bare] Fastify answering one JSON object');
  const m = await measureEndpoint('bare', 'GET / (bare framework)', child.baseUrl, [{ path: '/' }], labelWidth);
  await child.stop();
  return m;
}

/**
 * The cleanups of a benchmark run (servers, data folders, databases), run in reverse on `cleanup()`
 * and on Ctrl-C.
 */
export function benchCleanups(): { cleanups: Array<() => Promise<void>>; cleanup: () => Promise<void> } {
  const cleanups: Array<() => Promise<void>> = [];
  const cleanup = async () => {
    for (const fn of cleanups.reverse()) await fn().catch((e) => console.error('cleanup:', (e as Error).message));
    cleanups.length = 0;
  };
  process.on('SIGINT', () => void cleanup().then(() => process.exit(130)));
  return { cleanups, cleanup };
}

/** Prints the machine and the load, and returns the machine for the results file. */
export function printRunHeader(): ReturnType<typeof machine> {
  const info = machine();
  console.log(
    `Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}, ${info.os}, load ${info.loadAverage1m}`,
  );
  console.log(`Load: autocannon, ${CONNECTIONS} connections, ${DURATION} s per endpoint after ${WARMUP} s warm-up`);
  return info;
}

/** Each endpoint's throughput as a share of the bare framework's in the same run, with a remark. */
export function printAgainstBare(
  results: readonly Measurement[],
  labelWidth: number,
  remark: (r: Measurement) => string = () => '',
): void {
  const baseline = results.find((r) => r.server === 'bare')?.requestsPerSecond ?? 0;
  console.log('\nAgainst the bare framework:');
  for (const r of results.filter((x) => x.server !== 'bare')) {
    console.log(
      `  ${r.server.padEnd(9)} ${r.endpoint.padEnd(labelWidth)} ${Math.round((r.requestsPerSecond / baseline) * 1000) / 10} %${remark(r)}`,
    );
  }
}

/** Writes the run's figures to bench/results/<name>-<time>.json and says where, with the version measured. */
export function writeResults(name: string, figures: Record<string, unknown>): void {
  const date = new Date().toISOString();
  const out = join(root, 'bench/results', `${name}-${date.slice(0, 19).replace(/:/g, '-')}.json`);
  mkdirSync(join(root, 'bench/results'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ date, ...figures }, null, 2)}\n`);
  console.log(`\nWritten to ${out}`);
  console.log(`Allmende ${JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')).version} (${resolve(root)})`);
}
