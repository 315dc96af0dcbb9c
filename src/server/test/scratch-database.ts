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

/**
 * Creates the database `name` on the server that `serverUrl` points to: empty, or a copy of `template`
 * (a database nobody is connected to, such as the run's prepared one, `inject('databaseTemplate')`).
 */
export async function createScratchDatabase(
  serverUrl: string,
  name: string,
  template?: string | undefined,
): Promise<ScratchDatabase> {
  await onServer(serverUrl, `create database "${name}"${template ? ` template "${template}"` : ''}`);
  const url = new URL(serverUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: () => onServer(serverUrl, `drop database if exists "${name}" with (force)`),
  };
}
