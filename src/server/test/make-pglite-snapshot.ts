import { renameSync, writeFileSync } from 'node:fs';
import { openDatabase } from '../platform/db/client.ts';
import { prepareDatabase } from '../prepare-database.ts';

// Makes the test run's PGlite snapshot: a migrated database with the directory loaded, dumped to the
// file named on the command line. Started by the global setup as a process of its own, so that the test
// workers load their modules meanwhile; they wait for the file (or for `<file>.error`).
//   node --import tsx src/server/test/make-pglite-snapshot.ts <file>

const file = process.argv[2];
if (!file) throw new Error('usage: make-pglite-snapshot.ts <file>');

try {
  const database = await openDatabase({ pgliteCompactWal: true });
  await prepareDatabase(database);
  // biome-ignore lint/suspicious/noExplicitAny: $client is PGlite here
  const client = (database.db as any).$client;
  await client.exec('CHECKPOINT');
  const snapshot: Blob = await client.dumpDataDir('none');
  await database.close();
  // Written under another name and renamed, so that a waiting worker never reads half a file.
  writeFileSync(`${file}.partial`, Buffer.from(await snapshot.arrayBuffer()));
  renameSync(`${file}.partial`, file);
} catch (err) {
  writeFileSync(`${file}.error`, err instanceof Error ? (err.stack ?? err.message) : String(err));
  process.exit(1);
}
