import { loadDirectory } from './features/organisations/directory/directory-loader.ts';
import type { Database } from './platform/db/client.ts';
import { runMigrations } from './platform/db/migrate.ts';

/** Migrations, then the reference data every platform starts with (the organisation directory). */
export async function prepareDatabase(database: Database): Promise<void> {
  await runMigrations(database);
  await loadDirectory(database.db);
}
