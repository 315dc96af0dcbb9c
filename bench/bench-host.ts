import { cpus, freemem, loadavg, release, totalmem } from 'node:os';
import pg from 'pg';

// What the HTTP benchmarks share: the description of the machine kept with their results, and a
// PostgreSQL database made for one run and dropped afterwards.

export function machine() {
  const cpu = cpus();
  return {
    cpu: cpu[0]?.model ?? 'unknown',
    cores: cpu.length,
    memoryGiB: Math.round(totalmem() / 2 ** 30),
    freeMemoryGiB: Math.round(freemem() / 2 ** 30),
    node: process.version,
    os: `${process.platform} ${release()}`,
    // Other work on the machine skews every figure; the load before the run is kept with the results.
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
  };
}

/**
 * A fresh database beside `adminUrl`, named `<prefix>_<time>`; its drop is handed to `cleanups`.
 * Null (with a line saying why) when PostgreSQL cannot be reached.
 */
export async function createBenchDatabase(
  adminUrl: string,
  prefix: string,
  cleanups: Array<() => Promise<void>>,
): Promise<{ url: string; version: string } | null> {
  const admin = new pg.Client({ connectionString: adminUrl, connectionTimeoutMillis: 3000 });
  let version: string;
  try {
    await admin.connect();
    version = (await admin.query<{ version: string }>('select version()')).rows[0]?.version ?? '?';
  } catch (e) {
    await admin.end().catch(() => {});
    console.log(`\n[postgres] skipped: PostgreSQL at ${adminUrl} is unreachable (${(e as Error).message}).`);
    return null;
  }
  const name = `${prefix}_${Date.now().toString(36)}`;
  await admin.query(`create database "${name}"`);
  cleanups.push(async () => {
    await admin.query(`drop database if exists "${name}" with (force)`);
    await admin.end();
  });
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return { url: url.toString(), version };
}
