import postgres from 'postgres';

/** A database of its own on a PostgreSQL server, for tests that must not share one. */
export interface ScratchDatabase {
  url: string;
  /** Drops the database, even while connections to it are still open. */
  drop(): Promise<void>;
}

/** Creates the database `name` on the server that `serverUrl` points to. */
export async function createScratchDatabase(serverUrl: string, name: string): Promise<ScratchDatabase> {
  const admin = postgres(serverUrl, { max: 1, onnotice: () => {} });
  await admin.unsafe(`create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      await admin.unsafe(`drop database if exists "${name}" with (force)`);
      await admin.end();
    },
  };
}
