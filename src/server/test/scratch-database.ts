import pg from 'pg';

/** A database of its own on a PostgreSQL server, for tests that must not share one. */
export interface ScratchDatabase {
  url: string;
  /** Drops the database, even while connections to it are still open. */
  drop(): Promise<void>;
}

/** Runs one statement on the server that `serverUrl` points to, on a connection of its own. */
async function onServer(serverUrl: string, statement: string) {
  const admin = new pg.Client({ connectionString: serverUrl });
  await admin.connect();
  try {
    await admin.query(statement);
  } finally {
    await admin.end();
  }
}

/** Creates the database `name` on the server that `serverUrl` points to. */
export async function createScratchDatabase(serverUrl: string, name: string): Promise<ScratchDatabase> {
  await onServer(serverUrl, `create database "${name}"`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, `drop database if exists "${name}" with (force)`),
  };
}
