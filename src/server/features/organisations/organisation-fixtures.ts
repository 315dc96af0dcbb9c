import { and, desc, eq } from 'drizzle-orm';
import { auditLog } from '../../platform/audit/tables.ts';
import type { TestApp } from '../../test/test-app.ts';
import { organisationMemberships, organisations } from './tables.ts';

// Helpers for the organisation tests; every test still builds its own organisations and people.

/** The directory row with this AGS (e.g. 03353031 Seevetal). */
export async function directoryOrganisation(t: TestApp, ags: string) {
  const rows = await t.deps.db.select().from(organisations).where(eq(organisations.ags, ags)).limit(1);
  const row = rows[0];
  if (!row) throw new Error(`no directory organisation ${ags}`);
  return row;
}

/** Audit entries of one action about one subject, newest first. */
export async function auditEntries(t: TestApp, action: string, subjectId: string) {
  return t.deps.db
    .select()
    .from(auditLog)
    .where(and(eq(auditLog.action, action), eq(auditLog.subjectId, subjectId)))
    .orderBy(desc(auditLog.at));
}

/** The stored membership of a person, or undefined. */
export async function storedMembership(t: TestApp, personId: string) {
  const rows = await t.deps.db
    .select()
    .from(organisationMemberships)
    .where(eq(organisationMemberships.personId, personId));
  return rows[0];
}
