import { mkdirSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openDatabase, pgliteDirOf } from '../src/server/platform/db/client.ts';
import { blobStorageFor } from '../src/server/platform/storage/blob-storage.ts';
import type { S3Settings } from '../src/server/platform/storage/s3-settings.ts';
import { prepareDatabase } from '../src/server/prepare-database.ts';
import { startTestS3 } from '../src/server/test/s3-server.ts';
import { freePort } from '../src/server/test/server-process.ts';
import { createBenchDatabase, machine } from './bench-host.ts';
import { startChildServer } from './child-server.ts';
import { type DiskBaseline, diskBaseline, inPool, mbPerSecond, sourceFiles } from './documents-disk.ts';
import { davCredentials, davListings, type ListingFigures, restListing } from './documents-listing.ts';
import { type MemoryFigures, withMemory } from './documents-memory.ts';
import { SEEDED_TEXT, seedDocuments } from './documents-seed.ts';
import { clientOf, download, uploadDirect, uploadResumable } from './documents-transfer.ts';
import { benchCleanups, writeResults } from './endpoint-load.ts';

// `npm run bench:documents`: the documents area's transfers and listings, on the local disk and on S3.
// For each store, a fresh server (child process, free port, own data folder under .tmp): N files of
// 1 MB uploaded and downloaded, `concurrency` at once; one file of 200 MB uploaded as the web app sends
// large files (a resumable upload in 16 MiB chunks, then the file made from it) and downloaded as one
// stream; each against the same bytes copied on the same disk by this process in the same run. The
// server's resident memory (VmRSS of the child) is sampled before, during and after the large transfers.
// Then a folder of 10,000 files (written into the database before the server starts): PROPFIND Depth 1
// over WebDAV, and the web app's REST listing of it, p50/p99.
//
// Flags: --local or --s3 (only that store; default both). PGlite by default; with DATABASE_URL, a fresh
// PostgreSQL database is made beside it for each store and dropped afterwards.
// BENCH_SMALL=1 (20 MB instead of 200 MB, 20 small files instead of 200, 500 entries instead of 10,000:
// a check that the benchmark works, in seconds), BENCH_LARGE_MB, BENCH_FILES, BENCH_CONCURRENCY (4),
// BENCH_ENTRIES, BENCH_LISTINGS (measured listings of each kind, 20), BENCH_LISTINGS_EACH=1 (the listings
// with each store's server, not only the first's), BENCH_CPU_PROF=<dir> (the server's CPU profile).
const root = fileURLToPath(new URL('..', import.meta.url));
const SMALL = process.env.BENCH_SMALL === '1';
const SIZES = {
  largeBytes: Number(process.env.BENCH_LARGE_MB ?? (SMALL ? 20 : 200)) * 1e6,
  smallBytes: 1e6,
  count: Number(process.env.BENCH_FILES ?? (SMALL ? 20 : 200)),
};
const CONCURRENCY = Number(process.env.BENCH_CONCURRENCY ?? 4);
const ENTRIES = Number(process.env.BENCH_ENTRIES ?? (SMALL ? 500 : 10_000));
const LISTINGS = Number(process.env.BENCH_LISTINGS ?? 20);
const args = process.argv.slice(2);
const STORES: Array<'local' | 's3'> = args.includes('--s3')
  ? ['s3']
  : args.includes('--local')
    ? ['local']
    : ['local', 's3'];
const DATABASE_URL = process.env.DATABASE_URL?.trim() || undefined;
const DATABASE = DATABASE_URL ? 'postgres' : 'pglite';

// Everything the run makes goes under .tmp, the S3 server's bucket too (it makes its folder in the temp dir).
const workDir = join(root, '.tmp');
mkdirSync(workDir, { recursive: true });
process.env.TMPDIR = workDir;

interface Transfer {
  what: string;
  bytes: number;
  ms: number;
  mbPerSecond: number;
  /** Against the disk copy of the same bytes in the same run. */
  ofDisk: number;
  memory?: MemoryFigures;
  note?: string;
}

interface StoreRun {
  store: 'local' | 's3';
  database: string;
  disk: DiskBaseline;
  transfers: Transfer[];
  listings: ListingFigures[];
  davMissing: boolean;
  seedMs: number;
}

const runs: StoreRun[] = [];
const serverLogs: string[] = [];
const tailOf = (file: string) => readFileSync(file, 'utf8').split('\n').slice(-40).join('\n');
const { cleanups, cleanup } = benchCleanups();

async function timedTransfer(
  what: string,
  bytes: number,
  diskMBps: number,
  work: () => Promise<void>,
): Promise<Transfer> {
  const started = performance.now();
  await work();
  const ms = Math.round(performance.now() - started);
  const speed = mbPerSecond(bytes, ms);
  return { what, bytes, ms, mbPerSecond: speed, ofDisk: Math.round((speed / diskMBps) * 1000) / 1000 };
}

function printTransfer(t: Transfer) {
  // Streamed, the body never sits in the server's memory: growth beyond a quarter of the file (and
  // beyond the 32 MiB buffers and garbage come to on their own) is flagged.
  const grewWithFile = t.memory && t.memory.growthMiB * 1024 * 1024 > Math.max(t.bytes / 4, 32 * 1024 * 1024);
  const memory = t.memory
    ? `  RSS ${t.memory.beforeMiB} → peak ${t.memory.peakMiB} → ${t.memory.afterMiB} MiB (+${t.memory.growthMiB})${grewWithFile ? ' !! grew with the file' : ''}`
    : '';
  console.log(
    `  ${t.what.padEnd(44)} ${String(t.mbPerSecond).padStart(7)} MB/s  ${String(Math.round(t.ofDisk * 1000) / 10).padStart(5)} % of disk${memory}${t.note ? `  ${t.note}` : ''}`,
  );
}

async function seeded(dataDir: string, databaseUrl: string | undefined, s3: S3Settings | undefined, entries: number) {
  const started = performance.now();
  // The one blob every seeded file points to.
  const blobKey = await blobStorageFor({ dataDir, s3 }).put(SEEDED_TEXT);
  const database = await openDatabase(databaseUrl ? { databaseUrl } : { pgliteDir: pgliteDirOf(dataDir) });
  try {
    await prepareDatabase(database);
    const world = await seedDocuments(database.db, { entries, blobKey });
    return { world, seedMs: Math.round(performance.now() - started) };
  } finally {
    await database.close();
  }
}

async function bench(store: 'local' | 's3') {
  const dataDir = mkdtempSync(join(workDir, `bench-documents-${store}-`));
  cleanups.push(async () => rmSync(dataDir, { recursive: true, force: true }));
  console.log(`\n[${store}, ${DATABASE}] data in ${dataDir}`);
  let s3: S3Settings | undefined;
  if (store === 's3') {
    const server = await startTestS3();
    cleanups.push(server.close);
    s3 = server.settings;
    console.log(`  S3 server (s3rver) at ${s3.endpoint}, bucket ${s3.bucket}, objects in ${server.directory}`);
  }
  const pg = DATABASE_URL
    ? await createBenchDatabase(DATABASE_URL, `allmende_bench_documents_${store}`, cleanups)
    : null;
  if (DATABASE_URL && !pg) throw new Error('PostgreSQL at DATABASE_URL did not answer');
  // The folder is listed by the first store's server only (a listing reads the database, not the
  // store), unless BENCH_LISTINGS_EACH=1.
  const lists = store === STORES[0] || process.env.BENCH_LISTINGS_EACH === '1';
  const { world, seedMs } = await seeded(dataDir, pg?.url, s3, lists ? ENTRIES : 0);
  if (lists) console.log(`  seeded a folder of ${ENTRIES} files in ${seedMs} ms (straight into the database)`);

  const files = await sourceFiles(join(dataDir, 'source'), SIZES);
  const disk = await diskBaseline(join(dataDir, 'copies'), files, CONCURRENCY);
  console.log(
    `  disk copy, same bytes: ${SIZES.largeBytes / 1e6} MB streamed ${disk.largeStreamMBps} MB/s (copyFile ${disk.largeCopyFileMBps} MB/s); ${SIZES.count} × 1 MB, ${CONCURRENCY} at once, ${disk.smallStreamMBps} MB/s`,
  );

  const port = await freePort();
  const child = await startChildServer({
    entry: join(root, 'src/server/main.ts'),
    port,
    readyPath: '/api/health',
    logFile: join(dataDir, 'server.log'),
    // BENCH_CPU_PROF=<dir>: the server's V8 CPU profile, written there when it stops.
    nodeArgs: process.env.BENCH_CPU_PROF ? ['--cpu-prof', `--cpu-prof-dir=${resolve(process.env.BENCH_CPU_PROF)}`] : [],
    env: {
      DATA_DIR: dataDir,
      DATABASE_URL: pg?.url,
      REDIS_URL: undefined,
      PUBLIC_URL: `http://127.0.0.1:${port}`,
      LOG_LEVEL: 'warn',
      NODE_ENV: 'production',
      ...(s3
        ? {
            S3_ENDPOINT: s3.endpoint,
            S3_BUCKET: s3.bucket,
            S3_REGION: s3.region,
            S3_ACCESS_KEY_ID: s3.accessKeyId,
            S3_SECRET_ACCESS_KEY: s3.secretAccessKey,
            S3_FORCE_PATH_STYLE: 'true',
            S3_DOWNLOADS: 'proxy',
          }
        : {}),
    },
  });
  cleanups.push(child.stop);
  serverLogs.push(child.logFile);
  const client = clientOf(child.baseUrl, world.cookie, world.workspaceId);
  const downloads = join(dataDir, 'downloads');
  mkdirSync(downloads, { recursive: true });
  const transfers: Transfer[] = [];
  const add = (t: Transfer) => {
    transfers.push(t);
    printTransfer(t);
  };

  // Unmeasured: a few files up and down, so that neither side pays its first use in the figures.
  await inPool(files.small.slice(0, CONCURRENCY), CONCURRENCY, async (f) => {
    const item = await uploadDirect(client, f, `Probe ${f.name}`);
    await download(client, item.id, f, downloads);
  });

  // Many small files, CONCURRENCY at once, each in one request.
  const smallBytes = SIZES.count * SIZES.smallBytes;
  const ids = new Map<string, string>();
  add(
    await timedTransfer(`upload ${SIZES.count} × 1 MB, ${CONCURRENCY} at once`, smallBytes, disk.smallStreamMBps, () =>
      inPool(files.small, CONCURRENCY, async (f) => {
        ids.set(f.name, (await uploadDirect(client, f)).id);
      }),
    ),
  );
  add(
    await timedTransfer(
      `download ${SIZES.count} × 1 MB, ${CONCURRENCY} at once`,
      smallBytes,
      disk.smallStreamMBps,
      () => inPool(files.small, CONCURRENCY, (f) => download(client, ids.get(f.name) as string, f, downloads)),
    ),
  );

  // The large file, with the server's memory watched.
  const large = files.large;
  let largeId = '';
  let chunkNote = '';
  const up = await withMemory(child.pid, () =>
    timedTransfer(`upload ${large.size / 1e6} MB (resumable)`, large.size, disk.largeStreamMBps, async () => {
      const done = await uploadResumable(client, large);
      largeId = done.item.id;
      chunkNote = `(${done.chunks} chunks; making the file of them took ${done.finishMs} ms)`;
    }),
  );
  add({ ...up.value, memory: up.memory, note: chunkNote });
  const down = await withMemory(child.pid, () =>
    timedTransfer(`download ${large.size / 1e6} MB (one stream)`, large.size, disk.largeStreamMBps, () =>
      download(client, largeId, large, downloads),
    ),
  );
  add({ ...down.value, memory: down.memory });

  // The folder of ENTRIES files.
  const listings: ListingFigures[] = [];
  let davMissing = false;
  if (lists) {
    listings.push(await restListing(child.baseUrl, world, LISTINGS));
    const authorization = await davCredentials(child.baseUrl, world);
    if (authorization) listings.push(...(await davListings(child.baseUrl, world, authorization, LISTINGS)));
    else console.log('  /dav/ answers 404: WebDAV has not landed in this checkout, PROPFIND skipped');
    davMissing = !authorization;
  }
  for (const l of listings) {
    console.log(
      `  ${l.what.padEnd(44)} ${l.entries} entries, ${Math.round(l.bytes / 1024)} KiB: p50 ${l.p50Ms} ms, p99 ${l.p99Ms} ms (${l.requests} requests, one at a time)`,
    );
  }
  client.agent.destroy();
  await child.stop();
  runs.push({ store, database: DATABASE, disk, transfers, listings, davMissing, seedMs });
}

try {
  const info = machine();
  console.log(
    `Machine: ${info.cpu}, ${info.cores} cores, ${info.memoryGiB} GiB, Node ${info.node}, ${info.os}, load ${info.loadAverage1m}`,
  );
  console.log(
    `Sizes: ${SIZES.largeBytes / 1e6} MB, ${SIZES.count} × 1 MB at ${CONCURRENCY} at once, a folder of ${ENTRIES} files, ${LISTINGS} listings of each kind${SMALL ? ' (BENCH_SMALL: a check, not the benchmark)' : ''}`,
  );
  for (const store of STORES) await bench(store);
  writeResults('documents', {
    machine: info,
    small: SMALL,
    sizes: SIZES,
    concurrency: CONCURRENCY,
    entries: ENTRIES,
    database: DATABASE,
    runs,
  });
} catch (error) {
  // The server's own account of what went wrong, before its folder goes.
  for (const log of serverLogs) {
    console.error(`\n${log}, last lines:\n${tailOf(log)}`);
  }
  throw error;
} finally {
  await cleanup();
}
