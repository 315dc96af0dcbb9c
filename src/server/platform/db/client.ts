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
  close(): Promise<void>;
}

export interface DatabaseOptions {
  databaseUrl?: string | undefined;
  /** Folder for PGlite's data; `undefined` keeps it in memory. */
  pgliteDir?: string | undefined;
  /** A tarball made by PGlite's `dumpDataDir`, restored instead of running initdb. */
  pgliteSnapshot?: Blob | undefined;
  /** Pool size for PostgreSQL. */
  maxConnections?: number;
}

/** Opens PostgreSQL when a URL is given, otherwise the embedded PGlite database. */
export async function openDatabase(options: DatabaseOptions): Promise<Database> {
  if (options.databaseUrl) {
    // The PostgreSQL driver is loaded only when it is used; the embedded default starts without it.
    const [{ default: postgres }, { drizzle: drizzlePostgres }] = await Promise.all([
      import('postgres'),
      import('drizzle-orm/postgres-js'),
    ]);
    const client = postgres(options.databaseUrl, {
      max: options.maxConnections ?? 10,
      onnotice: () => {},
      // Short queries with many subqueries (chat's unread counts) are estimated dear enough to be
      // JIT-compiled, which costs hundreds of milliseconds and saves nothing at this size.
      connection: { jit: 'off' },
      // After a restart of the database the driver waits before it connects again, growing to 20 s by
      // default: requests queued meanwhile would hang long after PostgreSQL is back. At most a second here.
      backoff: (retries: number) => (0.5 + Math.random() / 2) * Math.min(0.05 * 2 ** retries, 1),
      connect_timeout: 10,
    });
    const db = drizzlePostgres(client) as unknown as Db;
    return { db, kind: 'postgres', url: options.databaseUrl, close: () => client.end({ timeout: 5 }) };
  }
  if (options.pgliteDir) mkdirSync(options.pgliteDir, { recursive: true });
  const client = new PGlite({
    dataDir: options.pgliteDir,
    extensions: { pg_trgm, unaccent },
    ...(options.pgliteSnapshot ? { loadDataDir: options.pgliteSnapshot } : {}),
  });
  await client.waitReady;
  const db = drizzlePglite(client) as unknown as Db;
  return { db, kind: 'pglite', close: () => client.close() };
}

/** Where PGlite keeps its files inside the data folder. */
export function pgliteDirOf(dataDir: string): string {
  return join(dataDir, 'pglite');
}
