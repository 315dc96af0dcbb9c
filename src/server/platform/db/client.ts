import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { unaccent } from '@electric-sql/pglite/contrib/unaccent';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';

/** The Drizzle database handle every repository receives; the same for PGlite and PostgreSQL. */
export type Db = PgDatabase<PgQueryResultHKT, Record<string, never>>;

/** A transaction handle or the database itself: queries accept both. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0] | Db;

export type DatabaseKind = 'pglite' | 'postgres';

export interface Database {
  db: Db;
  kind: DatabaseKind;
  /** The PostgreSQL connection string (undefined for PGlite). */
  url?: string | undefined;
  /**
   * PostgreSQL only: a second, small pool whose connections plan every prepared statement generically
   * (`plan_cache_mode = force_generic_plan`), opened on first use. For named statements whose generic
   * plan serves every value as well as a plan made for the values, and whose planning costs as much as
   * running them (the expert finder's deep reading, docs/benchmarks.md "Network"): no transaction and
   * no `SET LOCAL` around each run. Nothing else may use it: a generic plan can be far worse for others.
   */
  genericPlans?: (() => Db) | undefined;
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Folder for PGlite's data; `undefined` keeps it in memory. */
  pgliteDir?: string | undefined;
  /** A tarball made by PGlite's `dumpDataDir`, restored instead of running initdb. */
  pgliteSnapshot?: Blob | undefined;
  /**
   * For a database made to be dumped (the tests' snapshot): WAL in 1 MB segments, none kept for reuse,
   * so that after a `CHECKPOINT` the dump carries the data and one segment instead of 64 MB of old WAL.
   */
  pgliteCompactWal?: boolean;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
  /** Told when PostgreSQL drops a connection (e.g. on a restart); the pool opens a new one when needed. */
  onIdleError?: (err: Error) => void;
}

/** Connections of the generic-plan pool: its statements are short reads, and the main pool has the rest. */
const GENERIC_POOL_SIZE = 4;

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite database. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    // The PostgreSQL driver is loaded only when it is used; the embedded default starts without it.
    const [{ default: pg }, { drizzle: drizzlePostgres }] = await Promise.all([
      import('pg'),
      import('drizzle-orm/node-postgres'),
    ]);
    const poolOf = (max: number, settings: string) => {
      const pool = new pg.Pool({
        connectionString: options.databaseUrl,
        max,
        // Requests wait at most this long for a connection while the database is away, then fail (503).
        connectionTimeoutMillis: 10_000,
        options: settings,
      });
      // A connection that the server drops (a restart) reports an error event: the pool's for idle ones,
      // the client's own for one checked out between two queries of a transaction. Without a listener
      // either would end the process; the query under way fails on its own and the pool replaces the client.
      pool.on('error', (err) => options.onIdleError?.(err));
      pool.on('connect', (client) => client.on('error', (err) => options.onIdleError?.(err)));
      return pool;
    };
    // Short queries with many subqueries (chat's unread counts) are estimated dear enough to be
    // JIT-compiled, which costs hundreds of milliseconds and saves nothing at this size.
    const pool = poolOf(options.maxConnections ?? 10, '-c jit=off');
    const db = drizzlePostgres({ client: pool }) as unknown as Db;
    let generic: { pool: InstanceType<typeof pg.Pool>; db: Db } | undefined;
    const genericPlans = () => {
      if (!generic) {
        const genericPool = poolOf(GENERIC_POOL_SIZE, '-c jit=off -c plan_cache_mode=force_generic_plan');
        generic = { pool: genericPool, db: drizzlePostgres({ client: genericPool }) as unknown as Db };
      }
      return generic.db;
    };
    return {
      db,
      kind: 'postgres',
      url: options.databaseUrl,
      genericPlans,
      close: async () => {
        await Promise.all([pool.end(), generic?.pool.end()]);
      },
    };
  }
  if (options.pgliteDir) mkdirSync(options.pgliteDir, { recursive: true });
  const client = new PGlite({
    dataDir: options.pgliteDir,
    extensions: { pg_trgm, unaccent },
    ...(options.pgliteSnapshot ? { loadDataDir: options.pgliteSnapshot } : {}),
    ...(options.pgliteCompactWal
      ? {
          initDbStartParams: ['--wal-segsize=1'],
          startParams: [...PGlite.defaultStartParams, '-c', 'wal_recycle=off'],
        }
      : {}),
  });
  await client.waitReady;
  const db = drizzlePglite(client) as unknown as Db;
  return { db, kind: 'pglite', close: () => client.close() };
}

/** Where PGlite keeps its files inside the data folder. */
export function pgliteDirOf(dataDir: string): string {
  return join(dataDir, 'pglite');
}
