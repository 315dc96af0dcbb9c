import { inArray } from 'drizzle-orm';
import { persons } from '../../platform/auth/tables.ts';
import type { Tx } from '../../platform/db/client.ts';

export interface PersonRef {
  id: string;
  name: string;
}

/** The names of these people, by ID, in one query (authors, lock owners, reviewers of a listing). */
export async function peopleByIds(tx: Tx, ids: Iterable<string | null | undefined>): Promise<Map<string, PersonRef>> {
  const wanted = [...new Set([...ids].filter((id): id is string => Boolean(id)))];
  if (wanted.length === 0) return new Map();
  const rows = await tx.select({ id: persons.id, name: persons.name }).from(persons).where(inArray(persons.id, wanted));
  return new Map(rows.map((row) => [row.id, row]));
}
