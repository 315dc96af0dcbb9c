import { and, eq, inArray, isNull } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Db } from '../../platform/db/client.ts';
import type { JobRow } from '../../platform/jobs/job-queries.ts';
import type { ExportPayload } from './export-queries.ts';

/** True when the person exists and is not deleted (a deleted account has nothing left to export). */
export async function isExportablePerson(db: Db, personId: string): Promise<boolean> {
  const rows = await db
    .select({ id: persons.id })
    .from(persons)
    .where(and(eq(persons.id, personId), isNull(persons.deletedAt)))
    .limit(1);
  return rows.length > 0;
}

/** The names of the admins who prepared the given exports, by ID. */
export async function requestersOf(db: Db, jobs: JobRow[]): Promise<Map<string, string>> {
  const ids = [...new Set(jobs.map((job) => (job.payload as ExportPayload).requestedBy).filter(Boolean))] as string[];
  if (ids.length === 0) return new Map();
  const rows = await db.select({ id: persons.id, name: persons.name }).from(persons).where(inArray(persons.id, ids));
  return new Map(rows.map((row) => [row.id, row.name]));
}
